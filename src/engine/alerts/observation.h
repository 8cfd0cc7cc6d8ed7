// SPDX-License-Identifier: MIT
#pragma once

#include "alertinput.h"
#include "messagetemplate.h"
#include "rule.h"

#include <optional>
#include <string>
#include <vector>

namespace perp::alerts {

// What one condition sees for one symbol (and mode) in one evaluation. The
// evaluator turns observations into firings using the state it keeps per key.
struct Observation
{
    enum class Style {
        Level, // `enter` holds / `release` (past the hysteresis) re-arms
        Change, // a discrete state `stateNow`; fires when it changes as the rule asks
        Event, // `event` is a one-off occurrence in this evaluation
    };
    Style style = Style::Level;
    std::string sub; // distinguishes several keys of one symbol: a band, a zone, a direction
    bool enter = false;
    bool release = false;
    // Level only: a value already past the threshold when first seen fires (a state such
    // as "confidence >= 55"); otherwise a crossing from the other side is required.
    bool fireOnFirst = false;
    std::string stateNow; // Change
    bool event = false; // Event
    double value = 0;
    double threshold = 0;
    TemplateVars vars; // extra placeholders
};

// Observations of `rule` for one symbol; `reading` is the mode's reading for mode kinds.
void observe(
    const Rule& rule, const SymbolInput& in, const ModeReading* reading, std::vector<Observation>& out);

// Whether a change of state from `previous` to `now` is one the rule reports.
bool changeMatches(const Rule& rule, const std::string& previous, const std::string& now);

} // namespace perp::alerts
