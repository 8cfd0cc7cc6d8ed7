// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <cstddef>
#include <deque>
#include <vector>

namespace perp {

// One value per minute, e.g. open interest or the funding rate.
struct MetricSample
{
    TimeMs minute = 0; // UTC minute boundary
    double value = 0; // last value reported within that minute

    bool operator==(const MetricSample&) const = default;
};

// A bounded per-minute series of a scalar reported now and then by the exchange.
// The last report within a minute wins; reports older than the newest minute are
// dropped (counted), so the series stays ordered. Holds at most `capacity` minutes.
class MetricSeries
{
public:
    explicit MetricSeries(std::size_t capacity = 20'000);

    // Returns false (and counts it) when t is older than the newest minute held.
    bool record(TimeMs t, double value);
    // A sample from history (e.g. REST backfill on start): inserted at its minute when that
    // minute holds nothing yet; a minute already held keeps its value (live data wins).
    // Returns false when it was not inserted (held, or older than a full series keeps).
    bool insertHistory(TimeMs t, double value);
    const std::deque<MetricSample>& samples() const { return m_samples; }
    // Samples from the minute containing `from` on; includes the last sample before it,
    // so a step line is defined from `from`.
    std::vector<MetricSample> since(TimeMs from) const;
    std::size_t capacity() const { return m_capacity; }
    std::uint64_t outOfOrder() const { return m_outOfOrder; }

private:
    std::deque<MetricSample> m_samples;
    std::size_t m_capacity;
    std::uint64_t m_outOfOrder = 0;
};

} // namespace perp
