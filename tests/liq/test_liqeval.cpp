// SPDX-License-Identifier: MIT
// perpscope-cli liq-eval: same seed -> byte-identical JSON; figures present and in range.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestLiqEval : public QObject
{
    Q_OBJECT

    static QByteArray run(const QStringList& args, int* exitCode = nullptr)
    {
        QProcess p;
        p.start(QStringLiteral(PERPSCOPE_CLI), QStringList {QStringLiteral("liq-eval")} + args);
        if (!p.waitForFinished(300'000))
            return {};
        if (exitCode)
            *exitCode = p.exitCode();
        return p.readAllStandardOutput();
    }

private slots:
    void sameSeedSameBytes()
    {
        const QStringList args {
            "--hours", "3", "--checkpoints", "3", "--seeds", "5", "--symbols", "BTCUSDT,SOLUSDT"};
        const QByteArray a = run(args);
        const QByteArray b = run(args);
        QVERIFY(!a.isEmpty());
        QCOMPARE(a, b);
        QJsonParseError err {};
        const auto doc = QJsonDocument::fromJson(a, &err);
        QCOMPARE(err.error, QJsonParseError::NoError);
        const auto root = doc.object();
        QCOMPARE(root.value("simulated").toBool(), true);
        const auto runs = root.value("runs").toArray();
        QCOMPARE(runs.size(), 3); // balanced, retail, funds
        QStringList scenarios;
        for (const auto& r : runs) {
            const auto o = r.toObject();
            scenarios << o.value("scenario").toString();
            QCOMPARE(o.value("samples").toInt(), 2 * 3);
            QCOMPARE(o.value("symbols").toArray().size(), 2);
            for (const char* key : {"profile_correlation", "top5_capture", "top5_coverage"})
                QVERIFY2(o.contains(key), key);
            const double corr = o.value("profile_correlation").toDouble();
            QVERIFY(corr >= -1 && corr <= 1);
            const double cap = o.value("top5_capture").toDouble();
            const double cov = o.value("top5_coverage").toDouble();
            QVERIFY(cap >= 0 && cap <= 1);
            QVERIFY(cov > 0 && cov <= 1);
        }
        QCOMPARE(scenarios, (QStringList {"balanced", "retail", "funds"}));
        const auto mean = root.value("mean").toObject();
        double sum = 0;
        for (const auto& r : runs)
            sum += r.toObject().value("profile_correlation").toDouble();
        QVERIFY(std::abs(mean.value("profile_correlation").toDouble() - sum / 3) < 1e-3);
        // Another seed gives another market.
        const QStringList other {
            "--hours", "3", "--checkpoints", "3", "--seeds", "6", "--symbols", "BTCUSDT,SOLUSDT"};
        QVERIFY(run(other) != a);
    }

    void badOptionsAreRejected()
    {
        int code = 0;
        run({"--scenarios", "nonsense"}, &code);
        QCOMPARE(code, 2);
        run({"--symbols", "NOTACOIN"}, &code);
        QCOMPARE(code, 2);
        run({"--hours", "-1"}, &code);
        QCOMPARE(code, 2);
    }
};

QTEST_GUILESS_MAIN(TestLiqEval)
#include "test_liqeval.moc"
