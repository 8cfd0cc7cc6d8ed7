// SPDX-License-Identifier: MIT
#include "cascadedetector.h"

#include <algorithm>
#include <cmath>

namespace perp::liq {

namespace {
constexpr int kMinBaselineWindows = 5;
int sideIdx(PositionSide s)
{
    return s == PositionSide::Long ? 0 : 1;
}
} // namespace

std::optional<CascadeEvent> CascadeDetector::apply(const MarketEvent& event)
{
    TimeMs now = 0;
    bool price = false;
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            now = e.h.exchangeTime;
            if constexpr (std::is_same_v<T, Trade>) {
                const double p = e.price.toDouble();
                const double q = e.qty.toDouble();
                if (!(p > 0) || !(q > 0))
                    return;
                m_prices.push_back({now, p});
                m_volumeWin += p * q;
                price = true;
            } else if constexpr (std::is_same_v<T, MarkFunding>) {
                const double p = e.markPrice.toDouble();
                if (p > 0 && m_prices.empty()) {
                    m_prices.push_back({now, p});
                    price = true;
                }
            } else if constexpr (std::is_same_v<T, OpenInterest>) {
                const double v = e.openInterest.toDouble();
                if (v > 0)
                    m_oi.push_back({now, v});
            } else if constexpr (std::is_same_v<T, Liquidation>) {
                const double n = e.price.toDouble() * e.qty.toDouble();
                if (!(n > 0))
                    return;
                const int s = sideIdx(e.liquidated);
                m_liq[s].push_back({now, n});
                m_liqSum[s] += n;
                m_liqWin += n;
                if (m_state.active && e.liquidated == m_state.side)
                    m_state.liquidatedNotional += n;
                price = true;
            }
        },
        event);
    if (!price && m_prices.empty())
        return std::nullopt;
    return evaluate(now);
}

void CascadeDetector::rollBaseline(TimeMs now)
{
    if (m_baselineAt == 0) {
        m_baselineAt = now;
        m_lastWindowPrice = m_prices.empty() ? 0 : m_prices.back().value;
        return;
    }
    if (now - m_baselineAt < m_config.window)
        return;
    const double a = 1.0
        - std::exp2(-static_cast<double>(m_config.window) / static_cast<double>(m_config.baselineHalfLife));
    const double last = m_prices.empty() ? m_lastWindowPrice : m_prices.back().value;
    const double move
        = m_lastWindowPrice > 0 && last > 0 ? std::abs(std::log(last / m_lastWindowPrice)) : 0.0;
    if (m_baselineWindows == 0) {
        m_typicalLiq = m_liqWin;
        m_typicalVolume = m_volumeWin;
        m_typicalMove = move;
    } else {
        m_typicalLiq += a * (m_liqWin - m_typicalLiq);
        m_typicalVolume += a * (m_volumeWin - m_typicalVolume);
        m_typicalMove += a * (move - m_typicalMove);
    }
    ++m_baselineWindows;
    m_liqWin = m_volumeWin = 0;
    m_lastWindowPrice = last;
    m_baselineAt = now;
}

std::optional<CascadeEvent> CascadeDetector::evaluate(TimeMs now)
{
    const TimeMs from = now - m_config.window;
    // Keep one price at or before the window start as the reference.
    while (m_prices.size() > 1 && m_prices[1].time <= from)
        m_prices.pop_front();
    while (m_oi.size() > 1 && m_oi[1].time <= from)
        m_oi.pop_front();
    for (int s = 0; s < 2; ++s) {
        while (!m_liq[s].empty() && m_liq[s].front().time <= from) {
            m_liqSum[s] -= m_liq[s].front().value;
            m_liq[s].pop_front();
        }
        if (m_liq[s].empty())
            m_liqSum[s] = 0;
    }
    rollBaseline(now);
    if (m_prices.empty() || m_baselineWindows < kMinBaselineWindows)
        return std::nullopt;
    const double movePct = (m_prices.back().value / m_prices.front().value - 1.0) * 100.0;
    const double oiPct = m_oi.size() >= 2 ? (m_oi.back().value / m_oi.front().value - 1.0) * 100.0 : 0.0;
    const double threshold
        = std::max({m_config.baselineMultiple * m_typicalLiq, m_config.volumeShare * m_typicalVolume, 1e-9});
    const double oiBoost = 1.0 + std::max(0.0, -oiPct) / m_config.oiDropRefPct;

    if (!m_state.active) {
        const PositionSide side = movePct < 0 ? PositionSide::Long : PositionSide::Short;
        const double liq = m_liqSum[sideIdx(side)];
        const double minMove = std::max(m_config.minMovePct, m_config.moveMultiple * m_typicalMove * 100.0);
        if (liq < threshold || std::abs(movePct) < minMove)
            return std::nullopt;
        m_startThreshold = threshold;
        m_state = {};
        m_state.active = true;
        m_state.side = side;
        m_state.startTime = now;
        m_state.intensity = liq / threshold * oiBoost;
        m_state.peakIntensity = m_state.intensity;
        m_state.liquidatedNotional = liq;
        m_state.startPrice = m_prices.front().value;
        m_quietSince = 0;
        CascadeEvent ev {now, true, side, m_state.intensity, liq, movePct, oiPct};
        m_history.push_back(ev);
        if (m_history.size() > 200)
            m_history.erase(m_history.begin());
        return ev;
    }
    const double liq = m_liqSum[sideIdx(m_state.side)];
    m_state.intensity = liq / m_startThreshold * oiBoost;
    m_state.peakIntensity = std::max(m_state.peakIntensity, m_state.intensity);
    if (liq >= m_config.endFraction * m_startThreshold) {
        m_quietSince = 0;
        return std::nullopt;
    }
    if (m_quietSince == 0)
        m_quietSince = now;
    if (now - m_quietSince < m_config.quietFor)
        return std::nullopt;
    const double total = (m_prices.back().value / m_state.startPrice - 1.0) * 100.0;
    CascadeEvent ev {
        now, false, m_state.side, m_state.peakIntensity, m_state.liquidatedNotional, total, oiPct};
    m_state.active = false;
    m_state.intensity = 0;
    m_history.push_back(ev);
    if (m_history.size() > 200)
        m_history.erase(m_history.begin());
    return ev;
}

} // namespace perp::liq
