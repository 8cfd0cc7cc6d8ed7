// SPDX-License-Identifier: MIT
#pragma once

// A crafted signal snapshot with known values for the signal view tests.
#include "engine/signals/signalengine.h"

#include <cmath>

namespace perp::test {

inline std::shared_ptr<const std::vector<sig::CardInfo>> signalCatalog()
{
    static const auto catalog = sig::SignalEngine().catalog();
    return catalog;
}

// Symbol i of `symbols`: scalp bias 90 - 9 i (ready), day bias -(5 i) (ready, symbol 3
// conflicted), swing ready only for even ids. Chart details of `chart`: every card, scalp
// contributions of +12 (Trend), -5 (Funding Rate), +3 (Order Flow) = bias 10; 40 cycles of
// history 30 s apart ending at `t`.
inline std::shared_ptr<sig::SignalSnapshot> craftedSignals(SymbolId chart, int symbols, TimeMs t)
{
    auto s = std::make_shared<sig::SignalSnapshot>();
    s->time = t;
    s->catalog = signalCatalog();
    for (int i = 0; i < symbols; ++i) {
        sig::SymbolSignals ss;
        ss.id = static_cast<SymbolId>(i);
        auto& scalp = ss.modes[0];
        scalp.ready = true;
        scalp.bias = 90.0f - 9.0f * static_cast<float>(i);
        scalp.confidence = 20.0f + static_cast<float>(i);
        scalp.state = std::abs(scalp.bias) < 15
            ? sig::BiasState::Neutral
            : (scalp.bias > 0 ? sig::BiasState::Bullish : sig::BiasState::Bearish);
        scalp.validCards = 90;
        scalp.missingCards = 11;
        auto& day = ss.modes[1];
        day.ready = true;
        day.bias = -5.0f * static_cast<float>(i);
        day.confidence = 50;
        day.state = i == 3 ? sig::BiasState::Conflicted
                           : (std::abs(day.bias) < 15 ? sig::BiasState::Neutral : sig::BiasState::Bearish);
        ss.modes[2].ready = i % 2 == 0;
        ss.modes[2].bias = 33;
        ss.modes[2].confidence = 61;
        ss.modes[2].state = sig::BiasState::Bullish;
        if (ss.id == chart) {
            scalp.bias = 10;
            scalp.confidence = 44;
            scalp.state = sig::BiasState::Neutral;
            scalp.sizePct = 0;
            ss.modes[1].sizePct = 12.5f;
        }
        s->symbols.push_back(ss);
    }
    s->chart.id = chart;
    const auto trend = static_cast<std::size_t>(sig::Category::Trend);
    const auto funding = static_cast<std::size_t>(sig::Category::FundingRate);
    const auto flow = static_cast<std::size_t>(sig::Category::OrderFlow);
    s->chart.categoryContribution[0][trend] = 12;
    s->chart.categoryContribution[0][funding] = -5;
    s->chart.categoryContribution[0][flow] = 3;
    s->chart.categoryScore[0][trend] = 60;
    s->chart.categoryCards[0][trend] = 4;
    s->chart.categoryCards[0][funding] = 2;
    s->chart.categoryCards[0][flow] = 3;
    s->chart.categoryContribution[1][trend] = -20;
    s->chart.categoryCards[1][trend] = 4;
    for (auto& w : s->chart.categoryWeight)
        w.fill(1.0f);
    for (std::size_t m = 0; m < sig::kModeCount; ++m) {
        for (std::size_t c = 0; c < s->catalog->size(); ++c) {
            sig::CardValue v;
            v.card = static_cast<std::uint16_t>(c);
            v.valid = c % 7 != 0;
            v.missing = v.valid ? 0u : static_cast<std::uint32_t>(sig::InBook);
            v.raw = 0.25f * static_cast<float>(c % 9) - 1.0f;
            v.z = 0.5f * static_cast<float>(c % 9) - 2.0f;
            v.direction = static_cast<std::int8_t>(v.z > 0.5f ? 1 : (v.z < -0.5f ? -1 : 0));
            v.strength = 0.4f;
            v.confidence = 0.7f;
            v.agreement = 0.7f;
            v.quality = 1;
            v.weight = 0.5f + 0.25f * static_cast<float>(c % 5);
            v.hitRate = 0.55f;
            v.calls = c % 4 == 0 ? 0.0f : 30.0f;
            s->chart.cards[m].push_back(v);
        }
        for (int k = 0; k < 40; ++k) {
            s->chart.biasHistory[m].push_back(static_cast<float>(30.0 * std::sin(k / 6.0)));
            s->chart.biasTimes[m].push_back(t - (39 - k) * 30'000);
        }
    }
    return s;
}

} // namespace perp::test
