// SPDX-License-Identifier: MIT
// The liquidation part of the alert input (estimated bands, cascade state) comes from the
// engine's liquidation state, and band rules fire on it.
#include "engine/alerts/evaluator.h"
#include "engine/alerts/liqinput.h"
#include "engine/alerts/marketinput.h"
#include "feed/sim/simulator.h"

#include <QTest>

using namespace perp;

class TestLiqInput : public QObject
{
    Q_OBJECT
private slots:
    void bandsAndCascadeComeFromTheEngineAndBandRulesFire()
    {
        sim::SimConfig cfg;
        cfg.seed = 3;
        cfg.speed = 0;
        cfg.symbols = {0, 2};
        sim::Simulator simulator(cfg);
        Engine engine;
        alerts::MarketInputCollector collector;
        alerts::Rule near;
        near.id = "near-band";
        near.condition.kind = alerts::ConditionKind::BandProximity;
        near.condition.threshold = 0.5; // percent
        near.trigger = alerts::Trigger::EveryTime;
        alerts::Evaluator withBands, withoutBands;
        withBands.setRules({near});
        withoutBands.setRules({near});
        std::size_t firedWith = 0, firedWithout = 0;
        const TimeMs start = simulator.now();
        alerts::AlertInput last;
        while (simulator.now() < start + kHourMs) {
            EventBatch batch;
            simulator.advanceTo(simulator.now() + 5'000, batch.events);
            engine.apply(batch);
            collector.observe(batch);
            alerts::AlertInput in = collector.build(engine, false);
            firedWithout += withoutBands.evaluate(in).size();
            alerts::fillLiquidity(in, engine);
            for (const auto& a : withBands.evaluate(in)) {
                QVERIFY(a.symbol == "BTCUSDT" || a.symbol == "SOLUSDT");
                QCOMPARE(a.threshold, 0.5);
                QVERIFY(a.value <= 0.5);
                ++firedWith;
            }
            last = std::move(in);
        }
        QVERIFY2(firedWith > 0, "price never came within 0.5 % of an estimated band in an hour");
        QCOMPARE(firedWithout, std::size_t(0));

        for (SymbolId id : {SymbolId(0), SymbolId(2)}) {
            const alerts::SymbolInput* s = alerts::symbolInput(last, symbolName(id));
            QVERIFY(s);
            const auto& bands = engine.liquidity(id)->bands();
            QVERIFY(!bands.empty());
            QCOMPARE(s->bands.size(), std::min<std::size_t>(8, bands.size()));
            for (std::size_t i = 0; i < s->bands.size(); ++i) {
                QCOMPARE(s->bands[i].id, std::to_string(bands[i].id));
                QCOMPARE(s->bands[i].low, bands[i].low);
                QCOMPARE(s->bands[i].high, bands[i].high);
                QCOMPARE(s->bands[i].notional, bands[i].notional);
                QCOMPARE(s->bands[i].side == alerts::BandSide::Long, bands[i].side == PositionSide::Long);
            }
            const auto& c = engine.liquidity(id)->cascade().state();
            QCOMPARE(s->cascadeActive, c.active);
            QCOMPARE(s->cascadeIntensity, c.intensity);
            QCOMPARE(s->cascadeSide.has_value(), c.active);
        }
        // A symbol the simulator does not run has no bands.
        const alerts::SymbolInput* eth = alerts::symbolInput(last, "ETHUSDT");
        QVERIFY(!eth || eth->bands.empty());
    }
};

QTEST_MAIN(TestLiqInput)
#include "test_liqinput.moc"
