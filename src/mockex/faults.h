// SPDX-License-Identifier: MIT
#pragma once

#include "mockoptions.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <random>
#include <vector>

namespace perp::mockex {

// Counts of what the server did wrong on purpose; reported by /mockex/stats.
struct FaultCounts
{
    std::uint64_t drops = 0;
    std::uint64_t stalled = 0;
    std::uint64_t malformed = 0;
    std::uint64_t truncated = 0;
    std::uint64_t duplicated = 0;
    std::uint64_t reordered = 0;
    std::uint64_t depthGaps = 0;
    std::uint64_t http429 = 0;
};

// Decides, with its own seeded generator, which messages get damaged.
class FaultInjector
{
public:
    FaultInjector(const FaultOptions& options, std::uint64_t seed);

    const FaultOptions& options() const { return m_options; }
    FaultCounts& counts() { return m_counts; }

    bool chance(double rate);
    // The frames to send in place of one message (none, one or two; damaged or not).
    // Reordering is up to the session: see holdForReorder.
    std::vector<QByteArray> damage(const QByteArray& message);
    bool holdForReorder();
    bool dropDepth();
    bool answer429();
    // True while `stream` (Binance stream or Bybit topic) is silenced.
    bool stalled(const QByteArray& stream);
    // Starts the stall clock (first subscription).
    void startClock();

private:
    FaultOptions m_options;
    std::mt19937_64 m_rng;
    FaultCounts m_counts;
    QElapsedTimer m_clock;
};

} // namespace perp::mockex
