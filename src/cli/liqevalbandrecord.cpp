// SPDX-License-Identifier: MIT
#include "liqevalbandrecord.h"

#include <cmath>

namespace perp::cli {

void PooledBandRecord::add(const std::array<liq::BandRecord, 3>& r)
{
    for (std::size_t h = 0; h < 3; ++h) {
        events[h] += r[h].events;
        notional[h] += r[h].notional;
        captured[h] += r[h].captured * r[h].notional;
        covered[h] += r[h].coverage * r[h].notional;
    }
}

void PooledBandRecord::add(const PooledBandRecord& o)
{
    for (std::size_t h = 0; h < 3; ++h) {
        events[h] += o.events[h];
        notional[h] += o.notional[h];
        captured[h] += o.captured[h];
        covered[h] += o.covered[h];
    }
}

QJsonObject PooledBandRecord::toJson() const
{
    static const char* const kNames[3] = {"latest", "1h", "4h"};
    const auto r4 = [](double v) { return std::round(v * 1e4) / 1e4; };
    QJsonObject out;
    for (std::size_t h = 0; h < 3; ++h) {
        const double cap = notional[h] > 0 ? captured[h] / notional[h] : 0;
        const double cov = notional[h] > 0 ? covered[h] / notional[h] : 0;
        out.insert(QLatin1String(kNames[h]),
            QJsonObject {{"events", static_cast<qint64>(events[h])}, {"notional", std::round(notional[h])},
                {"top5_capture", r4(cap)}, {"top5_coverage", r4(cov)},
                {"lift_over_uniform", r4(cov > 0 ? cap / cov : 0)}});
    }
    return out;
}

} // namespace perp::cli
