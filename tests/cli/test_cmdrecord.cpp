// SPDX-License-Identifier: MIT
// Round trip: perpscope-mockex -> `perpscope-cli record` -> `perpscope-cli replay`.
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <zlib.h>

class TestCmdRecord : public QObject
{
    Q_OBJECT
private slots:
    void recordThenReplay()
    {
        QProcess mock;
        mock.start(QStringLiteral(PERPSCOPE_MOCKEX_PATH), {"--port", "0", "--speed", "5", "--seed", "4"});
        QVERIFY(mock.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(mock.canReadLine(), 10000);
        const QString banner = QString::fromUtf8(mock.readLine());
        const auto m = QRegularExpression("127\\.0\\.0\\.1:(\\d+)").match(banner);
        QVERIFY2(m.hasMatch(), qPrintable(banner));
        const QString out = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/recorded.gz";
        QFile::remove(out);

        QProcess rec;
        rec.start(QStringLiteral(PERPSCOPE_CLI_PATH),
            {"record", "--exchange-url", "ws://127.0.0.1:" + m.captured(1), "--symbols", "BTCUSDT,SOLUSDT",
                "--seconds", "2", "--out", out});
        QVERIFY(rec.waitForFinished(30000));
        QCOMPARE(rec.exitCode(), 0);
        const auto frames
            = QRegularExpression("recorded (\\d+) frames").match(QString::fromUtf8(rec.readAll()));
        QVERIFY(frames.hasMatch());
        mock.kill();
        mock.waitForFinished();

        // Count the aggTrade frames in the file independently.
        int aggTrades = 0, lines = 0;
        gzFile g = gzopen(out.toLocal8Bit().constData(), "rb");
        QVERIFY(g);
        char buf[8192];
        while (gzgets(g, buf, sizeof buf)) {
            ++lines;
            aggTrades += QByteArray(buf).contains("\"e\":\"aggTrade\"");
        }
        gzclose(g);
        QCOMPARE(lines, frames.captured(1).toInt());
        QVERIFY(aggTrades > 10);

        QProcess replay;
        replay.start(QStringLiteral(PERPSCOPE_CLI_PATH), {"replay", out, "--json"});
        QVERIFY(replay.waitForFinished(30000));
        QCOMPARE(replay.exitCode(), 0);
        const auto totals
            = QJsonDocument::fromJson(replay.readAllStandardOutput()).object()["totals"].toObject();
        QCOMPARE(totals["rejected"].toInt(), 0);
        QCOMPARE(totals["lines"].toInt(), lines);
        QCOMPARE(totals["trades"].toInt(), aggTrades);
    }

    void badArguments()
    {
        QProcess rec;
        rec.start(
            QStringLiteral(PERPSCOPE_CLI_PATH), {"record", "--exchange-url", "http://x", "--out", "/tmp/x"});
        QVERIFY(rec.waitForFinished(10000));
        QCOMPARE(rec.exitCode(), 2);
        QVERIFY(rec.readAllStandardError().contains("not a ws:// or wss:// URL"));
    }
};

QTEST_GUILESS_MAIN(TestCmdRecord)
#include "test_cmdrecord.moc"
