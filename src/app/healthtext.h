// SPDX-License-Identifier: MIT
#pragma once

#include "feed/net/feedhealth.h"

#include <QColor>
#include <QString>

namespace perp::health {

// Plain-language texts about feed health, shared by the status bar and the feed-health dock.
QString exchangeTitle(const QString& exchange); // "binance" -> "Binance"
QString stateText(net::StreamState state); // translated state name
QString stateHelp(net::StreamState state); // what the state means and what PerpScope does
QColor stateColour(net::StreamState state);
// The worst state over the streams (unavailable beats reconnecting beats stale ...).
net::StreamState worstState(const net::FeedHealthSnapshot& s);
// Sum of msgs/s over the connection-level streams (avoids counting a message twice).
double messagesPerSecond(const net::FeedHealthSnapshot& s);
// True for sources without a network connection (simulator, replay).
bool isLocalSource(const net::FeedHealthSnapshot& s);

// What happened and what PerpScope is doing about it, e.g. "Binance market stream
// disconnected (remote closed) — reconnecting in 4 s (attempt 3)"; empty when all is well.
// `storedHistory`: the app keeps history, so stored candles stay on screen.
QString headline(const net::FeedHealthSnapshot& s, qint64 nowMs, bool storedHistory = true);
// The reconnect part of one stream, e.g. "reconnecting in 4 s (attempt 3)"; empty if none.
QString retryText(const net::StreamHealth& h, qint64 nowMs);
// One line per stream for a tooltip (rich text).
QString tooltip(const net::FeedHealthSnapshot& s, qint64 nowMs);

} // namespace perp::health
