// SPDX-License-Identifier: MIT
// The exchanges' REST metrics against perpscope-mockex over loopback: Binance's
// openInterestHist and 5m long/short and taker ratio series arrive (backfilled on start,
// then polled) with the server's values, also when the server answers 429 at random; the
// open-interest history lands in the engine's series. Bybit's paginated risk-limit tiers
// arrive as margin tiers equal to the server's table.
#include "feedharness.h"
#include "mockexprocess.h"

#include "feed/binance/binancefeed.h"
#include "feed/binance/binancehistory.h"
#include "feed/bybit/bybitfeed.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QtTest>
#include <cmath>
#include <map>

using namespace perp;

namespace {

constexpr MetricKind kKinds[]
    = {MetricKind::GlobalLongShortAccountRatio, MetricKind::TopTraderLongShortPositionRatio,
        MetricKind::TopTraderLongShortAccountRatio, MetricKind::TakerBuySellVolumeRatio};

// GET that retries the server's random 429 answers (the fault applies to the test too).
QJsonArray getArray(const test::MockexProcess& server, const QString& pathAndQuery)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 20'000) {
        int status = 0;
        const QByteArray body = server.get(pathAndQuery, &status);
        if (status == 200)
            return QJsonDocument::fromJson(body).array();
        QTest::qWait(20);
    }
    return {};
}

// timestamp -> value of one server series.
std::map<TimeMs, double> serverSeries(
    const test::MockexProcess& server, const char* path, const QString& symbol, const char* field)
{
    std::map<TimeMs, double> out;
    const QJsonArray a = getArray(
        server, QStringLiteral("%1?symbol=%2&period=5m&limit=500").arg(QString::fromLatin1(path), symbol));
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        out[o.value("timestamp").toString().toLongLong()] = o.value(field).toString().toDouble();
    }
    return out;
}

} // namespace

class TestRestMetrics : public QObject
{
    Q_OBJECT
private slots:
    void binanceMetrics_data();
    void binanceMetrics();
    void bybitRiskLimitTiers();
};

void TestRestMetrics::binanceMetrics_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("clean") << QStringList {};
    QTest::newRow("http-429") << QStringList {"--http-429-rate", "0.4"};
}

void TestRestMetrics::binanceMetrics()
{
    QFETCH(QStringList, flags);
    test::MockexProcess server;
    QString error;
    const QStringList symbols {"BTCUSDT", "ETHUSDT"};
    QVERIFY2(
        server.start(
            QStringList {"--seed", "3", "--speed", "150", "--symbols", symbols.join(',')} + flags, error),
        qPrintable(error));
    // Let the server build some history first (a 5m point every 2 s at 150x; slower
    // would starve a loaded machine less, faster makes the simulator fall behind).
    QTRY_VERIFY_WITH_TIMEOUT(
        getArray(server, "/futures/data/globalLongShortAccountRatio?symbol=BTCUSDT&period=5m").size() >= 5,
        30'000);

    binance::FeedConfig config = binance::FeedConfig::forBaseUrl(server.baseUrl());
    for (const QString& s : symbols)
        config.symbols.push_back(*findSymbol(s.toStdString()));
    config.depth = false;
    config.klineBackfill = 0;
    config.metricsBackfill = 500;
    config.metricsPollMs = 1000;
    config.openInterestPollMs = 1000;
    config.rest.backoffBaseMs = 50;
    config.rest.backoffMaxMs = 400;
    config.rest.maxRetries = 40;
    binance::BinanceFeed feed(config);
    test::FeedHarness harness(feed);
    struct Got
    {
        std::map<std::pair<SymbolId, int>, std::map<TimeMs, double>> history, polled;
        std::map<SymbolId, std::map<TimeMs, double>> oiHistory;
        std::map<SymbolId, TimeMs> firstLiveOi;
    } got;
    connect(&feed, &FeedSource::batchReady, this, [&got](const EventBatchPtr& batch) {
        for (const MarketEvent& e : batch->events) {
            if (const auto* m = std::get_if<Metric>(&e))
                (batch->history ? got.history : got.polled)[{m->h.symbol, int(m->kind)}][m->h.exchangeTime]
                    = m->value;
            else if (const auto* oi = std::get_if<OpenInterest>(&e); oi && batch->history)
                got.oiHistory[oi->h.symbol][oi->h.exchangeTime] = oi->openInterest.toDouble();
            else if (oi)
                got.firstLiveOi.try_emplace(oi->h.symbol, floorTo(oi->h.exchangeTime, kMinuteMs));
        }
    });
    feed.start();

    auto complete = [&] {
        for (SymbolId id : config.symbols) {
            if (got.oiHistory[id].size() < 5)
                return false;
            for (MetricKind k : kKinds) {
                const auto& h = got.history[{id, int(k)}];
                const auto& p = got.polled[{id, int(k)}];
                // History on start, then at least one newer point from a poll.
                if (h.size() < 5 || p.empty() || p.rbegin()->first <= h.rbegin()->first)
                    return false;
            }
        }
        return true;
    };
    auto describe = [&] {
        QString out;
        for (SymbolId id : config.symbols) {
            out += QStringLiteral("%1 oi %2;").arg(id).arg(got.oiHistory[id].size());
            for (MetricKind k : kKinds)
                out += QStringLiteral(" %1:%2/%3")
                           .arg(int(k))
                           .arg(got.history[{id, int(k)}].size())
                           .arg(got.polled[{id, int(k)}].size());
            out += ' ';
        }
        return out + feed.health().snapshot()->message;
    };
    QTRY_VERIFY2_WITH_TIMEOUT(complete(), qPrintable(describe()), 40'000);
    feed.stop();

    // Every point the feed emitted is the server's own, at the server's timestamp.
    for (SymbolId id : config.symbols) {
        const QString name = QString::fromStdString(symbolName(id));
        for (MetricKind k : kKinds) {
            const char* field = k == MetricKind::TakerBuySellVolumeRatio ? "buySellRatio" : "longShortRatio";
            const auto server5m = serverSeries(server, binance::ratioPath(k), name, field);
            const auto& h = got.history[{id, int(k)}];
            const std::map<TimeMs, double>* both[] = {&h, &got.polled[{id, int(k)}]};
            for (const auto* series : both)
                for (const auto& [t, v] : *series) {
                    const auto it = server5m.find(t);
                    QVERIFY2(it != server5m.end(),
                        qPrintable(QStringLiteral("%1 %2 t=%3 not on the server")
                                       .arg(name, binance::ratioPath(k))
                                       .arg(t)));
                    QVERIFY(std::abs(it->second - v) < 1e-9);
                }
            // The backfill is the server's series without a hole, up to its newest point.
            auto s = server5m.find(h.begin()->first);
            for (auto it = h.begin(); it != h.end(); ++it, ++s)
                QCOMPARE(it->first, s->first);
        }
        // Open-interest history: the server's values, and in the engine's series at those minutes.
        const auto serverOi = serverSeries(server, "/futures/data/openInterestHist", name, "sumOpenInterest");
        const MetricSeries* series = harness.engine().openInterest(id);
        QVERIFY(series);
        const auto& samples = series->samples();
        const TimeMs firstLive = got.firstLiveOi.at(id); // from here on live values win
        for (const auto& [t, v] : got.oiHistory[id]) {
            QVERIFY(serverOi.contains(t));
            QVERIFY(std::abs(serverOi.at(t) - v) < 1e-9);
            auto it = std::find_if(
                samples.begin(), samples.end(), [t = t](const MetricSample& m) { return m.minute == t; });
            QVERIFY2(it != samples.end(), "a history point is missing from the engine's series");
            if (t < firstLive)
                QCOMPARE(it->value, v);
        }
    }
    if (!flags.isEmpty())
        QVERIFY(server.stats().value("faults").toObject().value("http429").toInteger() > 0);
}

void TestRestMetrics::bybitRiskLimitTiers()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start(QStringList {"--seed", "5", "--speed", "1", "--wait-for-client"}, error),
        qPrintable(error));
    // The server pages the table (30 rows a page), so the feed has to follow the cursor.
    int status = 0;
    const QJsonObject firstPage
        = QJsonDocument::fromJson(server.get("/v5/market/risk-limit?category=linear", &status)).object();
    QCOMPARE(status, 200);
    QVERIFY(!firstPage.value("result").toObject().value("nextPageCursor").toString().isEmpty());

    bybit::FeedConfig config = bybit::FeedConfig::forBaseUrl(server.baseUrl());
    config.depth = false;
    config.klineBackfill = 0;
    bybit::BybitFeed feed(config);
    std::map<SymbolId, std::vector<MarginTier>> got;
    connect(&feed, &FeedSource::marginTiersReady, this,
        [&got](SymbolId id, std::shared_ptr<const std::vector<MarginTier>> tiers) { got[id] = *tiers; });
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(got.size(), std::size_t(kDefaultSymbolCount), 20'000);
    feed.stop();
    for (const auto& [id, tiers] : got) {
        const auto& shipped = symbolInfo(id).tiers; // what the server's table is made of
        QCOMPARE(tiers.size(), shipped.size());
        for (std::size_t i = 0; i < tiers.size(); ++i) {
            QCOMPARE(tiers[i].notionalCap, std::round(shipped[i].notionalCap));
            QVERIFY(std::abs(tiers[i].mmr - shipped[i].mmr) < 5e-5);
            QVERIFY(std::abs(tiers[i].cum - shipped[i].cum) < 0.006);
            QVERIFY(std::abs(tiers[i].maxLeverage - shipped[i].maxLeverage) < 0.006);
        }
    }
}

QTEST_GUILESS_MAIN(TestRestMetrics)
#include "test_restmetrics.moc"
