// SPDX-License-Identifier: MIT
// End to end: the built perpscope binary, started as a user would (offscreen).
#include "app/theme.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QSet>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run perpscope(const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // perpscope keeps history in the platform's data directory: a scratch one, not the user's.
    static const QTemporaryDir dataHome;
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome.path());
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(PERPSCOPE_BIN), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool near(QRgb p, const QColor& c, int tol = 24)
{
    return std::abs(qRed(p) - c.red()) <= tol && std::abs(qGreen(p) - c.green()) <= tol
        && std::abs(qBlue(p) - c.blue()) <= tol;
}

} // namespace

class TestPerpscopeProcess : public QObject
{
    Q_OBJECT
private slots:
    void screenshotOfLiveSimulatedCandles()
    {
        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
        const QString shot = QDir(dir).filePath(QStringLiteral("perpscope-sim-btcusdt.png"));
        QFile::remove(shot);
        const Run r = perpscope({"--source", "sim", "--screenshot", shot, "--quit-after", "8000"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Screenshot written to %1").arg(shot)), qPrintable(r.out));
        QImage img(shot);
        QVERIFY(!img.isNull());
        QVERIFY2(img.width() >= 1280 && img.height() >= 800,
            qPrintable(QStringLiteral("%1x%2").arg(img.width()).arg(img.height())));
        QSet<QRgb> colours;
        int up = 0, down = 0, simBadge = 0;
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2) {
                const QRgb p = img.pixel(x, y);
                colours.insert(p);
                up += near(p, perp::theme::kUp) ? 1 : 0;
                down += near(p, perp::theme::kDown) ? 1 : 0;
                simBadge += near(p, perp::theme::kSimulated, 10) ? 1 : 0;
            }
        QVERIFY2(colours.size() > 200, qPrintable(QString::number(colours.size())));
        // Eight simulated minutes at the default speed: several candles in both colours.
        QVERIFY2(up > 100 && down > 100, qPrintable(QStringLiteral("up %1 down %2").arg(up).arg(down)));
        QVERIFY2(simBadge > 200, "the SIMULATED badge is on screen");
    }

    void unavailableSourcesExitWithCode2_data()
    {
        QTest::addColumn<QString>("source");
        QTest::newRow("binance") << "binance";
        QTest::newRow("bybit") << "bybit";
        QTest::newRow("okx") << "okx";
        QTest::newRow("replay") << "replay:/tmp/recording.bin";
    }
    void unavailableSourcesExitWithCode2()
    {
        QFETCH(QString, source);
        const Run r = perpscope({"--source", source}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("not available yet in this build")), qPrintable(r.err));
        QVERIFY2(r.err.contains(source), qPrintable(r.err));
    }

    void badOptionsAndVersion()
    {
        Run r = perpscope({"--symbol", "NOPEUSDT"}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown --symbol 'NOPEUSDT'")), qPrintable(r.err));
        r = perpscope({"--version"}, 20000);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("perpscope %1").arg(QStringLiteral(PERPSCOPE_VERSION)));
    }
};

QTEST_GUILESS_MAIN(TestPerpscopeProcess)
#include "test_perpscopeprocess.moc"
