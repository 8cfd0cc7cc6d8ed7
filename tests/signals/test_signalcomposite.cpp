// SPDX-License-Identifier: MIT
// Normalization, direction/strength, multi-timeframe agreement, composite arithmetic
// and bounds, states and events, the learner's bookkeeping, and the JSON writer.
#include "engine/signals/composite.h"
#include "engine/signals/jsonwriter.h"
#include "engine/signals/learner.h"
#include "engine/signals/reading.h"

#include <QTest>
#include <cmath>
#include <random>

using namespace perp;
using namespace perp::sig;

namespace {

Reading make(int dir, double strength, double confidence, std::array<double, 3> frames = {1, 1, 1},
    std::uint8_t valid = 7)
{
    Reading r;
    r.valid = true;
    r.direction = static_cast<std::int8_t>(dir);
    r.strength = strength;
    r.confidence = confidence;
    r.frameRaw = frames;
    r.frameValid = valid;
    return r;
}

} // namespace

class TestSignalComposite : public QObject
{
    Q_OBJECT
private slots:
    void rollingStatsEqualWeightsAtStart()
    {
        // With a negligible alpha every sample weighs 1/count: the population stdev.
        RollingStats s;
        for (double x : {2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0})
            s.add(x, 1e-12);
        QCOMPARE(s.count, 8u);
        QVERIFY(std::abs(s.mean - 5.0) < 1e-12);
        QVERIFY(std::abs(s.stdev() - 2.0) < 1e-12);
    }

    void rollingStatsForget()
    {
        // alpha = 0.5 after the warm-up: the old level is forgotten geometrically.
        RollingStats s;
        for (int i = 0; i < 4; ++i)
            s.add(0.0, 0.5);
        for (int i = 0; i < 40; ++i)
            s.add(10.0, 0.5);
        QVERIFY(std::abs(s.mean - 10.0) < 1e-9);
        QVERIFY(s.stdev() < 1e-5);
        RollingStats few;
        few.add(1, 0.1);
        few.add(3, 0.1);
        QCOMPARE(few.stdev(), 0.0); // fewer than kMinSamples: no z yet
    }

    void zDirectionStrength()
    {
        RollingStats s;
        for (double x : {-1.0, 1.0, -1.0, 1.0, -1.0, 1.0, -1.0, 1.0, -1.0, 1.0})
            s.add(x, 1e-12);
        Reading r = make(0, 0, 0);
        r.raw = 2.0;
        r.frameRaw = {2.0, 1.0, -1.0};
        finishReading(r, s, 1e-12, 1.0);
        // 11 samples, mean 2/11, population variance computed by hand:
        const double mean = 2.0 / 11;
        double var = 0;
        for (double x : {-1.0, 1.0, -1.0, 1.0, -1.0, 1.0, -1.0, 1.0, -1.0, 1.0, 2.0})
            var += (x - mean) * (x - mean);
        var /= 11;
        QVERIFY(std::abs(r.z - 2.0 / std::sqrt(var)) < 1e-9);
        QCOMPARE(r.direction, std::int8_t(1));
        QVERIFY(std::abs(r.strength - (r.z - 0.5) / 2.5) < 1e-12);
        QVERIFY(std::abs(r.agreement - 2.0 / 3.0) < 1e-12);
        // quality: input 1 x warm-up 11/20 x coverage (0.5 + 0.5 x 3/3)
        QVERIFY(std::abs(r.quality - 11.0 / 20.0) < 1e-12);
        QVERIFY(std::abs(r.confidence - r.agreement * r.quality) < 1e-12);

        QCOMPARE(directionOf(0.49), std::int8_t(0));
        QCOMPARE(directionOf(-0.51), std::int8_t(-1));
        QCOMPARE(strengthOf(0.4), 0.0);
        QCOMPARE(strengthOf(1.75), 0.5);
        QCOMPARE(strengthOf(-9.0), 1.0);
    }

    void agreement()
    {
        QCOMPARE(agreementOf({1, 2, -1}, 7, 1), 2.0 / 3.0);
        QCOMPARE(agreementOf({1, 2, -1}, 3, 1), 1.0); // the 1h frame is missing
        QCOMPARE(agreementOf({1, 2, -1}, 7, -1), 1.0 / 3.0);
        QCOMPARE(agreementOf({1, -1, 0}, 7, 0), 1.0); // balanced frames: surely neutral
        QCOMPARE(agreementOf({1, 1, 1}, 7, 0), 0.0);
        QCOMPARE(agreementOf({1, 1, 1}, 0, 1), 0.0); // no frame at all
    }

    void compositeArithmetic()
    {
        std::vector<Reading> rs {make(1, 1.0, 1.0), make(-1, 0.5, 0.5, {-1, -1, -1}), Reading {}};
        std::vector<Category> cats {Category::Trend, Category::FundingRate, Category::Trend};
        std::vector<double> w {1.0, 2.0, 5.0};
        const CompositeResult r = computeComposite(rs, cats, w);
        // contributions: +1*1*1*1 = 1 and -1*0.5*0.5*2 = -0.5; sum(weight) over valid cards = 3
        QVERIFY(std::abs(r.bias - 100.0 * 0.5 / 3.0) < 1e-12);
        QCOMPARE(r.validCards, std::uint16_t(2));
        QCOMPARE(r.missingCards, std::uint16_t(1));
        QVERIFY(std::abs(r.categoryScore[static_cast<std::size_t>(Category::Trend)] - 100.0) < 1e-12);
        QVERIFY(std::abs(r.categoryScore[static_cast<std::size_t>(Category::FundingRate)] + 25.0) < 1e-12);
        // Points of bias per category: 100 x 1/3 and 100 x -0.5/3; they add up to the bias.
        QVERIFY(std::abs(r.categoryContribution[static_cast<std::size_t>(Category::Trend)] - 100.0 / 3.0)
            < 1e-12);
        QVERIFY(std::abs(r.categoryContribution[static_cast<std::size_t>(Category::FundingRate)] + 50.0 / 3.0)
            < 1e-12);
        // confidence: (1*1 + 0.5*2)/3 x (0.5 + 0.5 x |1 - 1| / (1 + 1)) = 2/3 x 0.5
        QVERIFY(std::abs(r.confidence - 100.0 * (2.0 / 3.0) * 0.5) < 1e-9);
        // frame bias: (1 x +1 + 2 x -1) / 3 on every frame -> -33.3: all frames agree, not conflicted
        QVERIFY(std::abs(r.frameBias[0] + 100.0 / 3.0) < 1e-9);
        QCOMPARE(r.state, BiasState::Bullish);
        QVERIFY(std::abs(r.sizePct - r.confidence * std::abs(r.bias) / 100.0) < 1e-9);
    }

    void compositeBoundsAndStates()
    {
        std::mt19937_64 rng(7);
        std::uniform_real_distribution<double> u(0, 1);
        for (int trial = 0; trial < 500; ++trial) {
            std::vector<Reading> rs;
            std::vector<Category> cats;
            std::vector<double> w;
            for (int i = 0; i < 40; ++i) {
                const int d = static_cast<int>(u(rng) * 3) - 1;
                rs.push_back(make(d, u(rng), u(rng), {u(rng) - 0.5, u(rng) - 0.5, u(rng) - 0.5}));
                rs.back().valid = u(rng) > 0.1;
                cats.push_back(static_cast<Category>(i % kCategoryCount));
                w.push_back(0.2 + 2.8 * u(rng));
            }
            const auto r = computeComposite(rs, cats, w);
            QVERIFY(r.bias >= -100.0 && r.bias <= 100.0);
            QVERIFY(r.confidence >= 0.0 && r.confidence <= 100.0);
            QVERIFY(r.sizePct >= 0.0 && r.sizePct <= 100.0);
            for (double c : r.categoryScore)
                QVERIFY(c >= -100.0 && c <= 100.0);
            double sum = 0;
            for (double c : r.categoryContribution)
                sum += c;
            QVERIFY(std::abs(sum - r.bias) < 1e-9);
        }
        // Everything maximal and bullish: +100, 100%.
        std::vector<Reading> all(10, make(1, 1, 1));
        std::vector<Category> cats(10, Category::Trend);
        std::vector<double> w(10, 3.0);
        auto r = computeComposite(all, cats, w);
        QCOMPARE(r.bias, 100.0);
        QCOMPARE(r.confidence, 100.0);
        QCOMPARE(r.state, BiasState::Bullish);
        QCOMPARE(r.sizePct, 100.0);
        // Same cards, but the 1h frame points the other way on every card: conflicted, halved, no size.
        for (auto& x : all)
            x.frameRaw = {1, 1, -1};
        r = computeComposite(all, cats, w);
        QCOMPARE(r.state, BiasState::Conflicted);
        QCOMPARE(r.confidence, 50.0);
        QCOMPARE(r.sizePct, 0.0);
        // Weak: neutral.
        std::vector<Reading> weak(10, make(1, 0.1, 1));
        r = computeComposite(weak, cats, w);
        QCOMPARE(r.state, BiasState::Neutral);
        QCOMPARE(r.sizePct, 0.0);
        // No valid card at all: zero, neutral, no division by zero.
        std::vector<Reading> none(3);
        r = computeComposite(none, std::vector<Category>(3, Category::Trend), std::vector<double>(3, 1.0));
        QCOMPARE(r.bias, 0.0);
        QCOMPARE(r.missingCards, std::uint16_t(3));
    }

    void transitionAndDeceleration()
    {
        CompositeTracker t;
        TimeMs now = 0;
        auto step = [&](double bias) {
            CompositeResult r;
            r.bias = bias;
            r.confidence = 40;
            r.state = std::abs(bias) < kDirectionalBias
                ? BiasState::Neutral
                : (bias > 0 ? BiasState::Bullish : BiasState::Bearish);
            now += 60'000;
            t.update(r, now, Mode::Day);
            return r;
        };
        QVERIFY(!step(5).transition); // first cycle: nothing to compare
        QVERIFY(step(40).transition); // neutral -> bullish
        QVERIFY(!step(60).transition);
        QVERIFY(!step(55).deceleration);
        QVERIFY(!step(50).deceleration); // two falls only
        const auto d = step(44); // third fall in a row, 16 points in total
        QVERIFY(d.deceleration);
        QVERIFY(!d.transition);
        QVERIFY(step(-30).transition); // flip
        QCOMPARE(t.history().size(), std::size_t(7));
        QCOMPARE(t.times().back(), TimeMs(7 * 60'000));
        // Each event is kept with its cycle time, mode, state and bias.
        QCOMPARE(t.events().size(), std::size_t(3));
        const BiasEvent& up = t.events()[0];
        QCOMPARE(up.time, TimeMs(2 * 60'000));
        QCOMPARE(up.kind, BiasEventKind::Transition);
        QCOMPARE(up.state, BiasState::Bullish);
        QCOMPARE(up.mode, Mode::Day);
        QCOMPARE(up.bias, 40.0f);
        QCOMPARE(up.confidence, 40.0f);
        QCOMPARE(t.events()[1].kind, BiasEventKind::Deceleration);
        QCOMPARE(t.events()[1].time, TimeMs(6 * 60'000));
        QCOMPARE(t.events()[2].state, BiasState::Bearish);
        for (int i = 0; i < 200; ++i)
            step(i % 2 ? 20 : -20);
        QCOMPARE(t.history().size(), CompositeTracker::kHistory);
        QCOMPARE(t.times().size(), CompositeTracker::kHistory);
        QCOMPARE(t.times().back(), now);
        QCOMPARE(t.events().size(), CompositeTracker::kEvents); // every flip is one, the oldest are dropped
        QCOMPARE(t.events().back().time, now);
    }

    void learnerBookkeeping()
    {
        LearnerConfig cfg;
        cfg.halfLifeSections = 1e12; // no forgetting: exact counts
        cfg.gain = 8;
        WeightLearner l({"a", "b"}, {Category::Trend, Category::Volume}, cfg);
        CallSection s;
        s.mode = Mode::Scalp;
        s.cards = 2;
        for (SymbolId i = 0; i < 6; ++i) {
            s.symbols.push_back(i);
            const double ret = i % 2 ? 0.01 * (i + 1) : -0.01 * (i + 1);
            s.ret.push_back(ret);
            // card a: right about the direction and ranks returns perfectly; card b: always wrong.
            s.z.push_back(static_cast<float>(ret * 100));
            s.dir.push_back(ret > 0 ? 1 : -1);
            s.z.push_back(static_cast<float>(-ret * 100));
            s.dir.push_back(ret > 0 ? -1 : 1);
            s.conf.push_back(1);
            s.conf.push_back(1);
            for (std::size_t k = 0; k < kCategoryCount; ++k)
                s.categoryScore.push_back(std::nanf(""));
        }
        for (int rep = 0; rep < 10; ++rep)
            l.learn(s);
        const Skill& a = l.cardSkill(Mode::Scalp, 0);
        QVERIFY(std::abs(a.calls - 60.0) < 1e-6);
        QVERIFY(std::abs(a.hits - 60.0) < 1e-6);
        QVERIFY(std::abs(a.icCount - 10.0) < 1e-6);
        QVERIFY(std::abs(a.icSum - 10.0) < 1e-6);
        // shrunk: (60 + 25) / (60 + 50) and 10 / (10 + 20)
        QVERIFY(std::abs(l.hitRate(a) - 85.0 / 110.0) < 1e-9);
        QVERIFY(std::abs(l.ic(a) - 10.0 / 30.0) < 1e-9);
        QCOMPARE(l.cardWeight(Mode::Scalp, 0), cfg.maxWeight);
        QCOMPARE(l.cardWeight(Mode::Scalp, 1), cfg.minWeight);
        QCOMPARE(l.cardWeight(Mode::Day, 0), 1.0); // other modes untouched
        QCOMPARE(l.categoryWeight(Mode::Scalp, Category::Trend), 1.0); // no category score given

        // Round trip through the persisted rows; bad rows are skipped and counted.
        auto rows = l.exportState();
        QCOMPARE(rows.size(), std::size_t(3 * (2 + kCategoryCount)));
        rows.push_back({"scalp/unknown", Skill {}});
        rows.push_back({"scalp/a", Skill {5, 1, 0, 0}}); // more hits than calls: invalid
        WeightLearner copy({"a", "b"}, {Category::Trend, Category::Volume}, cfg);
        std::size_t skipped = 0;
        QCOMPARE(copy.importState(rows, &skipped), rows.size() - 2);
        QCOMPARE(skipped, std::size_t(2));
        QCOMPARE(copy.cardSkill(Mode::Scalp, 0).hits, a.hits);
        QCOMPARE(copy.toJson(), l.toJson());
    }

    void jsonWriter()
    {
        JsonWriter w(false);
        w.beginObject();
        w.key("a").value(1.5);
        w.key("b").beginArray().value(-0.0).value(std::nan("")).value(0.1234567, 3).endArray();
        w.key("s").value("q\"\\\n");
        w.key("e").beginObject().endObject();
        w.endObject();
        QCOMPARE(QString::fromStdString(w.str()),
            QString("{\"a\":1.5,\"b\":[0,null,0.123],\"s\":\"q\\\"\\\\\\n\",\"e\":{}}"));
    }
};

QTEST_GUILESS_MAIN(TestSignalComposite)
#include "test_signalcomposite.moc"
