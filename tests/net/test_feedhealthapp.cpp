// SPDX-License-Identifier: MIT
// The window tells what happened to a connection and what PerpScope does about it, against
// perpscope-mockex over 127.0.0.1: dropped connections show "disconnected ... reconnecting
// in N s (attempt K)" and then live again; a geo-block shows the HTTP 451 message; history
// backfill reports its progress.
#include "app/appoptions.h"
#include "app/feedhealthmodel.h"
#include "app/feedhealthpanel.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/sourcefactory.h"
#include "app/statuspanel.h"
#include "net/mockexprocess.h"

#include <QDir>
#include <QDockWidget>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace perp;

namespace {

std::unique_ptr<FeedSource> binanceAt(const QUrl& url)
{
    AppOptions o;
    o.source = SourceKind::Binance;
    o.exchangeUrl = url.toString();
    QString error;
    auto source = createFeedSource(o, &error);
    if (!source)
        qWarning("%s", qPrintable(error));
    return source;
}

// Qt's warnings about timers used from the wrong thread: a feed's timer that is not a child
// of the feed stays on the GUI thread when the pipeline moves the feed to its own thread,
// and then never fires (the kline wait and the 5 min ratio poll once did that).
int g_threadWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

void countThreadWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("from another thread"))
        || message.contains(QLatin1String("Timers can only be used with threads")))
        ++g_threadWarnings;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestFeedHealthApp : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { g_previousHandler = qInstallMessageHandler(countThreadWarnings); }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        QCOMPARE(g_threadWarnings, 0);
    }

    void droppedConnectionsSayReconnectingThenLive()
    {
        test::MockexProcess mockex;
        QString error;
        QVERIFY2(mockex.start({"--drop-every", "3", "--speed", "30"}, error), qPrintable(error));
        MarketPipeline pipeline(binanceAt(mockex.baseUrl()));
        MainWindow window(&pipeline, ChartView {0, Timeframe::M1});
        QSignalSpy progress(&pipeline, &MarketPipeline::workProgress);
        QStringList messages; // every status message shown, in order
        QObject::connect(
            &pipeline, &MarketPipeline::healthChanged, &window,
            [&] {
                const QString m = window.statusPanel()->messageText();
                if (messages.isEmpty() || messages.last() != m)
                    messages << m;
            },
            Qt::QueuedConnection);
        pipeline.start();

        // REST kline backfill: one step per symbol, 21 of 21 at the end.
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(1).toInt() == 21, 20'000);
        QCOMPARE(progress.first().at(1).toInt(), 0);
        QCOMPARE(progress.last().at(2).toInt(), 21);
        QCOMPARE(progress.last().at(0).toString(), QStringLiteral("Binance 1m history"));
        QVERIFY(window.feedHealth()->progressBar()->isHidden());

        static const QRegularExpression reconnecting(QStringLiteral(
            R"(^Binance (market|public) stream disconnected \(.+\) — reconnecting (in \d+ s|now) \(attempt \d+\)$)"));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(messages.begin(), messages.end(),
                                     [](const QString& m) { return reconnecting.match(m).hasMatch(); }),
            20'000);
        // ... and then live again, after the reconnecting message
        const auto liveAgain = [&] {
            qsizetype first = -1;
            for (qsizetype i = 0; i < messages.size(); ++i) {
                if (first < 0 && reconnecting.match(messages[i]).hasMatch())
                    first = i;
                if (first >= 0 && messages[i] == QStringLiteral("Connected again — data is live"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(liveAgain(), qPrintable(messages.join(" | ")), 20'000);
        // the first connection is not "again"
        QVERIFY2(
            messages.contains(QStringLiteral("Connected — data is live")), qPrintable(messages.join(" | ")));
        QVERIFY(messages.indexOf(QStringLiteral("Connected — data is live"))
            < messages.indexOf(QStringLiteral("Connected again — data is live")));
        QTRY_VERIFY_WITH_TIMEOUT(
            window.feedHealth()->indicatorText().contains(QLatin1String("Binance live")), 10'000);
        const net::FeedHealthSnapshot* s = window.feedHealth()->model()->snapshot("binance");
        QVERIFY(s);
        std::uint64_t reconnects = 0;
        for (const auto& h : s->streams)
            reconnects += h.reconnects;
        QVERIFY(reconnects >= 1);
        QVERIFY(window.feedHealth()->indicatorText().contains(QLatin1String("msg/s")));
        QVERIFY(window.feedHealth()->model()->rowCount() >= 5); // market, public, aggTrade, depth, ...

        // A screenshot of the window with the dock, for a person to look at.
        window.feedHealth()->dock()->show();
        window.resize(1600, 1000);
        window.show();
        QTest::qWait(1500);
        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
        QDir().mkpath(dir);
        QVERIFY(window.grab().save(dir + "/feedhealth-binance-mockex.png"));
        pipeline.stop();
    }

    void geoBlockSaysUnavailableWithAlternatives()
    {
        test::MockexProcess mockex;
        QString error;
        QVERIFY2(mockex.start({"--geo-block"}, error), qPrintable(error));
        MarketPipeline pipeline(binanceAt(mockex.baseUrl()));
        MainWindow window(&pipeline, ChartView {0, Timeframe::M1});
        pipeline.start();
        const QString expected = QStringLiteral(
            "Binance unavailable from your location (HTTP 451) — showing stored history; try Bybit / OKX");
        QTRY_COMPARE_WITH_TIMEOUT(window.statusPanel()->messageText(), expected, 20'000);
        QCOMPARE(window.feedHealth()->headlineText(), expected);
        QVERIFY(window.feedHealth()->indicatorText().contains(QLatin1String("Binance unavailable")));
        // the raw error that follows does not replace the explanation
        QTest::qWait(300);
        QCOMPARE(window.statusPanel()->messageText(), expected);
        pipeline.stop();
    }
};

QTEST_MAIN(TestFeedHealthApp)
#include "test_feedhealthapp.moc"
