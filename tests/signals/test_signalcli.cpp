// SPDX-License-Identifier: MIT
// The headless commands: `signals --json` lists every card with its texts, `backtest`
// gives byte-identical JSON for the same seed and rejects bad options clearly.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int code = -1;
    QByteArray out, err;
};

Run cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(PERPSCOPE_CLI), args);
    Run r;
    if (!p.waitForFinished(300'000))
        return r;
    r.code = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestSignalCli : public QObject
{
    Q_OBJECT
private slots:
    void signalsJson()
    {
        const Run r = cli({"signals", "--json"});
        QCOMPARE(r.code, 0);
        const auto doc = QJsonDocument::fromJson(r.out);
        const auto cards = doc.object()["cards"].toArray();
        QVERIFY(cards.size() >= 100);
        QCOMPARE(doc.object()["count"].toInt(), cards.size());
        QSet<QString> ids;
        QSet<QString> categories;
        for (const auto c : cards) {
            const auto o = c.toObject();
            for (const char* key : {"id", "category", "name", "description", "formula"})
                QVERIFY2(!o[key].toString().isEmpty(), key);
            ids.insert(o["id"].toString());
            categories.insert(o["category"].toString());
        }
        QCOMPARE(ids.size(), cards.size());
        QCOMPARE(categories.size(), 25);
        QVERIFY(doc.object()["size_formula"].toString().contains("not financial advice"));
    }

    void backtestIsByteIdentical()
    {
        const QStringList args {"backtest", "--source", "sim", "--seed", "5", "--hours", "0.5", "--json"};
        const Run a = cli(args);
        const Run b = cli(args);
        QCOMPARE(a.code, 0);
        QVERIFY(a.out.size() > 10'000);
        QVERIFY(a.out == b.out);
        const auto doc = QJsonDocument::fromJson(a.out);
        QCOMPARE(doc.object()["seed"].toInt(), 5);
        QCOMPARE(doc.object()["modes"].toArray().size(), 3);
    }

    void backtestRejectsBadOptions()
    {
        Run r = cli({"backtest", "--source", "replay:nothing.bin"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--source"));
        r = cli({"backtest", "--hours", "-3"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--hours"));
        r = cli({"signals", "--bogus"});
        QCOMPARE(r.code, 2);
        r = cli({"backtest", "--hours", "0.1", "--alert-log", "x.jsonl"});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--alerts"));
    }

    // The shipped example rules fire on six simulated hours, bias thresholds among them, and each
    // fired alert is one JSON line with time, symbol, mode, rule, value and threshold.
    void backtestFiresTheExampleRules()
    {
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("alerts.jsonl"));
        const Run r = cli({"backtest", "--source", "sim", "--seed", "7", "--hours", "6", "--alerts",
            QStringLiteral(PERPSCOPE_EXAMPLE_RULES), "--alert-log", log});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(log);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QSet<QString> rules;
        int lines = 0;
        while (!f.atEnd()) {
            const auto o = QJsonDocument::fromJson(f.readLine()).object();
            for (const char* key : {"time", "symbol", "mode", "rule", "value", "threshold"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            rules.insert(o["rule"].toString());
            ++lines;
        }
        QVERIFY(lines > 0);
        QVERIFY2(rules.contains(QStringLiteral("swing-bias-bearish"))
                || rules.contains(QStringLiteral("swing-bias-bullish"))
                || rules.contains(QStringLiteral("day-bias-strong")),
            qPrintable(QStringList(rules.values()).join(QLatin1Char(' '))));
        QVERIFY(r.err.contains("alerts fired: " + QByteArray::number(lines)));
    }
};

QTEST_GUILESS_MAIN(TestSignalCli)
#include "test_signalcli.moc"
