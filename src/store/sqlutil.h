// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

namespace perp::store {

// Runs one statement; on failure sets `error` to the statement and SQLite's message.
bool execSql(QSqlDatabase& db, const QString& sql, QString* error = nullptr);
// Describes a failed query: "<what>: <driver message>".
QString sqlError(const QSqlQuery& q, const QString& what);

// A transaction that nests: it uses a SAVEPOINT, so a store method that opens one
// inside a caller's batch joins the caller's transaction. Rolls back unless commit()
// is called.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool ok() const { return m_active; }
    const QString& error() const { return m_error; }
    bool commit();

private:
    QSqlDatabase m_db;
    QString m_name;
    bool m_active = false;
    QString m_error;
};

} // namespace perp::store
