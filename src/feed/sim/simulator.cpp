// SPDX-License-Identifier: MIT
#include "simulator.h"

#include "regime.h"
#include "symbolmarket.h"
#include "traderprofile.h"

#include <algorithm>

namespace perp::sim {

Simulator::Simulator(SimConfig config)
    : m_config(std::move(config))
    , m_now(m_config.startTime)
{
    for (SymbolId id : m_config.symbols) // each symbol once, in the given order
        if (std::find(m_symbols.begin(), m_symbols.end(), id) == m_symbols.end())
            m_symbols.push_back(id);
    if (m_symbols.empty())
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            m_symbols.push_back(id);
    std::uint64_t sm = m_config.seed;
    m_factor = std::make_unique<MarketFactor>(splitmix64(sm));
    const TraderProfile profile
        = TraderProfile::forScenario(m_config.scenario, m_config.seed, m_config.populationScale);
    for (SymbolId id : m_symbols)
        m_markets.push_back(std::make_unique<SymbolMarket>(id, m_config, profile));
}

Simulator::~Simulator() = default;

void Simulator::advanceTo(TimeMs t, std::vector<MarketEvent>& out)
{
    while (m_now + kStepMs <= t) {
        m_factor->step(static_cast<double>(kStepMs) / 1000.0);
        m_stepBuffer.clear();
        for (auto& m : m_markets)
            m->step(m_now, m_now + kStepMs, *m_factor, m_stepBuffer);
        if (m_markets.size() > 1)
            std::stable_sort(
                m_stepBuffer.begin(), m_stepBuffer.end(), [](const MarketEvent& a, const MarketEvent& b) {
                    return header(a).exchangeTime < header(b).exchangeTime;
                });
        out.insert(out.end(), std::make_move_iterator(m_stepBuffer.begin()),
            std::make_move_iterator(m_stepBuffer.end()));
        m_now += kStepMs;
    }
}

const SymbolMarket* Simulator::market(SymbolId id) const
{
    for (const auto& m : m_markets)
        if (m->id() == id)
            return m.get();
    return nullptr;
}

std::vector<GroundTruth> Simulator::groundTruth() const
{
    std::vector<GroundTruth> out;
    out.reserve(m_markets.size());
    for (const auto& m : m_markets)
        out.push_back(m->truth(m_now));
    return out;
}

std::optional<GroundTruth> Simulator::groundTruth(SymbolId id) const
{
    const auto* m = market(id);
    return m ? std::optional(m->truth(m_now)) : std::nullopt;
}

double Simulator::openInterest(SymbolId id) const
{
    const auto* m = market(id);
    return m ? Qty::fromRaw(m->positions().openInterestRaw()).toDouble() : 0.0;
}

double Simulator::midPrice(SymbolId id) const
{
    const auto* m = market(id);
    return m ? m->mid() : 0.0;
}

double Simulator::fairPrice(SymbolId id) const
{
    const auto* m = market(id);
    return m ? m->fair() : 0.0;
}

std::uint64_t Simulator::liquidationCount() const
{
    std::uint64_t n = 0;
    for (const auto& m : m_markets)
        n += m->liquidationCount();
    return n;
}

std::vector<LiquidationRecord> Simulator::liquidationLog() const
{
    std::vector<LiquidationRecord> out;
    for (const auto& m : m_markets)
        out.insert(out.end(), m->liquidationLog().begin(), m->liquidationLog().end());
    std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.time < b.time; });
    return out;
}

const char* Simulator::regimeName() const
{
    switch (m_factor->regime()) {
    case Regime::Range:
        return "range";
    case Regime::TrendUp:
        return "trend up";
    case Regime::TrendDown:
        return "trend down";
    case Regime::HighVolatility:
        return "high volatility";
    }
    return "range";
}

} // namespace perp::sim
