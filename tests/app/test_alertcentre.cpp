// SPDX-License-Identifier: MIT
// The alert centre: models, the rule dialog, import/export, webhook "Send test", and a
// rule firing in the running app (engine thread) down to the fired list, acknowledge and
// the alert log.
#include "app/alertcentre.h"
#include "app/alertnotifier.h"
#include "app/engineservices.h"
#include "app/firedalertmodel.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/ruledialog.h"
#include "app/ruletablemodel.h"
#include "app/theme.h"
#include "app/webhookpanel.h"
#include "store/alertrulesjson.h"
#include "store/alertstore.h"
#include "testfeed.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace perp;

namespace {

// Answers every HTTP request with `status` and keeps the bodies.
class HttpSink : public QObject
{
public:
    explicit HttpSink(int status)
        : m_status(status)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
        });
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1/hook").arg(m_server.serverPort()); }
    QList<QByteArray> bodies;

private:
    void onData(QTcpSocket* s)
    {
        m_buf[s] += s->readAll();
        QByteArray& buf = m_buf[s];
        const qsizetype headEnd = buf.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray& line : buf.left(headEnd).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        if (buf.size() < headEnd + 4 + length)
            return;
        bodies << buf.mid(headEnd + 4, length);
        buf.clear();
        s->write(QStringLiteral("HTTP/1.1 %1 X\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                     .arg(m_status)
                     .toLatin1());
        s->disconnectFromHost();
    }
    int m_status;
    QTcpServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buf;
};

alerts::Rule priceRule(const std::string& id, double level)
{
    alerts::Rule r;
    r.id = id;
    r.name = "BTC crosses " + std::to_string(int(level));
    r.symbol = "BTCUSDT";
    r.condition.kind = alerts::ConditionKind::PriceCross;
    r.condition.direction = alerts::Direction::Either;
    r.condition.threshold = level;
    r.condition.hysteresis = level * 0.001;
    r.trigger = alerts::Trigger::EveryTime;
    return r;
}

alerts::FiredAlert fired(std::int64_t id, TimeMs t, const std::string& msg)
{
    alerts::FiredAlert a;
    a.id = id;
    a.time = t;
    a.rule = "r";
    a.symbol = "BTCUSDT";
    a.value = 101;
    a.threshold = 100;
    a.message = msg;
    return a;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

QString outputDir()
{
    const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestAlertCentre : public QObject
{
    Q_OBJECT
private slots:
    void ruleModelPassesTesterAndEmitsEdits()
    {
        RuleTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy edits(&model, &RuleTableModel::rulesEdited);
        model.resetRules({priceRule("a", 100)});
        QCOMPARE(edits.count(), 0);
        QCOMPARE(model.addRule(priceRule("a", 200)), 1); // id taken: renamed
        QCOMPARE(model.rule(1).id, std::string("a-1"));
        QCOMPARE(model.data(model.index(1, RuleTableModel::Condition)).toString(),
            QStringLiteral("price crosses either way 200"));
        QCOMPARE(model.data(model.index(0, RuleTableModel::Symbol)).toString(), QStringLiteral("BTCUSDT"));
        QCOMPARE(model.data(model.index(0, RuleTableModel::Mode)).toString(), QStringLiteral("—"));
        QVERIFY(model.setData(model.index(0, RuleTableModel::Enabled), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!model.rule(0).enabled);
        QCOMPARE(model.data(model.index(0, 0), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        auto edited = priceRule("other", 300);
        model.replaceRule(1, edited);
        QCOMPARE(model.rule(1).id, std::string("a-1")); // an edit keeps the id
        QCOMPARE(model.rule(1).condition.threshold, 300.0);
        model.removeRule(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(edits.count(), 4);
        QCOMPARE(edits.last().at(0).value<RuleList>().size(), std::size_t(1));
        model.removeRule(5); // out of range: nothing
        QCOMPARE(edits.count(), 4);
    }

    void firedModelPassesTesterKeepsNewestFirstAndCapacity()
    {
        FiredAlertModel model(nullptr, 5);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addFired({fired(1, 1'000, "one"), fired(2, 2'000, "two")});
        QCOMPARE(model.alert(0).id, std::int64_t(2));
        model.addFired(
            {fired(3, 3'000, "3"), fired(4, 4'000, "4"), fired(5, 5'000, "5"), fired(6, 6'000, "6")});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.alert(0).id, std::int64_t(6));
        QCOMPARE(model.alert(4).id, std::int64_t(2)); // 1 dropped off
        QCOMPARE(model.unacknowledged(), 5);
        QCOMPARE(model.data(model.index(0, FiredAlertModel::Time)).toString(),
            QStringLiteral("1970-01-01 00:00:06"));
        QCOMPARE(model.data(model.index(0, FiredAlertModel::Status)).toString(), QStringLiteral("NEW"));
        QCOMPARE(model.acknowledgeRow(1), std::int64_t(5));
        QCOMPARE(model.unacknowledged(), 4);
        QCOMPARE(
            model.data(model.index(1, FiredAlertModel::Status)).toString(), QStringLiteral("acknowledged"));
        auto replayed = fired(9, 9'000, "r");
        replayed.replay = true;
        model.setAlerts({replayed});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(
            model.data(model.index(0, FiredAlertModel::Status)).toString(), QStringLiteral("REPLAY · NEW"));
        model.markAllAcknowledged();
        QCOMPARE(model.unacknowledged(), 0);
    }

    void dialogAddsAndEditsRulesAndRejectsBadOnes()
    {
        AlertCentre centre;
        QSignalSpy changed(&centre, &AlertCentre::rulesChanged);
        centre.show();
        centre.findChild<QPushButton*>(QStringLiteral("addRule"))->click();
        auto* dialog = centre.findChild<RuleDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QLineEdit*>(QStringLiteral("ruleName"))->setText(QStringLiteral("SOL swing"));
        auto* symbol = dialog->findChild<QComboBox*>(QStringLiteral("ruleSymbol"));
        symbol->setCurrentIndex(symbol->findData(QStringLiteral("SOLUSDT")));
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("ruleKind"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("bias_range")));
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("ruleLow"))->setValue(50);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("ruleHigh"))->setValue(10);
        dialog->accept(); // low >= high: stays open and says why
        QVERIFY(dialog->isVisible());
        QVERIFY2(
            dialog->errorText().contains(QLatin1String("condition.high: need -100 <= low < high <= 100")),
            qPrintable(dialog->errorText()));
        QVERIFY(!dialog->errorText().contains(QLatin1String("rules[0]")));
        QCOMPARE(changed.count(), 0);
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("ruleLow"))->setValue(-10);
        auto* event = dialog->findChild<QComboBox*>(QStringLiteral("ruleEvent"));
        event->setCurrentIndex(event->findData(QStringLiteral("leaves")));
        QVERIFY2(dialog->validate().isEmpty(), qPrintable(dialog->validate()));
        QCOMPARE(dialog->rule().condition.direction, alerts::Direction::Below);
        QCOMPARE(dialog->rule().condition.low, -10.0);
        kind->setCurrentIndex(kind->findData(QStringLiteral("bias_cross")));
        auto* mode = dialog->findChild<QComboBox*>(QStringLiteral("ruleMode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("swing")));
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("ruleThreshold"))->setValue(60);
        if (const QString out = outputDir(); !out.isEmpty())
            QVERIFY(dialog->grab().save(out + QStringLiteral("/rule-dialog.png")));
        dialog->accept();
        QTRY_VERIFY(!centre.findChild<RuleDialog*>());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(centre.rulesModel()->rowCount(), 1);
        const alerts::Rule r = centre.rulesModel()->rule(0);
        QCOMPARE(r.symbol, std::string("SOLUSDT"));
        QCOMPARE(r.mode, std::string("swing"));
        QCOMPARE(r.condition.kind, alerts::ConditionKind::BiasCross);
        QCOMPARE(r.condition.threshold, 60.0);
        QCOMPARE(r.name, std::string("SOL swing"));
        QVERIFY(!r.id.empty());

        centre.openRuleDialog(0);
        dialog = centre.findChild<RuleDialog*>();
        QVERIFY(dialog);
        QCOMPARE(dialog->rule().condition.threshold, 60.0); // the dialog shows the rule
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("ruleThreshold"))->setValue(70);
        dialog->accept();
        QTRY_VERIFY(!centre.findChild<RuleDialog*>());
        QCOMPARE(centre.rulesModel()->rule(0).condition.threshold, 70.0);
        QCOMPARE(centre.rulesModel()->rule(0).id, r.id);
        QCOMPARE(changed.count(), 2);
    }

    void importOfABadFileChangesNothingAndSaysWhy()
    {
        QTemporaryDir dir;
        AlertCentre centre;
        centre.rulesModel()->resetRules({priceRule("keep-1", 100), priceRule("keep-2", 200)});
        const RuleList before = centre.rulesModel()->rules();
        QSignalSpy changed(&centre, &AlertCentre::rulesChanged);

        const QString corrupt = dir.filePath(QStringLiteral("corrupt.json"));
        writeFile(corrupt, "{\"format\": \"perpscope-alert-rules\", \"version\": 1, \"rules\": [ {\"id\": ");
        QVERIFY(!centre.importRules(corrupt));
        QVERIFY(centre.rulesModel()->rules() == before);
        QCOMPARE(changed.count(), 0);
        QVERIFY2(centre.rulesMessage().contains(corrupt), qPrintable(centre.rulesMessage()));
        QVERIFY(centre.rulesMessage().contains(QLatin1String("not changed")));

        const QString badRule = dir.filePath(QStringLiteral("bad-rule.json"));
        writeFile(badRule,
            R"({"rules": [{"id": "x", "symbol": "BTCUSDT", "condition": {"type": "price_cross", "direction": "sideways", "level": 1}}]})");
        QVERIFY(!centre.importRules(badRule));
        QVERIFY(centre.rulesModel()->rules() == before);
        QVERIFY2(
            centre.rulesMessage().contains(QLatin1String("direction")), qPrintable(centre.rulesMessage()));

        QVERIFY(!centre.importRules(dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(centre.rulesModel()->rules() == before);
        QCOMPARE(changed.count(), 0);

        QVERIFY(centre.importRules(QStringLiteral(PERPSCOPE_EXAMPLE_RULES)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(centre.rulesModel()->rowCount(), 14);
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(centre.exportRules(out));
        const auto back = store::importRulesFile(out);
        QVERIFY2(back.ok(), qPrintable(back.error));
        QVERIFY(back.rules == centre.rulesModel()->rules());
    }

    void webhookSendTestShowsDeliveredOrFailed()
    {
        HttpSink sink(200);
        WebhookPanel panel;
        panel.setUrl(sink.url());
        panel.findChild<QPushButton*>(QStringLiteral("webhookTest"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(panel.statusText().startsWith(QLatin1String("delivered (HTTP 200")), 10'000);
        QCOMPARE(sink.bodies.size(), 1);
        QVERIFY(sink.bodies[0].contains("\"test\""));

        // Off: fired alerts are not sent; on: each one is.
        panel.deliver(fired(1, 1'000, "off"));
        panel.setDeliveryEnabled(true);
        panel.deliver(fired(2, 2'000, "BTC above 100"));
        QTRY_COMPARE_WITH_TIMEOUT(sink.bodies.size(), 2, 10'000);
        QVERIFY(sink.bodies[1].contains("BTC above 100"));

        HttpSink broken(500);
        notify::WebhookConfig c = panel.sender()->config();
        c.maxAttempts = 2;
        c.initialBackoffMs = 50;
        panel.sender()->setConfig(c);
        panel.setUrl(broken.url());
        panel.sendTest();
        QTRY_VERIFY_WITH_TIMEOUT(
            panel.statusText().startsWith(QLatin1String("failed after 2 attempt(s)")), 10'000);
        QCOMPARE(broken.bodies.size(), 2);

        panel.setUrl(QStringLiteral("not a url"));
        panel.sendTest();
        QVERIFY(panel.statusText().contains(QLatin1String("not an http(s) URL")));
    }

    void notifierBeepsOncePerBurstAndCanBeSwitchedOff()
    {
        AlertNotifier n;
        n.setTrayEnabled(false);
        n.notify({fired(1, 1'000, "first")});
        n.notify({fired(2, 2'000, "second"), fired(3, 3'000, "third")});
        QCOMPARE(n.beeps(), 1); // the second came within 2 s
        QCOMPARE(n.lastText(), QStringLiteral("third"));
        QCOMPARE(n.lastTitle(), QStringLiteral("2 alerts fired"));
        QTest::qWait(2'100);
        n.setSoundEnabled(false);
        n.notify({fired(4, 4'000, "quiet")});
        QCOMPARE(n.beeps(), 1);
        n.notify({}); // nothing fired: nothing happens
        QCOMPARE(n.lastText(), QStringLiteral("quiet"));
    }

    void replayAlertsAreMarkedReplay()
    {
        EngineServices services;
        EngineServices::Options o;
        o.replay = true;
        services.configure(o);
        Engine engine;
        services.start(engine);
        const double level = symbolInfo(0).referencePrice;
        services.setRules({priceRule("btc", level)});
        QSignalSpy spy(&services, &EngineServices::alertsFired);
        for (const auto& b : test::makeTestBatches({0}, 60, 30, 1)) {
            engine.apply(*b);
            services.afterBatch(*b, engine);
        }
        QVERIFY(spy.count() >= 2);
        for (const auto& args : spy)
            for (const auto& a : args.at(0).value<FiredAlertList>()) {
                QVERIFY(a.replay);
                QCOMPARE(a.symbol, std::string("BTCUSDT"));
                QCOMPARE(a.threshold, level);
                QVERIFY(std::abs(a.value - level) < level * 0.03);
            }
        services.stop(engine);
    }

    void onceRulesAndRulesSurviveARestart()
    {
        QTemporaryDir dir;
        EngineServices::Options o;
        o.history = true;
        o.dataDir = dir.path();
        const auto batches = test::makeTestBatches({0}, 60, 30, 1);
        auto once = priceRule("once", symbolInfo(0).referencePrice);
        once.trigger = alerts::Trigger::Once;
        int firedFirst = 0;
        {
            EngineServices services;
            services.configure(o);
            Engine engine;
            services.start(engine);
            QVERIFY(services.historyOpen());
            services.setRules({once});
            QSignalSpy spy(&services, &EngineServices::alertsFired);
            for (const auto& b : batches) {
                engine.apply(*b);
                services.afterBatch(*b, engine);
            }
            for (const auto& args : spy)
                firedFirst += int(args.at(0).value<FiredAlertList>().size());
            services.stop(engine);
        }
        QCOMPARE(firedFirst, 1);
        EngineServices services;
        services.configure(o);
        QSignalSpy loaded(&services, &EngineServices::rulesLoaded);
        QSignalSpy history(&services, &EngineServices::alertHistory);
        Engine engine;
        services.start(engine);
        QCOMPARE(loaded.count(), 1);
        QVERIFY(loaded.first().at(0).value<RuleList>() == RuleList {once});
        QCOMPARE(history.count(), 1);
        QCOMPARE(history.first().at(0).value<FiredAlertList>().size(), std::size_t(1));
        QVERIFY(services.evaluator().isSpent("once"));
        QSignalSpy spy(&services, &EngineServices::alertsFired);
        for (const auto& b : batches) {
            engine.apply(*b);
            services.afterBatch(*b, engine);
        }
        QCOMPARE(spy.count(), 0); // spent before the restart: stays spent
        services.stop(engine);
    }

    void damagedHistoryIsMovedAsideAndSaidSo()
    {
        QTemporaryDir dir;
        writeFile(store::databasePath(dir.path()), QByteArray(8192, 'x'));
        EngineServices services;
        EngineServices::Options o;
        o.history = true;
        o.dataDir = dir.path();
        services.configure(o);
        QSignalSpy status(&services, &EngineServices::historyStatus);
        Engine engine;
        services.start(engine);
        QVERIFY(services.historyOpen());
        QCOMPARE(status.count(), 1);
        const QString text = status.first().at(0).toString();
        QVERIFY2(
            text.contains(QLatin1String("moved aside")) && text.contains(QLatin1String("History: 0 stored")),
            qPrintable(text));
        QVERIFY(status.first().at(1).toBool()); // shown as a problem
        QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("perpscope.sqlite.corrupt-*")}).size(), 1);
        services.stop(engine);
    }

    void ruleFiresInTheAppAndIsAcknowledged()
    {
        QTemporaryDir dir;
        theme::applyDarkTheme(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        const auto batches = test::makeTestBatches({0, 1}, 120, 30, 1);
        MarketPipeline pipeline(std::make_unique<test::TestFeed>(batches, true, 25));
        EngineServices::Options o;
        o.history = true;
        o.dataDir = dir.path();
        pipeline.configureServices(o);
        MainWindow window(&pipeline, ChartView {0, Timeframe::M1});
        AlertCentre* centre = window.alertCentre();
        centre->notifier()->setTrayEnabled(false);
        QSignalSpy loaded(pipeline.services(), &EngineServices::rulesLoaded);
        QSignalSpy snapshots(&pipeline, &MarketPipeline::snapshotReady);
        window.show();
        pipeline.start();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 5'000);
        const double level = symbolInfo(0).referencePrice;
        centre->rulesModel()->addRule(priceRule("btc-level", level));
        QTRY_VERIFY_WITH_TIMEOUT(centre->firedModel()->rowCount() >= 2, 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(!snapshots.isEmpty()
                && snapshots.last().at(0).value<EngineSnapshotPtr>()->stats.batches == batches.size(),
            20'000);
        QCoreApplication::processEvents();
        FiredAlertModel* model = centre->firedModel();
        const int n = model->rowCount();
        QCOMPARE(model->alert(0).symbol, std::string("BTCUSDT"));
        QCOMPARE(model->alert(0).rule, std::string("btc-level"));
        QCOMPARE(model->alert(0).threshold, level);
        QVERIFY(!model->alert(0).replay);
        QVERIFY(model->alert(0).id > 0); // logged before it was shown
        QVERIFY(model->alert(0).time >= model->alert(n - 1).time);
        QCOMPARE(model->unacknowledged(), n);
        QVERIFY(centre->notifier()->beeps() >= 1); // one per delivery of fired alerts
        QCOMPARE(centre->notifier()->lastText(), QString::fromStdString(model->alert(0).message));
        QCOMPARE(window.alertAction()->text(), QStringLiteral("Alerts (%1)").arg(n));

        // Screenshot of the alert centre in the window.
        window.alertDock()->show();
        centre->tabs()->setCurrentIndex(1);
        if (const QString out = outputDir(); !out.isEmpty()) {
            QTest::qWait(150);
            QVERIFY(window.grab().save(out + QStringLiteral("/alert-centre-window.png")));
            centre->tabs()->setCurrentIndex(0);
            QTest::qWait(150);
            QVERIFY(centre->grab().save(out + QStringLiteral("/alert-centre-rules.png")));
            centre->tabs()->setCurrentIndex(2);
            QTest::qWait(150);
            QVERIFY(centre->grab().save(out + QStringLiteral("/alert-centre-delivery.png")));
            centre->tabs()->setCurrentIndex(1);
        }

        QSignalSpy acks(centre, &AlertCentre::acknowledgeRequested);
        centre->firedView()->selectRow(1);
        centre->acknowledgeSelected();
        QCOMPARE(acks.count(), 1);
        QCOMPARE(acks.first().at(0).toLongLong(), model->alert(1).id);
        QVERIFY(model->alert(1).acknowledged);
        QVERIFY(!model->alert(0).acknowledged);
        QCOMPARE(model->unacknowledged(), n - 1);
        const std::int64_t ackedId = model->alert(1).id;
        pipeline.stop();
        QCoreApplication::processEvents();

        // The log holds every fired alert and the acknowledgement; the rule is stored.
        store::Database db(store::databasePath(dir.path()));
        QVERIFY(db.open());
        store::AlertStore alerts(db);
        const auto log = alerts.history(10'000);
        QCOMPARE(int(log.size()), model->rowCount());
        for (const auto& a : log)
            QCOMPARE(a.acknowledged, a.id == ackedId);
        const auto rules = store::rulesFromStore(alerts.rules());
        QVERIFY(rules.ok());
        QCOMPARE(rules.rules.size(), std::size_t(1));
        QCOMPARE(rules.rules[0].id, std::string("btc-level"));
    }
};

QTEST_MAIN(TestAlertCentre)
#include "test_alertcentre.moc"
