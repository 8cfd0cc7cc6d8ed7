// SPDX-License-Identifier: MIT
#pragma once

#include "alertinput.h"
#include "firedalert.h"
#include "rule.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace perp::alerts {

// Evaluates alert rules against engine readings. Not thread-safe: it runs on the
// engine thread, once per engine cycle (or whenever the inputs change).
//
// Triggering, per rule and per key (symbol, mode, and a band/zone/direction where
// the condition has several):
//  - a level condition (confidence, funding, band proximity) is "active" from when
//    it holds until the value moves back past the threshold by the hysteresis;
//    a crossing (bias, price, range, zone touch) needs the value to come from the
//    other side of the threshold, re-arming only past the hysteresis;
//  - a change (category state, cascade start, zone broken) fires when the state
//    changes as asked (never on the first observation);
//  - Once: the first firing spends the rule (rearm() to use it again);
//    EveryTime: each new occurrence, at most once per cooldown;
//    OncePerCycle: at most once per composite cycle of the mode while the
//    condition holds (a level condition fires again next cycle if still true);
//  - nothing fires at or after a rule's expiry, or while it is disabled.
class Evaluator
{
public:
    // Replaces the rules. A rule whose id and definition are unchanged keeps its state.
    void setRules(std::vector<Rule> rules);
    const std::vector<Rule>& rules() const { return m_rules; }

    std::vector<FiredAlert> evaluate(const AlertInput& input);

    bool isSpent(const std::string& ruleId) const { return m_spent.contains(ruleId); }
    // "Once" rules that fired: keep them across restarts (e.g. BlobStore "alerts"/"spent")
    // and hand them back after setRules().
    std::vector<std::string> spentRules() const { return {m_spent.begin(), m_spent.end()}; }
    void setSpent(const std::vector<std::string>& ruleIds) { m_spent = {ruleIds.begin(), ruleIds.end()}; }
    void rearm(const std::string& ruleId);
    // Forgets all per-key state (e.g. when a replay jumps in time).
    void reset();
    // Keys with state (rule x symbol x mode x band/zone/direction), for tests and diagnostics.
    std::size_t trackedKeys() const;

private:
    struct KeyState
    {
        std::optional<bool> active; // Level
        std::optional<std::string> state; // Change
        std::optional<TimeMs> lastFire;
        std::optional<TimeMs> lastCycle;
        TimeMs lastSeen = 0;
    };
    // Bands and zones come and go: state of keys unseen for a day is dropped (hourly).
    void sweep(TimeMs now);
    TimeMs m_lastSweep = 0;
    void evaluateRule(const Rule& rule, const AlertInput& input, std::vector<FiredAlert>& out);

    std::vector<Rule> m_rules;
    std::map<std::string, std::map<std::string, KeyState>> m_state; // rule id -> key -> state
    std::set<std::string> m_spent;
};

} // namespace perp::alerts
