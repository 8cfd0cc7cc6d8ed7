// SPDX-License-Identifier: MIT
// The liquidation layers on the simulator: engine integration and cascades.
#include "engine/engine.h"
#include "engine/liq/cascadedetector.h"
#include "feed/sim/simulator.h"

#include <QTest>
#include <deque>
#include <map>

using namespace perp;

class TestLiqSim : public QObject
{
    Q_OBJECT
private slots:
    void engineSnapshotCarriesLiquidationLayers()
    {
        sim::SimConfig cfg;
        cfg.seed = 3;
        cfg.speed = 0;
        cfg.symbols = {0, 2};
        sim::Simulator simulator(cfg);
        Engine engine;
        std::uint64_t realized = 0;
        const TimeMs start = simulator.now();
        while (simulator.now() < start + 3 * kHourMs) {
            EventBatch batch;
            simulator.advanceTo(simulator.now() + 1000, batch.events);
            for (const auto& e : batch.events)
                if (const auto* l = std::get_if<Liquidation>(&e); l && l->h.symbol == 0)
                    ++realized;
            engine.apply(batch);
        }
        const auto snap = engine.snapshot(ChartView {0, Timeframe::M1, 20'000});
        QVERIFY(snap->liq);
        const auto& l = *snap->liq;
        QCOMPARE(l.symbol, SymbolId(0));
        QCOMPARE(l.confidence, liq::Confidence::Normal);
        // One heatmap column per minute of the visible history (3 h of 1m candles).
        QVERIFY(l.heatmap.size() >= 178 && l.heatmap.size() <= 180);
        for (std::size_t i = 1; i < l.heatmap.size(); ++i)
            QCOMPARE(l.heatmap[i]->time - l.heatmap[i - 1]->time, kMinuteMs);
        QVERIFY(l.heatmap.front()->time >= snap->candles.front().openTime);
        QVERIFY(l.profile.total() > 0);
        QVERIFY(l.price > 0 && l.atr > 0);
        QVERIFY(!l.bands.empty());
        for (const auto& b : l.bands) {
            QVERIFY(b.id > 0);
            QVERIFY(b.low < b.high);
            if (b.side == PositionSide::Long)
                QVERIFY(b.high <= l.price * 1.001);
            else
                QVERIFY(b.low >= l.price * 0.999);
        }
        // Every realized liquidation of the symbol inside the visible history is a bubble.
        QCOMPARE(static_cast<std::uint64_t>(l.bubbles.size()), realized);
        double h24 = l.realized[2].totalLong + l.realized[2].totalShort;
        double bubbles = 0;
        for (const auto& b : l.bubbles)
            bubbles += b.notional;
        QVERIFY(std::abs(h24 - bubbles) < 1e-6 * std::max(1.0, bubbles));
        // The bands' track record scores the realized liquidations near price against the
        // bands the engine drew before them (the first minutes have no bands yet).
        const auto& latest = l.bandRecord[0];
        QCOMPARE(latest.horizon, TimeMs(0));
        QVERIFY(latest.events > 0 && latest.events <= realized);
        QVERIFY(latest.captured >= 0 && latest.captured <= 1);
        QVERIFY(latest.coverage > 0 && latest.coverage <= 0.3);
        QCOMPARE(l.bandRecord[1].horizon, kHourMs);
        QVERIFY(l.bandRecord[1].events > 0 && l.bandRecord[1].events < latest.events);
    }

    void cascadesOnASimulatedMarket()
    {
        sim::SimConfig cfg;
        cfg.seed = 11;
        cfg.speed = 0;
        cfg.scenario = sim::Scenario::RetailHighLeverage;
        cfg.symbols = {0, 1, 2, 3, 4};
        sim::Simulator simulator(cfg);
        std::map<SymbolId, liq::CascadeDetector> detectors;
        // Realized liquidations of the last minute per symbol and side, to check the events.
        std::map<SymbolId, std::deque<Liquidation>> recent;
        std::vector<std::pair<SymbolId, liq::CascadeEvent>> events;
        int consistent = 0;
        const TimeMs start = simulator.now();
        std::vector<MarketEvent> batch;
        while (simulator.now() < start + 12 * kHourMs) {
            batch.clear();
            simulator.advanceTo(simulator.now() + 1000, batch);
            for (const auto& e : batch) {
                const auto& h = header(e);
                auto& r = recent[h.symbol];
                if (const auto* l = std::get_if<Liquidation>(&e))
                    r.push_back(*l);
                while (!r.empty() && r.front().h.exchangeTime <= h.exchangeTime - kMinuteMs)
                    r.pop_front();
                auto ev = detectors[h.symbol].apply(e);
                if (!ev)
                    continue;
                events.emplace_back(h.symbol, *ev);
                if (!ev->start)
                    continue;
                double same = 0, other = 0;
                for (const auto& l : r)
                    (l.liquidated == ev->side ? same : other) += l.price.toDouble() * l.qty.toDouble();
                const bool moveMatches = ev->side == PositionSide::Long ? ev->movePct < 0 : ev->movePct > 0;
                if (same > other && moveMatches && ev->intensity >= 1.0)
                    ++consistent;
            }
        }
        int starts = 0, ends = 0;
        std::map<SymbolId, bool> open;
        for (const auto& [sym, ev] : events) {
            // Starts and ends alternate per symbol.
            QCOMPARE(open[sym], !ev.start);
            open[sym] = ev.start;
            (ev.start ? starts : ends) += 1;
        }
        qInfo("cascades on retail seed 11, 5 symbols, 12 h: %d starts, %d ends", starts, ends);
        QVERIFY(starts >= 1);
        QVERIFY(ends >= starts - 5);
        QCOMPARE(consistent, starts);
    }
};

QTEST_GUILESS_MAIN(TestLiqSim)
#include "test_liqsim.moc"
