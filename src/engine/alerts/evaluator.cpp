// SPDX-License-Identifier: MIT
#include "evaluator.h"

#include "messagetemplate.h"
#include "observation.h"

#include <algorithm>

namespace perp::alerts {

void Evaluator::setRules(std::vector<Rule> rules)
{
    std::map<std::string, std::map<std::string, KeyState>> state;
    std::set<std::string> spent;
    for (const Rule& r : rules) {
        const auto old
            = std::find_if(m_rules.begin(), m_rules.end(), [&](const Rule& o) { return o.id == r.id; });
        if (old == m_rules.end() || !(*old == r))
            continue;
        if (auto it = m_state.find(r.id); it != m_state.end())
            state[r.id] = std::move(it->second);
        if (m_spent.contains(r.id))
            spent.insert(r.id);
    }
    m_rules = std::move(rules);
    m_state = std::move(state);
    m_spent = std::move(spent);
}

void Evaluator::rearm(const std::string& ruleId)
{
    m_spent.erase(ruleId);
    m_state.erase(ruleId);
}

void Evaluator::reset()
{
    m_state.clear();
    m_lastSweep = 0;
}

std::size_t Evaluator::trackedKeys() const
{
    std::size_t n = 0;
    for (const auto& [rule, keys] : m_state)
        n += keys.size();
    return n;
}

void Evaluator::sweep(TimeMs now)
{
    if (now - m_lastSweep < kHourMs)
        return;
    m_lastSweep = now;
    for (auto& [rule, keys] : m_state)
        std::erase_if(keys, [&](const auto& kv) { return kv.second.lastSeen < now - kDayMs; });
}

std::vector<FiredAlert> Evaluator::evaluate(const AlertInput& input)
{
    sweep(input.time);
    std::vector<FiredAlert> out;
    for (const Rule& rule : m_rules) {
        if (!rule.enabled || m_spent.contains(rule.id) || (rule.expiresAt && input.time >= *rule.expiresAt))
            continue;
        evaluateRule(rule, input, out);
    }
    return out;
}

void Evaluator::evaluateRule(const Rule& rule, const AlertInput& input, std::vector<FiredAlert>& out)
{
    auto& keys = m_state[rule.id];
    std::vector<Observation> obs;
    const bool modeKind = usesMode(rule.condition.kind);
    for (const SymbolInput& sym : input.symbols) {
        if (rule.symbol != "*" && rule.symbol != sym.symbol)
            continue;
        // (mode name, reading) pairs to look at; one mode-less pass for other kinds.
        std::vector<std::pair<std::string, const ModeReading*>> passes;
        if (!modeKind)
            passes.emplace_back(rule.mode == "*" ? std::string() : rule.mode, nullptr);
        else
            for (const auto& [name, reading] : sym.modes)
                if (rule.mode == "*" || rule.mode == name)
                    passes.emplace_back(name, &reading);
        for (const auto& [mode, reading] : passes) {
            obs.clear();
            observe(rule, sym, reading, obs);
            for (const Observation& o : obs) {
                KeyState& ks = keys[sym.symbol + '\x1f' + mode + '\x1f' + o.sub];
                ks.lastSeen = input.time;
                bool event = false;
                bool holding = false;
                std::string previous;
                switch (o.style) {
                case Observation::Style::Level:
                    if (!ks.active) {
                        ks.active = o.enter;
                        event = o.enter && o.fireOnFirst;
                    } else if (!*ks.active && o.enter) {
                        ks.active = true;
                        event = true;
                    } else if (*ks.active && o.release) {
                        ks.active = false;
                    }
                    holding = o.fireOnFirst ? *ks.active : event;
                    break;
                case Observation::Style::Change:
                    previous = ks.state.value_or(std::string());
                    event = ks.state && changeMatches(rule, *ks.state, o.stateNow);
                    ks.state = o.stateNow;
                    holding = event;
                    break;
                case Observation::Style::Event:
                    event = holding = o.event;
                    break;
                }
                bool fire = false;
                switch (rule.trigger) {
                case Trigger::Once:
                    fire = event;
                    break;
                case Trigger::EveryTime:
                    fire = event && (!ks.lastFire || input.time - *ks.lastFire >= rule.cooldownMs);
                    break;
                case Trigger::OncePerCycle: {
                    const std::string& cycleMode = mode.empty() ? rule.mode : mode;
                    const TimeMs cycle = reading && reading->cycleStart != 0
                        ? reading->cycleStart
                        : floorTo(input.time, defaultModeCycleMs(cycleMode));
                    fire = holding && (!ks.lastCycle || *ks.lastCycle != cycle);
                    if (fire)
                        ks.lastCycle = cycle;
                    break;
                }
                }
                if (!fire)
                    continue;
                ks.lastFire = input.time;
                FiredAlert a;
                a.time = input.time;
                a.rule = rule.id;
                a.symbol = sym.symbol;
                a.mode = mode;
                a.value = o.value;
                a.threshold = o.threshold;
                a.replay = input.replay;
                TemplateVars vars = o.vars;
                vars["previous"] = previous;
                vars["symbol"] = sym.symbol;
                vars["mode"] = mode;
                vars["value"] = formatNumber(o.value);
                vars["threshold"] = formatNumber(o.threshold);
                vars["rule"] = rule.id;
                vars["name"] = rule.name.empty() ? rule.id : rule.name;
                vars["time"] = formatIsoMs(input.time);
                vars["replay"] = input.replay ? "replay" : "";
                a.message = renderTemplate(
                    rule.message.empty() ? defaultMessage(rule.condition.kind) : rule.message, vars);
                out.push_back(std::move(a));
                if (rule.trigger == Trigger::Once) {
                    m_spent.insert(rule.id);
                    return;
                }
            }
        }
    }
}

} // namespace perp::alerts
