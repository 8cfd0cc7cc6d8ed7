// SPDX-License-Identifier: MIT
// perpscope-cli liq-eval: same seed -> byte-identical JSON; figures present and in range.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <cmath>

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

    // Regression guard: the README's headline run (seed 1, 3 scenarios, 5 symbols, 24 h, 0.5%
    // bins, truth without market makers and stop-loss positions). Measured 0.5669 / 0.3184 /
    // 0.1372 (mean correlation / top-5 capture / top-5 coverage; 0.5390 / 0.3378 / 0.1430
    // before relativeAdapt and order sizes); a change of the estimator or the simulator that loses more than
    // 0.02 fails here.
    void meanAccuracyGuard()
    {
        int code = -1;
        const QByteArray a = run({}, &code);
        QCOMPARE(code, 0);
        const auto root = QJsonDocument::fromJson(a).object();
        QCOMPARE(root.value("bin_pct").toDouble(), 0.5);
        QCOMPARE(root.value("truth_with_stops").toBool(), false);
        const auto mean = root.value("mean").toObject();
        QCOMPARE(mean.value("samples").toInt(), 3);
        const double corr = mean.value("profile_correlation").toDouble();
        const double cap = mean.value("top5_capture").toDouble();
        const double cov = mean.value("top5_coverage").toDouble();
        QVERIFY2(corr >= 0.5469, qPrintable(QString::number(corr)));
        QVERIFY2(cap >= 0.2984, qPrintable(QString::number(cap)));
        QVERIFY2(cov <= 0.1572, qPrintable(QString::number(cov)));
        // The known-entries reference (entries, sides, sizes, opening times and path of the true
        // positions and the scenario's leverage mix) bounds the estimate; measured 0.6296, its
        // bands capture 0.3351 at coverage 0.1323; bands on the truth itself capture 0.5235.
        const double known = mean.value("reference_known_entries_correlation").toDouble();
        QVERIFY2(known > 0.55 && known < 0.7, qPrintable(QString::number(known)));
        const double knownCap = mean.value("reference_known_entries_top5_capture").toDouble();
        QVERIFY2(knownCap > 0.25 && knownCap < 0.45, qPrintable(QString::number(knownCap)));
        const double truthCap = mean.value("reference_truth_top5_capture").toDouble();
        const double truthCov = mean.value("reference_truth_top5_coverage").toDouble();
        QVERIFY2(truthCap > knownCap && truthCap < 1, qPrintable(QString::number(truthCap)));
        QVERIFY2(truthCov > 0 && truthCov <= 0.15, qPrintable(QString::number(truthCov)));
        // Track record (as in the app): realized liquidations against the top-5 bands drawn an
        // hour before, pooled over the runs; measured capture 0.4508 at coverage 0.1338 (lift 3.37).
        const auto record = root.value("realized_vs_earlier_bands").toObject().value("1h").toObject();
        QVERIFY(record.value("events").toInteger() > 1000);
        const double lift = record.value("lift_over_uniform").toDouble();
        QVERIFY2(lift > 2.5, qPrintable(QString::number(lift)));
        QVERIFY(std::abs(
                    lift - record.value("top5_capture").toDouble() / record.value("top5_coverage").toDouble())
            < 0.01);
    }

    // --population-scale splits the same market into more, smaller positions: another truth
    // and another estimate; the ceiling of top-5 capture is a share; bad values are refused.
    void populationScaleOption()
    {
        const QStringList args {
            "--hours", "3", "--checkpoints", "2", "--scenarios", "balanced", "--symbols", "BTCUSDT"};
        const auto one = QJsonDocument::fromJson(run(args)).object();
        const auto four
            = QJsonDocument::fromJson(run(args + QStringList {"--population-scale", "4"})).object();
        QCOMPARE(one.value("population_scale").toDouble(), 1.0);
        QCOMPARE(four.value("population_scale").toDouble(), 4.0);
        const auto m1 = one.value("mean").toObject(), m4 = four.value("mean").toObject();
        QVERIFY(m1.value("profile_correlation").toDouble() != m4.value("profile_correlation").toDouble());
        for (const auto& m : {m1, m4}) {
            const double best = m.value("reference_truth_best5_capture").toDouble();
            QVERIFY2(best > 0 && best <= 1, qPrintable(QString::number(best)));
            // No five bands within the coverage budget beat the best five.
            QVERIFY(best + 1e-9 >= m.value("reference_truth_top5_capture").toDouble()
                || m.value("reference_truth_top5_coverage").toDouble() > 0.15);
        }
        int code = 0;
        run(args + QStringList {"--population-scale", "0"}, &code);
        QCOMPARE(code, 2);
        run(args + QStringList {"--population-scale", "many"}, &code);
        QCOMPARE(code, 2);
    }

    // Stop-loss positions are left out of the truth by default; the flag puts them back and
    // changes the figures (same market, same estimate).
    void truthWithStopsFlag()
    {
        const QStringList args {
            "--hours", "3", "--checkpoints", "2", "--scenarios", "funds", "--symbols", "BTCUSDT"};
        const auto without = QJsonDocument::fromJson(run(args)).object();
        const auto with = QJsonDocument::fromJson(run(args + QStringList {"--truth-with-stops"})).object();
        QCOMPARE(without.value("truth_with_stops").toBool(), false);
        QCOMPARE(with.value("truth_with_stops").toBool(), true);
        QVERIFY(without.value("mean").toObject().value("top5_capture").toDouble()
                != with.value("mean").toObject().value("top5_capture").toDouble()
            || without.value("mean").toObject().value("profile_correlation").toDouble()
                != with.value("mean").toObject().value("profile_correlation").toDouble());
    }

    void realizedModeOnRecordedBars()
    {
        const QByteArray shared = qgetenv("PERPSCOPE_SHARED_DATA");
        const QString csv
            = QString::fromLocal8Bit(shared) + "/coinglass-btc/coinglass_BTC_regime_30m_0.05y.csv";
        if (shared.isEmpty() || !QFile::exists(csv))
            QSKIP("PERPSCOPE_SHARED_DATA with coinglass-btc/ not available");
        const QByteArray a = run({"--realized", csv});
        QCOMPARE(run({"--realized", csv}), a);
        const auto root = QJsonDocument::fromJson(a).object();
        // The 30-minute part of the file (876 bars); the 5-minute tail is left out.
        QCOMPARE(root.value("bars").toInt(), 876);
        QCOMPARE(root.value("skipped_rows").toInt(), 0);
        const auto horizons = root.value("horizons").toArray();
        QCOMPARE(horizons.size(), 3);
        for (const auto& h : horizons) {
            const auto o = h.toObject();
            QVERIFY(o.value("evaluated_bars").toInt() > 500);
            const double cap = o.value("top5_realized_capture").toDouble();
            const double cov = o.value("top5_coverage").toDouble();
            QVERIFY(cap >= 0 && cap <= 1);
            QVERIFY(cov > 0 && cov < 0.5);
            QVERIFY(o.value("realized_in_range_usd").toDouble() > 1e8);
        }
    }

    void realizedModeSkipsMalformedRows()
    {
        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
        const QString path = dir + "/liqeval_bad.csv";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("timestamp,price_open,price_high,price_low,price_close,liquidation_long_usd,"
                "liquidation_short_usd,oi_close\n");
        for (int i = 0; i < 60; ++i) {
            const qint64 t = 1779357600000LL + i * 1800000LL;
            const double p = 100 + (i % 7) - 3;
            if (i == 10)
                f.write("1779375600000,abc,1,1,1,0,0,1\n"); // line 12: malformed
            f.write(QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8\n")
                        .arg(t)
                        .arg(p)
                        .arg(p + 1)
                        .arg(p - 1)
                        .arg(p + 0.5)
                        .arg(1000)
                        .arg(500)
                        .arg(1e6 + i * 1e4)
                        .toLatin1());
        }
        f.close();
        QProcess proc;
        proc.start(QStringLiteral(PERPSCOPE_CLI), {"liq-eval", "--realized", path, "--warmup-bars", "5"});
        QVERIFY(proc.waitForFinished(60'000));
        QCOMPARE(proc.exitCode(), 0);
        const auto root = QJsonDocument::fromJson(proc.readAllStandardOutput()).object();
        QCOMPARE(root.value("skipped_rows").toInt(), 1);
        QCOMPARE(root.value("bars").toInt(), 60);
        QVERIFY(proc.readAllStandardError().contains("liqeval_bad.csv:12: malformed bar"));
        // A missing file is a clear error.
        int code = 0;
        run({"--realized", dir + "/does-not-exist.csv"}, &code);
        QCOMPARE(code, 2);
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
