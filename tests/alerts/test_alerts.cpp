// SPDX-License-Identifier: MIT
// Alert rule semantics: crossings, hysteresis, ranges, levels, cooldown, once,
// once per cycle, expiry, state changes, events and message templates.
#include "engine/alerts/evaluator.h"
#include "engine/alerts/marketinput.h"
#include "engine/alerts/messagetemplate.h"

#include <QTest>

using namespace perp;
using namespace perp::alerts;

namespace {

Rule biasRule(ConditionKind kind, Direction dir, double threshold, std::optional<double> hysteresis = {})
{
    Rule r;
    r.id = "r1";
    r.symbol = "SOLUSDT";
    r.mode = "swing";
    r.condition.kind = kind;
    r.condition.direction = dir;
    r.condition.threshold = threshold;
    r.condition.hysteresis = hysteresis;
    return r;
}

AlertInput biasInput(TimeMs t, double bias, double confidence = 50, const std::string& symbol = "SOLUSDT")
{
    AlertInput in;
    in.time = t;
    SymbolInput s;
    s.symbol = symbol;
    s.price = 100 + bias; // PriceCross rows read the price
    s.modes["swing"] = ModeReading {bias, confidence, bias > 0 ? "bullish" : "bearish", {}, 0};
    in.symbols.push_back(s);
    return in;
}

// Feeds values at 10 s steps and returns the indexes that fired.
QList<int> run(Evaluator& ev, const QList<double>& values, bool price = false)
{
    QList<int> fired;
    for (int i = 0; i < values.size(); ++i) {
        const auto out = ev.evaluate(biasInput(TimeMs(i) * 10'000, price ? values[i] - 100 : values[i]));
        if (!out.empty())
            fired << i;
    }
    return fired;
}

} // namespace

class TestAlerts : public QObject
{
    Q_OBJECT
private slots:
    void crossings_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("direction");
        QTest::addColumn<double>("threshold");
        QTest::addColumn<double>("hysteresis"); // < 0: the kind's default
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<int>>("fires");
        const int bias = int(ConditionKind::BiasCross);
        const int price = int(ConditionKind::PriceCross);
        const int above = int(Direction::Above), below = int(Direction::Below),
                  either = int(Direction::Either);
        QTest::newRow("above, re-armed below the hysteresis")
            << bias << above << 60.0 << -1.0 << QList<double> {50, 59, 61, 62, 50, 61} << QList<int> {2, 5};
        QTest::newRow("above, hovering at the threshold fires once")
            << bias << above << 60.0 << -1.0 << QList<double> {50, 59.9, 60.1, 59.9, 60.1, 59, 60.5}
            << QList<int> {2};
        QTest::newRow("already above at the start is no crossing")
            << bias << above << 60.0 << -1.0 << QList<double> {65, 70, 50, 65} << QList<int> {3};
        QTest::newRow("exactly at the threshold is not above")
            << bias << above << 60.0 << -1.0 << QList<double> {50, 60, 60.01} << QList<int> {2};
        QTest::newRow("below") << bias << below << -40.0 << -1.0
                               << QList<double> {-30, -41, -39, -45, -37, -41} << QList<int> {1, 5};
        QTest::newRow("either direction")
            << bias << either << 0.0 << 1.0 << QList<double> {5, -2, 3, -0.5, -2} << QList<int> {1, 2, 3};
        QTest::newRow("no hysteresis flaps")
            << bias << above << 60.0 << 0.0 << QList<double> {59, 61, 59.9, 60.1} << QList<int> {1, 3};
        QTest::newRow("wide hysteresis")
            << bias << above << 60.0 << 10.0 << QList<double> {40, 61, 51, 61, 49, 61} << QList<int> {1, 5};
        QTest::newRow("price level, default 0.05 % hysteresis")
            << price << above << 100.0 << -1.0 << QList<double> {99, 100.01, 99.99, 100.02, 99.9, 100.1}
            << QList<int> {1, 5};
    }
    void crossings()
    {
        QFETCH(int, kind);
        QFETCH(int, direction);
        QFETCH(double, threshold);
        QFETCH(double, hysteresis);
        QFETCH(QList<double>, values);
        QFETCH(QList<int>, fires);
        Evaluator ev;
        ev.setRules({biasRule(ConditionKind(kind), Direction(direction), threshold,
            hysteresis < 0 ? std::nullopt : std::optional(hysteresis))});
        QCOMPARE(run(ev, values, ConditionKind(kind) == ConditionKind::PriceCross), fires);
    }

    void ranges_data()
    {
        QTest::addColumn<bool>("enters");
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<int>>("fires");
        QTest::newRow("enters") << true << QList<double> {10, 25, 41, 39, 45, 30} << QList<int> {1, 5};
        QTest::newRow("enters, starting inside") << true << QList<double> {30, 35, 10, 21} << QList<int> {3};
        QTest::newRow("leaves") << false << QList<double> {30, 41, 39, 45, 30, 15} << QList<int> {1, 5};
        QTest::newRow("leaves, hovering at the edge")
            << false << QList<double> {30, 40.5, 39.5, 40.5, 39} << QList<int> {1};
    }
    void ranges()
    {
        QFETCH(bool, enters);
        QFETCH(QList<double>, values);
        QFETCH(QList<int>, fires);
        Rule r = biasRule(ConditionKind::BiasRange, enters ? Direction::Above : Direction::Below, 0);
        r.condition.low = 20;
        r.condition.high = 40;
        Evaluator ev;
        ev.setRules({r});
        QCOMPARE(run(ev, values), fires);
    }

    void confidenceLevel_data()
    {
        QTest::addColumn<int>("side");
        QTest::addColumn<QList<double>>("bias");
        QTest::addColumn<QList<double>>("confidence");
        QTest::addColumn<QList<int>>("fires");
        QTest::newRow("bullish, fires when first seen true")
            << int(SideFilter::Long) << QList<double> {10, 10, 10, 10, -5, 5}
            << QList<double> {60, 54, 56, 52, 70, 70} << QList<int> {0, 5};
        QTest::newRow("bearish") << int(SideFilter::Short) << QList<double> {10, -10, -10, -10}
                                 << QList<double> {60, 60, 40, 58} << QList<int> {1, 3};
        QTest::newRow("any sign") << int(SideFilter::Any) << QList<double> {10, -10, 0}
                                  << QList<double> {60, 60, 60} << QList<int> {0};
    }
    void confidenceLevel()
    {
        QFETCH(int, side);
        QFETCH(QList<double>, bias);
        QFETCH(QList<double>, confidence);
        QFETCH(QList<int>, fires);
        Rule r = biasRule(ConditionKind::Confidence, Direction::Above, 55);
        r.condition.side = SideFilter(side);
        Evaluator ev;
        ev.setRules({r});
        QList<int> fired;
        for (int i = 0; i < bias.size(); ++i)
            if (!ev.evaluate(biasInput(i * 10'000, bias[i], confidence[i])).empty())
                fired << i;
        QCOMPARE(fired, fires);
    }

    void cooldown_data()
    {
        QTest::addColumn<qint64>("cooldownMs");
        QTest::addColumn<QList<int>>("fires");
        // Crossings at 10, 30, 50, 70, 90, 110 s (every second 10 s step).
        QTest::newRow("none") << qint64(0) << QList<int> {1, 3, 5, 7, 9, 11};
        QTest::newRow("30 s") << qint64(30'000) << QList<int> {1, 5, 9};
        QTest::newRow("60 s") << qint64(60'000) << QList<int> {1, 7};
        QTest::newRow("exactly the gap") << qint64(20'000) << QList<int> {1, 3, 5, 7, 9, 11};
    }
    void cooldown()
    {
        QFETCH(qint64, cooldownMs);
        QFETCH(QList<int>, fires);
        Rule r = biasRule(ConditionKind::BiasCross, Direction::Above, 60);
        r.cooldownMs = cooldownMs;
        Evaluator ev;
        ev.setRules({r});
        QCOMPARE(run(ev, {50, 70, 50, 70, 50, 70, 50, 70, 50, 70, 50, 70}), fires);
    }

    void onceIsSpentUntilRearmed()
    {
        Rule r = biasRule(ConditionKind::BiasCross, Direction::Above, 60);
        r.trigger = Trigger::Once;
        Evaluator ev;
        ev.setRules({r});
        QCOMPARE(run(ev, {50, 70, 50, 70}), QList<int> {1});
        QVERIFY(ev.isSpent("r1"));
        ev.rearm("r1");
        QVERIFY(!ev.isSpent("r1"));
        QCOMPARE(run(ev, {50, 70, 50, 70}), QList<int> {1});
        // Spent state survives a restart when the app hands it back.
        QCOMPARE(ev.spentRules(), std::vector<std::string> {"r1"});
        Evaluator restarted;
        restarted.setRules({r});
        restarted.setSpent(ev.spentRules());
        QCOMPARE(run(restarted, {50, 70}), QList<int> {});
    }

    void oncePerCycle()
    {
        // A level condition fires once per cycle while it holds: funding, mode-less,
        // uses the default 60 s cycle.
        Rule r;
        r.id = "funding";
        r.condition.kind = ConditionKind::Funding;
        r.condition.direction = Direction::Either;
        r.condition.threshold = 0.0005;
        r.trigger = Trigger::OncePerCycle;
        Evaluator ev;
        ev.setRules({r});
        QList<qint64> firedAt;
        for (qint64 t : {0, 20'000, 40'000, 60'000, 80'000, 130'000, 185'000}) {
            AlertInput in;
            in.time = t;
            SymbolInput s;
            s.symbol = "BTCUSDT";
            s.fundingRate = t < 185'000 ? 0.0008 : 0.0001;
            in.symbols.push_back(s);
            for (const auto& a : ev.evaluate(in)) {
                firedAt << a.time;
                QCOMPARE(a.threshold, 0.0005);
                QCOMPARE(a.value, 0.0008);
            }
        }
        QCOMPARE(firedAt, (QList<qint64> {0, 60'000, 130'000}));

        // With readings that carry their cycle start, that cycle is used.
        Rule c = biasRule(ConditionKind::Confidence, Direction::Above, 55);
        c.trigger = Trigger::OncePerCycle;
        ev.setRules({c});
        QList<int> fired;
        const TimeMs cycles[] = {300'000, 300'000, 300'000, 600'000, 600'000};
        for (int i = 0; i < 5; ++i) {
            AlertInput in = biasInput(300'000 + i * 10'000, 20, 70);
            in.symbols[0].modes["swing"].cycleStart = cycles[i];
            if (!ev.evaluate(in).empty())
                fired << i;
        }
        QCOMPARE(fired, (QList<int> {0, 3}));
    }

    void expiry()
    {
        Rule r = biasRule(ConditionKind::BiasCross, Direction::Above, 60);
        r.expiresAt = 45'000;
        Evaluator ev;
        ev.setRules({r});
        // Crossings at 10 s and 30 s fire; at 50 s the rule has expired.
        QCOMPARE(run(ev, {50, 70, 50, 70, 50, 70}), (QList<int> {1, 3}));
        r.expiresAt = 40'000; // a crossing at exactly the expiry time does not fire
        ev.setRules({r});
        QCOMPARE(run(ev, {50, 50, 50, 50, 70}), QList<int> {});
    }

    void scopeModeReplayAndMessage()
    {
        Rule r = biasRule(ConditionKind::BiasCross, Direction::Above, 60);
        r.symbol = "*";
        r.mode = "*";
        r.name = "strong bias";
        r.message = "{name}: {symbol} {mode} bias {value} > {threshold} {{{replay}}} at {time}";
        Evaluator ev;
        ev.setRules({r});
        AlertInput in;
        in.time = 1'721'347'200'000;
        in.replay = true;
        for (const char* sym : {"BTCUSDT", "ETHUSDT"}) {
            SymbolInput s;
            s.symbol = sym;
            s.modes["day"] = ModeReading {10, 50, "bullish", {}, 0};
            s.modes["swing"] = ModeReading {10, 50, "bullish", {}, 0};
            in.symbols.push_back(s);
        }
        QVERIFY(ev.evaluate(in).empty());
        in.time += 60'000;
        in.symbols[1].modes["swing"].bias = 61.234;
        in.symbols[0].modes["day"].bias = 75;
        const auto out = ev.evaluate(in);
        QCOMPARE(out.size(), 2u);
        QCOMPARE(out[0].symbol, std::string("BTCUSDT"));
        QCOMPARE(out[0].mode, std::string("day"));
        QCOMPARE(out[1].symbol, std::string("ETHUSDT"));
        QCOMPARE(out[1].mode, std::string("swing"));
        QVERIFY(out[1].replay);
        QCOMPARE(out[1].value, 61.234);
        QCOMPARE(out[1].threshold, 60.0);
        QCOMPARE(out[1].message,
            std::string("strong bias: ETHUSDT swing bias 61.23 > 60 {replay} at 2024-07-19T00:01:00.000Z"));

        // A single-symbol, single-mode rule ignores the others.
        Rule only = biasRule(ConditionKind::BiasCross, Direction::Above, 60);
        only.symbol = "ETHUSDT";
        only.mode = "day";
        ev.setRules({only});
        in.symbols[1].modes["day"].bias = 10;
        QVERIFY(ev.evaluate(in).empty());
        in.symbols[1].modes["day"].bias = 65;
        const auto one = ev.evaluate(in);
        QCOMPARE(one.size(), 1u);
        QCOMPARE(one[0].message, std::string("ETHUSDT day bias 65 crossed above 60"));
    }

    void stateChanges()
    {
        Rule cat;
        cat.id = "flow";
        cat.mode = "scalp";
        cat.condition.kind = ConditionKind::CategoryState;
        cat.condition.category = "order_flow";
        cat.condition.toState = "bullish";
        cat.message = "{symbol} {category}: {previous} -> {state}";
        Rule cascade;
        cascade.id = "cascade";
        cascade.condition.kind = ConditionKind::CascadeStart;
        cascade.condition.side = SideFilter::Long;
        Rule broken;
        broken.id = "broken";
        broken.condition.kind = ConditionKind::ZoneBroken;
        Evaluator ev;
        ev.setRules({cat, cascade, broken});
        auto input = [](TimeMs t, const char* flow, bool cascading, const char* zoneState) {
            AlertInput in;
            in.time = t;
            SymbolInput s;
            s.symbol = "SOLUSDT";
            s.price = 150;
            s.modes["scalp"].categoryStates["order_flow"] = flow;
            s.cascadeActive = cascading;
            s.cascadeSide = BandSide::Long;
            s.cascadeIntensity = 3.5;
            s.zones.push_back({"z1", 140, 142, zoneState});
            in.symbols.push_back(s);
            return in;
        };
        // First observation is a baseline, even when already in the target state.
        QVERIFY(ev.evaluate(input(0, "bullish", true, "broken")).empty());
        QVERIFY(ev.evaluate(input(1, "neutral", false, "fresh")).empty());
        auto out = ev.evaluate(input(2, "bullish", true, "tested"));
        QCOMPARE(out.size(), 2u);
        QCOMPARE(out[0].message, std::string("SOLUSDT order_flow: neutral -> bullish"));
        QCOMPARE(out[1].rule, std::string("cascade"));
        QCOMPARE(out[1].value, 3.5);
        QCOMPARE(out[1].message, std::string("SOLUSDT liquidation cascade started (long, intensity 3.5)"));
        out = ev.evaluate(input(3, "bearish", true, "broken"));
        QCOMPARE(out.size(), 1u);
        QCOMPARE(out[0].rule, std::string("broken"));
        QVERIFY(ev.evaluate(input(4, "bearish", true, "broken")).empty());
    }

    void realizedLiquidations()
    {
        Rule r;
        r.id = "big-liq";
        r.condition.kind = ConditionKind::RealizedLiquidation;
        r.condition.threshold = 1e6;
        r.condition.side = SideFilter::Short;
        Evaluator ev;
        ev.setRules({r});
        AlertInput in;
        in.time = 5;
        SymbolInput s;
        s.symbol = "BTCUSDT";
        s.newLiquidations = {{1, 64000, 2e6, BandSide::Long}, {2, 64100, 1.5e6, BandSide::Short},
            {3, 64200, 0.5e6, BandSide::Short}};
        in.symbols.push_back(s);
        auto out = ev.evaluate(in);
        QCOMPARE(out.size(), 1u);
        QCOMPARE(out[0].value, 1.5e6);
        QCOMPARE(out[0].message, std::string("BTCUSDT short liquidation of 1500000 notional (>= 1000000)"));
        in.symbols[0].newLiquidations.clear();
        QVERIFY(ev.evaluate(in).empty());
    }

    void bandProximity_data()
    {
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("within");
        QTest::addColumn<QList<double>>("prices");
        QTest::addColumn<QList<int>>("fires");
        // Band 95..96 (long), ATR 2.
        QTest::newRow("percent") << int(DistanceUnit::Percent) << 1.0
                                 << QList<double> {100, 96.9, 97.0, 97.5, 96.5} << QList<int> {1, 4};
        QTest::newRow("inside the band")
            << int(DistanceUnit::Percent) << 0.0 << QList<double> {97, 95.5, 94} << QList<int> {1};
        QTest::newRow("atr") << int(DistanceUnit::Atr) << 1.5 << QList<double> {99.5, 98.9, 99.1, 100, 97}
                             << QList<int> {1, 4};
    }
    void bandProximity()
    {
        QFETCH(int, unit);
        QFETCH(double, within);
        QFETCH(QList<double>, prices);
        QFETCH(QList<int>, fires);
        Rule r;
        r.id = "band";
        r.condition.kind = ConditionKind::BandProximity;
        r.condition.unit = DistanceUnit(unit);
        r.condition.threshold = within;
        r.condition.hysteresis = 0.2;
        Evaluator ev;
        ev.setRules({r});
        QList<int> fired;
        for (int i = 0; i < prices.size(); ++i) {
            AlertInput in;
            in.time = i;
            SymbolInput s;
            s.symbol = "ETHUSDT";
            s.price = prices[i];
            s.atr = 2;
            s.bands = {{"b1", 95, 96, BandSide::Long, 5e6}, {"b2", 120, 121, BandSide::Short, 1e6}};
            in.symbols.push_back(s);
            if (!ev.evaluate(in).empty())
                fired << i;
        }
        QCOMPARE(fired, fires);
    }

    void zoneTouched()
    {
        Rule r;
        r.id = "touch";
        r.condition.kind = ConditionKind::ZoneTouched;
        r.condition.hysteresis = 0.5;
        Evaluator ev;
        ev.setRules({r});
        QList<int> fired;
        const QList<double> prices {105, 101.5, 100.5, 102.2, 102.8, 101};
        for (int i = 0; i < prices.size(); ++i) {
            AlertInput in;
            in.time = i;
            SymbolInput s;
            s.symbol = "SOLUSDT";
            s.price = prices[i];
            s.zones.push_back({"support-100", 100, 102, "tested"});
            in.symbols.push_back(s);
            const auto out = ev.evaluate(in);
            if (!out.empty())
                fired << i;
            if (i == 1) {
                QCOMPARE(out.size(), 1u);
                QCOMPARE(out[0].message,
                    std::string("SOLUSDT price 101.5 touched zone support-100 (tested) at 102"));
            }
        }
        // 102.2 stays within the 0.5 hysteresis of the zone; 102.8 leaves it, so 101 touches again.
        QCOMPARE(fired, (QList<int> {1, 5}));
    }

    void stateOfVanishedZonesIsDropped()
    {
        Rule r;
        r.id = "touch";
        r.condition.kind = ConditionKind::ZoneTouched;
        Evaluator ev;
        ev.setRules({r});
        for (int i = 0; i < 30; ++i) { // a new zone every hour for 30 hours
            AlertInput in;
            in.time = TimeMs(i) * kHourMs;
            SymbolInput s;
            s.symbol = "SOLUSDT";
            s.price = 100;
            s.zones.push_back({"z" + std::to_string(i), 90, 91, "fresh"});
            in.symbols.push_back(s);
            ev.evaluate(in);
        }
        QVERIFY2(ev.trackedKeys() <= 26, qPrintable(QString::number(ev.trackedKeys())));
        QVERIFY(ev.trackedKeys() >= 24);
    }

    void unchangedRulesKeepState()
    {
        Rule r = biasRule(ConditionKind::BiasCross, Direction::Above, 60);
        Evaluator ev;
        ev.setRules({r});
        QCOMPARE(run(ev, {50, 70}), QList<int> {1});
        ev.setRules({r}); // same definition: still above, no new firing
        QVERIFY(ev.evaluate(biasInput(100'000, 70)).empty());
        r.condition.threshold = 65; // changed: state starts over, first value is a baseline
        ev.setRules({r});
        QVERIFY(ev.evaluate(biasInput(110'000, 70)).empty());
        QVERIFY(ev.evaluate(biasInput(120'000, 50)).empty());
        QCOMPARE(ev.evaluate(biasInput(130'000, 70)).size(), 1u);
    }

    void marketInputFromTheEngine()
    {
        Engine engine;
        MarketInputCollector collector({Timeframe::M1, 2});
        const SymbolId sol = *findSymbol("SOLUSDT");
        const TimeMs t0 = 1'721'347'200'000;
        EventBatch b;
        // Three 1m candles, O/H/L/C: 100/101/99/100, 100/104/100/103, 103/103/98/99.
        const double prices[][4] = {{100, 101, 99, 100}, {100, 104, 100, 103}, {103, 103, 98, 99}};
        std::int64_t id = 0;
        for (int m = 0; m < 3; ++m)
            for (int k = 0; k < 4; ++k)
                b.events.push_back(Trade {{sol, Venue::Sim, t0 + m * kMinuteMs + k * 1000, 0},
                    Price::fromDouble(prices[m][k]), Qty::fromDouble(1), Side::Buy, ++id});
        b.events.push_back(MarkFunding {{sol, Venue::Sim, t0 + 2 * kMinuteMs + 5000, 0},
            Price::fromDouble(99), Price::fromDouble(99), -0.0007, 0});
        b.events.push_back(Liquidation {{sol, Venue::Sim, t0 + 2 * kMinuteMs + 6000, 0},
            Price::fromDouble(98.5), Qty::fromDouble(1000), PositionSide::Short});
        engine.apply(b);
        collector.observe(b);
        AlertInput in = collector.build(engine, true);
        QVERIFY(in.replay);
        QCOMPARE(in.time, t0 + 2 * kMinuteMs + 6000);
        SymbolInput* s = symbolInput(in, "SOLUSDT");
        QVERIFY(s);
        QCOMPARE(*s->price, 99.0); // the last trade
        QCOMPARE(*s->fundingRate, -0.0007);
        // True ranges of the last two candles: max(104-100, |104-100|, |100-100|) = 4 and
        // max(103-98, |103-103|, |98-103|) = 5.
        QCOMPARE(*s->atr, 4.5);
        QCOMPARE(s->newLiquidations.size(), 1u);
        QCOMPARE(s->newLiquidations[0].notional, 98'500.0);
        QCOMPARE(s->newLiquidations[0].side, BandSide::Short);
        QCOMPARE(symbolInput(in, "BTCUSDT")->price.has_value(), false); // no trades yet
        // Liquidations are handed over once.
        AlertInput next = collector.build(engine, false);
        QVERIFY(symbolInput(next, "SOLUSDT")->newLiquidations.empty());

        // End to end: a funding rule and a liquidation rule fire from engine data.
        Rule funding;
        funding.id = "f";
        funding.condition.kind = ConditionKind::Funding;
        funding.condition.direction = Direction::Below;
        funding.condition.threshold = 0.0005;
        Rule liq;
        liq.id = "l";
        liq.condition.kind = ConditionKind::RealizedLiquidation;
        liq.condition.threshold = 50'000;
        Evaluator ev;
        ev.setRules({funding, liq});
        const auto fired = ev.evaluate(in);
        QCOMPARE(fired.size(), 2u);
        QCOMPARE(fired[0].message, std::string("SOLUSDT funding -0.0007 beyond -0.0005"));
        QCOMPARE(fired[1].value, 98'500.0);
        QVERIFY(fired[1].replay);
    }

    void templates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("errorAt"); // -1: valid
        QTest::addColumn<QString>("rendered");
        QTest::newRow("plain") << "{symbol} {value}/{threshold}" << -1 << "SOLUSDT 61.5/60";
        QTest::newRow("escaped braces") << "{{{symbol}}}" << -1 << "{SOLUSDT}";
        QTest::newRow("missing var renders a dash") << "{zone}" << -1 << "-";
        QTest::newRow("unknown") << "bias {bias}" << 5 << "";
        QTest::newRow("unclosed") << "ok {symbol" << 3 << "";
        QTest::newRow("stray close") << "a } b" << 2 << "";
    }
    void templates()
    {
        QFETCH(QString, text);
        QFETCH(int, errorAt);
        QFETCH(QString, rendered);
        const auto err = validateTemplate(text.toStdString());
        QCOMPARE(err ? int(err->position) : -1, errorAt);
        if (errorAt < 0)
            QCOMPARE(QString::fromStdString(renderTemplate(text.toStdString(),
                         {{"symbol", "SOLUSDT"}, {"value", "61.5"}, {"threshold", "60"}})),
                rendered);
    }

    void numbers()
    {
        QCOMPARE(formatNumber(61.234), std::string("61.23"));
        QCOMPARE(formatNumber(-40), std::string("-40"));
        QCOMPARE(formatNumber(0.00012345678), std::string("0.000123457"));
        QCOMPARE(formatNumber(63950.5), std::string("63950.5"));
    }
};

QTEST_GUILESS_MAIN(TestAlerts)
#include "test_alerts.moc"
