// SPDX-License-Identifier: MIT
#pragma once

#include "reading.h"
#include "types.h"

#include <array>
#include <deque>
#include <span>
#include <string_view>

namespace perp::sig {

enum class BiasState : std::uint8_t { Neutral, Bullish, Bearish, Conflicted };
std::string_view biasStateName(BiasState s);

inline constexpr double kDirectionalBias = 15.0; // |bias| at or above this is directional
inline constexpr double kConflictBias = 20.0; // frame biases beyond +-this on both sides: conflicted
inline constexpr std::size_t kDecelerationCycles = 3; // |bias| falling this many cycles in a row
inline constexpr double kDecelerationDrop = 10.0; // ... by at least this many points in total

// Shown beside the suggested size, always.
inline constexpr std::string_view kSizeFormula
    = "suggested size = your maximum position x (confidence % / 100) x (|bias| / 100); 0 when neutral or "
      "conflicted. Estimated, not financial advice.";

struct CompositeResult
{
    double bias = 0; // -100..100
    double confidence = 0; // 0..100 (%)
    BiasState state = BiasState::Neutral;
    std::array<double, kCategoryCount> categoryScore {}; // -100..100 each, same formula per category
    std::array<std::uint16_t, kCategoryCount> categoryCards {}; // valid cards per category
    std::array<double, kFrameCount> frameBias {}; // -100..100 from the sign of each frame's raw
    std::uint16_t validCards = 0;
    std::uint16_t missingCards = 0;
    double sizePct = 0; // suggested share of the maximum position, 0..100
    bool transition = false; // neutral -> directional, or a flip
    bool deceleration = false; // still directional, |bias| falling several cycles
    // Points of bias each category adds: 100 x sum(contribution in category) / sum(all weights);
    // they sum to bias.
    std::array<double, kCategoryCount> categoryContribution {};
};

enum class BiasEventKind : std::uint8_t { Transition, Deceleration };

// A transition or deceleration of one symbol's composite in one mode, for chart markers.
struct BiasEvent
{
    TimeMs time = 0; // composite cycle time
    Mode mode = Mode::Scalp;
    BiasEventKind kind = BiasEventKind::Transition;
    BiasState state = BiasState::Neutral; // state after the event
    float bias = 0; // -100..100
    float confidence = 0; // %
};

// The arithmetic, for one symbol and mode:
//   contribution_i = direction_i x strength_i x confidence_i x weight_i
//   bias = 100 x sum(contribution) / sum(weight) over valid cards
//   confidence = 100 x (sum(confidence_i x weight_i) / sum(weight)) x (0.5 + 0.5 x consensus),
//     consensus = |sum(d x s x w)| / sum(s x w) over directional cards; halved when conflicted.
CompositeResult computeComposite(
    std::span<const Reading> readings, std::span<const Category> categories, std::span<const double> weights);

// Remembers recent composites of one symbol and mode to flag transition and deceleration.
class CompositeTracker
{
public:
    // Sets result.transition / result.deceleration from the history and records it
    // (with its cycle time; a transition or deceleration is also kept as an event).
    void update(CompositeResult& result, TimeMs time = 0, Mode mode = Mode::Scalp);
    const std::deque<float>& history() const { return m_history; }
    const std::deque<TimeMs>& times() const { return m_times; } // cycle time per history entry
    const std::deque<BiasEvent>& events() const { return m_events; } // oldest first
    static constexpr std::size_t kHistory = 120;
    static constexpr std::size_t kEvents = 100;

private:
    std::deque<float> m_history; // bias per cycle, oldest first
    std::deque<TimeMs> m_times;
    std::deque<BiasEvent> m_events;
    BiasState m_last = BiasState::Neutral;
    bool m_seen = false;
};

} // namespace perp::sig
