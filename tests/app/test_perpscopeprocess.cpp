// SPDX-License-Identifier: MIT
// End to end: the built perpscope binary, started as a user would (offscreen).
#include "app/theme.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// perpscope keeps history in the platform's data directory: a scratch one, not the user's.
const QTemporaryDir& dataHome()
{
    static const QTemporaryDir dir;
    return dir;
}

Run perpscope(const QStringList& args, int timeoutMs = 60000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome().path());
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

    void unavailableSourcesExitWithCode2()
    {
        Run r = perpscope({"--source", "okx", "--exchange-url", "ftp://127.0.0.1:1"}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("is not an http(s) URL")), qPrintable(r.err));
        r = perpscope({"--source", "replay:/nonexistent/recording.gz"}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(
            r.err.contains(QStringLiteral("no such file '/nonexistent/recording.gz'")), qPrintable(r.err));
    }

    // Candles drawn from a source: a screenshot with both candle colours present.
    static int candlePixels(const QString& shot)
    {
        const QImage img(shot);
        int up = 0, down = 0;
        for (int y = 0; y < img.height(); y += 2)
            for (int x = 0; x < img.width(); x += 2) {
                const QRgb p = img.pixel(x, y);
                up += near(p, perp::theme::kUp) ? 1 : 0;
                down += near(p, perp::theme::kDown) ? 1 : 0;
            }
        return std::min(up, down);
    }

    void replaysARealCapture()
    {
        const QString data = qEnvironmentVariable("PERPSCOPE_SHARED_DATA");
        const QString file = data + QStringLiteral("/hftbacktest/usdm/btcusdt_20240808.gz");
        if (!QFileInfo::exists(file))
            QSKIP("recorded data not found (PERPSCOPE_SHARED_DATA)");
        const QString shot = QDir(qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()))
                                 .filePath(QStringLiteral("perpscope-replay-btcusdt.png"));
        QFile::remove(shot);
        const Run r = perpscope(
            {"--source", "replay:" + file, "--speed", "max", "--screenshot", shot, "--quit-after", "6000"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(candlePixels(shot) > 20, "replayed candles on screen");
    }

    void showsLiveDataFromTheMockExchangeThroughTheBinanceAdapter()
    {
        QProcess mockex;
        mockex.start(QStringLiteral(PERPSCOPE_MOCKEX_BIN),
            {"--port", "0", "--seed", "5", "--speed", "60", "--symbols", "BTCUSDT,ETHUSDT"});
        QVERIFY(mockex.waitForStarted());
        QString port;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const QString out = QString::fromUtf8(mockex.readAllStandardOutput());
                for (const QString& line : out.split(QLatin1Char('\n')))
                    if (line.startsWith(QStringLiteral("PORT ")))
                        port = line.mid(5).trimmed();
                return !port.isEmpty();
            }(),
            10000);
        const QString shot = QDir(qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()))
                                 .filePath(QStringLiteral("perpscope-binance-mockex.png"));
        QFile::remove(shot);
        const Run r = perpscope({"--source", "binance", "--exchange-url", "http://127.0.0.1:" + port,
            "--screenshot", shot, "--quit-after", "8000"});
        mockex.kill();
        mockex.waitForFinished();
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(candlePixels(shot) > 20, "candles from the mock exchange on screen");
        // Its history is kept apart from the simulator's.
        const QDir base(dataHome().path() + QStringLiteral("/PerpScope/PerpScope"));
        QVERIFY2(QFileInfo::exists(base.filePath(QStringLiteral("binance/perpscope.sqlite"))),
            qPrintable(base.entryList().join(QLatin1Char(' '))));
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
