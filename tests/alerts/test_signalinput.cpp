// SPDX-License-Identifier: MIT
// The modes of the alert input come from the engine's signal engine, and bias rules fire on them.
#include "engine/alerts/evaluator.h"
#include "engine/alerts/marketinput.h"
#include "engine/alerts/signalinput.h"
#include "feed/sim/simulator.h"

#include <QTest>

using namespace perp;

class TestSignalInput : public QObject
{
    Q_OBJECT
private slots:
    void categoryStates()
    {
        QCOMPARE(alerts::categoryStateName(15), std::string("bullish"));
        QCOMPARE(alerts::categoryStateName(14.9), std::string("neutral"));
        QCOMPARE(alerts::categoryStateName(-15), std::string("bearish"));
    }

    void modesComeFromTheSignalEngineAndBiasRulesFire()
    {
        sim::SimConfig cfg;
        cfg.seed = 7;
        cfg.speed = 0;
        cfg.symbols = {0, 2};
        sim::Simulator simulator(cfg);
        Engine engine;
        alerts::MarketInputCollector collector;
        alerts::Rule cross;
        cross.id = "scalp-zero";
        cross.mode = "scalp";
        cross.condition.kind = alerts::ConditionKind::BiasCross;
        cross.condition.direction = alerts::Direction::Either;
        cross.condition.threshold = 0;
        cross.condition.hysteresis = 1;
        alerts::Evaluator evaluator;
        evaluator.setRules({cross});
        std::size_t fired = 0;
        alerts::AlertInput last;
        const TimeMs start = simulator.now();
        while (simulator.now() < start + 2 * kHourMs) {
            EventBatch batch;
            simulator.advanceTo(simulator.now() + 10'000, batch.events);
            engine.apply(batch);
            collector.observe(batch);
            alerts::AlertInput in = collector.build(engine, false);
            alerts::fillSignals(in, engine);
            for (const auto& a : evaluator.evaluate(in)) {
                QCOMPARE(a.mode, std::string("scalp"));
                QVERIFY(a.symbol == "BTCUSDT" || a.symbol == "SOLUSDT");
                QVERIFY(std::abs(a.value) <= 100);
                ++fired;
            }
            last = std::move(in);
        }
        QVERIFY2(fired > 0, "scalp bias never crossed 0 in two hours");
        const alerts::SymbolInput* btc = alerts::symbolInput(last, "BTCUSDT");
        QVERIFY(btc);
        for (sig::Mode m : sig::kAllModes) {
            const sig::CompositeResult* c = engine.signalEngine().composite(0, m);
            const auto it = btc->modes.find(std::string(sig::modeName(m)));
            QCOMPARE(it != btc->modes.end(), c != nullptr);
            if (!c)
                continue;
            QCOMPARE(it->second.bias, c->bias);
            QCOMPARE(it->second.confidence, c->confidence);
            QCOMPARE(it->second.state, std::string(sig::biasStateName(c->state)));
            QVERIFY(!it->second.categoryStates.empty());
            QVERIFY(it->second.cycleStart <= last.time);
        }
        QVERIFY(btc->modes.contains("scalp"));
    }
};

QTEST_MAIN(TestSignalInput)
#include "test_signalinput.moc"
