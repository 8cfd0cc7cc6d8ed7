// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "engine/alerts/firedalert.h"

#include <QByteArray>

#include <span>
#include <vector>

namespace perp::store {

struct StoredRule
{
    QString id;
    QByteArray json; // the rule as exported (see alerts JSON codec)
};

// Alert rules (as their JSON) and the alert log.
class AlertStore
{
public:
    explicit AlertStore(Database& db)
        : m_db(db)
    { }

    // Replaces all stored rules with `rules`, keeping their order, atomically.
    bool replaceRules(std::span<const StoredRule> rules, TimeMs now, QString* error = nullptr);
    std::vector<StoredRule> rules();

    // Appends fired alerts; their ids are set from the log. One transaction.
    bool log(std::span<alerts::FiredAlert> fired, QString* error = nullptr);
    // Newest first, at most `limit`, optionally only unacknowledged ones.
    std::vector<alerts::FiredAlert> history(std::size_t limit, bool unacknowledgedOnly = false);
    bool acknowledge(std::int64_t id);
    bool acknowledgeAll();

private:
    Database& m_db;
};

} // namespace perp::store
