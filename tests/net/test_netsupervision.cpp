// SPDX-License-Identifier: MIT
// The connection-supervision pieces on their own: backoff, trade-id tracking, the
// Binance depth rules, and WsConnection / RestClient against perpscope-mockex.
#include "mockexprocess.h"

#include "feed/net/backoff.h"
#include "feed/net/depthsync.h"
#include "feed/net/restclient.h"
#include "feed/net/tradetracker.h"
#include "feed/net/wsconnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace perp;

namespace {

BookUpdate diff(std::int64_t U, std::int64_t u, std::int64_t pu, double bidPrice, double bidQty)
{
    BookUpdate b;
    b.kind = BookKind::Delta;
    b.firstUpdateId = U;
    b.lastUpdateId = u;
    b.prevLastUpdateId = pu;
    b.bids.push_back({Price::fromDouble(bidPrice), Qty::fromDouble(bidQty)});
    return b;
}

} // namespace

class TestNetSupervision : public QObject
{
    Q_OBJECT
private slots:
    void backoffGrowsWithJitterAndResets();
    void tradeTrackerDropsDuplicatesAndFindsGaps();
    void depthSyncFollowsFuturesRules();
    void wsReconnectsAndResubscribes();
    void wsRotationOpensNewBeforeClosingOld();
    void wsStaleStreamForcesReconnect();
    void restRetriesAfter429();
    void wsRetriesUntilTheServerIsUp();
};

void TestNetSupervision::backoffGrowsWithJitterAndResets()
{
    net::Backoff b(100, 1000, 42);
    const int d0 = b.next();
    const int d1 = b.next();
    const int d2 = b.next();
    QVERIFY(d0 >= 50 && d0 <= 100);
    QVERIFY(d1 >= 100 && d1 <= 200);
    QVERIFY(d2 >= 200 && d2 <= 400);
    for (int i = 0; i < 10; ++i)
        QVERIFY(b.next() <= 1000);
    b.reset();
    QVERIFY(b.next() <= 100);
    // Jitter: two clients with different seeds do not retry in lockstep.
    net::Backoff x(1000, 60000, 1), y(1000, 60000, 2);
    bool differ = false;
    for (int i = 0; i < 5; ++i)
        differ |= x.next() != y.next();
    QVERIFY(differ);
}

void TestNetSupervision::tradeTrackerDropsDuplicatesAndFindsGaps()
{
    using V = net::TradeTracker::Verdict;
    net::TradeTracker t;
    QCOMPARE(t.offer(100, 0), V::New);
    QCOMPARE(t.offer(101, 0), V::New);
    QCOMPARE(t.offer(101, 0), V::Duplicate);
    QCOMPARE(t.offer(103, 10), V::New); // 102 missing
    QVERIFY(!t.hasGap(100, 300));
    QVERIFY(t.hasGap(310, 300));
    QCOMPARE(t.offer(103, 20), V::Duplicate);
    QCOMPARE(t.offer(102, 30), V::New); // the reordered one arrives
    QCOMPARE(t.contiguous(), 103);
    QVERIFY(!t.hasGap(10'000, 300));
    // Below the anchor (the first id seen): accepted once each, e.g. a reordered first message.
    QCOMPARE(t.anchor(), 100);
    QCOMPARE(t.offer(99, 40), V::New);
    QCOMPARE(t.offer(99, 40), V::Duplicate);
    QCOMPARE(t.offer(98, 40), V::New);
    QCOMPARE(t.contiguous(), 103);
}

void TestNetSupervision::depthSyncFollowsFuturesRules()
{
    net::DepthSync d;
    std::vector<MarketEvent> out;
    QVERIFY(d.onDiff(diff(90, 95, 89, 10, 1), out)); // first diff asks for a snapshot
    QVERIFY(!d.onDiff(diff(96, 100, 95, 10, 2), out)); // buffered
    QVERIFY(!d.onDiff(diff(101, 110, 100, 11, 3), out));
    BookUpdate snap;
    snap.kind = BookKind::Snapshot;
    snap.lastUpdateId = 104;
    snap.bids = {{Price::fromDouble(10), Qty::fromDouble(2)}, {Price::fromDouble(9), Qty::fromDouble(5)}};
    QVERIFY(!d.onSnapshot(snap, out));
    QCOMPARE(d.state(), net::DepthSync::State::Live);
    // u < 104 dropped; U <= 104 <= u applied.
    QCOMPARE(d.book().lastUpdateId(), 110);
    QCOMPARE(d.book().bids().size(), 3u);
    QCOMPARE(out.size(), 2u); // the snapshot and one delta
    // pu continuity.
    QVERIFY(!d.onDiff(diff(111, 115, 110, 9, 0), out));
    QCOMPARE(d.book().bids().size(), 2u);
    QVERIFY(!d.onDiff(diff(111, 115, 110, 9, 0), out)); // duplicate: ignored
    // A gap (pu 120 != 115) asks for a new snapshot.
    QVERIFY(d.onDiff(diff(121, 125, 120, 8, 1), out));
    QCOMPARE(d.state(), net::DepthSync::State::Syncing);
    QCOMPARE(d.resyncs(), 1u);
    // A snapshot older than the first buffered diff is refused.
    snap.lastUpdateId = 118;
    QVERIFY(d.onSnapshot(snap, out));
    QVERIFY(d.behind(0) == false);
}

void TestNetSupervision::wsReconnectsAndResubscribes()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--symbols", "BTCUSDT", "--speed", "30", "--drop-every", "1"}, error),
        qPrintable(error));
    QUrl url(QStringLiteral("ws://127.0.0.1:%1/market/ws").arg(server.port()));
    net::WsOptions o;
    o.backoffBaseMs = 50;
    o.backoffMaxMs = 200;
    net::WsConnection ws(QStringLiteral("market"), url, o);
    ws.setSubscribeFrames({R"({"method":"SUBSCRIBE","params":["btcusdt@aggTrade"],"id":1})"});
    QSignalSpy opened(&ws, &net::WsConnection::opened);
    QSignalSpy lost(&ws, &net::WsConnection::lost);
    int tradesAfterReconnect = 0;
    connect(&ws, &net::WsConnection::message, this, [&](const QByteArray& text, qint64) {
        if (opened.count() >= 2 && text.contains("\"e\":\"aggTrade\""))
            ++tradesAfterReconnect;
    });
    ws.open();
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() >= 3, 10'000);
    QVERIFY(lost.count() >= 2);
    QCOMPARE(opened.at(0).at(0).toBool(), true);
    QCOMPARE(opened.at(1).at(0).toBool(), false);
    // The subscription was sent again: trades flow on the new connections.
    QTRY_VERIFY_WITH_TIMEOUT(tradesAfterReconnect > 0, 5000);
    QVERIFY(ws.reconnects() >= 2);
    ws.close();
}

void TestNetSupervision::wsRotationOpensNewBeforeClosingOld()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--symbols", "BTCUSDT", "--speed", "30"}, error), qPrintable(error));
    net::WsOptions o;
    o.rotateAfterMs = 800;
    o.rotationOverlapMs = 300;
    net::WsConnection ws(QStringLiteral("market"),
        QUrl(QStringLiteral("ws://127.0.0.1:%1/market/stream?streams=btcusdt@aggTrade").arg(server.port())),
        o);
    QSignalSpy opened(&ws, &net::WsConnection::opened);
    QSignalSpy lost(&ws, &net::WsConnection::lost);
    QSet<QByteArray> ids;
    int duplicates = 0;
    connect(&ws, &net::WsConnection::message, this, [&](const QByteArray& text, qint64) {
        const qsizetype a = text.indexOf("\"a\":");
        if (a < 0)
            return;
        const QByteArray id = text.mid(a + 4, text.indexOf(',', a) - a - 4);
        if (ids.contains(id))
            ++duplicates;
        ids.insert(id);
    });
    ws.open();
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() >= 3, 10'000);
    // Rotations are planned: never reported as a lost connection, never a reconnect.
    QCOMPARE(lost.count(), 0);
    QCOMPARE(ws.reconnects(), 0);
    QCOMPARE(server.stats().value("connections").toInt() >= 3, true);
    // Both connections delivered during the overlaps.
    QVERIFY2(duplicates > 0, "no overlap between old and new connection");
    ws.close();
}

void TestNetSupervision::wsStaleStreamForcesReconnect()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--symbols", "BTCUSDT", "--speed", "30", "--stall", "markPrice:3"}, error),
        qPrintable(error));
    net::WsOptions o;
    o.backoffBaseMs = 50;
    o.backoffMaxMs = 100;
    net::WsConnection ws(QStringLiteral("market"),
        QUrl(QStringLiteral("ws://127.0.0.1:%1/market/stream?streams=btcusdt@markPrice@1s")
                 .arg(server.port())),
        o);
    ws.watchStream(QStringLiteral("markPrice"), 700);
    connect(&ws, &net::WsConnection::message, this, [&](const QByteArray& text, qint64) {
        if (text.contains("markPriceUpdate"))
            ws.noteStream(QStringLiteral("markPrice"));
    });
    QSignalSpy stale(&ws, &net::WsConnection::stale);
    QSignalSpy opened(&ws, &net::WsConnection::opened);
    ws.open();
    QTRY_VERIFY_WITH_TIMEOUT(stale.count() >= 1, 8000);
    QCOMPARE(stale.at(0).at(0).toString(), QStringLiteral("markPrice"));
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() >= 2, 5000);
    ws.close();
}

void TestNetSupervision::restRetriesAfter429()
{
    test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--symbols", "BTCUSDT", "--http-429-rate", "0.5"}, error), qPrintable(error));
    net::RestOptions o;
    o.backoffBaseMs = 20;
    o.backoffMaxMs = 100;
    o.maxRetries = 30;
    net::RestClient rest(QStringLiteral("Binance"), server.baseUrl(), o);
    int ok = 0;
    int weight = 0;
    for (int i = 0; i < 20; ++i) {
        QUrlQuery q;
        q.addQueryItem("symbol", "BTCUSDT");
        rest.get("/fapi/v1/openInterest", q, [&](const net::RestReply& r) {
            if (r.ok && r.body.contains("openInterest"))
                ++ok;
            weight = rest.usedWeight();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(ok, 20, 15'000);
    QVERIFY(rest.rateLimited() > 0);
    QVERIFY(server.stats().value("faults").toObject().value("http429").toInt() > 0);
    QVERIFY(weight > 0); // read from X-MBX-USED-WEIGHT-1m
}

void TestNetSupervision::wsRetriesUntilTheServerIsUp()
{
    // Nothing listens yet: refused connections are retried with backoff, not given up.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    net::WsOptions o;
    o.backoffBaseMs = 50;
    o.backoffMaxMs = 200;
    net::WsConnection ws(QStringLiteral("market"),
        QUrl(QStringLiteral("ws://127.0.0.1:%1/market/stream?streams=btcusdt@aggTrade").arg(port)), o);
    QSignalSpy reconnecting(&ws, &net::WsConnection::reconnecting);
    QSignalSpy opened(&ws, &net::WsConnection::opened);
    ws.open();
    QTRY_VERIFY_WITH_TIMEOUT(reconnecting.count() >= 3, 3000);
    QCOMPARE(opened.count(), 0);
    // The server comes up on that port: the next retry gets through.
    test::MockexProcess server;
    QString error;
    QVERIFY2(
        server.start({"--symbols", "BTCUSDT", "--port", QString::number(port)}, error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(opened.count() == 1, 3000);
    QVERIFY(ws.isConnected());
    ws.close();
}

QTEST_GUILESS_MAIN(TestNetSupervision)
#include "test_netsupervision.moc"
