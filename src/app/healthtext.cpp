// SPDX-License-Identifier: MIT
#include "healthtext.h"

#include "displayformat.h"
#include "theme.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace perp::health {

namespace {

int severity(net::StreamState s)
{
    switch (s) {
    case net::StreamState::Live:
        return 0;
    case net::StreamState::Stopped:
        return 1;
    case net::StreamState::Connecting:
        return 2;
    case net::StreamState::Stale:
        return 3;
    case net::StreamState::Reconnecting:
        return 4;
    case net::StreamState::Unavailable:
        return 5;
    }
    return 0;
}

// The other exchanges a user can switch to.
QString alternatives(const QString& exchange)
{
    const QString e = exchange.toLower();
    if (e == QLatin1String("binance"))
        return QStringLiteral("Bybit / OKX");
    if (e == QLatin1String("bybit"))
        return QStringLiteral("Binance / OKX");
    return QStringLiteral("Binance / Bybit");
}

} // namespace

QString exchangeTitle(const QString& exchange)
{
    const QString e = exchange.toLower();
    if (e == QLatin1String("binance"))
        return QStringLiteral("Binance");
    if (e == QLatin1String("bybit"))
        return QStringLiteral("Bybit");
    if (e == QLatin1String("okx"))
        return QStringLiteral("OKX");
    if (e == QLatin1String("simulator"))
        return QCoreApplication::translate("FeedHealth", "Simulator");
    if (e == QLatin1String("replay"))
        return QCoreApplication::translate("FeedHealth", "Replay");
    return exchange;
}

QString stateText(net::StreamState state)
{
    switch (state) {
    case net::StreamState::Connecting:
        return QCoreApplication::translate("FeedHealth", "connecting");
    case net::StreamState::Live:
        return QCoreApplication::translate("FeedHealth", "live");
    case net::StreamState::Stale:
        return QCoreApplication::translate("FeedHealth", "stale");
    case net::StreamState::Reconnecting:
        return QCoreApplication::translate("FeedHealth", "reconnecting");
    case net::StreamState::Unavailable:
        return QCoreApplication::translate("FeedHealth", "unavailable");
    case net::StreamState::Stopped:
        return QCoreApplication::translate("FeedHealth", "stopped");
    }
    return {};
}

QString stateHelp(net::StreamState state)
{
    switch (state) {
    case net::StreamState::Connecting:
        return QCoreApplication::translate("FeedHealth", "Opening the connection; no data yet.");
    case net::StreamState::Live:
        return QCoreApplication::translate("FeedHealth", "Data is arriving normally.");
    case net::StreamState::Stale:
        return QCoreApplication::translate("FeedHealth",
            "Connected, but this stream has been silent longer than it should be; PerpScope replaces "
            "the connection.");
    case net::StreamState::Reconnecting:
        return QCoreApplication::translate("FeedHealth",
            "The connection ended; PerpScope reconnects with growing pauses (exponential backoff with "
            "jitter), subscribes again and fetches missed trades and the order book from REST.");
    case net::StreamState::Unavailable:
        return QCoreApplication::translate("FeedHealth",
            "The exchange refuses this client (for example HTTP 451 from a restricted location). "
            "PerpScope stops trying; stored history stays on screen.");
    case net::StreamState::Stopped:
        return QCoreApplication::translate("FeedHealth", "The source was stopped.");
    }
    return {};
}

QColor stateColour(net::StreamState state)
{
    switch (state) {
    case net::StreamState::Live:
        return theme::kUp;
    case net::StreamState::Connecting:
    case net::StreamState::Stale:
    case net::StreamState::Reconnecting:
        return theme::kSimulated; // amber
    case net::StreamState::Unavailable:
        return theme::kDown;
    case net::StreamState::Stopped:
        return theme::kMutedText;
    }
    return theme::kMutedText;
}

net::StreamState worstState(const net::FeedHealthSnapshot& s)
{
    if (!s.available)
        return net::StreamState::Unavailable;
    net::StreamState worst = s.streams.empty() ? net::StreamState::Connecting : net::StreamState::Live;
    for (const net::StreamHealth& h : s.streams)
        if (severity(h.state) > severity(worst))
            worst = h.state;
    return worst;
}

bool isLocalSource(const net::FeedHealthSnapshot& s)
{
    return s.exchange == QLatin1String("simulator") || s.exchange == QLatin1String("replay");
}

double messagesPerSecond(const net::FeedHealthSnapshot& s)
{
    // Connection-level rows: Binance "market"/"public", Bybit "linear", sim/replay "events".
    static const QStringList connections {QStringLiteral("market"), QStringLiteral("public"),
        QStringLiteral("linear"), QStringLiteral("ws"), QStringLiteral("events")};
    double sum = 0;
    for (const net::StreamHealth& h : s.streams)
        if (connections.contains(h.stream))
            sum += h.messagesPerSecond;
    return sum;
}

QString retryText(const net::StreamHealth& h, qint64 nowMs)
{
    if (h.state != net::StreamState::Reconnecting || h.retryAtMs <= 0)
        return {};
    const qint64 left = std::max<qint64>(0, (h.retryAtMs - nowMs + 999) / 1000);
    if (left == 0)
        return QCoreApplication::translate("FeedHealth", "reconnecting now (attempt %1)").arg(h.attempt);
    return QCoreApplication::translate("FeedHealth", "reconnecting in %1 s (attempt %2)")
        .arg(left)
        .arg(h.attempt);
}

QString headline(const net::FeedHealthSnapshot& s, qint64 nowMs, bool storedHistory)
{
    const QString name = exchangeTitle(s.exchange);
    const QString keep = storedHistory ? QCoreApplication::translate("FeedHealth", "showing stored history")
                                       : QCoreApplication::translate("FeedHealth", "no live data");
    if (!s.available) {
        if (s.message.contains(QLatin1String("451")))
            return QCoreApplication::translate(
                "FeedHealth", "%1 unavailable from your location (HTTP 451) — %2; try %3")
                .arg(name, keep, alternatives(s.exchange));
        return QCoreApplication::translate("FeedHealth", "%1 unavailable (%2) — %3; try %4")
            .arg(name, s.message, keep, alternatives(s.exchange));
    }
    const net::StreamHealth* worst = nullptr;
    for (const net::StreamHealth& h : s.streams)
        if (h.state != net::StreamState::Live && (!worst || severity(h.state) > severity(worst->state)))
            worst = &h;
    if (!worst)
        return {};
    switch (worst->state) {
    case net::StreamState::Reconnecting: {
        const QString why = worst->lastError.isEmpty()
            ? QCoreApplication::translate("FeedHealth", "connection lost")
            : worst->lastError;
        const QString retry = retryText(*worst, nowMs);
        return retry.isEmpty()
            ? QCoreApplication::translate("FeedHealth", "%1 %2 stream disconnected (%3) — reconnecting")
                  .arg(name, worst->stream, why)
            : QCoreApplication::translate("FeedHealth", "%1 %2 stream disconnected (%3) — %4")
                  .arg(name, worst->stream, why, retry);
    }
    case net::StreamState::Stale:
        return QCoreApplication::translate(
            "FeedHealth", "%1 %2 stream went silent — replacing the connection")
            .arg(name, worst->stream);
    case net::StreamState::Connecting:
        if (isLocalSource(s))
            return {}; // starting up, nothing to explain
        return QCoreApplication::translate("FeedHealth", "%1: connecting to the %2 stream…")
            .arg(name, worst->stream);
    case net::StreamState::Stopped:
        return isLocalSource(s) ? QCoreApplication::translate("FeedHealth", "%1 finished").arg(name)
                                : QCoreApplication::translate("FeedHealth", "%1 stopped").arg(name);
    default:
        return {};
    }
}

QString tooltip(const net::FeedHealthSnapshot& s, qint64 nowMs)
{
    const QLocale c = QLocale::c();
    QString html = QStringLiteral("<b>%1</b>: %2<br>")
                       .arg(exchangeTitle(s.exchange).toHtmlEscaped(), stateText(worstState(s)));
    const QString head = headline(s, nowMs);
    if (!head.isEmpty())
        html += head.toHtmlEscaped() + QStringLiteral("<br>");
    else if (!s.message.isEmpty())
        html += QCoreApplication::translate("FeedHealth", "Last event: %1").arg(s.message).toHtmlEscaped()
            + QStringLiteral("<br>");
    html += QStringLiteral("<table>");
    for (const net::StreamHealth& h : s.streams) {
        QString detail = QCoreApplication::translate("FeedHealth", "%1 msg/s")
                             .arg(c.toString(h.messagesPerSecond, 'f', 1));
        if (h.positionMs > 0)
            detail += QStringLiteral(" · ")
                + QCoreApplication::translate("FeedHealth", "at %1 UTC").arg(formatUtc(h.positionMs, true));
        else if (h.lagMs != 0)
            detail += QStringLiteral(" · ")
                + QCoreApplication::translate("FeedHealth", "lag %1 ms").arg(h.lagMs);
        if (h.reconnects > 0)
            detail += QStringLiteral(" · ")
                + QCoreApplication::translate("FeedHealth", "%1 reconnects").arg(h.reconnects);
        if (h.rejected > 0)
            detail += QStringLiteral(" · ")
                + QCoreApplication::translate("FeedHealth", "%1 rejected").arg(h.rejected);
        html += QStringLiteral("<tr><td>%1</td><td><span style='color:%2'>%3</span></td><td>%4</td></tr>")
                    .arg(h.stream.toHtmlEscaped(), stateColour(h.state).name(), stateText(h.state), detail);
    }
    html += QStringLiteral("</table>")
        + QCoreApplication::translate("FeedHealth", "Click for the feed-health panel.");
    return html;
}

} // namespace perp::health
