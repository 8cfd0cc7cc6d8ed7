// SPDX-License-Identifier: MIT
// perpscope-cli live against perpscope-mockex: the Binance and Bybit adapters reached
// through --exchange-url, and a geo-blocked exchange reported with exit code 3.
#include "mockexprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtTest>

class TestCliLive : public QObject
{
    Q_OBJECT
private slots:
    void liveAgainstMockex_data();
    void liveAgainstMockex();
    void geoBlockedExitsWithMessage();
    void badArguments();
};

namespace {

// Runs the CLI while the test's event loop keeps serving (the geo-block server lives here).
int runCli(const QStringList& args, QByteArray& out, QByteArray& err)
{
    QProcess p;
    p.start(QStringLiteral(PERPSCOPE_CLI_PATH), args);
    if (!p.waitForStarted(5000))
        return -1;
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < 30'000)
        QTest::qWait(50);
    out = p.readAllStandardOutput();
    err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

void TestCliLive::liveAgainstMockex_data()
{
    QTest::addColumn<QString>("exchange");
    QTest::newRow("binance") << "binance";
    QTest::newRow("bybit") << "bybit";
    QTest::newRow("okx") << "okx";
}

void TestCliLive::liveAgainstMockex()
{
    QFETCH(QString, exchange);
    perp::test::MockexProcess server;
    QString error;
    QVERIFY2(server.start({"--speed", "30", "--symbols", "BTCUSDT,ETHUSDT", "--drop-every", "1"}, error),
        qPrintable(error));
    QByteArray out, err;
    const int code = runCli({"live", "--exchange", exchange, "--exchange-url", server.baseUrl().toString(),
                                "--symbols", "BTCUSDT,ETHUSDT", "--seconds", "3", "--json"},
        out, err);
    QVERIFY2(code == 0, err.constData());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    const QJsonArray symbols = o.value("symbols").toArray();
    QCOMPARE(symbols.size(), 2);
    for (const QJsonValue& v : symbols) {
        const QJsonObject s = v.toObject();
        QVERIFY2(s.value("trades").toInteger() > 100, out.constData());
        QVERIFY(s.value("bestBid").toDouble() > 0
            && s.value("bestBid").toDouble() < s.value("bestAsk").toDouble());
        QVERIFY(s.value("mark").toDouble() > 0);
    }
    const QJsonObject health = o.value("health").toObject();
    QCOMPARE(health.value("exchange").toString(), exchange);
    QVERIFY(health.value("available").toBool());
    qint64 reconnects = 0;
    for (const QJsonValue& s : health.value("streams").toArray())
        reconnects += s.toObject().value("reconnects").toInteger();
    QVERIFY2(reconnects > 0, "the connection drops every second but no reconnect was counted");
}

void TestCliLive::geoBlockedExitsWithMessage()
{
    QTcpServer geo;
    QVERIFY(geo.listen(QHostAddress::LocalHost));
    connect(&geo, &QTcpServer::newConnection, &geo, [&geo] {
        while (QTcpSocket* s = geo.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 451 Unavailable For Legal Reasons\r\nContent-Length: 2\r\nConnection: "
                         "close\r\n\r\n{}");
                s->disconnectFromHost();
            });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
    QByteArray out, err;
    const int code
        = runCli({"live", "--exchange", "binance", "--exchange-url",
                     QStringLiteral("http://127.0.0.1:%1").arg(geo.serverPort()), "--seconds", "10"},
            out, err);
    QCOMPARE(code, 3);
    QVERIFY2(err.contains("Binance refuses connections from this location (HTTP 451)"), err.constData());
    QVERIFY(out.contains("UNAVAILABLE"));
}

void TestCliLive::badArguments()
{
    QByteArray out, err;
    QCOMPARE(runCli({"live", "--exchange", "kraken"}, out, err), 2);
    QVERIFY(err.contains("kraken"));
    QCOMPARE(runCli({"live", "--exchange-url", "ftp://x"}, out, err), 2);
    QVERIFY(err.contains("ftp://x") && err.contains("not an http(s) URL"));
    QCOMPARE(runCli({"live", "--symbols", "NOPE"}, out, err), 2);
    QVERIFY(err.contains("NOPE"));
}

QTEST_GUILESS_MAIN(TestCliLive)
#include "test_clilive.moc"
