// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "loggrid.h"

#include <array>
#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace perp::liq {

// One realized (exchange-reported) liquidation, normalized across venues.
struct RealizedLiq
{
    TimeMs time = 0;
    double price = 0;
    double notional = 0; // quote
    PositionSide side = PositionSide::Long; // the liquidated position's side
    Venue venue = Venue::Sim;
};

// The normalized form of an exchange-reported liquidation; nullopt when its price, size or
// notional is not a positive finite number.
std::optional<RealizedLiq> toRealized(const Liquidation& l);

enum class RealizedWindow : std::uint8_t { H1, H4, H24 };
inline constexpr std::array kRealizedWindows {RealizedWindow::H1, RealizedWindow::H4, RealizedWindow::H24};
TimeMs windowMs(RealizedWindow w);
const char* windowName(RealizedWindow w); // "1h", "4h", "24h"

// Cumulative realized liquidation notional by price bin over one window.
struct RealizedProfile
{
    RealizedWindow window = RealizedWindow::H1;
    LogGrid grid;
    int firstBin = 0;
    std::vector<double> longs; // long positions liquidated (quote notional)
    std::vector<double> shorts;
    double totalLong = 0, totalShort = 0;
};

// Realized liquidations of one symbol: the last 24 h of events (bounded), and cumulative
// notional by price level over 1h / 4h / 24h maintained incrementally. Binance publishes
// at most one liquidation per symbol per second, so its figures undercount during cascades
// (the UI must say so); Bybit allLiquidation and OKX are complete within their own venue.
class RealizedLiquidations
{
public:
    explicit RealizedLiquidations(LogGrid grid = {0.002}, std::size_t maxEvents = 200'000);

    // The event as stored, or nullopt (counted in rejected()) for a malformed one.
    std::optional<RealizedLiq> add(const Liquidation& l);
    // Expires events older than the windows relative to now.
    void advance(TimeMs now);

    RealizedProfile profile(RealizedWindow w) const;
    // Events with time >= from, oldest first (for chart bubbles).
    std::vector<RealizedLiq> since(TimeMs from) const;
    // Notional liquidated at or after `from`; sideFilter +1 longs only, -1 shorts only, 0 both.
    double notionalSince(TimeMs from, int sideFilter = 0) const;
    std::size_t size() const { return m_events.size(); }
    std::uint64_t rejected() const { return m_rejected; }
    TimeMs now() const { return m_now; }

private:
    struct Cell
    {
        double longs = 0, shorts = 0;
    };
    void subtract(std::size_t w, const RealizedLiq& e);

    LogGrid m_grid;
    std::size_t m_maxEvents;
    std::deque<RealizedLiq> m_events;
    std::array<std::size_t, 3> m_expired {}; // per window: events already out (index offset)
    std::array<std::map<int, Cell>, 3> m_cells;
    std::size_t m_popped = 0; // events removed from the deque front
    TimeMs m_now = 0;
    std::uint64_t m_rejected = 0;
};

} // namespace perp::liq
