// SPDX-License-Identifier: MIT
#pragma once

#include "forward.h"
#include "signalengine.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace perp::sig {

// Scores every resolved call of a SignalEngine: per signal and per composite mode
// the hit rate, the mean cross-sectional rank IC, the number of calls and the hit
// rate by confidence bucket, next to the coin-flip and always-long baselines.
// Deterministic: the coin flips come from a seeded generator.
class Backtest
{
public:
    static constexpr std::size_t kBuckets = 5; // confidence 0-20, 20-40, 40-60, 60-80, 80-100 %

    struct Score
    {
        double calls = 0, hits = 0;
        double icSum = 0, icCount = 0;
        std::array<double, kBuckets> bucketCalls {}, bucketHits {};
        void call(int direction, double ret, double confidence01);
    };
    struct ModeScores
    {
        std::vector<Score> cards;
        Score composite;
        double evaluations = 0; // symbol-calls with a known, non-zero forward return
        double upMoves = 0; // of which the forward return was positive (always long's hits)
        double coinHits = 0;
        double sections = 0;
    };

    // Registers itself as the engine's section observer.
    Backtest(SignalEngine& engine, std::uint64_t seed);

    void observe(const CallSection& s);
    const ModeScores& scores(Mode m) const { return m_modes[static_cast<std::size_t>(m)]; }

    struct RunInfo
    {
        std::string source;
        std::uint64_t seed = 0;
        double hours = 0;
        std::string scenario;
        std::size_t symbols = 0;
        std::uint64_t events = 0;
    };
    std::string toJson(const RunInfo& info) const;

private:
    double coin();

    SignalEngine& m_engine;
    std::array<ModeScores, kModeCount> m_modes;
    std::uint64_t m_rng;
};

} // namespace perp::sig
