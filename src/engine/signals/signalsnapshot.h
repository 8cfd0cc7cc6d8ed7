// SPDX-License-Identifier: MIT
#pragma once

#include "card.h"
#include "composite.h"

#include <array>
#include <memory>
#include <string_view>
#include <vector>

namespace perp::sig {

// One card's current reading, for the signal list of the chart symbol.
struct CardValue
{
    std::uint16_t card = 0; // index into SignalSnapshot::catalog
    bool valid = false;
    std::uint32_t missing = 0; // Input bits missing or stale (see inputName)
    float raw = 0, z = 0, strength = 0, confidence = 0, agreement = 0, quality = 0;
    std::int8_t direction = 0;
    float weight = 1; // learned weight used in the composite (card x category)
    float hitRate = 0.5f; // learned, shrunk toward 50%
    float ic = 0; // learned rank IC, shrunk toward 0
    float calls = 0; // directional calls scored so far (exponentially forgotten); 0: no hit rate yet
};

struct ModeSummary
{
    bool ready = false; // false until the mode's first composite cycle ran
    float bias = 0; // -100..100
    float confidence = 0; // %
    float sizePct = 0; // suggested share of the maximum position (see kSizeFormula)
    BiasState state = BiasState::Neutral;
    bool transition = false;
    bool deceleration = false;
    std::uint16_t validCards = 0, missingCards = 0;
};

struct SymbolSignals
{
    SymbolId id = 0;
    std::array<ModeSummary, kModeCount> modes;
};

// Details of the chart symbol, per mode.
struct ChartSignals
{
    SymbolId id = 0;
    std::array<std::array<float, kCategoryCount>, kModeCount> categoryScore {};
    std::array<std::array<float, kCategoryCount>, kModeCount> categoryWeight {};
    // Points of bias per category at the last composite cycle (they sum to the bias).
    std::array<std::array<float, kCategoryCount>, kModeCount> categoryContribution {};
    std::array<std::array<std::uint16_t, kCategoryCount>, kModeCount> categoryCards {}; // valid cards
    std::array<std::array<float, kFrameCount>, kModeCount> frameBias {};
    std::array<std::vector<CardValue>, kModeCount> cards;
    std::array<std::vector<float>, kModeCount> biasHistory; // oldest first, one per composite cycle
    std::array<std::vector<TimeMs>, kModeCount> biasTimes; // cycle time of each biasHistory entry
    std::vector<BiasEvent> events; // transitions and decelerations of every mode, oldest first
};

struct SignalSnapshot
{
    TimeMs time = 0; // time of the last card cycle
    std::shared_ptr<const std::vector<CardInfo>> catalog;
    std::vector<SymbolSignals> symbols; // ascending id
    ChartSignals chart;
    std::string_view sizeFormula = kSizeFormula;
};
using SignalSnapshotPtr = std::shared_ptr<const SignalSnapshot>;

} // namespace perp::sig
