// SPDX-License-Identifier: MIT
// Session and Seasonality: time-of-day effects and the funding clock.
#include "engine/signals/card.h"
#include "engine/signals/cardmath.h"

namespace perp::sig {

using namespace math;

void addSessionCards(CardList& out)
{
    const auto cat = Category::SessionSeasonality;
    addCard(out,
        {"sess.hour_drift", cat, "Hour-of-day drift",
            "Average past return of the coming UTC hour for this symbol (hourly bars).",
            "Positive: the next hour has tended to rise in the kept history; missing until it was seen at "
            "least twice.",
            "raw = mean of ln(close/open) of past 1 h bars whose hour equals the next hour", InCandles, 240},
        [](const CardInput& in, int) -> Opt {
            const auto& f = in.symbol.frame(Frame::H1);
            if (f.size() < 2)
                return std::nullopt;
            const auto nextHour = ((static_cast<TimeMs>(f.t.back()) / kHourMs) + 1) % 24;
            double s = 0;
            int k = 0;
            for (std::size_t i = 0; i + 1 < f.size(); ++i) {
                if ((static_cast<TimeMs>(f.t[i]) / kHourMs) % 24 != nextHour || !(f.o[i] > 0))
                    continue;
                s += std::log(f.c[i] / f.o[i]);
                ++k;
            }
            return k >= 2 ? Opt(s / k) : std::nullopt;
        });
    addCard(out,
        {"sess.session_return", cat, "Session return",
            "Return since the current trading session opened (Asia 00, Europe 08, US 13 UTC).",
            "Positive: the session is trading up from its open; negative: down.",
            "raw = close / first open at or after the session start - 1", InCandles, 1},
        [](const CardInput& in, int) -> Opt {
            const auto& f = in.f;
            if (f.size() == 0)
                return std::nullopt;
            const TimeMs t = static_cast<TimeMs>(f.t.back());
            const TimeMs day = floorTo(t, kDayMs), hour = (t - day) / kHourMs;
            const TimeMs start = day + (hour >= 13 ? 13 : (hour >= 8 ? 8 : 0)) * kHourMs;
            for (std::size_t i = 0; i < f.size(); ++i)
                if (static_cast<TimeMs>(f.t[i]) >= start && f.o[i] > 0)
                    return f.c.back() / f.o[i] - 1.0;
            return std::nullopt;
        });
    addCard(out,
        {"sess.funding_clock", cat, "Funding clock",
            "Funding pressure growing as the next funding time approaches.",
            "Positive: negative funding close to settlement (shorts may cover before paying); negative: rich "
            "funding near settlement.",
            "raw = -(funding - 0.0001) * 1e4 * (1 - minutes to funding / 480)", InMarkFunding, 1},
        [](const CardInput& in, int) -> Opt {
            auto fr = back(in.f.funding);
            const TimeMs next = in.symbol.nextFundingTime;
            if (!fr || next <= 0 || in.market.now <= 0)
                return std::nullopt;
            const double mins = static_cast<double>(std::max<TimeMs>(0, next - in.market.now)) / kMinuteMs;
            return -(*fr - 0.0001) * 1e4 * std::max(0.0, 1.0 - mins / 480.0);
        });
}

} // namespace perp::sig
