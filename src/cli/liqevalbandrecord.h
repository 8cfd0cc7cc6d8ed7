// SPDX-License-Identifier: MIT
#pragma once

#include "engine/liq/bandscorecard.h"

#include <QJsonObject>

namespace perp::cli {

// The bands' track record (liq::BandScorecard) pooled over symbols and runs, weighted by
// realized notional, as liq-eval prints it.
struct PooledBandRecord
{
    std::array<double, 3> notional {}, captured {}, covered {};
    std::array<std::uint64_t, 3> events {};

    void add(const std::array<liq::BandRecord, 3>& r);
    void add(const PooledBandRecord& o);
    // {"latest": {...}, "1h": {...}, "4h": {...}}: events, notional, top5_capture,
    // top5_coverage, lift_over_uniform.
    QJsonObject toJson() const;
};

} // namespace perp::cli
