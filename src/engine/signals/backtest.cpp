// SPDX-License-Identifier: MIT
#include "backtest.h"

#include "cardmath.h"
#include "jsonwriter.h"

#include <algorithm>
#include <cmath>

namespace perp::sig {

namespace {
std::size_t bucketOf(double c01)
{
    return std::min<std::size_t>(
        Backtest::kBuckets - 1, static_cast<std::size_t>(std::max(0.0, c01) * Backtest::kBuckets));
}

void addIc(Backtest::Score& s, const std::vector<double>& x, const std::vector<double>& y)
{
    if (x.size() < 5)
        return;
    if (auto ic = math::spearman(x, y)) {
        s.icSum += *ic;
        s.icCount += 1;
    }
}

void writeScore(JsonWriter& w, const Backtest::Score& s)
{
    w.key("calls").value(static_cast<long long>(s.calls));
    w.key("hit_rate").value(s.calls > 0 ? s.hits / s.calls : std::nan(""), 4);
    w.key("ic").value(s.icCount > 0 ? s.icSum / s.icCount : std::nan(""), 4);
    w.key("ic_samples").value(static_cast<long long>(s.icCount));
    w.key("calibration").beginArray();
    for (std::size_t b = 0; b < Backtest::kBuckets; ++b) {
        w.beginObject();
        w.key("confidence_pct").value(std::to_string(b * 20) + "-" + std::to_string(b * 20 + 20));
        w.key("calls").value(static_cast<long long>(s.bucketCalls[b]));
        w.key("hit_rate").value(s.bucketCalls[b] > 0 ? s.bucketHits[b] / s.bucketCalls[b] : std::nan(""), 4);
        w.endObject();
    }
    w.endArray();
}
} // namespace

void Backtest::Score::call(int direction, double ret, double confidence01)
{
    if (direction == 0 || !std::isfinite(ret) || ret == 0)
        return;
    const bool hit = (direction > 0) == (ret > 0);
    calls += 1;
    hits += hit;
    const auto b = bucketOf(confidence01);
    bucketCalls[b] += 1;
    bucketHits[b] += hit;
}

Backtest::Backtest(SignalEngine& engine, std::uint64_t seed)
    : m_engine(engine)
    , m_rng(seed ^ 0x9E3779B97F4A7C15ull)
{
    for (auto& m : m_modes)
        m.cards.assign(engine.cards().size(), Score {});
    engine.setSectionObserver([this](const CallSection& s) { observe(s); });
}

double Backtest::coin()
{
    // splitmix64: portable and deterministic
    std::uint64_t z = (m_rng += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return (z ^ (z >> 31)) & 1 ? 1.0 : -1.0;
}

void Backtest::observe(const CallSection& s)
{
    ModeScores& ms = m_modes[static_cast<std::size_t>(s.mode)];
    if (s.cards != ms.cards.size())
        return;
    ms.sections += 1;
    const std::size_t n = s.symbols.size();
    for (std::size_t i = 0; i < n; ++i) {
        const double r = s.ret[i];
        if (!std::isfinite(r) || r == 0)
            continue;
        ms.evaluations += 1;
        ms.upMoves += r > 0;
        ms.coinHits += (coin() > 0) == (r > 0);
    }
    std::vector<double> x, y;
    for (std::size_t c = 0; c < s.cards; ++c) {
        x.clear();
        y.clear();
        for (std::size_t i = 0; i < n; ++i) {
            const float z = s.z[s.at(i, c)];
            if (std::isnan(z))
                continue;
            ms.cards[c].call(s.dir[s.at(i, c)], s.ret[i], s.conf[s.at(i, c)]);
            if (std::isfinite(s.ret[i])) {
                x.push_back(z);
                y.push_back(s.ret[i]);
            }
        }
        addIc(ms.cards[c], x, y);
    }
    x.clear();
    y.clear();
    for (std::size_t i = 0; i < n; ++i) {
        const auto state = static_cast<BiasState>(s.state[i]);
        const int dir = state == BiasState::Bullish ? 1 : (state == BiasState::Bearish ? -1 : 0);
        ms.composite.call(dir, s.ret[i], s.confidence[i] / 100.0);
        if (std::isfinite(s.ret[i])) {
            x.push_back(s.bias[i]);
            y.push_back(s.ret[i]);
        }
    }
    addIc(ms.composite, x, y);
}

std::string Backtest::toJson(const RunInfo& info) const
{
    JsonWriter w;
    w.beginObject();
    w.key("source").value(info.source);
    w.key("seed").value(static_cast<long long>(info.seed));
    w.key("hours").value(info.hours, 3);
    w.key("scenario").value(info.scenario);
    w.key("symbols").value(static_cast<long long>(info.symbols));
    w.key("events").value(static_cast<long long>(info.events));
    w.key("card_cycles").value(static_cast<long long>(m_engine.cycles()));
    w.key("method").value(
        "Each mode's calls are scored against the forward log return over the mode's horizon. A call is a "
        "non-zero direction; hit = same sign as the forward return (zero returns are skipped). IC = mean "
        "over "
        "cycles of the Spearman rank correlation across symbols (z for signals, bias for the composite). The "
        "composite calls only in the bullish/bearish states. Weights are learned online from already "
        "resolved "
        "calls only. Calibration: hit rate by confidence bucket. Baselines: a seeded coin flip and always "
        "long "
        "over the same evaluations.");
    w.key("modes").beginArray();
    for (auto m : kAllModes) {
        const ModeScores& ms = m_modes[static_cast<std::size_t>(m)];
        const auto& p = modeParams(m);
        w.beginObject();
        w.key("mode").value(modeName(m));
        w.key("horizon_s").value(static_cast<long long>(p.horizonMs / 1000));
        w.key("cycle_s").value(static_cast<long long>(p.cycleMs / 1000));
        w.key("scored_cycles").value(static_cast<long long>(ms.sections));
        w.key("evaluations").value(static_cast<long long>(ms.evaluations));
        w.key("baselines").beginObject();
        w.key("coin_flip").beginObject();
        w.key("calls").value(static_cast<long long>(ms.evaluations));
        w.key("hit_rate").value(ms.evaluations > 0 ? ms.coinHits / ms.evaluations : std::nan(""), 4);
        w.key("expected").value(0.5);
        w.endObject();
        w.key("always_long").beginObject();
        w.key("calls").value(static_cast<long long>(ms.evaluations));
        w.key("hit_rate").value(ms.evaluations > 0 ? ms.upMoves / ms.evaluations : std::nan(""), 4);
        w.endObject();
        w.endObject();
        w.key("composite").beginObject();
        writeScore(w, ms.composite);
        w.endObject();
        w.key("signals").beginArray();
        for (std::size_t c = 0; c < ms.cards.size(); ++c) {
            const auto& info2 = m_engine.cards()[c]->info();
            w.beginObject();
            w.key("id").value(info2.id);
            w.key("category").value(categoryKey(info2.category));
            writeScore(w, ms.cards[c]);
            w.key("learned_weight").value(m_engine.learner().weight(m, c), 4);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.str();
}

} // namespace perp::sig
