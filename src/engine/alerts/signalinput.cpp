// SPDX-License-Identifier: MIT
#include "signalinput.h"

namespace perp::alerts {

std::string categoryStateName(double score)
{
    if (score >= sig::kDirectionalBias)
        return "bullish";
    if (score <= -sig::kDirectionalBias)
        return "bearish";
    return "neutral";
}

void fillSignals(AlertInput& input, const Engine& engine)
{
    const sig::SignalEngine& signals = engine.signalEngine();
    const TimeMs lastCycle = signals.lastCycle();
    for (SymbolInput& s : input.symbols) {
        const auto id = findSymbol(s.symbol);
        if (!id)
            continue;
        for (sig::Mode m : sig::kAllModes) {
            const sig::CompositeResult* c = signals.composite(*id, m);
            if (!c)
                continue;
            ModeReading r;
            r.bias = c->bias;
            r.confidence = c->confidence;
            r.state = std::string(sig::biasStateName(c->state));
            for (std::size_t k = 0; k < sig::kCategoryCount; ++k)
                if (c->categoryCards[k] > 0)
                    r.categoryStates[std::string(sig::categoryKey(sig::Category(k)))]
                        = categoryStateName(c->categoryScore[k]);
            const TimeMs cycle = sig::modeParams(m).cycleMs;
            r.cycleStart = cycle > 0 ? lastCycle / cycle * cycle : lastCycle;
            s.modes[std::string(sig::modeName(m))] = std::move(r);
        }
    }
}

} // namespace perp::alerts
