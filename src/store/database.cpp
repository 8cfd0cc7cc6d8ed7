// SPDX-License-Identifier: MIT
#include "database.h"

#include "migrations.h"
#include "sqlutil.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>

namespace perp::store {

QString resolveDataDir(const QString& overrideDir, QString* error)
{
    QString dir = overrideDir;
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create the data directory '%1'").arg(dir);
        return {};
    }
    return QDir(dir).absolutePath();
}

QString databasePath(const QString& dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("perpscope.sqlite"));
}

namespace {
std::atomic<int> g_serial {0};
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_serial(g_serial.fetch_add(1))
{ }

Database::~Database()
{
    closeAll();
}

void Database::closeAll()
{
    QMutexLocker lock(&m_mutex);
    for (const QString& name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_connectionNames.clear();
}

QString Database::moveAside()
{
    closeAll();
    m_opened = false;
    const QString aside = m_path + QStringLiteral(".corrupt-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!QFile::rename(m_path, aside))
        return {};
    for (const char* suffix : {"-wal", "-shm"})
        if (QFile::exists(m_path + QLatin1String(suffix)))
            QFile::rename(m_path + QLatin1String(suffix), aside + QLatin1String(suffix));
    return aside;
}

QString Database::connectionName() const
{
    return QStringLiteral("perpstore-%1-%2")
        .arg(m_serial)
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}

QSqlDatabase Database::connection()
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, true);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs.load()));
    {
        QMutexLocker lock(&m_mutex);
        m_connectionNames << name;
    }
    if (db.open()) {
        execSql(db, QStringLiteral("PRAGMA journal_mode=WAL"));
        execSql(db, QStringLiteral("PRAGMA synchronous=NORMAL"));
        execSql(db, QStringLiteral("PRAGMA temp_store=MEMORY"));
    }
    return db;
}

void Database::closeThreadConnection()
{
    const QString name = connectionName();
    if (!QSqlDatabase::contains(name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QMutexLocker lock(&m_mutex);
    m_connectionNames.removeAll(name);
}

bool Database::open(QString* error, std::optional<int> targetVersion)
{
    m_damaged = false;
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        if (error)
            *error = QStringLiteral("cannot open database '%1': %2").arg(m_path, db.lastError().text());
        return false;
    }
    {
        // Reading the schema is cheap and fails at once on a file that is not SQLite
        // (SQLITE_NOTADB, 26) or whose first pages are damaged (SQLITE_CORRUPT, 11).
        QSqlQuery probe(db);
        if (!probe.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master"))) {
            const QString code = probe.lastError().nativeErrorCode();
            m_damaged = code == QLatin1String("26") || code == QLatin1String("11");
            if (error)
                *error = QStringLiteral("database '%1' %2: %3")
                             .arg(m_path,
                                 m_damaged ? QStringLiteral("is damaged") : QStringLiteral("cannot be read"),
                                 probe.lastError().databaseText());
            return false;
        }
    }
    QString e;
    if (!migrate(db, targetVersion.value_or(latestSchemaVersion()), &e)) {
        if (error)
            *error = QStringLiteral("database '%1': %2").arg(m_path, e);
        return false;
    }
    m_opened = true;
    return true;
}

int Database::schemaVersion()
{
    QSqlDatabase db = connection();
    return currentSchemaVersion(db);
}

QString Database::integrityCheck()
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q, QStringLiteral("integrity_check"));
    return q.next() ? q.value(0).toString() : QStringLiteral("integrity_check returned nothing");
}

std::optional<qint64> Database::symbolKey(SymbolId symbol, QString* error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_keys.constFind(symbol); it != m_keys.constEnd())
            return *it;
    }
    const QString name = QString::fromStdString(symbolName(symbol));
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("INSERT INTO symbols (name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    q.addBindValue(name);
    if (!q.exec()) {
        if (error)
            *error = sqlError(q, QStringLiteral("storing symbol %1").arg(name));
        return std::nullopt;
    }
    q.prepare(QStringLiteral("SELECT id FROM symbols WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = sqlError(q, QStringLiteral("looking up symbol %1").arg(name));
        return std::nullopt;
    }
    const qint64 key = q.value(0).toLongLong();
    QMutexLocker lock(&m_mutex);
    m_keys.insert(symbol, key);
    m_symbols.insert(key, symbol);
    return key;
}

std::optional<SymbolId> Database::symbolOf(qint64 key)
{
    {
        QMutexLocker lock(&m_mutex);
        if (auto it = m_symbols.constFind(key); it != m_symbols.constEnd())
            return *it;
    }
    QSqlQuery q(connection());
    q.prepare(QStringLiteral("SELECT name FROM symbols WHERE id = ?"));
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    const SymbolId id = internSymbol(q.value(0).toString().toStdString());
    QMutexLocker lock(&m_mutex);
    m_symbols.insert(key, id);
    m_keys.insert(id, key);
    return id;
}

} // namespace perp::store
