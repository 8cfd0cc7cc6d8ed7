// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace perp::store {

// One schema step: applying it to a database at version - 1 brings it to `version`.
struct Migration
{
    int version;
    const char* description;
    std::vector<const char*> statements;
};

// All steps, ascending and contiguous from 1.
const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Version recorded in schema_version (0 for an empty file).
int currentSchemaVersion(QSqlDatabase& db);
// Applies each missing step up to `target` in its own transaction. A file newer
// than this build (version > latest) is refused with a clear error.
bool migrate(QSqlDatabase& db, int target, QString* error);

} // namespace perp::store
