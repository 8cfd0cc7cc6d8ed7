// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <optional>

namespace perp::store {

// The directory that holds the database: `overrideDir` (from --data-dir) when
// given, else the platform's application data directory. Created if missing.
// Returns an empty string and sets `error` when it cannot be created.
QString resolveDataDir(const QString& overrideDir, QString* error = nullptr);
// The database file inside a data directory.
QString databasePath(const QString& dataDir);

// One SQLite database file. Each thread gets its own connection (unique
// connection name), opened with WAL and synchronous=NORMAL. open() migrates the
// schema to the latest version (or to `targetVersion` when given, for tests).
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    bool open(QString* error = nullptr, std::optional<int> targetVersion = std::nullopt);
    bool isOpen() const { return m_opened; }
    // open() failed because the file is not an SQLite database or is damaged.
    bool isDamaged() const { return m_damaged; }
    // Closes every connection and renames the file (and its -wal/-shm) to
    // <name>.corrupt-<UTC time>; returns the new name, or empty on failure.
    QString moveAside();
    const QString& path() const { return m_path; }

    // How long a connection waits for another one's write lock (default 10 s);
    // applies to connections opened afterwards.
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    // The connection of the calling thread, opened on first use.
    QSqlDatabase connection();
    // Closes the calling thread's connection (call before a worker thread ends).
    void closeThreadConnection();

    int schemaVersion();
    // "ok" when PRAGMA integrity_check passes, else the first problem reported.
    QString integrityCheck();

    // Stable integer key of a symbol in this file (inserted on first use).
    std::optional<qint64> symbolKey(SymbolId symbol, QString* error = nullptr);
    // Symbol of a stored key (interned in this process), from the cache or the file.
    std::optional<SymbolId> symbolOf(qint64 key);

private:
    QString connectionName() const;
    void closeAll();

    QString m_path;
    int m_serial;
    bool m_opened = false;
    bool m_damaged = false;
    std::atomic<int> m_busyTimeoutMs {10'000};
    QMutex m_mutex;
    QStringList m_connectionNames;
    QHash<SymbolId, qint64> m_keys;
    QHash<qint64, SymbolId> m_symbols;
};

} // namespace perp::store
