// SPDX-License-Identifier: MIT
// The simulated BTC market against real Binance BTCUSDT 1h klines (2024-2025): hourly
// ranges, hourly moves and hourly volume of the same order of magnitude.
#include "engine/candlebook.h"
#include "simtesthelpers.h"

#include <QFile>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace perp;

namespace {
struct HourlyFigures
{
    double medianRangePct = 0; // (high / low - 1) of a 1h bar
    double medianAbsMovePct = 0; // |log close / previous close|
    double medianVolume = 0; // base units
    std::size_t bars = 0;
};

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

struct Bar
{
    double high, low, close, volume;
};

HourlyFigures figures(const std::vector<Bar>& bars)
{
    std::vector<double> range, move, volume;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        range.push_back((bars[i].high / bars[i].low - 1) * 100);
        volume.push_back(bars[i].volume);
        if (i > 0)
            move.push_back(std::abs(std::log(bars[i].close / bars[i - 1].close)) * 100);
    }
    return {median(range), median(move), median(volume), bars.size()};
}

// Binance USD-M BTCUSDT 1h: "Date,Open,High,Low,Close,Volume".
std::vector<Bar> readRealKlines(const QString& path, QString& error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = QStringLiteral("cannot open %1").arg(path);
        return {};
    }
    std::vector<Bar> out;
    f.readLine(); // header
    int line = 1;
    while (!f.atEnd()) {
        ++line;
        const auto fields = QString::fromUtf8(f.readLine()).trimmed().split(',');
        bool ok[4] = {};
        const Bar b {fields.value(2).toDouble(&ok[0]), fields.value(3).toDouble(&ok[1]),
            fields.value(4).toDouble(&ok[2]), fields.value(5).toDouble(&ok[3])};
        if (fields.size() != 6 || !ok[0] || !ok[1] || !ok[2] || !ok[3] || b.low <= 0) {
            qWarning("%s:%d: malformed kline skipped", qPrintable(path), line);
            continue;
        }
        out.push_back(b);
    }
    return out;
}
} // namespace

class TestSimCalibration : public QObject
{
    Q_OBJECT
private slots:
    void btcHourlyBarsLookLikeRealOnes()
    {
        const QByteArray root = qgetenv("PERPSCOPE_SHARED_DATA");
        const QString path = QString::fromLocal8Bit(root) + "/binance-vision-sample/BTCUSDT_1h_Cleaned.csv";
        if (root.isEmpty() || !QFile::exists(path))
            QSKIP("PERPSCOPE_SHARED_DATA with binance-vision-sample/BTCUSDT_1h_Cleaned.csv is not available");
        QString error;
        const auto real = figures(readRealKlines(path, error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(real.bars > 17'000);

        // Two simulated days per seed, BTC alone (its market does not depend on the others).
        std::vector<Bar> simBars;
        for (std::uint64_t seed : {1, 2}) {
            sim::Simulator s(test::simConfig(seed, {0}));
            CandleBook book;
            test::forEachEvent(s, 48 * 60, [&](const MarketEvent& e) {
                if (const auto* t = std::get_if<Trade>(&e))
                    book.addTrade(*t);
            });
            for (const Candle& c : book.series(Timeframe::H1).candles())
                simBars.push_back(
                    {c.high.toDouble(), c.low.toDouble(), c.close.toDouble(), c.volume.toDouble()});
        }
        const auto simulated = figures(simBars);
        QCOMPARE(simulated.bars, std::size_t {96});
        const QString report = QStringLiteral("real range %1% move %2% volume %3 | simulated %4% %5% %6")
                                   .arg(real.medianRangePct)
                                   .arg(real.medianAbsMovePct)
                                   .arg(real.medianVolume)
                                   .arg(simulated.medianRangePct)
                                   .arg(simulated.medianAbsMovePct)
                                   .arg(simulated.medianVolume);
        qInfo("%s", qPrintable(report));
        auto near = [](double a, double b, double factor) { return a > b / factor && a < b * factor; };
        QVERIFY2(near(simulated.medianRangePct, real.medianRangePct, 2.0), qPrintable(report));
        QVERIFY2(near(simulated.medianAbsMovePct, real.medianAbsMovePct, 2.0), qPrintable(report));
        // The simulated market is a slice of the real one: volume within a factor of 5.
        QVERIFY2(near(simulated.medianVolume, real.medianVolume, 5.0), qPrintable(report));
    }
};

QTEST_GUILESS_MAIN(TestSimCalibration)
#include "test_simcalibration.moc"
