// SPDX-License-Identifier: MIT
#pragma once

#include "backoff.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <deque>
#include <functional>
#include <memory>
#include <string>

namespace perp::record {
class FrameRecorder;
}

namespace perp::net {

struct RestReply
{
    bool ok = false;
    int status = 0; // HTTP status, 0 when no answer
    QByteArray body;
    QString error; // plain words, empty when ok
};

struct RestOptions
{
    int weightLimitPerMinute = 2400; // Binance REQUEST_WEIGHT
    double weightSafetyShare = 0.8; // pause new requests above this share of the limit
    int maxInFlight = 4;
    int maxRetries = 6; // for 429 / 418 / 5xx / network errors
    int timeoutMs = 10'000;
    int backoffBaseMs = 200;
    int backoffMaxMs = 20'000;
    // Exchange-specific "slow down" answers that arrive as HTTP 200 (Bybit retCode 10006).
    std::function<bool(const QByteArray& body)> isRateLimited;
};

// GET requests to one exchange's REST API, queued and paced: honours the
// X-MBX-USED-WEIGHT-1m header, backs off on 429 and 418 (Retry-After), retries
// transient errors, and on HTTP 451 marks the exchange unavailable for good.
class RestClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RestReply&)>;

    RestClient(QString exchange, QUrl base, RestOptions options = {}, QObject* parent = nullptr);

    void get(const QString& path, const QUrlQuery& query, Callback done);
    QUrl baseUrl() const { return m_base; }
    void setBaseUrl(const QUrl& base) { m_base = base; }
    bool available() const { return m_available; }
    int usedWeight() const { return m_usedWeight; }
    std::uint64_t rateLimited() const { return m_rateLimited; }
    std::size_t pending() const { return m_queue.size() + static_cast<std::size_t>(m_inFlight); }
    // Every successful response body from now on is also written to `recorder` as
    // "<venue> rest:<path>?<query>" (null stops). Thread of this client only.
    void setRecorder(std::shared_ptr<record::FrameRecorder> recorder, const QString& venue);

signals:
    // The exchange refuses this client (HTTP 451 geo-block); message is for the user.
    void unavailable(const QString& message);
    void backingOff(int delayMs, const QString& reason);

private:
    struct Request
    {
        QString path;
        QUrlQuery query;
        Callback done;
        int attempt = 0;
    };
    void pump();
    void send(Request r);
    void finished(Request r, QNetworkReply* reply);
    void pauseFor(int ms, const QString& reason);

    QString m_exchange;
    QUrl m_base;
    RestOptions m_options;
    QNetworkAccessManager m_nam;
    std::deque<Request> m_queue;
    int m_inFlight = 0;
    int m_usedWeight = 0;
    bool m_available = true;
    std::uint64_t m_rateLimited = 0;
    Backoff m_backoff;
    QElapsedTimer m_clock;
    qint64 m_pausedUntilMs = 0;
    QTimer m_pumpTimer {this};
    std::shared_ptr<record::FrameRecorder> m_recorder;
    std::string m_recordVenue;
};

} // namespace perp::net
