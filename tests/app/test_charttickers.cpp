// SPDX-License-Identifier: MIT
#include "app/charttickers.h"

#include <QTest>

using namespace perp;

namespace {
struct Generated
{
    QVector<double> ticks;
    QVector<QString> labels;
};

Generated generate(QCPAxisTicker& t, double lower, double upper)
{
    Generated g;
    QVector<double> sub;
    t.generate(QCPRange(lower, upper), QLocale::c(), QLatin1Char('g'), 6, g.ticks, &sub, &g.labels);
    return g;
}
} // namespace

class TestChartTickers : public QObject
{
    Q_OBJECT
private slots:
    void priceLabelsAreExactAndMinimal_data()
    {
        QTest::addColumn<double>("lower");
        QTest::addColumn<double>("upper");
        QTest::addColumn<int>("decimals");
        QTest::newRow("btc") << 96075.0 << 96340.0 << 0;
        QTest::newRow("volume 0..0.9") << 0.0 << 0.9 << 1;
        QTest::newRow("quarter steps") << 0.0 << 1.5 << 2; // 0.25 steps need two decimals, not one
        QTest::newRow("doge") << 0.3201 << 0.3214 << 4;
        QTest::newRow("pepe-like, capped at 8") << 0.00000100 << 0.00000107 << 8;
    }
    void priceLabelsAreExactAndMinimal()
    {
        QFETCH(double, lower);
        QFETCH(double, upper);
        QFETCH(int, decimals);
        StepTicker t(false, 8);
        t.setTickCount(6);
        const auto g = generate(t, lower, upper);
        QVERIFY(g.ticks.size() >= 3);
        for (int i = 0; i < g.ticks.size(); ++i) {
            const QString& l = g.labels[i];
            const int d = l.contains('.') ? int(l.size() - l.indexOf('.') - 1) : 0;
            QCOMPARE(d, decimals);
            QVERIFY2(std::abs(l.toDouble() - g.ticks[i]) < 1e-9 * std::max(1.0, std::abs(g.ticks[i])),
                qPrintable(l));
        }
    }
    void compactVolumes()
    {
        StepTicker t(true, 3);
        t.setTickCount(3);
        const auto g = generate(t, 0, 2'600'000);
        QVERIFY(g.labels.contains(QStringLiteral("1M")) || g.labels.contains(QStringLiteral("1.0M")));
        for (const auto& l : g.labels)
            QVERIFY2(l == QStringLiteral("0") || l.endsWith('M'), qPrintable(l));
    }
    void timeStepsAreRound_data()
    {
        QTest::addColumn<double>("span");
        QTest::addColumn<double>("step");
        QTest::newRow("40 min") << 2400.0 << 300.0;
        QTest::newRow("2.5 h") << 9000.0 << 1800.0;
        QTest::newRow("1 day") << 86400.0 << 10800.0;
        QTest::newRow("30 days") << 30 * 86400.0 << 604800.0;
    }
    void timeStepsAreRound()
    {
        QFETCH(double, span);
        QFETCH(double, step);
        TimeTicker t;
        t.setTickCount(8);
        const double t0 = 1767225600; // 2026-01-01T00:00:00Z
        const auto g = generate(t, t0 + 17, t0 + 17 + span);
        QVERIFY(g.ticks.size() >= 2);
        QCOMPARE(g.ticks[1] - g.ticks[0], step);
        QCOMPARE(std::fmod(g.ticks[0], step), 0.0); // aligned on UTC multiples
    }
    void timeLabelsSayWhatChanges()
    {
        TimeTicker t;
        t.setTickCount(8);
        const double t0 = 1767225600; // 2026-01-01T00:00:00Z
        auto g = generate(t, t0 - 3600, t0 + 3600); // two hours around new year
        QVERIFY(g.labels.contains(QStringLiteral("2026")));
        QVERIFY(g.labels.contains(QStringLiteral("23:30")));
        QVERIFY(g.labels.contains(QStringLiteral("00:30")));
        g = generate(t, t0 + 86400 - 4 * 3600, t0 + 86400 + 4 * 3600); // around 2 Jan midnight
        QVERIFY(g.labels.contains(QStringLiteral("2 Jan")));
        QVERIFY(g.labels.contains(QStringLiteral("22:00")));
        g = generate(t, t0 + 5 * 86400, t0 + 40 * 86400); // weekly ticks: dates only
        QVERIFY2(g.labels.contains(QStringLiteral("15 Jan")),
            qPrintable(QStringList(g.labels.begin(), g.labels.end()).join(' ')));
        for (const auto& l : g.labels)
            QVERIFY2(!l.contains(':'), qPrintable(l));
    }
};

QTEST_GUILESS_MAIN(TestChartTickers)
#include "test_charttickers.moc"
