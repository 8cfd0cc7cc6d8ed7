// SPDX-License-Identifier: MIT
// SignalEngine: read-only queries and the snapshot for the UI.
#include "signalengine.h"

#include "signalsymbol.h"

#include <algorithm>

namespace perp::sig {

std::uint64_t SignalEngine::rejectedInputs() const
{
    std::uint64_t n = 0;
    for (const auto& [id, sp] : m_syms)
        n += sp->features.rejected();
    return n;
}

std::size_t SignalEngine::memoryBytes() const
{
    std::size_t n = m_forward.memoryBytes();
    for (const auto& [id, sp] : m_syms) {
        const Sym& s = *sp;
        n += sizeof(Sym) + s.features.memoryBytes();
        for (const auto& f : s.view.frames)
            n += f.memoryBytes();
        for (std::size_t m = 0; m < kModeCount; ++m)
            n += s.readings[m].capacity() * sizeof(Reading) + s.stats[m].capacity() * sizeof(RollingStats)
                + s.trackers[m].history().size() * (sizeof(float) + sizeof(TimeMs))
                + s.trackers[m].events().size() * sizeof(BiasEvent);
        n += s.frameRaw.capacity() * sizeof(s.frameRaw[0]) + s.quality.capacity() * sizeof(double)
            + s.missing.capacity() * sizeof(std::uint32_t) + s.frameValid.capacity();
    }
    return n;
}

std::vector<SymbolId> SignalEngine::symbols() const
{
    std::vector<SymbolId> out;
    for (const auto& [id, s] : m_syms)
        out.push_back(id);
    return out;
}

const Reading& SignalEngine::reading(SymbolId id, Mode m, std::size_t card) const
{
    static const Reading none;
    auto it = m_syms.find(id);
    if (it == m_syms.end() || card >= m_cards.size())
        return none;
    return it->second->readings[static_cast<std::size_t>(m)][card];
}

const CompositeResult* SignalEngine::composite(SymbolId id, Mode m) const
{
    auto it = m_syms.find(id);
    if (it == m_syms.end() || !it->second->ready[static_cast<std::size_t>(m)])
        return nullptr;
    return &it->second->composite[static_cast<std::size_t>(m)];
}

SignalSnapshotPtr SignalEngine::snapshot(SymbolId chartSymbol) const
{
    if (!m_snapshot || m_snapshotCycle != m_cycles || m_snapshot->chart.id != chartSymbol) {
        m_snapshot = buildSnapshot(chartSymbol);
        m_snapshotCycle = m_cycles;
    }
    return m_snapshot;
}

SignalSnapshotPtr SignalEngine::buildSnapshot(SymbolId chartSymbol) const
{
    auto snap = std::make_shared<SignalSnapshot>();
    snap->time = m_lastCycle;
    snap->catalog = m_catalog;
    for (const auto& [id, sp] : m_syms) {
        SymbolSignals ss;
        ss.id = id;
        for (auto m : kAllModes) {
            const auto mi = static_cast<std::size_t>(m);
            const CompositeResult& r = sp->composite[mi];
            auto& o = ss.modes[mi];
            o.ready = sp->ready[mi];
            o.bias = static_cast<float>(r.bias);
            o.confidence = static_cast<float>(r.confidence);
            o.sizePct = static_cast<float>(r.sizePct);
            o.state = r.state;
            o.transition = r.transition;
            o.deceleration = r.deceleration;
            o.validCards = r.validCards;
            o.missingCards = r.missingCards;
        }
        snap->symbols.push_back(ss);
    }
    auto it = m_syms.find(chartSymbol);
    snap->chart.id = chartSymbol;
    if (it == m_syms.end())
        return snap;
    const Sym& s = *it->second;
    for (auto m : kAllModes) {
        const auto mi = static_cast<std::size_t>(m);
        for (std::size_t k = 0; k < kCategoryCount; ++k) {
            snap->chart.categoryScore[mi][k] = static_cast<float>(s.composite[mi].categoryScore[k]);
            snap->chart.categoryWeight[mi][k]
                = static_cast<float>(m_learner.categoryWeight(m, static_cast<Category>(k)));
            snap->chart.categoryContribution[mi][k]
                = static_cast<float>(s.composite[mi].categoryContribution[k]);
            snap->chart.categoryCards[mi][k] = s.composite[mi].categoryCards[k];
        }
        for (std::size_t f = 0; f < kFrameCount; ++f)
            snap->chart.frameBias[mi][f] = static_cast<float>(s.composite[mi].frameBias[f]);
        auto& cards = snap->chart.cards[mi];
        cards.reserve(m_cards.size());
        for (std::size_t c = 0; c < m_cards.size(); ++c) {
            const Reading& r = s.readings[mi][c];
            const Skill& sk = m_learner.cardSkill(m, c);
            CardValue v;
            v.card = static_cast<std::uint16_t>(c);
            v.valid = r.valid;
            v.missing = r.missing;
            v.raw = static_cast<float>(r.raw);
            v.z = static_cast<float>(r.z);
            v.strength = static_cast<float>(r.strength);
            v.confidence = static_cast<float>(r.confidence);
            v.agreement = static_cast<float>(r.agreement);
            v.quality = static_cast<float>(r.quality);
            v.direction = r.direction;
            v.weight = static_cast<float>(m_learner.weight(m, c));
            v.hitRate = static_cast<float>(m_learner.hitRate(sk));
            v.ic = static_cast<float>(m_learner.ic(sk));
            v.calls = static_cast<float>(sk.calls);
            cards.push_back(v);
        }
        const auto& h = s.trackers[mi].history();
        snap->chart.biasHistory[mi].assign(h.begin(), h.end());
        const auto& ht = s.trackers[mi].times();
        snap->chart.biasTimes[mi].assign(ht.begin(), ht.end());
        const auto& ev = s.trackers[mi].events();
        snap->chart.events.insert(snap->chart.events.end(), ev.begin(), ev.end());
    }
    std::stable_sort(snap->chart.events.begin(), snap->chart.events.end(),
        [](const BiasEvent& a, const BiasEvent& b) { return a.time < b.time; });
    return snap;
}

} // namespace perp::sig
