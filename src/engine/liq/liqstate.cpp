// SPDX-License-Identifier: MIT
#include "liqstate.h"

namespace perp::liq {

LiqState::LiqState(SymbolId symbol, EstimatorConfig config, TimeMs scoreWindow)
    : m_estimator(symbol, std::move(config))
    , m_scorecard(scoreWindow)
{ }

void LiqState::apply(const MarketEvent& event)
{
    if (std::holds_alternative<BookUpdate>(event) || std::holds_alternative<Metric>(event))
        return;
    m_estimator.apply(event);
    m_cascade.apply(event);
    if (const auto* t = std::get_if<Trade>(&event)) {
        m_atr.add(t->h.exchangeTime, t->price.toDouble());
    } else if (const auto* l = std::get_if<Liquidation>(&event)) {
        if (const auto realized = m_realized.add(*l))
            m_scorecard.onLiquidation(*realized);
    }
    m_realized.advance(header(event).exchangeTime);
}

bool LiqState::refresh(bool force)
{
    // Band distances move with price, so a price change refreshes too.
    if (!force && m_estimator.revision() == m_refreshedRevision && m_estimator.price() == m_refreshedPrice)
        return false;
    m_profile = m_estimator.profile();
    m_finder.update(m_profile, m_atr.atr());
    m_scorecard.onBands(m_estimator.now(), m_estimator.price(), m_finder.bands());
    m_refreshedRevision = m_estimator.revision();
    m_refreshedPrice = m_estimator.price();
    return true;
}

LiqSnapshotPtr LiqState::snapshot(TimeMs from) const
{
    auto s = std::make_shared<LiqSnapshot>();
    s->symbol = m_estimator.symbol();
    s->time = m_estimator.now();
    s->price = m_estimator.price();
    s->atr = m_atr.atr();
    s->confidence = m_estimator.confidence();
    s->grid = m_estimator.heatmap().grid();
    s->heatmapInterval = m_estimator.config().heatmapInterval;
    s->heatmap = m_estimator.heatmap().since(from);
    s->profile = m_profile;
    s->bands = m_finder.bands();
    s->estimatedLiquidatedLong = m_estimator.estimatedLiquidated(PositionSide::Long);
    s->estimatedLiquidatedShort = m_estimator.estimatedLiquidated(PositionSide::Short);
    s->bubbles = m_realized.since(from);
    for (std::size_t w = 0; w < kRealizedWindows.size(); ++w)
        s->realized[w] = m_realized.profile(kRealizedWindows[w]);
    s->cascade = m_cascade.state();
    s->bandRecord = m_scorecard.records(s->time);
    for (const auto& e : m_cascade.history())
        if (e.time >= from)
            s->cascadeEvents.push_back(e);
    return s;
}

} // namespace perp::liq
