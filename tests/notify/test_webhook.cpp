// SPDX-License-Identifier: MIT
// Webhook delivery against a local HTTP server on 127.0.0.1 that fails on purpose.
#include "notify/webhooksender.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace perp;
using namespace perp::notify;

namespace {

// A tiny HTTP/1.1 server: answers each POST with the next status from `script`
// (the last one repeats); status 0 means "never answer" (to test timeouts).
class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QList<int> script)
        : m_script(std::move(script))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort())); }
    QList<QByteArray> bodies;
    QList<qint64> arrivals; // ms since the server started
    QList<QByteArray> requestHeads;

private:
    void onData(QTcpSocket* s)
    {
        QByteArray& buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype headEnd = buf.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QByteArray head = buf.left(headEnd);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buf.size() < headEnd + 4 + length)
            return;
        requestHeads << head;
        bodies << buf.mid(headEnd + 4, length);
        arrivals << m_clock.elapsed();
        buf.clear();
        const int status = m_script.value(bodies.size() - 1, m_script.back());
        if (status == 0)
            return; // hang
        const QByteArray reason = status < 300 ? "OK" : "Failing On Purpose";
        s->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
            + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        s->disconnectFromHost();
    }

    QTcpServer m_server;
    QList<int> m_script;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
};

WebhookConfig fastConfig(const QUrl& url)
{
    WebhookConfig c;
    c.url = url;
    c.timeoutMs = 1500; // generous: a loaded CI machine must not turn a slow answer into a retry
    c.maxAttempts = 4;
    c.initialBackoffMs = 100;
    c.backoffFactor = 2;
    c.maxBackoffMs = 1000;
    return c;
}

alerts::FiredAlert sample()
{
    alerts::FiredAlert a;
    a.id = 17;
    a.time = 1'721'347'200'000;
    a.rule = "sol-swing";
    a.symbol = "SOLUSDT";
    a.mode = "swing";
    a.value = 61.5;
    a.threshold = 60;
    a.message = "SOL swing bias 61.5 crossed above 60";
    return a;
}

} // namespace

class TestWebhook : public QObject
{
    Q_OBJECT
private slots:
    void backoffGrows()
    {
        WebhookConfig c;
        c.initialBackoffMs = 1000;
        c.backoffFactor = 2;
        c.maxBackoffMs = 5000;
        QCOMPARE(backoffBeforeAttempt(c, 1), 0);
        QCOMPARE(backoffBeforeAttempt(c, 2), 1000);
        QCOMPARE(backoffBeforeAttempt(c, 3), 2000);
        QCOMPARE(backoffBeforeAttempt(c, 4), 4000);
        QCOMPARE(backoffBeforeAttempt(c, 5), 5000);
    }

    void retriesUntilDelivered()
    {
        ScriptedServer server({503, 500, 200});
        WebhookSender sender(fastConfig(server.url()));
        QSignalSpy delivered(&sender, &WebhookSender::delivered);
        QSignalSpy retries(&sender, &WebhookSender::attemptFailed);
        QSignalSpy failed(&sender, &WebhookSender::failed);
        const quint64 id = sender.send(sample());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10'000);
        QCOMPARE(delivered[0][0].toULongLong(), id);
        QCOMPARE(delivered[0][1].toInt(), 3);
        QCOMPARE(delivered[0][2].toInt(), 200);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(retries.size(), 2);
        QVERIFY2(retries[0][2].toString().contains(QStringLiteral("HTTP 503")),
            qPrintable(retries[0][2].toString()));
        QCOMPARE(retries[0][3].toInt(), 100);
        QCOMPARE(retries[1][3].toInt(), 200);
        QCOMPARE(sender.pending(), 0);
        // Every attempt carried the same JSON, and the waits grew.
        QCOMPARE(server.bodies.size(), 3);
        QCOMPARE(server.bodies[0], server.bodies[2]);
        QVERIFY(server.arrivals[1] - server.arrivals[0] >= 90);
        QVERIFY(server.arrivals[2] - server.arrivals[1] >= 190);
        QVERIFY(server.requestHeads[0].contains("POST /hook HTTP/1.1"));
        QVERIFY(server.requestHeads[0].toLower().contains("content-type: application/json"));
        const QJsonObject o = QJsonDocument::fromJson(server.bodies[0]).object();
        QCOMPARE(o.value(QStringLiteral("symbol")).toString(), QStringLiteral("SOLUSDT"));
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("swing"));
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("sol-swing"));
        QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 61.5);
        QCOMPARE(o.value(QStringLiteral("threshold")).toDouble(), 60.0);
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2024-07-19T00:00:00.000Z"));
        QCOMPARE(o.value(QStringLiteral("replay")).toBool(), false);
    }

    void timeoutIsRetried()
    {
        ScriptedServer server({0, 204});
        WebhookSender sender(fastConfig(server.url()));
        QSignalSpy delivered(&sender, &WebhookSender::delivered);
        QSignalSpy retries(&sender, &WebhookSender::attemptFailed);
        sender.sendTest();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 10'000);
        QCOMPARE(delivered[0][1].toInt(), 2);
        QCOMPARE(retries.size(), 1);
        QVERIFY2(retries[0][2].toString().contains(QStringLiteral("no response")),
            qPrintable(retries[0][2].toString()));
        const QJsonObject o = QJsonDocument::fromJson(server.bodies[1]).object();
        QCOMPARE(o.value(QStringLiteral("test")).toBool(), true);
    }

    void givesUpAfterMaxAttempts()
    {
        ScriptedServer server({502});
        WebhookConfig c = fastConfig(server.url());
        c.maxAttempts = 3;
        WebhookSender sender(c);
        QSignalSpy failed(&sender, &WebhookSender::failed);
        QSignalSpy delivered(&sender, &WebhookSender::delivered);
        sender.send(sample());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QCOMPARE(failed[0][1].toInt(), 3);
        QVERIFY(failed[0][2].toString().contains(QStringLiteral("HTTP 502")));
        QCOMPARE(server.bodies.size(), 3);
        QCOMPARE(delivered.size(), 0);
        QCOMPARE(sender.pending(), 0);
    }

    void clientErrorIsFinal()
    {
        ScriptedServer server({400, 200});
        WebhookSender sender(fastConfig(server.url()));
        QSignalSpy failed(&sender, &WebhookSender::failed);
        sender.send(sample());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QCOMPARE(failed[0][1].toInt(), 1);
        QTest::qWait(300);
        QCOMPARE(server.bodies.size(), 1);
    }

    void refusedConnectionIsRetried()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // a port that was free a moment ago and is closed now
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        WebhookConfig c = fastConfig(QUrl(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)));
        c.maxAttempts = 2;
        WebhookSender sender(c);
        QSignalSpy failed(&sender, &WebhookSender::failed);
        QSignalSpy retries(&sender, &WebhookSender::attemptFailed);
        sender.send(sample());
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10'000);
        QCOMPARE(retries.size(), 1);
        QCOMPARE(failed[0][1].toInt(), 2);
        QVERIFY2(
            failed[0][2].toString().contains(QString::number(port)), qPrintable(failed[0][2].toString()));
    }
};

QTEST_GUILESS_MAIN(TestWebhook)
#include "test_webhook.moc"
