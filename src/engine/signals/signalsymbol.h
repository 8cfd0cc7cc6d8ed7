// SPDX-License-Identifier: MIT
#pragma once

// The per-symbol state of a SignalEngine (private to signalengine*.cpp).

#include "signalengine.h"

namespace perp::sig {

struct SignalEngine::Sym
{
    SymbolId id = 0;
    const CandleBook* candles = nullptr;
    SymbolFeatures features;
    SymbolView view;
    std::array<std::vector<Reading>, kModeCount> readings;
    std::array<std::vector<RollingStats>, kModeCount> stats;
    std::array<CompositeResult, kModeCount> composite;
    std::array<CompositeTracker, kModeCount> trackers;
    std::array<bool, kModeCount> ready {};
    std::vector<std::array<double, kFrameCount>> frameRaw; // per card, scratch
    std::vector<std::uint8_t> frameValid;
    std::vector<std::uint32_t> missing;
    std::vector<double> quality;

    Sym(SymbolId i, std::size_t cards, std::size_t auxCapacity)
        : id(i)
        , features(auxCapacity)
    {
        view.id = i;
        view.features = &features;
        for (auto& r : readings)
            r.assign(cards, Reading {});
        for (auto& s : stats)
            s.assign(cards, RollingStats {});
        frameRaw.assign(cards, {});
        frameValid.assign(cards, 0);
        missing.assign(cards, 0);
        quality.assign(cards, 0);
    }
};

} // namespace perp::sig
