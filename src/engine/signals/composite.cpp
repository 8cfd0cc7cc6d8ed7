// SPDX-License-Identifier: MIT
#include "composite.h"

#include <algorithm>
#include <cmath>

namespace perp::sig {

std::string_view biasStateName(BiasState s)
{
    switch (s) {
    case BiasState::Neutral:
        return "neutral";
    case BiasState::Bullish:
        return "bullish";
    case BiasState::Bearish:
        return "bearish";
    case BiasState::Conflicted:
        return "conflicted";
    }
    return "?";
}

CompositeResult computeComposite(
    std::span<const Reading> readings, std::span<const Category> categories, std::span<const double> weights)
{
    CompositeResult out;
    double sumW = 0, sumC = 0, sumCw = 0, dirSW = 0, absSW = 0;
    std::array<double, kCategoryCount> catC {}, catW {};
    std::array<double, kFrameCount> frameS {}, frameW {};
    const std::size_t n = std::min({readings.size(), categories.size(), weights.size()});
    for (std::size_t i = 0; i < n; ++i) {
        const Reading& r = readings[i];
        if (!r.valid) {
            ++out.missingCards;
            continue;
        }
        const double w = std::max(0.0, weights[i]);
        const double contribution = r.direction * r.strength * r.confidence * w;
        ++out.validCards;
        sumW += w;
        sumC += contribution;
        sumCw += r.confidence * w;
        if (r.direction != 0) {
            dirSW += r.direction * r.strength * w;
            absSW += r.strength * w;
        }
        const auto c = static_cast<std::size_t>(categories[i]);
        catC[c] += contribution;
        catW[c] += w;
        ++out.categoryCards[c];
        for (std::size_t f = 0; f < kFrameCount; ++f) {
            if (!(r.frameValid & (1u << f)))
                continue;
            frameS[f] += w * (r.frameRaw[f] > 0 ? 1.0 : (r.frameRaw[f] < 0 ? -1.0 : 0.0));
            frameW[f] += w;
        }
    }
    if (sumW <= 0)
        return out;
    out.bias = std::clamp(100.0 * sumC / sumW, -100.0, 100.0);
    for (std::size_t c = 0; c < kCategoryCount; ++c)
        out.categoryScore[c] = catW[c] > 0 ? std::clamp(100.0 * catC[c] / catW[c], -100.0, 100.0) : 0.0;
    for (std::size_t c = 0; c < kCategoryCount; ++c)
        out.categoryContribution[c] = 100.0 * catC[c] / sumW;
    for (std::size_t f = 0; f < kFrameCount; ++f)
        out.frameBias[f] = frameW[f] > 0 ? 100.0 * frameS[f] / frameW[f] : 0.0;
    const double consensus = absSW > 0 ? std::abs(dirSW) / absSW : 0.0;
    out.confidence = std::clamp(100.0 * (sumCw / sumW) * (0.5 + 0.5 * consensus), 0.0, 100.0);

    const auto [lo, hi] = std::minmax_element(out.frameBias.begin(), out.frameBias.end());
    if (std::abs(out.bias) < kDirectionalBias)
        out.state = BiasState::Neutral;
    else if (*hi > kConflictBias && *lo < -kConflictBias)
        out.state = BiasState::Conflicted;
    else
        out.state = out.bias > 0 ? BiasState::Bullish : BiasState::Bearish;
    if (out.state == BiasState::Conflicted)
        out.confidence *= 0.5;
    const bool directional = out.state == BiasState::Bullish || out.state == BiasState::Bearish;
    out.sizePct = directional ? 100.0 * (out.confidence / 100.0) * (std::abs(out.bias) / 100.0) : 0.0;
    return out;
}

void CompositeTracker::update(CompositeResult& r, TimeMs time, Mode mode)
{
    const bool directional = r.state == BiasState::Bullish || r.state == BiasState::Bearish;
    // Into a directional state from neutral or conflicted, or a flip between bullish and bearish.
    r.transition = m_seen && directional && r.state != m_last;
    m_history.push_back(static_cast<float>(r.bias));
    m_times.push_back(time);
    if (m_history.size() > kHistory) {
        m_history.pop_front();
        m_times.pop_front();
    }
    r.deceleration = false;
    if (directional && m_history.size() > kDecelerationCycles) {
        bool falling = true;
        const std::size_t end = m_history.size() - 1;
        for (std::size_t k = 0; k < kDecelerationCycles; ++k) {
            const double now = m_history[end - k], before = m_history[end - k - 1];
            falling = falling && std::abs(now) < std::abs(before) && now * before > 0;
        }
        const double drop = std::abs(m_history[end - kDecelerationCycles]) - std::abs(m_history[end]);
        r.deceleration = falling && drop >= kDecelerationDrop;
    }
    for (auto [on, kind] : {std::pair {r.transition, BiasEventKind::Transition},
             std::pair {r.deceleration, BiasEventKind::Deceleration}}) {
        if (!on)
            continue;
        m_events.push_back(
            {time, mode, kind, r.state, static_cast<float>(r.bias), static_cast<float>(r.confidence)});
        if (m_events.size() > kEvents)
            m_events.pop_front();
    }
    m_last = r.state;
    m_seen = true;
}

} // namespace perp::sig
