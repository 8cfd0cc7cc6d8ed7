// SPDX-License-Identifier: MIT
#include "alertjson.h"

#include "core/time.h"

#include <QJsonDocument>

namespace perp::store {

QJsonObject alertToJson(const alerts::FiredAlert& a)
{
    QJsonObject o;
    o[QStringLiteral("time")] = QString::fromStdString(formatIsoMs(a.time));
    o[QStringLiteral("time_ms")] = double(a.time);
    o[QStringLiteral("symbol")] = QString::fromStdString(a.symbol);
    o[QStringLiteral("mode")] = QString::fromStdString(a.mode);
    o[QStringLiteral("rule")] = QString::fromStdString(a.rule);
    o[QStringLiteral("value")] = a.value;
    o[QStringLiteral("threshold")] = a.threshold;
    o[QStringLiteral("message")] = QString::fromStdString(a.message);
    o[QStringLiteral("replay")] = a.replay;
    if (a.id)
        o[QStringLiteral("id")] = double(a.id);
    return o;
}

bool AlertLogWriter::open(const QString& path, bool append, QString* error)
{
    m_file.setFileName(path);
    const auto mode
        = QIODevice::WriteOnly | QIODevice::Text | (append ? QIODevice::Append : QIODevice::Truncate);
    if (m_file.open(mode))
        return true;
    if (error)
        *error = QStringLiteral("cannot write alert log '%1': %2").arg(path, m_file.errorString());
    return false;
}

bool AlertLogWriter::write(const alerts::FiredAlert& a)
{
    if (!m_file.isOpen())
        return false;
    const QByteArray line = QJsonDocument(alertToJson(a)).toJson(QJsonDocument::Compact) + '\n';
    if (m_file.write(line) != line.size() || !m_file.flush())
        return false;
    ++m_written;
    return true;
}

} // namespace perp::store
