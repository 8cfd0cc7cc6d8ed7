// SPDX-License-Identifier: MIT
// Gap fill on start (issue 6): stored candles end two hours ago, the exchange
// (perpscope-mockex) has the rest. The app's pipeline shows the stored candles at once,
// then the adapter's REST kline backfill (net::KlineBackfill; Binance and OKX rows) fills
// the gap, so the chart's 1m series runs without a hole from the first stored candle into
// the live ones, with the server's values, the backfill reports its progress to the end,
// and the filled candles are stored for the next start.
#include "mockexprocess.h"

#include "app/marketpipeline.h"
#include "feed/binance/binancefeed.h"
#include "feed/binance/binancerest.h"
#include "feed/okx/okxfeed.h"
#include "store/candlestore.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace perp;

namespace {

std::vector<Candle> serverKlines(const test::MockexProcess& server)
{
    int status = 0;
    const QByteArray body = server.get("/fapi/v1/klines?symbol=BTCUSDT&interval=1m&limit=1500", &status);
    std::vector<Candle> out;
    if (status == 200)
        binance::readKlines(
            feed::Frame {std::string_view(body.constData(), std::size_t(body.size())), 0, "test", 0}, out);
    return out;
}

// OKX candles carry no trade count.
bool sameCandle(const Candle& a, const Candle& b, bool trades)
{
    return a.openTime == b.openTime && a.open == b.open && a.high == b.high && a.low == b.low
        && a.close == b.close && a.volume == b.volume && (!trades || a.trades == b.trades);
}

std::unique_ptr<FeedSource> makeFeed(const QString& exchange, const QUrl& url)
{
    if (exchange == QLatin1String("okx")) {
        okx::FeedConfig config = okx::FeedConfig::forBaseUrl(url);
        config.symbols = {0};
        config.depth = false;
        config.klineBackfill = 500; // two pages of at most 300
        config.openInterestPollMs = 0;
        return std::make_unique<okx::OkxFeed>(config);
    }
    binance::FeedConfig config = binance::FeedConfig::forBaseUrl(url);
    config.symbols = {0};
    config.depth = false;
    config.klineBackfill = 500;
    config.metricsBackfill = 0;
    config.fundingBackfill = 0;
    config.metricsPollMs = 0;
    return std::make_unique<binance::BinanceFeed>(config);
}

} // namespace

class TestGapFill : public QObject
{
    Q_OBJECT
private slots:
    void storedThenExchangeThenLive_data();
    void storedThenExchangeThenLive();
};

void TestGapFill::storedThenExchangeThenLive_data()
{
    QTest::addColumn<QString>("exchange");
    QTest::addColumn<QString>("task");
    QTest::newRow("binance") << "binance"
                             << "Binance 1m history";
    QTest::newRow("okx") << "okx"
                         << "OKX 1m history";
}

void TestGapFill::storedThenExchangeThenLive()
{
    QFETCH(QString, exchange);
    QFETCH(QString, task);
    test::MockexProcess server;
    QString error;
    QVERIFY2(
        server.start({"--seed", "11", "--speed", "300", "--symbols", "BTCUSDT"}, error), qPrintable(error));
    // 2 h 15 min of simulated market (27 s at 300x).
    std::vector<Candle> before;
    QTRY_VERIFY_WITH_TIMEOUT((before = serverKlines(server)).size() >= 135, 90'000);

    // Stored history: everything older than two hours before the server's newest minute.
    const TimeMs newest = before.back().openTime;
    const TimeMs storedEnd = newest - 2 * kHourMs;
    std::vector<Candle> stored;
    for (const Candle& c : before)
        if (c.openTime < storedEnd)
            stored.push_back(c);
    QVERIFY(stored.size() >= 10);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        store::Database db(store::databasePath(dir.path()));
        QVERIFY(db.open());
        QVERIFY(store::CandleStore(db).upsert(0, Timeframe::M1, stored));
        db.closeThreadConnection();
    }

    MarketPipeline pipeline(makeFeed(exchange, server.baseUrl()));
    QSignalSpy progress(&pipeline, &MarketPipeline::workProgress);
    EngineServices::Options options;
    options.history = true;
    options.dataDir = dir.path();
    pipeline.configureServices(options);
    EngineSnapshotPtr first, last;
    connect(&pipeline, &MarketPipeline::snapshotReady, this, [&](EngineSnapshotPtr s) {
        if (!first)
            first = s;
        last = std::move(s);
    });
    pipeline.start();
    pipeline.requestView(ChartView {0, Timeframe::M1});

    // At once: the stored candles.
    QTRY_VERIFY_WITH_TIMEOUT(first != nullptr, 10'000);
    QVERIFY(first->candles.size() >= stored.size());
    QCOMPARE(first->candles.front().openTime, stored.front().openTime);

    // Then: one continuous series from the first stored candle into live trades.
    auto continuous = [&] {
        const auto& c = last->candles;
        if (c.empty() || c.front().openTime != stored.front().openTime || c.back().openTime <= newest)
            return false;
        for (std::size_t i = 1; i < c.size(); ++i)
            if (c[i].openTime - c[i - 1].openTime != kMinuteMs)
                return false;
        return true;
    };
    auto describe = [&] {
        const auto& c = last->candles;
        QString out = QStringLiteral("%1 candles, stored %2..%3, newest %4")
                          .arg(c.size())
                          .arg(stored.front().openTime)
                          .arg(storedEnd)
                          .arg(newest);
        if (!c.empty())
            out += QStringLiteral(", shown %1..%2").arg(c.front().openTime).arg(c.back().openTime);
        for (std::size_t i = 1; i < c.size(); ++i)
            if (c[i].openTime - c[i - 1].openTime != kMinuteMs)
                out += QStringLiteral(", hole after %1 to %2").arg(c[i - 1].openTime).arg(c[i].openTime);
        return out;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(continuous(), qPrintable(describe()), 30'000);
    const std::vector<Candle> shown = last->candles;
    pipeline.stop();

    // The backfill reported its one symbol from 0 to done.
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().at(0).toString(), task);
    QCOMPARE(progress.first().at(1).toInt(), 0);
    QCOMPARE(progress.last().at(0).toString(), task);
    QCOMPARE(progress.last().at(1).toInt(), 1);
    QCOMPARE(progress.last().at(2).toInt(), 1);

    // The filled minutes are the server's candles (closed ones compare exactly).
    const std::vector<Candle> after = serverKlines(server);
    std::size_t compared = 0;
    for (const Candle& c : shown) {
        if (c.openTime < storedEnd || c.openTime >= newest)
            continue; // stored, or the minutes the live trades built
        auto it = std::find_if(
            after.begin(), after.end(), [&](const Candle& s) { return s.openTime == c.openTime; });
        QVERIFY(it != after.end());
        QVERIFY2(sameCandle(c, *it, exchange != QLatin1String("okx")),
            qPrintable(QStringLiteral("minute %1 differs").arg(c.openTime)));
        ++compared;
    }
    QCOMPARE(compared, std::size_t(120));

    // And stored, so the next start has no hole either.
    store::Database db(store::databasePath(dir.path()));
    QVERIFY(db.open());
    const std::vector<Candle> kept = store::CandleStore(db).load(0, Timeframe::M1, storedEnd, newest);
    QCOMPARE(kept.size(), std::size_t(120));
    db.closeThreadConnection();
}

QTEST_MAIN(TestGapFill)
#include "test_gapfill.moc"
