// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"
#include "database.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace perp::store {

// How long each kind of history is kept. Names: "candles.1m" ... "candles.1d",
// "liquidations", "open_interest", "funding", "bias_history", "signal_history",
// "alert_log". A missing age keeps rows forever.
struct RetentionPolicy
{
    std::map<std::string, std::optional<TimeMs>> maxAge;

    static const std::vector<std::string>& names();
    static RetentionPolicy defaults();
};

struct PruneResult
{
    std::map<std::string, qint64> deleted; // rows removed per name
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// Reads and writes the user's policy (stored in the database) and prunes by it.
class Retention
{
public:
    explicit Retention(Database& db)
        : m_db(db)
    { }

    // The stored policy, defaults filled in for names never set.
    RetentionPolicy policy();
    // Stores the policy; unknown names are refused with an error naming them.
    bool setPolicy(const RetentionPolicy& policy, QString* error = nullptr);
    // Deletes rows older than now - maxAge for every name with an age, in one transaction.
    PruneResult prune(TimeMs now);

private:
    Database& m_db;
};

} // namespace perp::store
