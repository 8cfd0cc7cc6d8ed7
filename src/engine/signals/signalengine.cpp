// SPDX-License-Identifier: MIT
#include "signalengine.h"

#include "signalsymbol.h"

#include "engine/candlebook.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace perp::sig {

namespace {
constexpr SymbolId kReferenceSymbol = 0; // BTCUSDT in the default watchlist
constexpr TimeMs kMaxCatchUpMs = 60'000; // a longer gap runs only the latest cycle

// How long an input may go without an update before confidence drops; at 3x it counts as missing.
TimeMs staleAfter(std::uint32_t bit)
{
    switch (bit) {
    case InMarkFunding:
    case InBook:
        return 60'000;
    case InOpenInterest:
        return 180'000;
    case InMetrics:
        return 900'000;
    case InLiqLevels:
        return 600'000;
    default:
        return 120'000;
    }
}

Timeframe candleTimeframe(Frame f)
{
    switch (f) {
    case Frame::M1:
        return Timeframe::M1;
    case Frame::M5:
        return Timeframe::M5;
    case Frame::H1:
        return Timeframe::H1;
    }
    return Timeframe::M1;
}
} // namespace

namespace {
std::vector<std::string> idsOf(const CardList& cards)
{
    std::vector<std::string> ids;
    for (const auto& c : cards)
        ids.push_back(c->info().id);
    return ids;
}
std::vector<Category> categoriesOf(const CardList& cards)
{
    std::vector<Category> out;
    for (const auto& c : cards)
        out.push_back(c->info().category);
    return out;
}
} // namespace

SignalEngine::SignalEngine(SignalEngineConfig config)
    : m_config(config)
    , m_cards(builtinCards())
    , m_categories(categoriesOf(m_cards))
    , m_learner(idsOf(m_cards), m_categories, config.learner)
{
    auto catalog = std::make_shared<std::vector<CardInfo>>();
    for (const auto& c : m_cards)
        catalog->push_back(c->info());
    m_catalog = std::move(catalog);
}

SignalEngine::~SignalEngine() = default;

SignalEngine::Sym* SignalEngine::sym(SymbolId id)
{
    auto it = m_syms.find(id);
    if (it != m_syms.end())
        return it->second.get();
    if (m_syms.size() >= m_config.maxSymbols)
        return nullptr;
    auto& slot = m_syms[id];
    slot = std::make_unique<Sym>(id, m_cards.size(), m_config.auxCapacity);
    return slot.get();
}

void SignalEngine::attachCandles(SymbolId id, const CandleBook* candles)
{
    if (Sym* s = sym(id))
        s->candles = candles;
}

void SignalEngine::onEvent(const MarketEvent& e)
{
    Sym* s = sym(header(e).symbol);
    if (!s) {
        ++m_ignored;
        return;
    }
    std::visit(
        [&](const auto& x) {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, Trade>)
                s->features.onTrade(x);
            else if constexpr (std::is_same_v<T, Liquidation>) {
                s->features.onLiquidation(x);
                m_anyLiquidation = true;
            } else if constexpr (std::is_same_v<T, MarkFunding>)
                s->features.onMarkFunding(x);
            else if constexpr (std::is_same_v<T, OpenInterest>)
                s->features.onOpenInterest(x);
            else if constexpr (std::is_same_v<T, BookUpdate>)
                s->features.onBook(x);
            else if constexpr (std::is_same_v<T, Metric>)
                s->features.onMetric(x);
        },
        e);
}

void SignalEngine::setLiqLevels(SymbolId id, TimeMs time, std::vector<LiqLevel> levels)
{
    if (Sym* s = sym(id))
        s->features.setLiqLevels(time, std::move(levels));
}

void SignalEngine::advanceTo(TimeMs now)
{
    if (now <= 0)
        return;
    if (m_nextCycle == 0)
        m_nextCycle = floorTo(now, kCardCycleMs) + kCardCycleMs;
    if (now < m_nextCycle)
        return;
    if (now - m_nextCycle > kMaxCatchUpMs)
        m_nextCycle = floorTo(now, kCardCycleMs);
    while (m_nextCycle <= now) {
        runCycle(m_nextCycle);
        m_nextCycle += kCardCycleMs;
    }
}

double SignalEngine::inputQuality(
    const Sym& s, std::uint32_t inputs, std::uint32_t& missing, TimeMs now) const
{
    double q = 1.0;
    missing = 0;
    for (std::uint32_t rest = inputs; rest != 0; rest &= rest - 1) {
        const std::uint32_t bit = rest & (~rest + 1);
        if (bit == InCrossSymbol)
            continue; // checked by the cards themselves (too few symbols gives no value)
        if (bit == InLiquidations) {
            if (!m_anyLiquidation)
                missing |= bit; // the feed has delivered no liquidation at all
            continue;
        }
        const TimeMs last = s.features.lastUpdate(bit == InFlow ? InCandles : bit);
        if (last <= 0) {
            missing |= bit;
            continue;
        }
        const double stale = static_cast<double>(staleAfter(bit));
        const double age = static_cast<double>(std::max<TimeMs>(0, now - last));
        if (age >= 3 * stale)
            missing |= bit;
        else if (age > stale)
            q *= 1.0 - (age - stale) / (2 * stale);
    }
    return q;
}

void SignalEngine::evaluate(Sym& s, const MarketView& market, TimeMs t)
{
    for (std::size_t c = 0; c < m_cards.size(); ++c) {
        const auto& info = m_cards[c]->info();
        s.quality[c] = inputQuality(s, info.inputs, s.missing[c], t);
        s.frameValid[c] = 0;
        if (s.missing[c] != 0)
            continue;
        for (std::size_t f = 0; f < kFrameCount; ++f) {
            const auto& fv = s.view.frames[f];
            if (fv.size() == 0)
                continue;
            CardInput in {market, s.view, static_cast<Frame>(f), fv};
            std::optional<double> v;
            if (info.marketWide) {
                if (!(m_wideDone[c] & (1u << f))) {
                    m_wide[c][f] = m_cards[c]->compute(in);
                    m_wideDone[c] |= static_cast<std::uint8_t>(1u << f);
                }
                v = m_wide[c][f];
            } else {
                v = m_cards[c]->compute(in);
            }
            if (v && std::isfinite(*v)) {
                s.frameRaw[c][f] = *v;
                s.frameValid[c] |= static_cast<std::uint8_t>(1u << f);
            }
        }
    }
    for (auto m : kAllModes) {
        const auto& p = modeParams(m);
        const auto mi = static_cast<std::size_t>(m);
        const double alpha = static_cast<double>(kCardCycleMs) / static_cast<double>(p.normLookbackMs);
        const auto pf = static_cast<std::size_t>(p.primary);
        for (std::size_t c = 0; c < m_cards.size(); ++c) {
            Reading& r = s.readings[mi][c];
            r = Reading {};
            r.missing = s.missing[c];
            r.frameRaw = s.frameRaw[c];
            r.frameValid = s.frameValid[c];
            if (r.missing != 0 || !(r.frameValid & (1u << pf)))
                continue;
            r.valid = true;
            r.raw = r.frameRaw[pf];
            finishReading(r, s.stats[mi][c], alpha, s.quality[c]);
        }
    }
}

void SignalEngine::runCycle(TimeMs t)
{
    MarketView market;
    market.now = t;
    for (auto& [id, sp] : m_syms) {
        Sym& s = *sp;
        s.features.sampleBook(t);
        s.view.nextFundingTime = s.features.nextFundingTime();
        for (std::size_t f = 0; f < kFrameCount; ++f) {
            const auto fr = static_cast<Frame>(f);
            if (s.candles)
                buildFrame(s.view.frames[f], s.candles->series(candleTimeframe(fr)).candles(),
                    s.features.bars(fr), m_config.maxBars[f]);
            else
                s.view.frames[f].clear();
        }
        if (s.view.frames[0].size() > 0) {
            market.symbols.push_back(&s.view);
            if (id == kReferenceSymbol)
                market.btc = &s.view;
        }
    }
    m_wide.assign(m_cards.size(), {});
    m_wideDone.assign(m_cards.size(), 0);
    for (auto& [id, sp] : m_syms)
        evaluate(*sp, market, t);
    for (auto m : kAllModes)
        if (t % modeParams(m).cycleMs == 0)
            compose(m, t);
    m_forward.resolve(
        t,
        [this](SymbolId id) {
            auto it = m_syms.find(id);
            return it == m_syms.end() ? 0.0 : it->second->features.lastPrice();
        },
        [this](const CallSection& sec) {
            if (m_config.learn)
                m_learner.learn(sec);
            if (m_observer)
                m_observer(sec);
        });
    m_lastCycle = t;
    ++m_cycles;
}

void SignalEngine::compose(Mode m, TimeMs t)
{
    const auto mi = static_cast<std::size_t>(m);
    std::vector<double> weights(m_cards.size());
    for (std::size_t c = 0; c < m_cards.size(); ++c)
        weights[c] = m_learner.weight(m, c);
    CallSection sec;
    sec.mode = m;
    sec.time = t;
    sec.cards = m_cards.size();
    for (auto& [id, sp] : m_syms) {
        Sym& s = *sp;
        if (s.features.lastPrice() <= 0)
            continue;
        CompositeResult r = computeComposite(s.readings[mi], m_categories, weights);
        s.trackers[mi].update(r, t, m);
        s.composite[mi] = r;
        s.ready[mi] = true;
        sec.symbols.push_back(id);
        sec.price.push_back(s.features.lastPrice());
        for (const Reading& rd : s.readings[mi]) {
            sec.z.push_back(rd.valid ? static_cast<float>(rd.z) : std::nanf(""));
            sec.dir.push_back(rd.valid ? rd.direction : 0);
            sec.conf.push_back(static_cast<float>(rd.confidence));
        }
        for (std::size_t k = 0; k < kCategoryCount; ++k)
            sec.categoryScore.push_back(
                r.categoryCards[k] > 0 ? static_cast<float>(r.categoryScore[k]) : std::nanf(""));
        sec.bias.push_back(static_cast<float>(r.bias));
        sec.confidence.push_back(static_cast<float>(r.confidence));
        sec.state.push_back(static_cast<std::uint8_t>(r.state));
    }
    if (!sec.symbols.empty())
        m_forward.push(std::move(sec));
}

} // namespace perp::sig
