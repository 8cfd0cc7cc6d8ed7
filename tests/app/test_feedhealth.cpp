// SPDX-License-Identifier: MIT
// Feed health in the app: the table model (QAbstractItemModelTester), the plain-language
// headlines, and the simulator's and replay's own rows shown by a real window.
#include "app/feedhealthmodel.h"
#include "app/feedhealthpanel.h"
#include "app/healthtext.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/statuspanel.h"
#include "feed/replay/replayfeed.h"
#include "feed/sim/simfeed.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace perp;
using net::StreamState;

namespace {

net::StreamHealth stream(const QString& name, StreamState state, double rate = 0)
{
    net::StreamHealth h;
    h.stream = name;
    h.state = state;
    h.messagesPerSecond = rate;
    return h;
}

net::FeedHealthSnapshotPtr snapshot(const QString& exchange, std::vector<net::StreamHealth> streams)
{
    auto s = std::make_shared<net::FeedHealthSnapshot>();
    s->exchange = exchange;
    s->streams = std::move(streams);
    return s;
}

const net::StreamHealth* row(const net::FeedHealthSnapshot* s, const QString& name)
{
    if (!s)
        return nullptr;
    for (const auto& h : s->streams)
        if (h.stream == name)
            return &h;
    return nullptr;
}

} // namespace

class TestFeedHealth : public QObject
{
    Q_OBJECT
private slots:
    void modelRowsColumnsAndTooltips()
    {
        FeedHealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qint64 now = 1'764'000'000'000;
        auto market = stream("market", StreamState::Live, 812.4);
        market.lagMs = 37;
        market.messages = 123'456;
        market.reconnects = 2;
        market.gapsBackfilled = 1;
        market.rejected = 3;
        market.duplicates = 4;
        market.lastMessageMs = now - 1500;
        auto pub = stream("public", StreamState::Live, 90);
        pub.lagMs = 25'000;
        pub.messages = 10;
        model.update(snapshot("binance", {market, pub}), now);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(FeedHealthModel::ColumnCount));
        const auto cell = [&](int r, int c) { return model.index(r, c).data().toString(); };
        QCOMPARE(cell(0, FeedHealthModel::SourceColumn), QStringLiteral("Binance"));
        QCOMPARE(cell(0, FeedHealthModel::StateColumn), QStringLiteral("live"));
        QCOMPARE(cell(0, FeedHealthModel::RateColumn), QStringLiteral("812"));
        QCOMPARE(cell(0, FeedHealthModel::LagColumn), QStringLiteral("37 ms"));
        QCOMPARE(cell(1, FeedHealthModel::LagColumn), QStringLiteral("25.0 s"));
        QCOMPARE(cell(0, FeedHealthModel::MessagesColumn), QStringLiteral("123,456"));
        QCOMPARE(cell(0, FeedHealthModel::ReconnectsColumn), QStringLiteral("2"));
        QCOMPARE(cell(0, FeedHealthModel::GapsColumn), QStringLiteral("1"));
        QCOMPARE(cell(0, FeedHealthModel::RejectedColumn), QStringLiteral("3"));
        QCOMPARE(cell(0, FeedHealthModel::DuplicatesColumn), QStringLiteral("4"));
        QCOMPARE(cell(0, FeedHealthModel::LastMessageColumn), QStringLiteral("1.5 s ago"));
        QCOMPARE(
            model.index(0, FeedHealthModel::MessagesColumn).data(FeedHealthModel::RawValueRole).toULongLong(),
            123'456ULL);
        for (int c = 0; c < FeedHealthModel::ColumnCount; ++c) {
            QVERIFY(!model.headerData(c, Qt::Horizontal).toString().isEmpty());
            QVERIFY(model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().size() > 20);
            QVERIFY(!model.index(1, c).data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(model.index(0, FeedHealthModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains("normally"));

        // A second exchange adds rows; a state change updates in place.
        model.update(snapshot("bybit", {stream("linear", StreamState::Connecting)}), now);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(2, FeedHealthModel::SourceColumn), QStringLiteral("Bybit"));
        QCOMPARE(cell(2, FeedHealthModel::LastMessageColumn), QStringLiteral("never"));
        auto down = stream("market", StreamState::Reconnecting);
        down.lastError = "remote closed";
        down.attempt = 3;
        down.retryAtMs = now + 3'200;
        model.update(snapshot("binance", {down, stream("public", StreamState::Live)}), now);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(cell(0, FeedHealthModel::StateColumn), QStringLiteral("reconnecting"));
        QCOMPARE(cell(0, FeedHealthModel::DetailColumn),
            QStringLiteral("remote closed — reconnecting in 4 s (attempt 3)"));
        // Streams that disappear reset the rows.
        model.update(snapshot("binance", {}), now);
        QCOMPARE(model.rowCount(), 1);
    }

    void headlinesSayWhatHappenedAndWhatIsDone()
    {
        const qint64 now = 1'764'000'000'000;
        auto down = stream("market", StreamState::Reconnecting);
        down.lastError = "remote closed";
        down.attempt = 3;
        down.retryAtMs = now + 3'500;
        auto s = snapshot("binance", {down, stream("public", StreamState::Live)});
        QCOMPARE(health::headline(*s, now),
            QStringLiteral(
                "Binance market stream disconnected (remote closed) — reconnecting in 4 s (attempt 3)"));
        QCOMPARE(health::headline(*s, now + 4'000),
            QStringLiteral(
                "Binance market stream disconnected (remote closed) — reconnecting now (attempt 3)"));
        QCOMPARE(health::worstState(*s), StreamState::Reconnecting);

        auto blocked = snapshot("binance", {stream("market", StreamState::Unavailable)});
        std::const_pointer_cast<net::FeedHealthSnapshot>(blocked)->available = false;
        std::const_pointer_cast<net::FeedHealthSnapshot>(blocked)->message
            = "Binance refuses connections from this location (HTTP 451)";
        QCOMPARE(health::headline(*blocked, now),
            QStringLiteral("Binance unavailable from your location (HTTP 451) — showing stored history; try "
                           "Bybit / OKX"));
        QCOMPARE(health::headline(*blocked, now, false),
            QStringLiteral(
                "Binance unavailable from your location (HTTP 451) — no live data; try Bybit / OKX"));

        auto live = snapshot(
            "bybit", {stream("linear", StreamState::Live, 50), stream("publicTrade", StreamState::Live, 40)});
        QVERIFY(health::headline(*live, now).isEmpty());
        QCOMPARE(health::messagesPerSecond(*live), 50.0); // the connection row only, not twice
        QCOMPARE(health::headline(*snapshot("bybit", {stream("linear", StreamState::Stale)}), now),
            QStringLiteral("Bybit linear stream went silent — replacing the connection"));
    }

    void simulatorShowsItsOwnRows()
    {
        sim::SimConfig config;
        config.seed = 3;
        config.speed = 120;
        config.historyMs = 10 * kMinuteMs;
        MarketPipeline pipeline(std::make_unique<sim::SimFeed>(config));
        MainWindow window(&pipeline, ChartView {0, Timeframe::M1});
        pipeline.start();
        FeedHealthModel* model = window.feedHealth()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->snapshot("simulator") && row(model->snapshot("simulator"), "events")
                && row(model->snapshot("simulator"), "events")->messagesPerSecond > 0,
            20'000);
        const net::FeedHealthSnapshot* s = model->snapshot("simulator");
        const net::StreamHealth* events = row(s, "events");
        QCOMPARE(events->state, StreamState::Live);
        QVERIFY(events->positionMs > config.startTime);
        QVERIFY(row(s, "trades") && row(s, "trades")->messages > 0);
        QVERIFY(row(s, "trades")->messages <= events->messages);
        QVERIFY(window.feedHealth()->indicatorText().contains(QLatin1String("Simulator live")));
        QVERIFY(window.feedHealth()->headlineText().startsWith(QLatin1String("All streams are working")));
        // a local source starting up is not a connection story
        QVERIFY2(!window.statusPanel()->messageText().contains(QLatin1String("onnect")),
            qPrintable(window.statusPanel()->messageText()));
        // the detail column shows the simulated clock, the lag column says not applicable
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, FeedHealthModel::StreamColumn).data().toString() == QLatin1String("events")) {
                QVERIFY(model->index(r, FeedHealthModel::DetailColumn)
                            .data()
                            .toString()
                            .startsWith("feed clock "));
                QCOMPARE(model->index(r, FeedHealthModel::LagColumn).data().toString(), QStringLiteral("—"));
            }
        pipeline.stop();
    }

    void replayShowsProgressAndFinishes()
    {
        const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/feedhealth";
        QDir().mkpath(dir);
        const QString path = dir + "/ETHUSDT-aggTrades-2024-02-01.csv";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        for (int i = 0; i < 600; ++i)
            f.write(QStringLiteral("%1,%2,0.5,%1,%1,%3,%4\n")
                        .arg(i + 1)
                        .arg(2300 + (i % 17))
                        .arg(1'706'745'600'000LL + i * 1000LL)
                        .arg(i % 2 ? "true" : "false")
                        .toUtf8());
        f.close();
        MarketPipeline pipeline(std::make_unique<replay::ReplayFeed>(QStringList {path}, 0.0));
        MainWindow window(&pipeline, ChartView {1, Timeframe::M1});
        pipeline.start();
        FeedHealthModel* model = window.feedHealth()->model();
        QTRY_VERIFY_WITH_TIMEOUT(model->snapshot("replay") && row(model->snapshot("replay"), "events")
                && row(model->snapshot("replay"), "events")->state == StreamState::Stopped,
            20'000);
        const net::StreamHealth* events = row(model->snapshot("replay"), "events");
        QCOMPARE(events->messages, std::uint64_t(600));
        QCOMPARE(events->progress, 1.0);
        QCOMPARE(events->positionMs, 1'706'745'600'000LL + 599'000LL);
        QCOMPARE(row(model->snapshot("replay"), "trades")->messages, std::uint64_t(600));
        QCOMPARE(model->snapshot("replay")->message, QStringLiteral("replay finished"));
        QTRY_COMPARE_WITH_TIMEOUT(
            window.feedHealth()->headlineText(), QStringLiteral("Replay finished"), 5'000);
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, FeedHealthModel::StreamColumn).data().toString() == QLatin1String("events"))
                QCOMPARE(model->index(r, FeedHealthModel::DetailColumn).data().toString(),
                    QStringLiteral("100% done · at 2024-02-01 00:09:59 UTC"));
        pipeline.stop();
    }
};

QTEST_MAIN(TestFeedHealth)
#include "test_feedhealth.moc"
