// SPDX-License-Identifier: MIT
#include "webhooksender.h"

#include "core/time.h"
#include "store/alertjson.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace perp::notify {

int backoffBeforeAttempt(const WebhookConfig& c, int attempt)
{
    if (attempt <= 1)
        return 0;
    const double d = c.initialBackoffMs * std::pow(c.backoffFactor, attempt - 2);
    return int(std::min<double>(d, c.maxBackoffMs));
}

WebhookSender::WebhookSender(WebhookConfig config, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
{ }

quint64 WebhookSender::send(const alerts::FiredAlert& alert)
{
    return sendJson(QJsonDocument(store::alertToJson(alert)).toJson(QJsonDocument::Compact));
}

quint64 WebhookSender::sendTest()
{
    alerts::FiredAlert a;
    a.time = nowUs() / 1000;
    a.rule = "test";
    a.symbol = "TEST";
    a.message = "PerpScope webhook test: if you can read this, delivery works.";
    QJsonObject o = store::alertToJson(a);
    o[QStringLiteral("test")] = true;
    return sendJson(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

quint64 WebhookSender::sendJson(const QByteArray& body)
{
    const quint64 id = m_nextId++;
    ++m_pending;
    attempt(id, body, 1);
    return id;
}

void WebhookSender::attempt(quint64 delivery, QByteArray body, int attemptNo)
{
    QNetworkRequest req(m_config.url);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    req.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("PerpScope-Webhook/1"));
    for (const auto& [name, value] : std::as_const(m_config.headers))
        req.setRawHeader(name, value);
    req.setTransferTimeout(m_config.timeoutMs);
    QNetworkReply* reply = m_nam.post(req, body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, delivery, body, attemptNo] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            --m_pending;
            emit delivered(delivery, attemptNo, status);
            return;
        }
        QString error;
        bool retryable = true;
        if (status != 0) {
            error = QStringLiteral("HTTP %1 from %2").arg(status).arg(m_config.url.toString());
            retryable = status >= 500 || status == 408 || status == 429;
        } else if (reply->error() == QNetworkReply::OperationCanceledError) {
            error = QStringLiteral("no response from %1 within %2 ms")
                        .arg(m_config.url.toString())
                        .arg(m_config.timeoutMs);
        } else {
            error = QStringLiteral("%1: %2").arg(m_config.url.toString(), reply->errorString());
        }
        if (!retryable || attemptNo >= m_config.maxAttempts) {
            --m_pending;
            emit failed(delivery, attemptNo, error);
            return;
        }
        const int wait = backoffBeforeAttempt(m_config, attemptNo + 1);
        emit attemptFailed(delivery, attemptNo, error, wait);
        QTimer::singleShot(
            wait, this, [this, delivery, body, attemptNo] { attempt(delivery, body, attemptNo + 1); });
    });
}

} // namespace perp::notify
