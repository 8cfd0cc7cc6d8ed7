// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "database.h"
#include "engine/zones/zone.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace perp::store {

// The published support/resistance zones of each symbol, kept in the blob store (area
// "zones", key = symbol name) as JSON, so a restart shows them at once and keeps their ids.
class ZoneStore
{
public:
    explicit ZoneStore(Database& db)
        : m_db(db)
    { }

    bool save(SymbolId symbol, const std::vector<zones::Zone>& zones, TimeMs time, QString* error = nullptr);
    // The stored zones of a symbol: nullopt when none are stored or the stored text is bad
    // (then `error` names the symbol and the problem).
    std::optional<std::vector<zones::Zone>> load(SymbolId symbol, QString* error = nullptr);

private:
    Database& m_db;
};

QByteArray zonesToJson(const std::vector<zones::Zone>& zones);
// Parses zonesToJson's output; a bad document or entry gives nullopt and an error naming
// the entry ("zone 2: ...").
std::optional<std::vector<zones::Zone>> zonesFromJson(const QByteArray& json, QString* error = nullptr);

} // namespace perp::store
