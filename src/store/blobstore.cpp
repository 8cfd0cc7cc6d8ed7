// SPDX-License-Identifier: MIT
#include "blobstore.h"

#include "sqlutil.h"

#include <QSqlQuery>
#include <QVariant>

namespace perp::store {

bool BlobStore::put(
    const QString& area, const QString& key, const QByteArray& data, TimeMs updated, QString* error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO blobs (area, key, updated, data) VALUES (?, ?, ?, ?)"));
    q.addBindValue(area);
    q.addBindValue(key);
    q.addBindValue(qint64(updated));
    q.addBindValue(data);
    if (q.exec())
        return true;
    if (error)
        *error = sqlError(q, QStringLiteral("storing %1/%2").arg(area, key));
    return false;
}

std::optional<QByteArray> BlobStore::get(const QString& area, const QString& key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM blobs WHERE area = ? AND key = ?"));
    q.addBindValue(area);
    q.addBindValue(key);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

QStringList BlobStore::keys(const QString& area)
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT key FROM blobs WHERE area = ? ORDER BY key"));
    q.addBindValue(area);
    if (q.exec())
        while (q.next())
            out << q.value(0).toString();
    return out;
}

bool BlobStore::remove(const QString& area, const QString& key)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM blobs WHERE area = ? AND key = ?"));
    q.addBindValue(area);
    q.addBindValue(key);
    return q.exec() && q.numRowsAffected() > 0;
}

} // namespace perp::store
