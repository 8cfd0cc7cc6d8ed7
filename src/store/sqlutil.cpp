// SPDX-License-Identifier: MIT
#include "sqlutil.h"

#include <QSqlError>

#include <atomic>

namespace perp::store {

bool execSql(QSqlDatabase& db, const QString& sql, QString* error)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    if (error)
        *error = sqlError(q, sql.simplified());
    return false;
}

QString sqlError(const QSqlQuery& q, const QString& what)
{
    const QSqlError e = q.lastError();
    QString msg = e.databaseText();
    if (msg.isEmpty())
        msg = e.driverText();
    return QStringLiteral("%1: %2").arg(what, msg);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    static std::atomic<quint64> serial {0};
    m_name = QStringLiteral("sp%1").arg(serial.fetch_add(1));
    m_active = execSql(m_db, QStringLiteral("SAVEPOINT ") + m_name, &m_error);
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    execSql(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
    execSql(m_db, QStringLiteral("RELEASE ") + m_name);
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (execSql(m_db, QStringLiteral("RELEASE ") + m_name, &m_error))
        return true;
    execSql(m_db, QStringLiteral("ROLLBACK TO ") + m_name);
    execSql(m_db, QStringLiteral("RELEASE ") + m_name);
    return false;
}

} // namespace perp::store
