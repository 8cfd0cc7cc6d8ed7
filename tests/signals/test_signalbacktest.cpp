// SPDX-License-Identifier: MIT
// The backtest over the simulator: byte-identical reports for the same seed, honest
// bookkeeping (calls within evaluations, baselines from the same evaluations).
#include "engine/engine.h"
#include "engine/signals/backtest.h"
#include "feed/sim/simulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace perp;

namespace {

std::string runOnce(std::uint64_t seed, double hours)
{
    sim::SimConfig cfg;
    cfg.seed = seed;
    cfg.speed = 0;
    cfg.symbols = {0, 1, 2, 3, 4, 5};
    sim::Simulator simulator(cfg);
    Engine engine;
    sig::Backtest bt(engine.signalEngine(), seed);
    const TimeMs end = cfg.startTime + static_cast<TimeMs>(hours * 3600'000.0);
    std::vector<MarketEvent> events;
    std::uint64_t count = 0;
    for (TimeMs t = cfg.startTime; t < end;) {
        t = std::min(end, t + 10'000);
        events.clear();
        simulator.advanceTo(t, events);
        for (const auto& e : events)
            engine.apply(e);
        engine.refreshLiquidity(); // estimated liquidation bands, read by the liquidation cards
        count += events.size();
    }
    sig::Backtest::RunInfo info {"sim", seed, hours, "balanced", simulator.symbols().size(), count};
    return bt.toJson(info);
}

} // namespace

class TestSignalBacktest : public QObject
{
    Q_OBJECT
private slots:
    void byteIdenticalForTheSameSeed()
    {
        const auto a = runOnce(11, 1.0);
        const auto b = runOnce(11, 1.0);
        const auto c = runOnce(12, 1.0);
        QVERIFY(a == b);
        QVERIFY(a != c);

        QJsonParseError err;
        const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString(a), &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const auto modes = doc.object()["modes"].toArray();
        QCOMPARE(modes.size(), 3);
        const auto scalp = modes[0].toObject();
        QCOMPARE(scalp["mode"].toString(), QString("scalp"));
        const double evaluations = scalp["evaluations"].toDouble();
        QVERIFY(evaluations > 100); // 6 symbols x ~110 scored cycles
        const auto comp = scalp["composite"].toObject();
        QVERIFY(comp["calls"].toDouble() <= evaluations);
        double bucketCalls = 0;
        for (const auto b2 : comp["calibration"].toArray())
            bucketCalls += b2.toObject()["calls"].toDouble();
        QCOMPARE(bucketCalls, comp["calls"].toDouble());
        const auto base = scalp["baselines"].toObject();
        const double coin = base["coin_flip"].toObject()["hit_rate"].toDouble();
        QVERIFY(coin > 0.35 && coin < 0.65);
        const auto cards = scalp["signals"].toArray();
        QVERIFY(cards.size() >= 80);
        int withCalls = 0;
        for (const auto s : cards) {
            const auto o = s.toObject();
            QVERIFY(o["calls"].toDouble() <= evaluations);
            withCalls += o["calls"].toDouble() > 0;
        }
        QVERIFY(withCalls >= 40);
    }
};

QTEST_GUILESS_MAIN(TestSignalBacktest)
#include "test_signalbacktest.moc"
