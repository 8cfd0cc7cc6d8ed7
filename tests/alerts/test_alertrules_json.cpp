// SPDX-License-Identifier: MIT
#include "store/alertjson.h"
#include "store/alertrulesjson.h"
#include "store/alertrunner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace perp;
using namespace perp::alerts;
using namespace perp::store;

class TestAlertRulesJson : public QObject
{
    Q_OBJECT
private slots:
    void exampleRulesLoadAndRoundTrip()
    {
        const auto res = importRulesFile(QStringLiteral(PERPSCOPE_EXAMPLE_RULES));
        QVERIFY2(res.ok(), qPrintable(res.error));
        QCOMPARE(res.rules.size(), 14u);
        const Rule& first = res.rules[0];
        QCOMPARE(first.id, std::string("swing-bias-bullish"));
        QCOMPARE(first.condition.kind, ConditionKind::BiasCross);
        QCOMPARE(first.condition.threshold, 20.0);
        QCOMPARE(*first.condition.hysteresis, 3.0);
        QCOMPARE(first.cooldownMs, TimeMs(1'800'000));
        const Rule& last = res.rules.back();
        QVERIFY(!last.enabled);
        QCOMPARE(last.trigger, Trigger::Once);
        QCOMPARE(*last.expiresAt, TimeMs(1'830'211'200'000));
        QCOMPARE(res.rules[4].condition.side, SideFilter::Long);
        QCOMPARE(res.rules[5].condition.low, -10.0);
        QCOMPARE(res.rules[6].condition.toState, std::string("bearish"));

        const auto again = parseRules(rulesToJson(res.rules), QStringLiteral("exported"));
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(again.rules == res.rules);

        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("rules.json"));
        QString error;
        QVERIFY2(exportRulesFile(out, res.rules, &error), qPrintable(error));
        const auto fromFile = importRulesFile(out);
        QVERIFY(fromFile.ok());
        QVERIFY(fromFile.rules == res.rules);
        const auto viaStore = rulesFromStore(rulesForStore(res.rules));
        QVERIFY(viaStore.ok());
        QVERIFY(viaStore.rules == res.rules);
        const auto broken = rulesFromStore({{QStringLiteral("x"), "{\"id\":\"x\"}"}});
        QVERIFY2(
            broken.error.startsWith(QStringLiteral("stored alert rule 'x': rules[0] (id \"x\").condition")),
            qPrintable(broken.error));
        const auto single = parseRules("[" + ruleToJson(res.rules[3]) + "]", QStringLiteral("one"));
        QVERIFY(single.ok());
        QVERIFY(single.rules[0] == res.rules[3]);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        const QByteArray good
            = R"({"id":"a","condition":{"type":"bias_cross","direction":"above","threshold":60}})";
        QTest::newRow("syntax")
            << QByteArray("{\"rules\": [\n  {\"id\": \"a\",}\n]}")
            << "src: JSON syntax error at offset 26 (line 2, column 15): object is missing after a comma";
        QTest::newRow("not an object or array")
            << QByteArray("{\"rules\": 5}") << "src: top level.rules: expected an array of rules";
        QTest::newRow("unknown top key")
            << QByteArray("{\"rules\": [], \"extra\": 1}") << "src: top level.extra: unknown key";
        QTest::newRow("rule not an object")
            << QByteArray("[" + good + ", 3]") << "src: rules[1]: expected an object";
        QTest::newRow("missing id") << QByteArray(R"([{"condition":{"type":"zone_broken"}}])")
                                    << "src: rules[0].id: missing (a string)";
        QTest::newRow("duplicate id")
            << QByteArray("[" + good + "," + good + "]") << "src: rules[1] (id \"a\").id: duplicate id";
        QTest::newRow("unknown type")
            << QByteArray(R"([{"id":"a","condition":{"type":"bias_crosses"}}])")
            << "src: rules[0] (id \"a\").condition.type: expected one of bias_cross, bias_range, confidence, "
               "category_state, band_proximity, cascade_start, realized_liquidation, funding, zone_touched, "
               "zone_broken, price_cross";
        QTest::newRow("typo in a key") << QByteArray(
            R"([{"id":"a","condition":{"type":"bias_cross","direction":"above","treshold":60}}])")
                                       << "src: rules[0] (id \"a\").condition.threshold: missing (a number)";
        QTest::newRow("extra key") << QByteArray(
            R"([{"id":"a","condition":{"type":"bias_cross","direction":"above","threshold":60,"x":1}}])")
                                   << "src: rules[0] (id \"a\").condition.x: unknown key";
        QTest::newRow("wrong type") << QByteArray(
            R"([{"id":"a","condition":{"type":"bias_cross","direction":"above","threshold":"60"}}])")
                                    << "src: rules[0] (id \"a\").condition.threshold: expected a number";
        QTest::newRow("out of range")
            << QByteArray(
                   R"([{"id":"a","condition":{"type":"bias_cross","direction":"above","threshold":160}}])")
            << "src: rules[0] (id \"a\").condition.threshold: bias thresholds lie within -100 .. 100";
        QTest::newRow("bad range")
            << QByteArray(
                   R"([{"id":"a","condition":{"type":"bias_range","event":"enters","low":10,"high":5}}])")
            << "src: rules[0] (id \"a\").condition.high: need -100 <= low < high <= 100";
        QTest::newRow("bad mode") << QByteArray(
            R"([{"id":"a","mode":"weekly","condition":{"type":"zone_broken"}}])")
                                  << "src: rules[0] (id \"a\").mode: expected one of scalp, day, swing, *";
        QTest::newRow("bad trigger")
            << QByteArray(R"([{"id":"a","trigger":"always","condition":{"type":"zone_broken"}}])")
            << "src: rules[0] (id \"a\").trigger: expected one of once, every_time, once_per_cycle";
        QTest::newRow("negative cooldown")
            << QByteArray(R"([{"id":"a","cooldown_s":-1,"condition":{"type":"zone_broken"}}])")
            << "src: rules[0] (id \"a\").cooldown_s: must be >= 0";
        QTest::newRow("bad expiry") << QByteArray(
            R"([{"id":"a","expires":"tomorrow","condition":{"type":"zone_broken"}}])")
                                    << "src: rules[0] (id \"a\").expires: expected an ISO-8601 time such as "
                                       "2026-12-31T00:00:00Z";
        QTest::newRow("bad template")
            << QByteArray(
                   R"([{"id":"a","message":"{symbol} at {prize}","condition":{"type":"zone_broken"}}])")
            << "src: rules[0] (id \"a\").message: at character 12: unknown placeholder {prize}";
        QTest::newRow("confidence bias")
            << QByteArray(R"([{"id":"a","condition":{"type":"confidence","min":55,"bias":"up"}}])")
            << "src: rules[0] (id \"a\").condition.bias: expected one of bullish, bearish, any";
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const auto res = parseRules(json, QStringLiteral("src"));
        QVERIFY(!res.ok());
        QVERIFY(res.rules.empty());
        QCOMPARE(res.error, message);
    }

    void mutatedFilesNeverCrash()
    {
        QFile f(QStringLiteral(PERPSCOPE_EXAMPLE_RULES));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray original = f.readAll();
        std::mt19937 rng(6);
        const QByteArray alphabet = "{}[]\":,.-0123456789eE \nabcdefghijklmnopqrstuvwxyz_*\\";
        int ok = 0, rejected = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray data = original;
            const int edits = 1 + int(rng() % 4);
            for (int e = 0; e < edits && !data.isEmpty(); ++e) {
                const auto pos = qsizetype(rng() % std::uint32_t(data.size()));
                const char c = alphabet[qsizetype(rng() % std::uint32_t(alphabet.size()))];
                switch (rng() % 3) {
                case 0:
                    data.remove(pos, 1 + qsizetype(rng() % 8));
                    break;
                case 1:
                    data.insert(pos, c);
                    break;
                default:
                    data[pos] = c;
                }
            }
            const auto res = parseRules(data, QStringLiteral("fuzz"));
            if (res.ok()) {
                ++ok;
                QVERIFY(!res.rules.empty() || data.contains("[]"));
            } else {
                ++rejected;
                QVERIFY(res.rules.empty());
                QVERIFY2(res.error.startsWith(QStringLiteral("fuzz: ")), qPrintable(res.error));
            }
        }
        QVERIFY(rejected > 1000); // most mutations break something, and each says what
        qInfo("3000 mutated files: %d accepted, %d rejected with a message", ok, rejected);
    }

    void badFileChangesNothing()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("rules.json"));
        const QByteArray bad = R"({"rules":[{"id":"a","condition":{"type":"zone_broken"}},{"id":"b"}]})";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bad);
        }
        const auto res = importRulesFile(path);
        QVERIFY(!res.ok());
        QVERIFY(res.rules.empty()); // the good first rule is not half-imported
        QVERIFY2(res.error.startsWith(path + QStringLiteral(": rules[1] (id \"b\").condition")),
            qPrintable(res.error));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bad);
        const auto missing = importRulesFile(tmp.filePath(QStringLiteral("none.json")));
        QVERIFY(!missing.ok() && missing.error.contains(QStringLiteral("cannot read")));
    }

    void alertLogIsJsonLines()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("alerts.jsonl"));
        AlertLogWriter log;
        QString error;
        QVERIFY2(log.open(path, false, &error), qPrintable(error));
        FiredAlert a {0, 1'721'347'260'000, "swing-bias-bullish", "SOLUSDT", "swing", 23.5, 20,
            "msg \"quoted\"", true, false};
        QVERIFY(log.write(a));
        a.symbol = "BTCUSDT";
        a.mode.clear();
        QVERIFY(log.write(a));
        QCOMPARE(log.written(), 2);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QCOMPARE(lines.size(), 3); // two lines and the empty rest after the last newline
        const QJsonObject o = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(o.value(QStringLiteral("time")).toString(), QStringLiteral("2024-07-19T00:01:00.000Z"));
        QCOMPARE(o.value(QStringLiteral("symbol")).toString(), QStringLiteral("SOLUSDT"));
        QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("swing"));
        QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("swing-bias-bullish"));
        QCOMPARE(o.value(QStringLiteral("value")).toDouble(), 23.5);
        QCOMPARE(o.value(QStringLiteral("threshold")).toDouble(), 20.0);
        QCOMPARE(o.value(QStringLiteral("message")).toString(), QStringLiteral("msg \"quoted\""));
        QVERIFY(o.value(QStringLiteral("replay")).toBool());
        QCOMPARE(
            QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("mode")).toString(), QString());
    }

    void corruptRulesFileFallsBackToLastGood()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(QStringLiteral("alert-rules.json"));
        const auto example = importRulesFile(QStringLiteral(PERPSCOPE_EXAMPLE_RULES));
        QVERIFY(example.ok());
        SafeJsonFile file = rulesFile(path);
        QVERIFY(file.save(QJsonDocument::fromJson(rulesToJson(example.rules))));
        // Valid JSON, invalid rule: caught by the validator.
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(
                R"({"rules":[{"id":"a","condition":{"type":"bias_cross","direction":"up","threshold":1}}]})");
        }
        const auto loaded = file.load();
        QCOMPARE(loaded.source, SafeJsonFile::Source::Backup);
        QVERIFY2(
            loaded.message.contains(path) && loaded.message.contains(QStringLiteral("condition.direction")),
            qPrintable(loaded.message));
        const auto rules = parseRules(loaded.document.toJson(), path);
        QVERIFY(rules.ok());
        QVERIFY(rules.rules == example.rules);
    }

    void runnerWritesTheHeadlessLog()
    {
        QTemporaryDir tmp;
        const QString rules = tmp.filePath(QStringLiteral("rules.json"));
        {
            QFile f(rules);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(R"([{"id":"swing-up","symbol":"*","mode":"swing",
                         "condition":{"type":"bias_cross","direction":"above","threshold":20}},
                        {"id":"liq","condition":{"type":"realized_liquidation","min_notional":50000}}])");
        }
        const QString logPath = tmp.filePath(QStringLiteral("alerts.jsonl"));
        AlertRunner runner;
        QString error;
        QVERIFY(!runner.open(tmp.filePath(QStringLiteral("missing.json")), logPath, true, &error));
        QVERIFY(error.contains(QStringLiteral("missing.json")));
        QVERIFY2(runner.open(rules, logPath, true, &error), qPrintable(error));

        Engine engine;
        const SymbolId sol = *findSymbol("SOLUSDT");
        const double bias[] = {5, 12, 25, 30};
        for (int i = 0; i < 4; ++i) {
            EventBatch b;
            const TimeMs t = 1'721'347'200'000 + i * 300'000;
            b.events.push_back(Trade {
                {sol, Venue::Replay, t, 0}, Price::fromDouble(150), Qty::fromDouble(1), Side::Buy, i + 1});
            if (i == 3)
                b.events.push_back(Liquidation {{sol, Venue::Replay, t, 0}, Price::fromDouble(150),
                    Qty::fromDouble(400), PositionSide::Long});
            engine.apply(b);
            runner.observe(b);
            AlertInput& in = runner.begin(engine);
            symbolInput(in, "SOLUSDT")->modes["swing"] = ModeReading {bias[i], 60, "bullish", {}, 0};
            runner.finish();
        }
        QCOMPARE(runner.firedTotal(), 2);
        QVERIFY(!runner.logFailed());
        QFile f(logPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QStringLiteral("rule")).toString(), QStringLiteral("swing-up"));
        QCOMPARE(first.value(QStringLiteral("symbol")).toString(), QStringLiteral("SOLUSDT"));
        QCOMPARE(first.value(QStringLiteral("mode")).toString(), QStringLiteral("swing"));
        QCOMPARE(first.value(QStringLiteral("value")).toDouble(), 25.0);
        QCOMPARE(first.value(QStringLiteral("threshold")).toDouble(), 20.0);
        QCOMPARE(first.value(QStringLiteral("time")).toString(), QStringLiteral("2024-07-19T00:10:00.000Z"));
        QVERIFY(first.value(QStringLiteral("replay")).toBool());
        const QJsonObject second = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(second.value(QStringLiteral("rule")).toString(), QStringLiteral("liq"));
        QCOMPARE(second.value(QStringLiteral("value")).toDouble(), 60'000.0);
    }
};

QTEST_GUILESS_MAIN(TestAlertRulesJson)
#include "test_alertrules_json.moc"
