// SPDX-License-Identifier: MIT
// The user's margin-tiers.json: a good file gives the tiers; each kind of bad file gives
// a clear error naming the file, the symbol and the tier, and nothing is used.
#include "store/tiertable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace perp;

class TestTierTable : public QObject
{
    Q_OBJECT
private slots:
    void goodFile();
    void badFiles_data();
    void badFiles();

private:
    QString write(const QByteArray& text)
    {
        const QString path = m_dir.filePath(QString::fromLatin1(store::kTierTableFile));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(text);
        return path;
    }
    QTemporaryDir m_dir;
};

void TestTierTable::goodFile()
{
    const QString path = write(R"({"BTCUSDT": [{"notionalCap": 50000, "maxLeverage": 125, "mmr": 0.004},
        {"notionalCap": 600000, "maxLeverage": 100, "mmr": 0.005, "cum": 50}], "ethusdt": [{"notionalCap": 1e6, "maxLeverage": 50, "mmr": 0.01, "cum": 0}]})");
    QString error;
    const auto table = store::loadTierTable(path, error);
    QVERIFY2(table, qPrintable(error));
    QCOMPARE(table->size(), std::size_t(2));
    const auto& btc = table->at(*findSymbol("BTCUSDT"));
    QCOMPARE(btc.size(), std::size_t(2));
    QCOMPARE(btc[0].mmr, 0.004);
    QCOMPARE(btc[0].cum, 0.0);
    QCOMPARE(btc[1].notionalCap, 600000.0);
    QCOMPARE(btc[1].cum, 50.0);
    QCOMPARE(btc[1].maxLeverage, 100.0);
    QCOMPARE(table->at(*findSymbol("ETHUSDT"))[0].mmr, 0.01);
}

void TestTierTable::badFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not json") << QByteArray("{\"BTCUSDT\": [") << "not JSON at offset";
    QTest::newRow("not an object") << QByteArray("[]") << "expected an object";
    QTest::newRow("unknown symbol") << QByteArray(
        R"({"NOPEUSDT": [{"notionalCap":1,"maxLeverage":2,"mmr":0.1}]})")
                                    << "'NOPEUSDT' is not a known symbol";
    QTest::newRow("empty list") << QByteArray(R"({"BTCUSDT": []})") << "BTCUSDT: expected a non-empty list";
    QTest::newRow("text number") << QByteArray(
        R"({"BTCUSDT": [{"notionalCap":"1","maxLeverage":2,"mmr":0.1}]})")
                                 << "BTCUSDT tier 1: needs numbers";
    QTest::newRow("caps not ascending")
        << QByteArray(R"({"BTCUSDT": [{"notionalCap":10,"maxLeverage":2,"mmr":0.1},
        {"notionalCap":10,"maxLeverage":2,"mmr":0.2}]})")
        << "BTCUSDT tier 2: notionalCap must be positive and above";
    QTest::newRow("mmr percent") << QByteArray(R"({"BTCUSDT": [{"notionalCap":10,"maxLeverage":2,"mmr":4}]})")
                                 << "BTCUSDT tier 1: mmr must be between 0 and 1";
    QTest::newRow("leverage") << QByteArray(
        R"({"BTCUSDT": [{"notionalCap":10,"maxLeverage":0.5,"mmr":0.1}]})")
                              << "maxLeverage must be at least 1";
    QTest::newRow("negative cum") << QByteArray(
        R"({"BTCUSDT": [{"notionalCap":10,"maxLeverage":5,"mmr":0.1,"cum":-1}]})")
                                  << "cum must not be negative";
}

void TestTierTable::badFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const QString path = write(text);
    QString error;
    QVERIFY(!store::loadTierTable(path, error));
    QVERIFY2(error.startsWith(path) && error.contains(expected), qPrintable(error));
    QVERIFY(!store::loadTierTable(m_dir.filePath("absent.json"), error));
    QVERIFY(error.contains("cannot read"));
}

QTEST_GUILESS_MAIN(TestTierTable)
#include "test_tiertable.moc"
