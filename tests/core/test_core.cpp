// SPDX-License-Identifier: MIT
#include "core/candle.h"
#include "core/decimal.h"
#include "core/symbols.h"
#include "core/time.h"

#include <QTest>

using namespace perp;

class TestCore : public QObject
{
    Q_OBJECT
private slots:
    void parseDecimal_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("raw");
        QTest::newRow("int") << "63950" << true << qint64(6395000000000);
        QTest::newRow("frac") << "63950.12" << true << qint64(6395012000000);
        QTest::newRow("tiny") << "0.00000001" << true << qint64(1);
        QTest::newRow("round-up") << "0.000000015" << true << qint64(2);
        QTest::newRow("round-down") << "0.000000014" << true << qint64(1);
        QTest::newRow("negative") << "-0.0045" << true << qint64(-450000);
        QTest::newRow("leading-dot") << ".5" << true << qint64(50000000);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("letters") << "12a" << false << qint64(0);
        QTest::newRow("two-dots") << "1.2.3" << false << qint64(0);
        QTest::newRow("exponent") << "1e5" << false << qint64(0);
        QTest::newRow("dot-only") << "." << false << qint64(0);
        QTest::newRow("overflow") << "999999999999999999999" << false << qint64(0);
    }
    void parseDecimal()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, raw);
        const auto p = Price::parse(text.toStdString());
        QCOMPARE(p.has_value(), ok);
        if (ok)
            QCOMPARE(p->raw, raw);
    }
    void formatDecimal()
    {
        QCOMPARE(Price::parse("63950.10")->toString(), std::string("63950.1"));
        QCOMPARE(Price::parse("-0.0045")->toString(), std::string("-0.0045"));
        QCOMPARE(Qty::parse("0")->toString(), std::string("0"));
        QCOMPARE(Qty::parse("0.001")->toString(), std::string("0.001"));
    }
    void exactSums()
    {
        // 0.1 + 0.2 == 0.3 exactly, which doubles cannot do.
        Qty sum;
        for (int i = 0; i < 1000; ++i)
            sum += *Qty::parse("0.001");
        QCOMPARE(sum, *Qty::parse("1"));
        QCOMPARE(*Qty::parse("0.1") + *Qty::parse("0.2"), *Qty::parse("0.3"));
    }
    void floorToNegative()
    {
        QCOMPARE(floorTo(125, 60), TimeMs(120));
        QCOMPARE(floorTo(-1, 60), TimeMs(-60));
        QCOMPARE(floorTo(-60, 60), TimeMs(-60));
    }
    void isoTime() { QCOMPARE(formatIsoMs(1721347202812), std::string("2024-07-19T00:00:02.812Z")); }
    void timeframes()
    {
        for (auto tf : kAllTimeframes)
            QCOMPARE(*parseTimeframe(timeframeName(tf)), tf);
        QVERIFY(!parseTimeframe("2m"));
        QCOMPARE(timeframeMs(Timeframe::H4), 4 * kHourMs);
    }
    void defaultSymbols()
    {
        const auto list = perp::defaultSymbols();
        QCOMPARE(list.size(), std::size_t(21));
        QCOMPARE(list[0].name, std::string("BTCUSDT"));
        QCOMPARE(list[20].name, std::string("INJUSDT"));
        for (const auto& s : list) {
            QVERIFY2(s.tickSize.raw > 0, s.name.c_str());
            QVERIFY(s.referencePrice > 0);
            QVERIFY(!s.tiers.empty());
            for (std::size_t i = 1; i < s.tiers.size(); ++i) {
                QVERIFY(s.tiers[i].notionalCap > s.tiers[i - 1].notionalCap);
                QVERIFY(s.tiers[i].mmr > s.tiers[i - 1].mmr);
            }
        }
    }
    void marginTierCum()
    {
        // Binance BTCUSDT snapshot: (300k,0.40%,0) (800k,0.50%,300) (3M,0.65%,1500) (12M,1.0%,12000)
        const auto& t = perp::defaultSymbols()[0].tiers;
        QCOMPARE(t[0].cum, 0.0);
        QVERIFY(qFuzzyCompare(t[1].cum, 300.0));
        QVERIFY(qFuzzyCompare(t[2].cum, 1500.0));
        QVERIFY(qFuzzyCompare(t[3].cum, 12000.0));
        QCOMPARE(tierFor(t, 1000).mmr, 0.004);
        QCOMPARE(tierFor(t, 300e3).mmr, 0.004);
        QCOMPARE(tierFor(t, 300e3 + 1).mmr, 0.005);
        QCOMPARE(tierFor(t, 1e12).mmr, 0.5);
    }
    void interning()
    {
        QCOMPARE(internSymbol("BTCUSDT"), SymbolId(0));
        QCOMPARE(internSymbol("ETHUSDT"), SymbolId(1));
        const auto a = internSymbol("SUSHIUSDT");
        QVERIFY(a >= kDefaultSymbolCount);
        QCOMPARE(internSymbol("SUSHIUSDT"), a);
        QCOMPARE(symbolName(a), std::string("SUSHIUSDT"));
        QCOMPARE(symbolInfo(a).base, std::string("SUSHI"));
        QVERIFY(!findSymbol("NOPEUSDT"));
    }
};

QTEST_APPLESS_MAIN(TestCore)
#include "test_core.moc"
