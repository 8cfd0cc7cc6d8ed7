// SPDX-License-Identifier: MIT
#pragma once

#include "engine/alerts/firedalert.h"

#include <QFile>
#include <QJsonObject>
#include <QString>

namespace perp::store {

// A fired alert as JSON, as written to the alert log (JSONL) and POSTed to webhooks:
// {"time": ISO-8601, "time_ms", "symbol", "mode", "rule", "value", "threshold",
//  "message", "replay", "id"}.
QJsonObject alertToJson(const alerts::FiredAlert& a);

// Appends one JSON line per fired alert (perpscope-cli --alert-log OUT.jsonl).
// Each line is flushed when written.
class AlertLogWriter
{
public:
    // Truncates `path` unless `append`.
    bool open(const QString& path, bool append = false, QString* error = nullptr);
    bool write(const alerts::FiredAlert& a);
    qint64 written() const { return m_written; }

private:
    QFile m_file;
    qint64 m_written = 0;
};

} // namespace perp::store
