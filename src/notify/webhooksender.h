// SPDX-License-Identifier: MIT
#pragma once

#include "engine/alerts/firedalert.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QUrl>

namespace perp::notify {

struct WebhookConfig
{
    QUrl url;
    int timeoutMs = 5'000; // per attempt, from sending to the full response
    int maxAttempts = 4; // first try included
    int initialBackoffMs = 1'000; // wait before the 2nd attempt
    double backoffFactor = 2.0; // each further wait is this much longer ...
    int maxBackoffMs = 30'000; // ... up to this
    QList<QPair<QByteArray, QByteArray>> headers; // extra request headers (e.g. an auth token)
};

// Delays before attempts 2, 3, ... for a config (attempt 1 starts at once).
int backoffBeforeAttempt(const WebhookConfig& c, int attempt);

// POSTs fired alerts as JSON (store::alertToJson) to a webhook. Every alert is
// its own delivery: a failed attempt (network error, timeout, HTTP 5xx, 408 or 429)
// is retried after a growing delay; another 4xx is final. Lives on the thread
// that owns it (the UI thread in the app); results come back as signals.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    explicit WebhookSender(WebhookConfig config, QObject* parent = nullptr);

    const WebhookConfig& config() const { return m_config; }
    void setConfig(WebhookConfig config) { m_config = std::move(config); }

    // Returns a delivery id that the signals report.
    quint64 send(const alerts::FiredAlert& alert);
    // The "send test" button: a clearly labelled test alert.
    quint64 sendTest();
    quint64 sendJson(const QByteArray& body);
    int pending() const { return m_pending; }

signals:
    void delivered(quint64 delivery, int attempts, int httpStatus);
    void attemptFailed(quint64 delivery, int attempt, const QString& error, int retryInMs);
    void failed(quint64 delivery, int attempts, const QString& error);

private:
    void attempt(quint64 delivery, QByteArray body, int attemptNo);

    WebhookConfig m_config;
    QNetworkAccessManager m_nam;
    quint64 m_nextId = 1;
    int m_pending = 0;
};

} // namespace perp::notify
