// SPDX-License-Identifier: MIT
// Frame time of the chart with the liquidation layers: 50,000 one-minute candles plus an
// estimated heatmap of 50,000 columns (+-10% at 0.1% bins), bands, profile, 5,000 realized
// bubbles and the by-price histogram, all visible in a 1400x900 chart.
// Run offscreen: QT_QPA_PLATFORM=offscreen ./bench_liqchart
#include "app/chartwidget.h"
#include "app/liqchartlayers.h"
#include "app/theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <cmath>
#include <ctime>
#include <qcustomplot.h>

using namespace perp;

namespace {

constexpr TimeMs kT0 = 1767225600000;

double priceAt(std::size_t i)
{
    const auto x = static_cast<double>(i);
    return 96000 * (1.0 + 0.05 * std::sin(x * 0.0007) + 0.004 * std::sin(x * 0.05));
}

std::shared_ptr<EngineSnapshot> makeSnapshot(std::size_t n, float scale)
{
    auto snap = std::make_shared<EngineSnapshot>();
    auto liq = std::make_shared<liq::LiqSnapshot>();
    const int half = liq->grid.binsFor(0.10);
    for (std::size_t i = 0; i < n; ++i) {
        Candle c;
        c.openTime = kT0 + static_cast<TimeMs>(i) * kMinuteMs;
        const double o = priceAt(i), cl = priceAt(i + 1);
        c.open = Price::fromDouble(o);
        c.close = Price::fromDouble(cl);
        c.high = Price::fromDouble(std::max(o, cl) * 1.001);
        c.low = Price::fromDouble(std::min(o, cl) * 0.999);
        c.volume = Qty::fromDouble(10);
        c.buyVolume = Qty::fromDouble(6);
        c.sellVolume = Qty::fromDouble(4);
        snap->candles.push_back(c);
        auto col = std::make_shared<liq::HeatColumn>();
        col->time = c.openTime;
        col->price = o;
        col->firstBin = liq->grid.bin(o) - half;
        col->values.resize(static_cast<std::size_t>(2 * half));
        for (int j = 0; j < 2 * half; ++j)
            col->values[static_cast<std::size_t>(j)] = scale
                * static_cast<float>(
                    1e5 * (1.5 + std::sin(j * 0.21 + static_cast<double>(i) * 0.001)) * (j % 7 + 1));
        liq->heatmap.push_back(col);
    }
    const double price = priceAt(n);
    liq->price = price;
    liq->profile.price = price;
    liq->profile.firstBin = liq->grid.bin(price) - 220;
    for (int j = 0; j < 440; ++j) {
        const bool below = j < 220;
        liq->profile.longs.push_back(below ? 1e5 * (1 + j % 9) : 0.0);
        liq->profile.shorts.push_back(below ? 0.0 : 1e5 * (1 + j % 5));
    }
    for (int b = 0; b < 8; ++b) {
        const double lo = price * (0.92 + 0.02 * b);
        liq->bands.push_back(
            {static_cast<std::uint64_t>(b + 1), b < 4 ? PositionSide::Long : PositionSide::Short, lo,
                lo * 1.004, lo * 1.002, 1e6 * (8 - b), 0.05, -1.0, 2.0, 3.0});
    }
    for (std::size_t k = 0; k < 5000; ++k) {
        const std::size_t i = k * n / 5000;
        liq->bubbles.push_back(
            {kT0 + static_cast<TimeMs>(i) * kMinuteMs, priceAt(i), 1e4 * static_cast<double>(k % 30 + 1),
                k % 2 ? PositionSide::Long : PositionSide::Short, Venue::Binance});
    }
    for (liq::RealizedWindow w : liq::kRealizedWindows) {
        auto& p = liq->realized[static_cast<std::size_t>(w)];
        p.window = w;
        p.grid = liq::LogGrid {0.002};
        p.firstBin = p.grid.bin(price) - 50;
        p.longs.assign(100, 2e5);
        p.shorts.assign(100, 1e5);
    }
    snap->liq = liq;
    return snap;
}

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// "wall ms / thread CPU ms" per call (the machine is shared: CPU time is the steadier figure).
template <typename F> QString msPerCall(F&& f, int reps)
{
    f();
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    for (int i = 0; i < reps; ++i)
        f();
    const double cpu = (threadCpuMs() - cpu0) / reps;
    return QStringLiteral("%1 ms wall / %2 ms CPU")
        .arg(static_cast<double>(t.nsecsElapsed()) / 1e6 / reps, 0, 'f', 2)
        .arg(cpu, 0, 'f', 2);
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    theme::applyDarkTheme(app);
    QTextStream out(stdout);
    constexpr std::size_t n = 50'000;
    // Two snapshots alternate so every "live" frame gets new data (heatmap re-rendered).
    const std::shared_ptr<EngineSnapshot> snaps[2] = {makeSnapshot(n, 1.0f), makeSnapshot(n, 1.1f)};
    ChartWidget chart;
    chart.resize(1400, 900);
    chart.show();
    chart.showSnapshot(snaps[0]);
    const double first = static_cast<double>(snaps[0]->candles.front().openTime) / 1000.0;
    const double last = static_cast<double>(snaps[0]->candles.back().openTime) / 1000.0 + 60;
    chart.setVisibleRange(first, last);
    int k = 0;
    const auto live = [&] {
        chart.showSnapshot(snaps[++k % 2]);
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    };
    const auto still = [&] { chart.plot()->replot(QCustomPlot::rpImmediateRefresh); };
    const auto withLayers = [&](bool on) {
        for (LiqLayerKind kind : kLiqLayerKinds)
            chart.liqLayers()->setLayerVisible(kind, on);
    };
    out << "chart frame, 1400x900 widget, 50,000 candles + liquidation layers (heatmap 50,000 columns x "
        << snaps[0]->liq->heatmap.front()->values.size()
        << " bins, 8 bands, profile, 5,000 bubbles, histogram)\n";
    out << "  all 50,000 candles visible (merge factor " << chart.mergeFactor() << ")\n";
    withLayers(false);
    out << "    new snapshot + replot, liquidation layers off: " << msPerCall(live, 20) << "\n";
    withLayers(true);
    out << "    new snapshot + replot, all layers on:          " << msPerCall(live, 20) << "\n";
    out << "    replot only (heatmap image cached):            " << msPerCall(still, 20) << "\n";
    for (LiqLayerKind only : kLiqLayerKinds) {
        for (LiqLayerKind kind : kLiqLayerKinds)
            chart.liqLayers()->setLayerVisible(kind, kind == only);
        out << "    new snapshot + replot, only " << liqLayerName(only) << ": " << msPerCall(live, 10)
            << "\n";
    }
    withLayers(true);
    // A live tick as the engine publishes it: same history, only the newest column and the
    // profile/bands/bubbles are new objects.
    std::shared_ptr<EngineSnapshot> ticks[2];
    for (int i = 0; i < 2; ++i) {
        ticks[i] = std::make_shared<EngineSnapshot>(*snaps[0]);
        auto liq = std::make_shared<liq::LiqSnapshot>(*snaps[0]->liq);
        auto col = std::make_shared<liq::HeatColumn>(*liq->heatmap.back());
        col->values[10] *= 1.0f + static_cast<float>(i) * 0.01f;
        liq->heatmap.back() = col;
        ticks[i]->liq = liq;
    }
    const auto tick = [&] {
        chart.showSnapshot(ticks[++k % 2]);
        chart.plot()->replot(QCustomPlot::rpImmediateRefresh);
    };
    out << "    live tick (newest heat column changed) + replot, all layers on: " << msPerCall(tick, 20)
        << "\n";
    chart.setVisibleRange(last - 500 * 60, last);
    out << "  last 500 candles visible\n";
    out << "    new snapshot + replot, all layers on:          " << msPerCall(live, 20) << "\n";
    // The light theme colours the heatmap with its own ramp and curve (same work per pixel).
    theme::applyTheme(app, theme::Kind::Light);
    chart.setVisibleRange(first, last);
    out << "  light theme, all 50,000 candles visible\n";
    out << "    new snapshot + replot, all layers on:          " << msPerCall(live, 20) << "\n";
    out << "    live tick + replot, all layers on:             " << msPerCall(tick, 20) << "\n";
    return 0;
}
