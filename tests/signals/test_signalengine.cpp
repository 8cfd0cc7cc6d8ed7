// SPDX-License-Identifier: MIT
// The SignalEngine inside perp::Engine: cycles, missing and stale inputs, snapshot
// contents, determinism, bounded memory, and the learner finding a planted signal.
#include "engine/engine.h"
#include "signals/synthmarket.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <limits>

using namespace perp;
using namespace perp::sig;
using namespace perp::sig::test;

namespace {

void run(Engine& e, SynthMarket& m, int seconds)
{
    for (int s = 0; s < seconds; ++s) {
        EventBatch batch; // a batch also refreshes the estimated liquidation bands
        batch.events = m.step();
        e.apply(batch);
    }
}

std::size_t cardIndex(const SignalEngine& se, const std::string& id)
{
    for (std::size_t i = 0; i < se.cards().size(); ++i)
        if (se.cards()[i]->info().id == id)
            return i;
    return se.cards().size();
}

// Everything the engine decided, as text, to compare runs byte for byte.
std::string fingerprint(const Engine& e)
{
    std::string out;
    const auto& se = e.signalEngine();
    char buf[96];
    for (SymbolId id : se.symbols()) {
        for (auto m : kAllModes) {
            if (const auto* c = se.composite(id, m)) {
                std::snprintf(buf, sizeof buf, "%u %d %.12g %.12g %d\n", id, static_cast<int>(m), c->bias,
                    c->confidence, static_cast<int>(c->state));
                out += buf;
            }
            for (std::size_t k = 0; k < se.cards().size(); ++k) {
                const auto& r = se.reading(id, m, k);
                std::snprintf(buf, sizeof buf, "%d %.12g %.12g;", r.valid, r.raw, r.z);
                out += buf;
            }
        }
    }
    return out + se.learner().toJson();
}

} // namespace

class TestSignalEngine : public QObject
{
    Q_OBJECT
private slots:
    void cyclesAndSnapshot()
    {
        SynthConfig cfg;
        cfg.symbols = 6;
        SynthMarket m(cfg);
        Engine e;
        run(e, m, 20 * 60);
        const auto& se = e.signalEngine();
        // 20 minutes = 120 card cycles (the first boundary after the first event, then every 10 s).
        QVERIFY(se.cycles() >= 119 && se.cycles() <= 120);
        QCOMPARE(se.lastCycle() % kCardCycleMs, 0);
        for (auto mode : kAllModes)
            QVERIFY(se.composite(0, mode) != nullptr);
        ChartView view;
        view.symbol = 2;
        const auto snap = e.snapshot(view);
        QVERIFY(snap->signalSnapshot);
        const auto& sig = *snap->signalSnapshot;
        QCOMPARE(sig.symbols.size(), std::size_t(kDefaultSymbolCount)); // engine registers the 21 defaults
        QCOMPARE(sig.chart.id, SymbolId(2));
        QCOMPARE(sig.catalog->size(), se.cards().size());
        for (auto mode : kAllModes) {
            const auto mi = static_cast<std::size_t>(mode);
            QCOMPARE(sig.chart.cards[mi].size(), se.cards().size());
            const auto& s2 = sig.symbols[2].modes[mi];
            QVERIFY(s2.ready);
            QVERIFY(s2.bias >= -100 && s2.bias <= 100);
            QVERIFY(s2.confidence >= 0 && s2.confidence <= 100);
            QCOMPARE(s2.validCards + s2.missingCards, static_cast<int>(se.cards().size()));
            QVERIFY(!sig.chart.biasHistory[mi].empty());
            // Each history entry has its composite cycle time, newest last.
            QCOMPARE(sig.chart.biasTimes[mi].size(), sig.chart.biasHistory[mi].size());
            QCOMPARE(sig.chart.biasTimes[mi].back() % modeParams(mode).cycleMs, 0);
            QVERIFY(sig.chart.biasTimes[mi].back() <= se.lastCycle());
            QVERIFY(std::is_sorted(sig.chart.biasTimes[mi].begin(), sig.chart.biasTimes[mi].end()));
            // The category contributions add up to the chart symbol's bias.
            float sum = 0;
            for (float c : sig.chart.categoryContribution[mi])
                sum += c;
            QVERIFY2(std::abs(sum - sig.symbols[2].modes[mi].bias) < 0.01f,
                qPrintable(QStringLiteral("%1 vs %2").arg(sum).arg(sig.symbols[2].modes[mi].bias)));
            QCOMPARE(sig.chart.biasHistory[mi].back(), sig.symbols[2].modes[mi].bias);
        }
        // Transition and deceleration events of the chart symbol, every mode, oldest first.
        for (std::size_t i = 0; i < sig.chart.events.size(); ++i) {
            const BiasEvent& ev = sig.chart.events[i];
            QVERIFY(i == 0 || sig.chart.events[i - 1].time <= ev.time);
            QCOMPARE(ev.time % modeParams(ev.mode).cycleMs, 0);
            const auto& times = sig.chart.biasTimes[static_cast<std::size_t>(ev.mode)];
            const auto at = std::find(times.begin(), times.end(), ev.time);
            QVERIFY(at != times.end());
            QCOMPARE(sig.chart.biasHistory[static_cast<std::size_t>(ev.mode)]
                                          [static_cast<std::size_t>(at - times.begin())],
                ev.bias);
            QVERIFY(ev.kind != BiasEventKind::Transition || ev.state == BiasState::Bullish
                || ev.state == BiasState::Bearish);
        }
        // Symbols without data (ids 6..20 here) are never ready and never made up.
        QVERIFY(!sig.symbols[10].modes[0].ready);
        QVERIFY(sig.sizeFormula.find("not financial advice") != std::string_view::npos);
        // One snapshot per cycle and chart symbol, shared until the next cycle.
        QCOMPARE(e.snapshot(view)->signalSnapshot.get(), snap->signalSnapshot.get());
        view.symbol = 3;
        QVERIFY(e.snapshot(view)->signalSnapshot.get() != snap->signalSnapshot.get());
        QCOMPARE(e.snapshot(view)->signalSnapshot->chart.id, SymbolId(3));
    }

    void missingAndStaleInputs()
    {
        SynthConfig cfg;
        cfg.symbols = 6;
        cfg.book = false; // no order book at all
        SynthMarket m(cfg);
        Engine e;
        run(e, m, 15 * 60);
        const auto& se = e.signalEngine();
        const auto obi = cardIndex(se, "book.imbalance");
        const auto xex = cardIndex(se, "xex.price_lead");
        const auto levels = cardIndex(se, "liqn.magnet");
        const auto roc = cardIndex(se, "mom.roc");
        QVERIFY(!se.reading(1, Mode::Scalp, obi).valid);
        QCOMPARE(se.reading(1, Mode::Scalp, obi).missing, std::uint32_t(InBook));
        QCOMPARE(se.reading(1, Mode::Scalp, xex).missing, std::uint32_t(InCrossVenue)); // one venue only
        QVERIFY(se.reading(1, Mode::Scalp, roc).valid);
        // The engine hands the liquidation model's estimated bands to the level cards.
        int withLevels = 0;
        for (SymbolId id = 0; id < 6; ++id)
            withLevels += se.reading(id, Mode::Scalp, levels).valid;
        QVERIFY2(withLevels > 0, "no symbol got estimated liquidation levels");

        // Funding stops updating for symbol 1 only: confidence falls, then the input counts as missing.
        // (Simulated by running another engine whose mark/funding events for symbol 1 are dropped.)
        SynthMarket m2(cfg);
        Engine e2;
        const auto lvl = cardIndex(e2.signalEngine(), "fund.level");
        double qualityFresh = -1, qualityStale = -1;
        for (int s = 0; s < 16 * 60; ++s) {
            for (const auto& ev : m2.step()) {
                const bool drop
                    = s >= 10 * 60 && header(ev).symbol == 1 && std::holds_alternative<MarkFunding>(ev);
                if (!drop)
                    e2.apply(ev);
            }
            if (s == 10 * 60 - 1)
                qualityFresh = e2.signalEngine().reading(1, Mode::Scalp, lvl).quality;
            if (s == 10 * 60 + 120)
                qualityStale = e2.signalEngine().reading(1, Mode::Scalp, lvl).quality;
        }
        QVERIFY(qualityFresh > 0);
        QVERIFY2(
            qualityStale < qualityFresh, qPrintable(QString("%1 vs %2").arg(qualityStale).arg(qualityFresh)));
        QCOMPARE(e2.signalEngine().reading(1, Mode::Scalp, lvl).missing, std::uint32_t(InMarkFunding));
        QVERIFY(e2.signalEngine().reading(2, Mode::Scalp, lvl).valid);
        // e2 applied single events and never refreshed the liquidation model: no levels, reported missing.
        QCOMPARE(e2.signalEngine().reading(2, Mode::Scalp, levels).missing, std::uint32_t(InLiqLevels));
    }

    void signalsCanBeTurnedOff()
    {
        SynthConfig cfg;
        cfg.symbols = 3;
        SynthMarket m(cfg);
        Engine e;
        e.setSignalsEnabled(false);
        run(e, m, 5 * 60);
        QCOMPARE(e.signalEngine().cycles(), std::uint64_t(0));
        QVERIFY(e.book(0)->series(Timeframe::M1).size() >= 5); // candles still built
    }

    void badInputIsCountedAndSkipped()
    {
        Engine e;
        Metric m;
        m.h.symbol = 1;
        m.h.exchangeTime = 1767225600000;
        m.kind = MetricKind::GlobalLongShortAccountRatio;
        for (double v : {-1.0, 0.0, std::nan(""), std::numeric_limits<double>::infinity()}) {
            m.value = v;
            e.apply(m);
        }
        Trade t;
        t.h = m.h;
        t.price = Price::fromDouble(100);
        t.qty = Qty::fromDouble(-1);
        t.id = 1;
        e.apply(t);
        QCOMPARE(e.signalEngine().rejectedInputs(), std::uint64_t(5));
        m.value = 1.2;
        e.apply(m);
        QCOMPARE(e.signalEngine().rejectedInputs(), std::uint64_t(5));
    }

    void deterministic()
    {
        SynthConfig cfg;
        cfg.symbols = 8;
        auto once = [&](std::uint64_t seed) {
            cfg.seed = seed;
            SynthMarket m(cfg);
            Engine e;
            run(e, m, 40 * 60);
            return fingerprint(e);
        };
        const auto a = once(3), b = once(3), c = once(4);
        QVERIFY(a.size() > 1000);
        QVERIFY(a == b);
        QVERIFY(a != c);
    }

    void boundedMemory()
    {
        SynthConfig cfg;
        cfg.symbols = 4;
        SynthMarket m(cfg);
        Engine e;
        run(e, m, 30 * 60);
        std::size_t cap = 0;
        for (auto mode : kAllModes)
            cap += static_cast<std::size_t>(modeParams(mode).horizonMs / modeParams(mode).cycleMs) + 4;
        const auto p1 = e.signalEngine().pendingSections();
        run(e, m, 30 * 60);
        QVERIFY(e.signalEngine().pendingSections() <= cap);
        // Frames, aux bars (240 per frame), books (2000 levels per side at most) and readings: a few MB.
        QVERIFY2(e.signalEngine().memoryBytes() < 16u * 1024 * 1024,
            qPrintable(QString::number(e.signalEngine().memoryBytes())));
        // A six-hour gap in time runs one cycle, not 2160, and drops calls that can no longer be scored.
        const auto cycles = e.signalEngine().cycles();
        SynthConfig later = cfg;
        later.start = m.now() + 6 * kHourMs;
        SynthMarket m2(later);
        run(e, m2, 1);
        QVERIFY(e.signalEngine().cycles() - cycles <= 2);
        QCOMPARE(e.signalEngine().pendingSections() <= 3, true);
        QVERIFY(p1 > 0);
    }

    void learnerRaisesPlantedSignal()
    {
        // The synthetic market redraws each symbol's drift every minute (the past predicts
        // nothing) and publishes the top-trader account ratio as exp(-3000 x mean drift of the
        // next 5 minutes). smart.size_vs_count (raw = ln position ratio - ln account ratio, the
        // position ratio being small noise) is the only card reading it.
        SynthConfig cfg;
        cfg.symbols = 10;
        cfg.book = false;
        cfg.tradesPerSecond = 1;
        SynthMarket m(cfg);
        Engine e;
        run(e, m, 4 * 3600);
        const auto& se = e.signalEngine();
        const auto& l = se.learner();
        const auto planted = cardIndex(se, "smart.size_vs_count");
        QVERIFY(planted < se.cards().size());
        const double wp = l.cardWeight(Mode::Scalp, planted);
        const Skill& sk = l.cardSkill(Mode::Scalp, planted);
        QVERIFY2(sk.calls > 1000, qPrintable(QString::number(sk.calls)));
        QVERIFY2(l.hitRate(sk) > 0.6, qPrintable(QString::number(l.hitRate(sk))));
        QVERIFY2(l.ic(sk) > 0.2, qPrintable(QString::number(l.ic(sk))));
        for (std::size_t c = 0; c < se.cards().size(); ++c) {
            if (c == planted)
                continue;
            QVERIFY2(l.cardWeight(Mode::Scalp, c) < wp,
                qPrintable(QString("%1 has %2, planted %3")
                               .arg(QString::fromStdString(se.cards()[c]->info().id))
                               .arg(l.cardWeight(Mode::Scalp, c))
                               .arg(wp)));
        }
        QVERIFY(wp > 1.5);
    }

    void learnerControlWithoutPlant()
    {
        // The same market with the ratio drawn at random: the card has nothing to learn.
        SynthConfig cfg;
        cfg.symbols = 10;
        cfg.book = false;
        cfg.tradesPerSecond = 1;
        cfg.plant = false;
        SynthMarket m(cfg);
        Engine e;
        run(e, m, 4 * 3600);
        const auto& se = e.signalEngine();
        const auto& l = se.learner();
        const auto card = cardIndex(se, "smart.size_vs_count");
        const Skill& sk = l.cardSkill(Mode::Scalp, card);
        QVERIFY2(std::abs(l.hitRate(sk) - 0.5) < 0.04, qPrintable(QString::number(l.hitRate(sk))));
        QVERIFY2(l.cardWeight(Mode::Scalp, card) < 1.3,
            qPrintable(QString::number(l.cardWeight(Mode::Scalp, card))));
    }
};

QTEST_GUILESS_MAIN(TestSignalEngine)
#include "test_signalengine.moc"
