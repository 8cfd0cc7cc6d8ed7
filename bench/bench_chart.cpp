// SPDX-License-Identifier: MIT
// Frame time of the candle chart with many visible candles: a bare QCustomPlot drawing
// every candle versus ChartWidget, which merges candles to the pixel resolution.
// Also the engine-side cost of building a snapshot of a 20k-candle view.
// Run offscreen: QT_QPA_PLATFORM=offscreen ./bench_chart
#include "app/chartwidget.h"
#include "app/theme.h"
#include "engine/engine.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <cmath>
#include <qcustomplot.h>

using namespace perp;

namespace {

std::vector<Candle> makeCandles(std::size_t n)
{
    std::vector<Candle> out(n);
    const TimeMs t0 = 1767225600000;
    double p = 96000;
    for (std::size_t i = 0; i < n; ++i) {
        const double o = p;
        p *= 1.0 + 0.002 * std::sin(static_cast<double>(i) * 0.37)
            + 0.0004 * std::cos(static_cast<double>(i) * 1.3);
        Candle& c = out[i];
        c.openTime = t0 + static_cast<TimeMs>(i) * kMinuteMs;
        c.open = Price::fromDouble(o);
        c.close = Price::fromDouble(p);
        c.high = Price::fromDouble(std::max(o, p) * 1.001);
        c.low = Price::fromDouble(std::min(o, p) * 0.999);
        c.volume = Qty::fromDouble(10 + static_cast<double>(i % 17));
        c.buyVolume = Qty::fromDouble(5 + static_cast<double>(i % 7));
        c.sellVolume = c.volume - c.buyVolume;
        c.trades = 100;
    }
    return out;
}

template <typename F> double msPerCall(F&& f, int reps)
{
    f(); // warm up caches and layouts
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < reps; ++i)
        f();
    return static_cast<double>(t.nsecsElapsed()) / 1e6 / reps;
}

double rawQcpFrame(const std::vector<Candle>& candles)
{
    QCustomPlot plot;
    plot.resize(1220, 900);
    auto* fin = new QCPFinancial(plot.xAxis, plot.yAxis);
    fin->setChartStyle(QCPFinancial::csCandlestick);
    fin->setTwoColored(true);
    fin->setWidth(42);
    QVector<QCPFinancialData> d;
    for (const Candle& c : candles)
        d.push_back({c.openTime / 1000.0 + 30, c.open.toDouble(), c.high.toDouble(), c.low.toDouble(),
            c.close.toDouble()});
    fin->data()->set(d, true);
    plot.rescaleAxes();
    return msPerCall([&] { plot.replot(QCustomPlot::rpImmediateRefresh); }, 10);
}

double chartWidgetFrame(const std::vector<Candle>& candles, int* factor)
{
    ChartWidget chart;
    chart.resize(1220, 900);
    chart.show();
    auto snap = std::make_shared<EngineSnapshot>();
    snap->candles = candles;
    chart.showSnapshot(snap);
    chart.setVisibleRange(candles.front().openTime / 1000.0, candles.back().openTime / 1000.0 + 60);
    *factor = chart.mergeFactor();
    // A live frame: new snapshot in (re-merge the visible range), then a full replot.
    return msPerCall(
        [&] {
            chart.showSnapshot(snap);
            chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
        },
        10);
}

double snapshotCost(std::size_t candles)
{
    Engine engine(candles);
    EventBatch batch;
    for (std::size_t i = 0; i < candles; ++i) {
        Trade t;
        t.h.symbol = 0;
        t.h.exchangeTime = 1767225600000 + static_cast<TimeMs>(i) * kMinuteMs;
        t.price = Price::fromDouble(96000 + static_cast<double>(i % 100));
        t.qty = Qty::fromDouble(0.01);
        t.id = static_cast<std::int64_t>(i + 1);
        batch.events.emplace_back(t);
    }
    engine.apply(batch);
    ChartView view;
    view.maxCandles = candles;
    return msPerCall([&] { (void)engine.snapshot(view); }, 50);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    theme::applyDarkTheme(app);
    QTextStream out(stdout);
    out << "chart frame (1220x900 px plot, all candles visible)\n";
    out << "  candles   bare QCustomPlot ms/frame   ChartWidget ms/frame (merge factor)\n";
    for (std::size_t n : {1'000u, 10'000u, 50'000u}) {
        const auto candles = makeCandles(n);
        int factor = 1;
        const double raw = rawQcpFrame(candles);
        const double chart = chartWidgetFrame(candles, &factor);
        out << QStringLiteral("  %1   %2   %3 (%4)\n")
                   .arg(n, 7)
                   .arg(raw, 24, 'f', 2)
                   .arg(chart, 24, 'f', 2)
                   .arg(factor);
    }
    out << "engine snapshot of a 20,000-candle view (21 symbols' summaries): "
        << QString::number(snapshotCost(20'000), 'f', 3) << " ms\n";
    return 0;
}
