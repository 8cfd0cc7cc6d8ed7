// SPDX-License-Identifier: MIT
// What the engine does with the exchanges' REST history: 1m klines fill the gap between
// stored and live candles (all timeframes), history batches fill the open-interest and
// funding series without touching live state, and refreshed margin tiers move the
// estimator's liquidation levels as the isolated-margin formula says.
#include "engine/engine.h"
#include "engine/liq/liqprice.h"

#include <QTest>

using namespace perp;

namespace {

const TimeMs T0 = 1721347200000; // 2024-07-19T00:00:00Z

Candle candle(TimeMs open, double price, double volume)
{
    Candle c;
    c.openTime = open;
    c.open = c.high = c.low = c.close = Price::fromDouble(price);
    c.high = Price::fromDouble(price + 1);
    c.volume = Qty::fromDouble(volume);
    c.buyVolume = Qty::fromDouble(volume / 2);
    c.sellVolume = c.volume - c.buyVolume;
    c.trades = 3;
    return c;
}

Trade trade(TimeMs t, double price, std::int64_t id)
{
    Trade tr;
    tr.h.symbol = 0;
    tr.h.venue = Venue::Binance;
    tr.h.exchangeTime = t;
    tr.price = Price::fromDouble(price);
    tr.qty = Qty::fromDouble(0.5);
    tr.id = id;
    return tr;
}

} // namespace

class TestRestBackfill : public QObject
{
    Q_OBJECT
private slots:
    void klinesFillTheGapInEveryTimeframe();
    void fillKeepsFullerCandlesAndSkipsBadOnes();
    void historyBatchFillsSeriesOnly();
    void refreshedTiersMoveLevelsByTheFormula();
};

void TestRestBackfill::klinesFillTheGapInEveryTimeframe()
{
    Engine engine;
    engine.setSignalsEnabled(false);
    // Stored: 1m candles T0 .. T0+59m (and their hour); live trades from T0+3h on.
    std::vector<Candle> stored;
    for (int m = 0; m < 60; ++m)
        stored.push_back(candle(T0 + m * kMinuteMs, 100 + m, 2));
    QCOMPARE(engine.seedCandles(0, Timeframe::M1, stored), std::size_t(60));
    std::vector<Candle> storedHour {candle(T0, 100, 120)};
    engine.seedCandles(0, Timeframe::H1, storedHour);
    const TimeMs live = T0 + 3 * kHourMs;
    EventBatch b;
    for (int i = 0; i < 4; ++i)
        b.events.emplace_back(trade(live + i * 20'000, 300, 1000 + i));
    engine.apply(b);
    const auto& m1 = engine.book(0)->series(Timeframe::M1).candles();
    QCOMPARE(m1.size(), std::size_t(62)); // 60 stored + 2 live minutes: a 2 h hole

    // The exchange's klines from T0+30m up to the live start (the forming one left out).
    std::vector<Candle> rest;
    for (TimeMs t = T0 + 30 * kMinuteMs; t < live; t += kMinuteMs)
        rest.push_back(candle(t, 200, 1));
    QCOMPARE(engine.fillCandles(0, rest), std::size_t(120)); // the 30 stored minutes stay
    QCOMPARE(m1.size(), std::size_t(182));
    for (std::size_t i = 1; i < m1.size(); ++i)
        QCOMPARE(m1[i].openTime - m1[i - 1].openTime, kMinuteMs); // continuous
    QCOMPARE(m1[59].close.toDouble(), 159.0); // stored kept (more volume than the kline)
    QCOMPARE(m1[60].close.toDouble(), 200.0); // gap filled with the exchange's candle
    QCOMPARE(m1[180].close.toDouble(), 300.0); // live kept

    // Every higher timeframe is continuous too, its buckets rebuilt from the 1m series.
    const auto& h1 = engine.book(0)->series(Timeframe::H1).candles();
    QCOMPARE(h1.size(), std::size_t(4));
    QCOMPARE(h1[0].volume.toDouble(), 120.0); // the stored hour held more than its minutes
    QCOMPARE(h1[1].volume.toDouble(), 60.0);
    QCOMPARE(h1[1].openTime, T0 + kHourMs);
    QCOMPARE(h1[3].volume.toDouble(), 2.0); // the live hour: 4 trades of 0.5
    const auto& m5 = engine.book(0)->series(Timeframe::M5).candles();
    for (std::size_t i = 1; i < m5.size(); ++i)
        QCOMPARE(m5[i].openTime - m5[i - 1].openTime, 5 * kMinuteMs);
    QCOMPARE(m5[12].volume.toDouble(), 5.0); // T0+60m: five filled minutes
    QCOMPARE(m5[12].high.toDouble(), 201.0);

    // A trade arriving later still folds into the live candle.
    EventBatch later;
    later.events.emplace_back(trade(live + 90'000, 310, 2000));
    engine.apply(later);
    QCOMPARE(m1.back().close.toDouble(), 310.0);
    QCOMPARE(engine.book(0)->series(Timeframe::H1).candles().back().close.toDouble(), 310.0);
}

void TestRestBackfill::fillKeepsFullerCandlesAndSkipsBadOnes()
{
    CandleSeries s(Timeframe::M5, 100);
    s.add(T0 + 1000, Price::fromDouble(10), Qty::fromDouble(1), Side::Buy);
    s.add(T0 + 5 * kMinuteMs + 1000, Price::fromDouble(11), Qty::fromDouble(1), Side::Buy);
    // Off the 5m grid: skipped. More volume for a closed bucket: replaced. More volume for
    // the newest (forming) bucket without replaceNewest: kept.
    const std::vector<Candle> h {
        candle(T0 + kMinuteMs, 1, 9), candle(T0, 12, 5), candle(T0 + 5 * kMinuteMs, 13, 5)};
    QCOMPARE(s.fill(h, false), std::size_t(1));
    QCOMPARE(s.candles()[0].close.toDouble(), 12.0);
    QCOMPARE(s.candles()[1].close.toDouble(), 11.0);
    QCOMPARE(s.fill(h, true), std::size_t(1));
    QCOMPARE(s.candles()[1].close.toDouble(), 13.0);
}

void TestRestBackfill::historyBatchFillsSeriesOnly()
{
    Engine engine;
    OpenInterest liveOi;
    liveOi.h = {0, Venue::Binance, T0 + kHourMs, 0};
    liveOi.openInterest = Qty::fromDouble(500);
    EventBatch live;
    live.events.emplace_back(liveOi);
    engine.apply(live);

    auto history = std::make_shared<EventBatch>();
    history->history = true;
    for (int i = 0; i <= 12; ++i) { // 5m points up to and including the live minute
        OpenInterest oi;
        oi.h = {0, Venue::Binance, T0 + i * 5 * kMinuteMs, 0};
        oi.openInterest = Qty::fromDouble(400 + i);
        history->events.emplace_back(oi);
    }
    MarkFunding f;
    f.h = {0, Venue::Binance, T0 - 8 * kHourMs, 0};
    f.fundingRate = 0.0003;
    history->events.emplace_back(f);
    Metric ratio;
    ratio.h = {0, Venue::Binance, T0, 0};
    ratio.kind = MetricKind::GlobalLongShortAccountRatio;
    ratio.value = 1.5;
    history->events.emplace_back(ratio);
    engine.apply(*history);

    const auto& oi = engine.openInterest(0)->samples();
    QCOMPARE(oi.size(), std::size_t(13));
    QCOMPARE(oi.front().minute, T0);
    QCOMPARE(oi.front().value, 400.0);
    QCOMPARE(oi.back().value, 500.0); // live wins its minute
    QCOMPARE(engine.funding(0)->samples().front().value, 0.0003);
    // Not news: the summary, the clock and the estimator follow live data only.
    QCOMPARE(engine.summary(0).openInterest, 500.0);
    QCOMPARE(engine.summary(0).fundingRate, 0.0);
    QCOMPARE(engine.now(), T0 + kHourMs);
    QCOMPARE(engine.liquidity(0)->estimator().now(), T0 + kHourMs);
}

void TestRestBackfill::refreshedTiersMoveLevelsByTheFormula()
{
    liq::EstimatorConfig config;
    config.spreadLeverage = false; // one level per bucket, exactly at its leverage
    liq::LiquidationEstimator est(0, config);
    std::size_t b10 = 0;
    while (config.buckets[b10].leverage != 10)
        ++b10;
    const auto& shipped = symbolInfo(0).tiers;
    const double before = est.levelRatio(PositionSide::Long, b10);
    QCOMPARE(before,
        liq::liquidationPriceForLeverage(PositionSide::Long, 1.0, 10, config.positionNotional, shipped));

    // Refreshed tiers: 5% maintenance margin up to 1M, no deduction.
    const std::vector<MarginTier> tiers {{1'000'000, 20, 0.05, 0}, {5'000'000, 10, 0.1, 50'000}};
    est.setTiers(tiers);
    // Isolated long, cum 0: LP/EP = (1 - 1/L) / (1 - MMR); short: (1 + 1/L) / (1 + MMR).
    QCOMPARE(est.levelRatio(PositionSide::Long, b10), (1 - 0.1) / (1 - 0.05));
    QCOMPARE(est.levelRatio(PositionSide::Short, b10), (1 + 0.1) / (1 + 0.05));
    QVERIFY(est.levelRatio(PositionSide::Long, b10) > before + 0.04); // closer to entry
    // Leverage above the tier's maximum (20x) is clamped to it.
    std::size_t b50 = 0;
    while (config.buckets[b50].leverage != 50)
        ++b50;
    QCOMPARE(est.levelRatio(PositionSide::Long, b50), (1 - 1.0 / 20) / (1 - 0.05));

    // Through the engine: the symbol's estimator gets them; an empty table is ignored.
    Engine engine;
    engine.setMarginTiers(0, tiers);
    engine.setMarginTiers(0, {});
    QCOMPARE(engine.liquidity(0)->estimator().tiers().size(), std::size_t(2));
    QCOMPARE(engine.liquidity(0)->estimator().tiers()[0].mmr, 0.05);
    QCOMPARE(engine.liquidity(1)->estimator().tiers().size(), symbolInfo(1).tiers.size());
}

QTEST_GUILESS_MAIN(TestRestBackfill)
#include "test_restbackfill.moc"
