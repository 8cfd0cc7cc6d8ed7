// SPDX-License-Identifier: MIT
#pragma once

#include "forward.h"
#include "types.h"

#include <array>
#include <span>
#include <string>
#include <vector>

namespace perp::sig {

// Exponentially forgotten track record of one signal (or category) in one mode.
struct Skill
{
    double hits = 0; // calls whose direction matched the forward return's sign
    double calls = 0; // directional calls with a known, non-zero forward return
    double icSum = 0; // sum of cross-sectional rank ICs
    double icCount = 0; // number of cross-sections that gave an IC

    void decay(double lambda);
};

struct LearnerConfig
{
    double halfLifeSections = 2000; // forgetting: a section's influence halves after this many more
    double hitPriorCalls = 50; // shrinkage: prior of this many calls at a 50% hit rate
    double icPriorCount = 20; // shrinkage: prior of this many cross-sections at IC 0
    double gain = 4; // weight = 1 + gain x score
    double minWeight = 0.2, maxWeight = 3.0; // card weight bounds
    double minCategoryWeight = 0.5, maxCategoryWeight = 2.0;
};

// One persisted row: key is "<mode>/<card id>" or "<mode>/cat:<category key>".
struct SkillRecord
{
    std::string key;
    Skill skill;
};

// Learns per-signal and per-category weights from how their calls turned out:
//   hitRate = (hits + 0.5 k) / (calls + k)          (shrunk toward 50%)
//   ic      = icSum / (icCount + k_ic)               (shrunk toward 0)
//   score   = (hitRate - 0.5) + 0.5 ic ; weight = clamp(1 + gain x score, bounds)
// The composite uses cardWeight x categoryWeight.
class WeightLearner
{
public:
    WeightLearner(
        std::vector<std::string> cardIds, std::vector<Category> categories, LearnerConfig config = {});

    void learn(const CallSection& section);

    double cardWeight(Mode m, std::size_t card) const;
    double categoryWeight(Mode m, Category c) const;
    double weight(Mode m, std::size_t card) const;
    double hitRate(const Skill& s) const;
    double ic(const Skill& s) const;
    const Skill& cardSkill(Mode m, std::size_t card) const;
    const Skill& categorySkill(Mode m, Category c) const;
    std::size_t cardCount() const { return m_ids.size(); }
    const LearnerConfig& config() const { return m_config; }

    std::vector<SkillRecord> exportState() const;
    // Rows with unknown keys are counted and skipped. Returns the number applied.
    std::size_t importState(std::span<const SkillRecord> rows, std::size_t* skipped = nullptr);
    std::string toJson() const;

private:
    double score(const Skill& s) const;
    static void update(Skill& s, std::span<const double> value, std::span<const double> ret, double lambda);

    std::vector<std::string> m_ids;
    std::vector<Category> m_categories;
    LearnerConfig m_config;
    std::array<std::vector<Skill>, kModeCount> m_cards;
    std::array<std::array<Skill, kCategoryCount>, kModeCount> m_cats {};
};

} // namespace perp::sig
