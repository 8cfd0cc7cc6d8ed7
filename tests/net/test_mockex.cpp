// SPDX-License-Identifier: MIT
// perpscope-mockex speaks the exchanges' protocols: routed paths, raw and combined
// streams, SUBSCRIBE with id replies, REST shapes and errors, weight headers, Bybit
// op replies, a correct HTTP/1.1 server, and the same seed gives the same market.
#include "mockexprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QWebSocket>
#include <QtTest>

using namespace perp;

namespace {

// Opens a WebSocket, optionally sends one text frame, collects text frames for `ms`.
QStringList collect(const QUrl& url, const QString& send, int ms)
{
    QWebSocket ws;
    QStringList got;
    QObject::connect(&ws, &QWebSocket::textMessageReceived, [&](const QString& t) { got << t; });
    QObject::connect(&ws, &QWebSocket::connected, [&] {
        if (!send.isEmpty())
            ws.sendTextMessage(send);
    });
    ws.open(url);
    QTest::qWait(ms);
    ws.close();
    return got;
}

QJsonObject json(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestMockex : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void restShapes();
    void restErrorsAndWeight();
    void http11KeepAliveAndBadRequests();
    void combinedAndRawStreams();
    void routedPathsAreEnforced();
    void subscribeRepliesCarryTheId();
    void bybitOps();
    void sameSeedSameMarket();
    void badOptionsAreRejected();
    void replaySource();

private:
    test::MockexProcess m_server;
    QString ws(const QString& path) const
    {
        return QStringLiteral("ws://127.0.0.1:%1%2").arg(m_server.port()).arg(path);
    }
};

void TestMockex::initTestCase()
{
    QString error;
    QVERIFY2(m_server.start({"--seed", "2", "--speed", "60", "--symbols", "BTCUSDT,ETHUSDT"}, error),
        qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(m_server.stats().value("trades").toInt() > 500, 10'000);
}

void TestMockex::restShapes()
{
    int status = 0;
    const QJsonArray klines
        = QJsonDocument::fromJson(m_server.get("/fapi/v1/klines?symbol=BTCUSDT&interval=1m&limit=3", &status))
              .array();
    QCOMPARE(status, 200);
    QVERIFY(klines.size() >= 1 && klines.size() <= 3);
    const QJsonArray k = klines.last().toArray();
    QCOMPARE(k.size(), 12);
    QVERIFY(k[0].isDouble() && k[1].isString() && k[6].isDouble() && k[8].isDouble());
    QCOMPARE(static_cast<qint64>(k[6].toDouble()) - static_cast<qint64>(k[0].toDouble()), 59'999);
    QVERIFY(k[2].toString().toDouble() >= k[3].toString().toDouble());

    const QJsonObject oi
        = QJsonDocument::fromJson(m_server.get("/fapi/v1/openInterest?symbol=ETHUSDT")).object();
    QCOMPARE(oi.value("symbol").toString(), QStringLiteral("ETHUSDT"));
    QVERIFY(oi.value("openInterest").isString() && oi.value("time").isDouble());

    const QJsonObject depth
        = QJsonDocument::fromJson(m_server.get("/fapi/v1/depth?symbol=BTCUSDT&limit=5")).object();
    QCOMPARE(depth.value("bids").toArray().size(), 5);
    QVERIFY(depth.value("bids").toArray()[0].toArray()[0].toString().toDouble()
        < depth.value("asks").toArray()[0].toArray()[0].toString().toDouble());
    QVERIFY(depth.value("lastUpdateId").toInteger() > 0);

    // aggTrades by fromId: consecutive ids from exactly there.
    const QJsonObject stats = m_server.stats().value("symbols").toObject().value("BTCUSDT").toObject();
    const qint64 first = stats.value("firstId").toInteger();
    const QJsonArray trades = QJsonDocument::fromJson(
        m_server.get(QStringLiteral("/fapi/v1/aggTrades?symbol=BTCUSDT&fromId=%1&limit=10").arg(first + 5)))
                                  .array();
    QCOMPARE(trades.size(), 10);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(trades[i].toObject().value("a").toInteger(), first + 5 + i);

    const QJsonObject prem
        = QJsonDocument::fromJson(m_server.get("/fapi/v1/premiumIndex?symbol=BTCUSDT")).object();
    QVERIFY(
        prem.contains("markPrice") && prem.contains("lastFundingRate") && prem.contains("nextFundingTime"));
    const QJsonObject info = QJsonDocument::fromJson(m_server.get("/fapi/v1/exchangeInfo")).object();
    QCOMPARE(info.value("symbols").toArray().size(), 2);
    QCOMPARE(info.value("rateLimits").toArray()[0].toObject().value("limit").toInt(), 2400);

    const QJsonObject bk = QJsonDocument::fromJson(
        m_server.get("/v5/market/kline?category=linear&symbol=BTCUSDT&interval=1&limit=2"))
                               .object();
    QCOMPARE(bk.value("retCode").toInt(), 0);
    const QJsonArray list = bk.value("result").toObject().value("list").toArray();
    QVERIFY(list.size() >= 1);
    if (list.size() == 2) // newest first
        QVERIFY(list[0].toArray()[0].toString().toLongLong() > list[1].toArray()[0].toString().toLongLong());
    const QJsonObject risk
        = QJsonDocument::fromJson(m_server.get("/v5/market/risk-limit?category=linear&symbol=BTCUSDT"))
              .object();
    QVERIFY(risk.value("result").toObject().value("list").toArray().size() > 1);
    const QJsonObject recent = QJsonDocument::fromJson(
        m_server.get("/v5/market/recent-trade?category=linear&symbol=ETHUSDT&limit=3"))
                                   .object();
    QCOMPARE(recent.value("result").toObject().value("list").toArray().size(), 3);
}

void TestMockex::restErrorsAndWeight()
{
    int status = 0;
    QJsonObject e
        = QJsonDocument::fromJson(m_server.get("/fapi/v1/klines?symbol=NOPEUSDT&interval=1m", &status))
              .object();
    QCOMPARE(status, 400);
    QCOMPARE(e.value("code").toInt(), -1121);
    e = QJsonDocument::fromJson(m_server.get("/fapi/v1/klines?symbol=BTCUSDT&interval=7m", &status)).object();
    QCOMPARE(status, 400);
    QCOMPARE(e.value("code").toInt(), -1120);
    m_server.get("/fapi/v1/nothing", &status);
    QCOMPARE(status, 404);
    e = QJsonDocument::fromJson(m_server.get("/v5/market/kline?category=spot&symbol=BTCUSDT&interval=1"))
            .object();
    QCOMPARE(e.value("retCode").toInt(), 10001);

    // The weight header grows with each request's weight (depth limit 1000 weighs 20).
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(s.waitForConnected(3000));
    auto weightOf = [&](const QByteArray& path) {
        s.write("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray got;
        while (!got.contains("\r\n\r\n")
            || got.size() < got.indexOf("\r\n\r\n") + 4
                    + got.mid(got.indexOf("Content-Length: ") + 16, 8).split('\r')[0].toInt()) {
            if (!s.waitForReadyRead(3000))
                break;
            got += s.readAll();
        }
        const qsizetype at = got.indexOf("X-MBX-USED-WEIGHT-1m: ");
        return at < 0 ? -1 : got.mid(at + 22, 8).split('\r')[0].toInt();
    };
    const int w1 = weightOf("/fapi/v1/depth?symbol=BTCUSDT&limit=1000");
    const int w2 = weightOf("/fapi/v1/depth?symbol=BTCUSDT&limit=1000");
    QVERIFY(w1 > 0);
    QCOMPARE(w2 - w1, 20);
}

void TestMockex::http11KeepAliveAndBadRequests()
{
    // Two pipelined requests on one connection, both answered, in order.
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(s.waitForConnected(3000));
    s.write("GET /fapi/v1/ping HTTP/1.1\r\nHost: x\r\n\r\nGET /fapi/v1/time HTTP/1.1\r\nHost: "
            "x\r\nConnection: close\r\n\r\n");
    QByteArray got;
    while (s.state() == QAbstractSocket::ConnectedState && s.waitForReadyRead(3000))
        got += s.readAll();
    got += s.readAll();
    QCOMPARE(got.count("HTTP/1.1 200 OK"), 2);
    QVERIFY(got.indexOf("{}") < got.indexOf("serverTime"));
    QVERIFY(got.contains("Connection: close"));

    QTcpSocket bad;
    bad.connectToHost(QHostAddress::LocalHost, m_server.port());
    QVERIFY(bad.waitForConnected(3000));
    bad.write("NONSENSE\r\n\r\n");
    QVERIFY(bad.waitForReadyRead(3000));
    QVERIFY(bad.readAll().startsWith("HTTP/1.1 400 Bad Request"));
}

void TestMockex::combinedAndRawStreams()
{
    const QStringList combined
        = collect(ws("/market/stream?streams=btcusdt@aggTrade/ethusdt@markPrice@1s"), {}, 1500);
    QVERIFY(combined.size() > 5);
    bool sawTrade = false, sawMark = false;
    for (const QString& m : combined) {
        const QJsonObject o = json(m);
        const QString stream = o.value("stream").toString();
        QVERIFY2(stream == "btcusdt@aggTrade" || stream == "ethusdt@markPrice@1s", qPrintable(m));
        const QJsonObject d = o.value("data").toObject();
        sawTrade |= d.value("e").toString() == "aggTrade" && d.value("s").toString() == "BTCUSDT";
        sawMark |= d.value("e").toString() == "markPriceUpdate" && d.value("s").toString() == "ETHUSDT";
    }
    QVERIFY(sawTrade && sawMark);
    // Raw: payloads without the envelope; several streams chained in the path.
    const QStringList raw = collect(ws("/public/ws/btcusdt@depth@100ms/btcusdt@bookTicker"), {}, 1000);
    QVERIFY(raw.size() > 2);
    for (const QString& m : raw) {
        const QJsonObject o = json(m);
        QVERIFY2(!o.contains("stream"), qPrintable(m));
        QVERIFY(o.value("e").toString() == "depthUpdate" || o.value("e").toString() == "bookTicker");
        if (o.value("e").toString() == "depthUpdate")
            QVERIFY(o.contains("U") && o.contains("u") && o.contains("pu"));
    }
}

void TestMockex::routedPathsAreEnforced()
{
    // Like Binance: market streams on /public are accepted but silent, and the reverse.
    QCOMPARE(collect(ws("/public/stream?streams=btcusdt@aggTrade"), {}, 800).size(), 0);
    QCOMPARE(collect(ws("/market/stream?streams=btcusdt@depth@100ms"), {}, 800).size(), 0);
    QVERIFY(collect(ws("/market/stream?streams=btcusdt@aggTrade"), {}, 800).size() > 0);
}

void TestMockex::subscribeRepliesCarryTheId()
{
    QWebSocket w;
    QStringList got;
    connect(&w, &QWebSocket::textMessageReceived, this, [&](const QString& t) { got << t; });
    w.open(QUrl(ws("/market/ws")));
    QTRY_VERIFY_WITH_TIMEOUT(w.state() == QAbstractSocket::ConnectedState, 3000);
    w.sendTextMessage(R"({"method":"SUBSCRIBE","params":["btcusdt@aggTrade"],"id":41})");
    QTRY_VERIFY_WITH_TIMEOUT(!got.isEmpty(), 3000);
    QCOMPARE(json(got[0]).value("id").toInt(), 41);
    QVERIFY(json(got[0]).contains("result") && json(got[0]).value("result").isNull());
    QTRY_VERIFY_WITH_TIMEOUT(got.size() > 3, 3000);
    QCOMPARE(json(got[1]).value("e").toString(), QStringLiteral("aggTrade"));
    got.clear();
    w.sendTextMessage(R"({"method":"LIST_SUBSCRIPTIONS","id":42})");
    w.sendTextMessage(R"({"method":"UNSUBSCRIBE","params":["btcusdt@aggTrade"],"id":43})");
    w.sendTextMessage(R"({"method":"SUBSCRIBE","params":"btcusdt@aggTrade","id":44})");
    w.sendTextMessage(R"(not json)");
    QTRY_VERIFY_WITH_TIMEOUT(
        std::any_of(got.begin(), got.end(), [](const QString& m) { return m.contains("\"id\":44"); }), 3000);
    QTest::qWait(300);
    QJsonObject list, unsub, badParams, badJson;
    for (const QString& m : got) {
        const QJsonObject o = json(m);
        if (o.value("id").toInt() == 42)
            list = o;
        if (o.value("id").toInt() == 43)
            unsub = o;
        if (o.value("id").toInt() == 44)
            badParams = o;
        if (o.contains("error") && o.value("id").isNull())
            badJson = o;
    }
    QCOMPARE(list.value("result").toArray().first().toString(), QStringLiteral("btcusdt@aggTrade"));
    QVERIFY(unsub.value("result").isNull() && unsub.contains("result"));
    QCOMPARE(badParams.value("error").toObject().value("code").toInt(), 2);
    QCOMPARE(badJson.value("error").toObject().value("code").toInt(), 3);
    // After UNSUBSCRIBE the trades stop.
    got.clear();
    QTest::qWait(500);
    QVERIFY(std::none_of(got.begin(), got.end(), [](const QString& m) { return m.contains("aggTrade"); }));
}

void TestMockex::bybitOps()
{
    const QStringList got = collect(ws("/v5/public/linear"),
        R"({"req_id":"r1","op":"subscribe","args":["tickers.BTCUSDT","orderbook.50.BTCUSDT","publicTrade.BTCUSDT"]})",
        1200);
    QVERIFY(got.size() > 3);
    const QJsonObject ack = json(got[0]);
    QCOMPARE(ack.value("op").toString(), QStringLiteral("subscribe"));
    QCOMPARE(ack.value("req_id").toString(), QStringLiteral("r1"));
    QVERIFY(ack.value("success").toBool());
    // The first tickers and order book messages are snapshots.
    QStringList firstTypes;
    QSet<QString> seenTopics;
    for (const QString& m : got.mid(1)) {
        const QJsonObject o = json(m);
        const QString topic = o.value("topic").toString();
        if (!seenTopics.contains(topic) && topic != "publicTrade.BTCUSDT") {
            seenTopics.insert(topic);
            QCOMPARE(o.value("type").toString(), QStringLiteral("snapshot"));
        }
    }
    QVERIFY(seenTopics.contains("tickers.BTCUSDT") && seenTopics.contains("orderbook.50.BTCUSDT"));

    const QStringList pong = collect(ws("/v5/public/linear"), R"({"req_id":"p","op":"ping"})", 400);
    QCOMPARE(pong.size(), 1);
    QCOMPARE(json(pong[0]).value("ret_msg").toString(), QStringLiteral("pong"));
    QCOMPARE(json(pong[0]).value("op").toString(), QStringLiteral("ping"));
}

void TestMockex::sameSeedSameMarket()
{
    // Two servers with the same seed publish the same tape (checked through REST).
    QByteArray tapes[2];
    for (QByteArray& tape : tapes) {
        test::MockexProcess s;
        QString error;
        QVERIFY2(s.start({"--seed", "9", "--speed", "100", "--symbols", "ETHUSDT", "--run-for", "60"}, error),
            qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(
            !s.stats().value("running").toBool() && s.stats().value("trades").toInt() > 0, 10'000);
        const qint64 first
            = s.stats().value("symbols").toObject().value("ETHUSDT").toObject().value("firstId").toInteger();
        tape = s.get(QStringLiteral("/fapi/v1/aggTrades?symbol=ETHUSDT&fromId=%1&limit=1000").arg(first))
            + s.get("/fapi/v1/klines?symbol=ETHUSDT&interval=1m&limit=5");
    }
    QVERIFY(tapes[0].size() > 1000);
    QCOMPARE(tapes[0], tapes[1]);
}

void TestMockex::badOptionsAreRejected()
{
    QProcess p;
    p.start(QStringLiteral(PERPSCOPE_MOCKEX_PATH), {"--malformed-rate", "2"});
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("--malformed-rate"));
    p.start(QStringLiteral(PERPSCOPE_MOCKEX_PATH), {"--stall", "aggTrade"});
    QVERIFY(p.waitForFinished(5000));
    QCOMPARE(p.exitCode(), 2);
    QVERIFY(p.readAllStandardError().contains("STREAM:SECONDS"));
}

void TestMockex::replaySource()
{
    // Fed by a real capture instead of the simulator: real prices come out of the REST API.
    const QString data = qEnvironmentVariable("PERPSCOPE_SHARED_DATA");
    const QString file = data + "/hftbacktest/usdm/btcusdt_20240718.gz";
    if (data.isEmpty() || !QFile::exists(file))
        QSKIP("PERPSCOPE_SHARED_DATA does not hold hftbacktest/usdm/btcusdt_20240718.gz");
    test::MockexProcess s;
    QString error;
    QVERIFY2(s.start({"--source", "replay:" + file, "--speed", "0"}, error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(s.stats().value("trades").toInt() > 100, 10'000);
    const QJsonArray klines
        = QJsonDocument::fromJson(s.get("/fapi/v1/klines?symbol=BTCUSDT&interval=1m&limit=1")).array();
    QCOMPARE(klines.size(), 1);
    const double close = klines[0].toArray()[4].toString().toDouble();
    QVERIFY2(close > 55'000 && close < 75'000, qPrintable(QString::number(close))); // BTC on 2024-07-18
    QCOMPARE(QDateTime::fromMSecsSinceEpoch(
                 static_cast<qint64>(klines[0].toArray()[0].toDouble()), QTimeZone::utc())
                 .date(),
        QDate(2024, 7, 18));
}

QTEST_GUILESS_MAIN(TestMockex)
#include "test_mockex.moc"
