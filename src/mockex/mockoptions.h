// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace perp::mockex {

// Faults the server injects, all off by default. Rates are probabilities per message
// (or per REST request for http429Rate), in [0, 1].
struct FaultOptions
{
    double dropEverySeconds = 0; // close every WebSocket connection this often
    QString stallStream; // a stream name ("btcusdt@aggTrade"), a kind ("aggTrade") or a Bybit topic
    double stallSeconds = 0; // the stream is silent for this long, starting 2 s after the first subscriber
    double malformedRate = 0;
    double truncateRate = 0;
    double duplicateRate = 0;
    double reorderRate = 0;
    double depthGapRate = 0; // a depth update is never sent, so pu breaks the chain
    double http429Rate = 0;
    int slowRestMs = 0;
    bool geoBlock = false; // answer every request (REST and WebSocket handshake) with HTTP 451
};

struct MockOptions
{
    quint16 port = 0; // 0 picks a free port; the chosen one is printed
    std::uint64_t seed = 1;
    double speed = 60; // simulated seconds per real second
    bool waitForClient = false; // the market starts moving with the first subscription
    double runForSeconds = 0; // stop the market after this many simulated seconds (0 = never)
    double pingIntervalSeconds = 180;
    QStringList symbols; // empty: the 21 defaults (sim) or whatever the replay holds
    QString source = QStringLiteral("sim"); // "sim" or "replay:FILE[,FILE...]"
    FaultOptions faults;
};

// Parses the command line; on error returns nullopt and sets error to a message
// naming the offending option.
std::optional<MockOptions> parseOptions(const QStringList& args, QString& error, bool& helpShown);

} // namespace perp::mockex
