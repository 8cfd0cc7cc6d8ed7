// SPDX-License-Identifier: MIT
#include "learner.h"

#include "cardmath.h"
#include "jsonwriter.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace perp::sig {

void Skill::decay(double lambda)
{
    hits *= lambda;
    calls *= lambda;
    icSum *= lambda;
    icCount *= lambda;
}

WeightLearner::WeightLearner(
    std::vector<std::string> cardIds, std::vector<Category> categories, LearnerConfig config)
    : m_ids(std::move(cardIds))
    , m_categories(std::move(categories))
    , m_config(config)
{
    m_categories.resize(m_ids.size(), Category::CompositeAlpha);
    for (auto& v : m_cards)
        v.assign(m_ids.size(), Skill {});
}

void WeightLearner::update(
    Skill& s, std::span<const double> value, std::span<const double> ret, double lambda)
{
    s.decay(lambda);
    std::vector<double> xs, ys;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (!std::isfinite(value[i]) || !std::isfinite(ret[i]))
            continue;
        xs.push_back(value[i]);
        ys.push_back(ret[i]);
        if (value[i] != 0 && ret[i] != 0) {
            s.calls += 1;
            s.hits += (value[i] > 0) == (ret[i] > 0) ? 1 : 0;
        }
    }
    if (xs.size() >= 5) {
        if (auto ic = math::spearman(xs, ys)) {
            s.icSum += *ic;
            s.icCount += 1;
        }
    }
}

void WeightLearner::learn(const CallSection& sec)
{
    if (sec.cards != m_ids.size())
        return;
    const double lambda = std::pow(0.5, 1.0 / std::max(1.0, m_config.halfLifeSections));
    const std::size_t m = static_cast<std::size_t>(sec.mode);
    const std::size_t ns = sec.symbols.size();
    std::vector<double> hitValue(ns), icValue(ns);
    // Hits use the called direction; IC uses the z value, both against the same forward return.
    for (std::size_t c = 0; c < m_ids.size(); ++c) {
        Skill& s = m_cards[m][c];
        Skill hitPart = s, icPart = s;
        for (std::size_t i = 0; i < ns; ++i) {
            const float z = sec.z[sec.at(i, c)];
            hitValue[i] = std::isnan(z) ? math::kNaNValue : sec.dir[sec.at(i, c)];
            icValue[i] = std::isnan(z) ? math::kNaNValue : z;
        }
        update(hitPart, hitValue, sec.ret, lambda);
        update(icPart, icValue, sec.ret, lambda);
        s.hits = hitPart.hits;
        s.calls = hitPart.calls;
        s.icSum = icPart.icSum;
        s.icCount = icPart.icCount;
    }
    for (std::size_t k = 0; k < kCategoryCount; ++k) {
        for (std::size_t i = 0; i < ns; ++i) {
            const float v = sec.categoryScore[i * kCategoryCount + k];
            icValue[i] = std::isnan(v) ? math::kNaNValue : v;
            hitValue[i] = std::isnan(v) ? math::kNaNValue : (std::abs(v) >= 1.0f ? math::sgn(v) : 0.0);
        }
        Skill& s = m_cats[m][k];
        Skill hitPart = s, icPart = s;
        update(hitPart, hitValue, sec.ret, lambda);
        update(icPart, icValue, sec.ret, lambda);
        s.hits = hitPart.hits;
        s.calls = hitPart.calls;
        s.icSum = icPart.icSum;
        s.icCount = icPart.icCount;
    }
}

double WeightLearner::hitRate(const Skill& s) const
{
    return (s.hits + 0.5 * m_config.hitPriorCalls) / (s.calls + m_config.hitPriorCalls);
}

double WeightLearner::ic(const Skill& s) const
{
    return s.icSum / (s.icCount + m_config.icPriorCount);
}

double WeightLearner::score(const Skill& s) const
{
    return (hitRate(s) - 0.5) + 0.5 * ic(s);
}

double WeightLearner::cardWeight(Mode m, std::size_t card) const
{
    const double w = 1.0 + m_config.gain * score(m_cards[static_cast<std::size_t>(m)][card]);
    return std::clamp(w, m_config.minWeight, m_config.maxWeight);
}

double WeightLearner::categoryWeight(Mode m, Category c) const
{
    const double w
        = 1.0 + m_config.gain * score(m_cats[static_cast<std::size_t>(m)][static_cast<std::size_t>(c)]);
    return std::clamp(w, m_config.minCategoryWeight, m_config.maxCategoryWeight);
}

double WeightLearner::weight(Mode m, std::size_t card) const
{
    return cardWeight(m, card) * categoryWeight(m, m_categories[card]);
}

const Skill& WeightLearner::cardSkill(Mode m, std::size_t card) const
{
    return m_cards[static_cast<std::size_t>(m)][card];
}

const Skill& WeightLearner::categorySkill(Mode m, Category c) const
{
    return m_cats[static_cast<std::size_t>(m)][static_cast<std::size_t>(c)];
}

std::vector<SkillRecord> WeightLearner::exportState() const
{
    std::vector<SkillRecord> out;
    for (auto m : kAllModes) {
        const std::string prefix = std::string(modeName(m)) + "/";
        for (std::size_t c = 0; c < m_ids.size(); ++c)
            out.push_back({prefix + m_ids[c], cardSkill(m, c)});
        for (std::size_t k = 0; k < kCategoryCount; ++k)
            out.push_back({prefix + "cat:" + std::string(categoryKey(static_cast<Category>(k))),
                categorySkill(m, static_cast<Category>(k))});
    }
    return out;
}

std::size_t WeightLearner::importState(std::span<const SkillRecord> rows, std::size_t* skipped)
{
    std::map<std::string, Skill*, std::less<>> slots;
    for (auto m : kAllModes) {
        const std::string prefix = std::string(modeName(m)) + "/";
        const auto mi = static_cast<std::size_t>(m);
        for (std::size_t c = 0; c < m_ids.size(); ++c)
            slots[prefix + m_ids[c]] = &m_cards[mi][c];
        for (std::size_t k = 0; k < kCategoryCount; ++k)
            slots[prefix + "cat:" + std::string(categoryKey(static_cast<Category>(k)))] = &m_cats[mi][k];
    }
    std::size_t applied = 0, bad = 0;
    for (const auto& r : rows) {
        auto it = slots.find(r.key);
        const Skill& s = r.skill;
        const bool sane = std::isfinite(s.hits) && std::isfinite(s.calls) && std::isfinite(s.icSum)
            && std::isfinite(s.icCount) && s.hits >= 0 && s.calls >= s.hits && s.icCount >= 0;
        if (it == slots.end() || !sane) {
            ++bad;
            continue;
        }
        *it->second = s;
        ++applied;
    }
    if (skipped)
        *skipped = bad;
    return applied;
}

std::string WeightLearner::toJson() const
{
    JsonWriter w;
    w.beginArray();
    for (const auto& r : exportState()) {
        w.beginObject();
        w.key("key").value(r.key);
        w.key("hits").value(r.skill.hits);
        w.key("calls").value(r.skill.calls);
        w.key("ic_sum").value(r.skill.icSum);
        w.key("ic_count").value(r.skill.icCount);
        w.key("hit_rate").value(hitRate(r.skill));
        w.key("ic").value(ic(r.skill));
        w.endObject();
    }
    w.endArray();
    return w.str();
}

} // namespace perp::sig
