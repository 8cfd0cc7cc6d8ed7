// SPDX-License-Identifier: MIT
// OkxFeed against perpscope-mockex over loopback: once per fault kind every trade the
// server sent is counted exactly once (candle volumes equal the server's), the books5
// tops equal the server's book, liquidations keep their side and notional, contract
// sizes convert with the server's ctVal; kline backfill, pong timeout and geo-block.
#include "faultrun.h"
#include "feedharness.h"
#include "mockexprocess.h"

#include "feed/okx/okxfeed.h"
#include "mockex/quote.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

using namespace perp;

namespace {

const QStringList kSymbols {"BTCUSDT", "ETHUSDT", "DOGEUSDT"};

okx::FeedConfig testConfig(const QUrl& base, const QStringList& symbols)
{
    okx::FeedConfig c = okx::FeedConfig::forBaseUrl(base);
    for (const QString& s : symbols)
        c.symbols.push_back(*findSymbol(s.toStdString()));
    c.klineBackfill = 5;
    c.openInterestPollMs = 1000;
    c.staleTradesMs = 1200;
    c.staleBookMs = 1500;
    c.backfillDelayMs = 300;
    c.pingIntervalMs = 500;
    c.pongTimeoutMs = 3000;
    c.ws.backoffBaseMs = 100;
    c.ws.backoffMaxMs = 500;
    c.rest.backoffBaseMs = 50;
    c.rest.backoffMaxMs = 400;
    c.rest.maxRetries = 20;
    return c;
}

// The data of an OKX REST answer; asks again while the server answers 429 (the fault rows).
QJsonArray okxData(test::MockexProcess& server, const QString& pathAndQuery)
{
    int status = 0;
    QByteArray body;
    for (int i = 0; i < 50 && status != 200; ++i)
        body = server.get(pathAndQuery, &status);
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    return o.value("code").toString() == QLatin1String("0") ? o.value("data").toArray() : QJsonArray {};
}

// The top five levels of the server's book (Binance depth, base units) against the feed's books5 book.
bool sameTop(const net::LocalBook& book, const QByteArray& depth, QString& why)
{
    const QJsonObject d = QJsonDocument::fromJson(depth).object();
    auto side = [&](const char* key, const auto& levels) {
        const QJsonArray want = d.value(key).toArray();
        if (static_cast<std::size_t>(want.size()) != levels.size()) {
            why = QStringLiteral("%1: %2 levels, server %3").arg(key).arg(levels.size()).arg(want.size());
            return false;
        }
        auto it = levels.begin();
        for (const QJsonValue& v : want) {
            const QJsonArray l = v.toArray();
            if (it->first != *Price::parse(l.at(0).toString().toStdString())
                || it->second != *Qty::parse(l.at(1).toString().toStdString())) {
                why = QStringLiteral("%1 level %2 %3 differs from the server's %4 %5")
                          .arg(key, QString::fromStdString(it->first.toString()),
                              QString::fromStdString(it->second.toString()), l.at(0).toString(),
                              l.at(1).toString());
                return false;
            }
            ++it;
        }
        return true;
    };
    return side("bids", book.bids()) && side("asks", book.asks());
}

struct LiqTotals
{
    std::uint64_t longs = 0, shorts = 0;
    Qty longQty, shortQty;
    Price notional;
};

} // namespace

class TestOkxFeed : public QObject
{
    Q_OBJECT
private slots:
    void faults_data();
    void faults();
    void liquidationsKeepSideAndNotional();
    void aggregatedTradesCoverTheirIds();
    void klineBackfillPages();
    void missingPongReconnects();
    void geoBlockIsUnavailable();
};

void TestOkxFeed::faults_data()
{
    test::addFaultRows(QStringLiteral("trades:2"));
}

void TestOkxFeed::faults()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, faultCounter);
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start(QStringList {"--seed", "11", "--speed", "30", "--symbols", kSymbols.join(','),
                              "--wait-for-client", "--run-for", "150"}
                     + flags,
                 error),
        qPrintable(error));

    okx::OkxFeed feed(testConfig(server.baseUrl(), kSymbols));
    test::FeedHarness harness(feed);
    std::map<SymbolId, LiqTotals> liqs;
    std::map<std::int64_t, Trade> dogeTrades;
    const SymbolId doge = *findSymbol("DOGEUSDT");
    QObject::connect(&feed, &FeedSource::batchReady, &harness, [&](const EventBatchPtr& b) {
        for (const MarketEvent& e : b->events) {
            if (const auto* l = std::get_if<Liquidation>(&e)) {
                LiqTotals& t = liqs[l->h.symbol];
                (l->liquidated == PositionSide::Long ? t.longs : t.shorts)++;
                (l->liquidated == PositionSide::Long ? t.longQty : t.shortQty) += l->qty;
                t.notional += mockex::quoteOf(l->price, l->qty);
            } else if (const auto* t = std::get_if<Trade>(&e); t && t->h.symbol == doge) {
                dogeTrades[t->id] = *t;
            }
        }
    });
    QSignalSpy klines(&feed, &okx::OkxFeed::candlesBackfilled);
    feed.start();

    QJsonObject stats;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(server.stats().value("running").toBool(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!server.stats().value("running").toBool(), 30'000);
        stats = server.stats();
        QVERIFY2(stats.value("trades").toInteger() > 1000, "the market produced too few trades");
        if (!faultCounter.isEmpty())
            QVERIFY2(stats.value("faults").toObject().value(faultCounter).toInteger() > 0,
                qPrintable("the server injected no " + faultCounter));
        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(harness.matches(server.stats(), why), qPrintable(why), 30'000);
        QCOMPARE(harness.duplicatesEmitted(), 0u);
    }();
    if (QTest::currentTestFailed())
        return;

    // ctVal from the server's instruments list (the inverse BTC-USD-SWAP is skipped).
    QCOMPARE(feed.instrumentsLoaded(), static_cast<std::size_t>(kSymbols.size()));
    for (const QJsonValue& v : okxData(server, "/api/v5/public/instruments?instType=SWAP")) {
        const QJsonObject i = v.toObject();
        if (i.value("ctType").toString() != QLatin1String("linear"))
            continue;
        const auto have = feed.contracts().contractValue(i.value("instId").toString().toStdString());
        QVERIFY(have);
        QCOMPARE(QString::fromStdString(have->toString()), i.value("ctVal").toString());
    }
    // Every DOGE trade the feed emitted is sz (contracts) x ctVal 1000 of the raw REST rows.
    const QJsonArray raw = okxData(server, "/api/v5/market/history-trades?instId=DOGE-USDT-SWAP&limit=100");
    QCOMPARE(raw.size(), 100);
    for (const QJsonValue& v : raw) {
        const QJsonObject r = v.toObject();
        const auto it = dogeTrades.find(r.value("tradeId").toString().toLongLong());
        QVERIFY2(it != dogeTrades.end(), qPrintable("trade " + r.value("tradeId").toString() + " missing"));
        const Qty contracts = *Qty::parse(r.value("sz").toString().toStdString());
        QCOMPARE(it->second.qty.raw, contracts.raw * 1000);
        QCOMPARE(it->second.price, *Price::parse(r.value("px").toString().toStdString()));
        QCOMPARE(it->second.takerSide, r.value("side").toString() == "buy" ? Side::Buy : Side::Sell);
    }

    const bool lossless
        = row == "clean" || row == "duplicate" || row == "drop-every" || row == "stall" || row == "slow-rest";
    if (lossless) {
        for (const QString& name : kSymbols) {
            const SymbolId id = *findSymbol(name.toStdString());
            QString why;
            QTRY_VERIFY2_WITH_TIMEOUT(feed.book(id)
                    && sameTop(*feed.book(id), server.get("/fapi/v1/depth?symbol=" + name + "&limit=5"), why),
                qPrintable(name + ": " + why), 10'000);
        }
    }
    // Liquidations: the side that was liquidated, base size and notional as the server made them.
    const QJsonObject truth = server.stats().value("okxLiquidations").toObject();
    std::uint64_t total = 0;
    for (auto it = truth.begin(); it != truth.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        const LiqTotals got = liqs[*findSymbol(it.key().toStdString())];
        total += static_cast<std::uint64_t>(t.value("longs").toInteger() + t.value("shorts").toInteger());
        // Liquidations are not backfilled: exact only when no reconnect lost any (a busy
        // machine can make a watchdog fire); liquidationsKeepSideAndNotional checks more.
        if ((row == "clean" || row == "duplicate") && feed.health().stream("public")->reconnects == 0) {
            QCOMPARE(got.longs, static_cast<std::uint64_t>(t.value("longs").toInteger()));
            QCOMPARE(got.shorts, static_cast<std::uint64_t>(t.value("shorts").toInteger()));
            QCOMPARE(QString::fromStdString(got.longQty.toString()), t.value("longQty").toString());
            QCOMPARE(QString::fromStdString(got.shortQty.toString()), t.value("shortQty").toString());
            QCOMPARE(QString::fromStdString(got.notional.toString()), t.value("notional").toString());
        } else {
            QVERIFY(got.longs <= static_cast<std::uint64_t>(t.value("longs").toInteger()));
            QVERIFY(got.shorts <= static_cast<std::uint64_t>(t.value("shorts").toInteger()));
        }
    }
    if (row == "clean")
        QVERIFY2(total > 0, "the market liquidated nobody: the side check ran on nothing");

    const net::StreamHealth* ws = feed.health().stream("public");
    QVERIFY(ws);
    QVERIFY(feed.health().available());
    QCOMPARE(klines.count(), static_cast<int>(kSymbols.size()));
    QVERIFY2(feed.pongs() > 0, "no pong answered the text pings");
    if (row == "drop-every" || row == "stall" || row == "slow-rest") {
        QVERIFY2(ws->reconnects > 0, "no reconnect recorded");
        QVERIFY2(ws->gapsBackfilled > 0, "no trades recovered after reconnects");
    }
    if (row.startsWith("malformed") || row == "truncate")
        QVERIFY(ws->rejected > 0);
    if (row == "duplicate")
        QVERIFY(ws->duplicates > 0);
    qInfo(
        "%s: %lld trades, %llu liquidations, %llu msgs, %llu reconnects, %llu backfills (%llu trades), %llu "
        "rejected, %llu dups, %llu pongs",
        qPrintable(row), static_cast<long long>(stats.value("trades").toInteger()),
        static_cast<unsigned long long>(total), static_cast<unsigned long long>(ws->messages),
        static_cast<unsigned long long>(ws->reconnects), static_cast<unsigned long long>(ws->gapsBackfilled),
        static_cast<unsigned long long>(feed.tradesBackfilled()),
        static_cast<unsigned long long>(ws->rejected), static_cast<unsigned long long>(ws->duplicates),
        static_cast<unsigned long long>(feed.pongs()));
    feed.stop();
}

void TestOkxFeed::liquidationsKeepSideAndNotional()
{
    // Half an hour of simulated market with long and short liquidations on every symbol
    // kind; the server alternates hedge-mode (posSide long/short) and net-mode
    // (posSide net + order side) messages.
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--seed", "7", "--speed", "300", "--symbols", kSymbols.join(','),
                              "--wait-for-client", "--run-for", "1800"},
                 error),
        qPrintable(error));
    // Liquidations have no REST backfill here: a reconnect caused by a busy machine would
    // lose some, so the watchdogs are relaxed and the test checks that none happened.
    okx::FeedConfig c = testConfig(server.baseUrl(), kSymbols);
    c.staleTradesMs = 10'000;
    c.staleBookMs = 10'000;
    c.pongTimeoutMs = 10'000;
    okx::OkxFeed feed(c);
    std::map<SymbolId, LiqTotals> liqs;
    QObject::connect(&feed, &FeedSource::batchReady, &feed, [&](const EventBatchPtr& b) {
        for (const MarketEvent& e : b->events) {
            if (const auto* l = std::get_if<Liquidation>(&e)) {
                QCOMPARE(l->h.venue, Venue::Okx);
                LiqTotals& t = liqs[l->h.symbol];
                (l->liquidated == PositionSide::Long ? t.longs : t.shorts)++;
                (l->liquidated == PositionSide::Long ? t.longQty : t.shortQty) += l->qty;
                t.notional += mockex::quoteOf(l->price, l->qty);
            }
        }
    });
    feed.start();
    // Started (trades flowing) and stopped again: the whole run takes about 6 s.
    QTRY_VERIFY_WITH_TIMEOUT(server.stats().value("trades").toInteger() > 0, 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!server.stats().value("running").toBool(), 30'000);
    QCOMPARE(feed.health().stream("public")->reconnects, std::uint64_t(0));
    const QJsonObject truth = server.stats().value("okxLiquidations").toObject();
    std::uint64_t longs = 0, shorts = 0;
    for (auto it = truth.begin(); it != truth.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        const SymbolId id = *findSymbol(it.key().toStdString());
        QTRY_COMPARE_WITH_TIMEOUT(liqs[id].longs + liqs[id].shorts,
            static_cast<std::uint64_t>(t.value("longs").toInteger() + t.value("shorts").toInteger()), 5'000);
        const LiqTotals got = liqs[id];
        QCOMPARE(got.longs, static_cast<std::uint64_t>(t.value("longs").toInteger()));
        QCOMPARE(got.shorts, static_cast<std::uint64_t>(t.value("shorts").toInteger()));
        QCOMPARE(QString::fromStdString(got.longQty.toString()), t.value("longQty").toString());
        QCOMPARE(QString::fromStdString(got.shortQty.toString()), t.value("shortQty").toString());
        QCOMPARE(QString::fromStdString(got.notional.toString()), t.value("notional").toString());
        longs += got.longs;
        shorts += got.shorts;
    }
    QVERIFY2(
        longs >= 3 && shorts >= 3, qPrintable(QStringLiteral("%1 long, %2 short").arg(longs).arg(shorts)));
    qInfo("%llu long and %llu short liquidations matched", static_cast<unsigned long long>(longs),
        static_cast<unsigned long long>(shorts));
    feed.stop();
}

void TestOkxFeed::aggregatedTradesCoverTheirIds()
{
    // A bare WebSocket server speaking OKX pushes; REST is unreachable, so the dated ctVal
    // table is used and nothing can be fetched: every id must be accounted for from the stream.
    QWebSocketServer ws(QStringLiteral("okx-test"), QWebSocketServer::NonSecureMode);
    QVERIFY(ws.listen(QHostAddress::LocalHost, 0));
    QWebSocket* client = nullptr;
    QObject::connect(
        &ws, &QWebSocketServer::newConnection, &ws, [&] { client = ws.nextPendingConnection(); });
    okx::FeedConfig c = testConfig(QUrl(QStringLiteral("http://127.0.0.1:1")), {"BTCUSDT"});
    c.wsUrl = QUrl(QStringLiteral("ws://127.0.0.1:%1/ws/v5/public").arg(ws.serverPort()));
    c.rest.maxRetries = 0;
    c.klineBackfill = 0;
    c.openInterestPollMs = 0;
    c.depth = false;
    okx::OkxFeed feed(c);
    std::vector<Trade> trades;
    QObject::connect(&feed, &FeedSource::batchReady, &feed, [&](const EventBatchPtr& b) {
        for (const MarketEvent& e : b->events)
            if (const auto* t = std::get_if<Trade>(&e))
                trades.push_back(*t);
    });
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(client, 10'000);
    auto push = [&](int id, int count, const char* sz) {
        client->sendTextMessage(
            QStringLiteral(R"({"arg":{"channel":"trades","instId":"BTC-USDT-SWAP"},"data":[)"
                           R"({"instId":"BTC-USDT-SWAP","tradeId":"%1","px":"97000.5","sz":"%2",)"
                           R"("side":"buy","ts":"1767225845759","count":"%3"}]})")
                .arg(id)
                .arg(QLatin1String(sz))
                .arg(count));
    };
    push(102, 3, "12.5"); // one taker order, matches 100..102
    push(103, 1, "1");
    push(101, 1, "4"); // a match already inside the aggregate: a duplicate
    push(106, 3, "3"); // 104..106
    push(105, 1, "1"); // duplicate again
    QTRY_COMPARE_WITH_TIMEOUT(trades.size(), std::size_t(3), 5'000);
    QTest::qWait(800); // longer than the gap grace: a false hole would show now
    QCOMPARE(trades.size(), std::size_t(3));
    QCOMPARE(trades[0].qty.toString(), std::string("0.125")); // 12.5 contracts x 0.01 BTC
    QCOMPARE(trades[2].id, std::int64_t(106));
    QCOMPARE(feed.health().stream("public")->duplicates, std::uint64_t(2));
    // Only the instruments request failed (reported); a false hole would have sent
    // history-trades requests, each one more failure here.
    QCOMPARE(feed.health().stream("rest")->rejected, std::uint64_t(1));
    feed.stop();
}

void TestOkxFeed::klineBackfillPages()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(
        server.start({"--seed", "5", "--speed", "240", "--symbols", "ETHUSDT"}, error), qPrintable(error));
    // Ten simulated minutes of history before the feed starts.
    QTRY_VERIFY_WITH_TIMEOUT(
        okxData(server, "/api/v5/market/candles?instId=ETH-USDT-SWAP&bar=1m&limit=300").size() >= 10, 20'000);
    okx::FeedConfig c = testConfig(server.baseUrl(), {"ETHUSDT"});
    c.klineBackfill = 7;
    c.candlePage = 3; // three pages, going back from the first live trade's minute: 3, 3, then 1
    okx::OkxFeed feed(c);
    QSignalSpy klines(&feed, &okx::OkxFeed::candlesBackfilled);
    QSignalSpy progress(&feed, &okx::OkxFeed::workProgress);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(klines.count(), 1, 10'000);
    feed.stop();
    // One symbol: progress from 0 to 1 of 1, once its last page arrived.
    QCOMPARE(progress.count(), 2);
    QCOMPARE(progress.at(0).at(0).toString(), okx::kHistoryTask);
    QCOMPARE(progress.at(0).at(1).toInt(), 0);
    QCOMPARE(progress.at(1).at(1).toInt(), 1);
    QCOMPARE(progress.at(1).at(2).toInt(), 1);
    const auto candles = klines.at(0).at(1).value<std::shared_ptr<const std::vector<Candle>>>();
    QCOMPARE(candles->size(), std::size_t(7));
    // The same market through the Binance serializer: every candle equal, volume in base units.
    const QJsonArray want
        = QJsonDocument::fromJson(server.get("/fapi/v1/klines?symbol=ETHUSDT&interval=1m&limit=1500"))
              .array();
    std::map<TimeMs, QJsonArray> byOpen;
    for (const QJsonValue& v : want)
        byOpen[v.toArray().at(0).toInteger()] = v.toArray();
    const TimeMs now
        = okxData(server, "/api/v5/public/time").at(0).toObject().value("ts").toString().toLongLong();
    QVERIFY(candles->back().openTime + kMinuteMs <= now); // closed candles only
    for (std::size_t i = 0; i < candles->size(); ++i) {
        const Candle& k = (*candles)[i];
        if (i + 1 < candles->size())
            QCOMPARE(k.openTime + kMinuteMs, (*candles)[i + 1].openTime);
        QVERIFY(byOpen.contains(k.openTime));
        const QJsonArray& b = byOpen[k.openTime];
        QCOMPARE(k.open, *Price::parse(b.at(1).toString().toStdString()));
        QCOMPARE(k.high, *Price::parse(b.at(2).toString().toStdString()));
        QCOMPARE(k.low, *Price::parse(b.at(3).toString().toStdString()));
        QCOMPARE(k.close, *Price::parse(b.at(4).toString().toStdString()));
        QCOMPARE(k.volume, *Qty::parse(b.at(5).toString().toStdString()));
        QVERIFY(k.volume.raw > 0);
    }
}

void TestOkxFeed::missingPongReconnects()
{
    test::MockexProcess server;
    QString error;
    // Pongs are withheld from 2 s after the first subscription for 4 s.
    QVERIFY2(
        server.start({"--seed", "3", "--speed", "30", "--symbols", "BTCUSDT", "--stall", "pong:4"}, error),
        qPrintable(error));
    okx::FeedConfig c = testConfig(server.baseUrl(), {"BTCUSDT"});
    c.pingIntervalMs = 300;
    c.pongTimeoutMs = 1000;
    c.staleTradesMs = 60'000; // only the pong may cause the reconnect
    c.staleBookMs = 60'000;
    okx::OkxFeed feed(c);
    feed.start();
    QTRY_VERIFY_WITH_TIMEOUT(feed.pongs() > 0, 5'000);
    QTRY_VERIFY_WITH_TIMEOUT(feed.health().stream("public")->reconnects > 0, 10'000);
    const std::uint64_t before = feed.pongs();
    QTRY_VERIFY_WITH_TIMEOUT(feed.pongs() > before, 10'000); // answered again after the stall
    QVERIFY(server.stats().value("faults").toObject().value("stalled").toInteger() > 0);
    feed.stop();
}

void TestOkxFeed::geoBlockIsUnavailable()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--symbols", "BTCUSDT", "--geo-block"}, error), qPrintable(error));
    okx::OkxFeed feed(testConfig(server.baseUrl(), {"BTCUSDT"}));
    QSignalSpy failed(&feed, &FeedSource::failed);
    feed.start();
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 10'000);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains("OKX") && message.contains("HTTP 451"), qPrintable(message));
    QVERIFY(!feed.health().available());
    QCOMPARE(feed.health().snapshot()->message, message);
    QTest::qWait(500); // nothing else happens: no crash, no retry storm
    QCOMPARE(failed.count(), 1);
    feed.stop();
}

QTEST_GUILESS_MAIN(TestOkxFeed)
#include "test_okxfeed.moc"
