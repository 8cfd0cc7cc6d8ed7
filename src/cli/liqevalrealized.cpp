// SPDX-License-Identifier: MIT
// Realized mode of liq-eval: before each bar, the bands the estimator predicts; during the
// bar, where the exchange-reported liquidations happened. Bars carry no liquidation
// prices, so a bar's long liquidations are spread evenly (in log price) over the range the
// price fell through [low, open], shorts over [open, high]; the captured share is the part
// of that range inside predicted bands of the same side.
#include "liqevalrealized.h"

#include "engine/liq/atrtracker.h"
#include "engine/liq/clusterfinder.h"
#include "engine/liq/liqmetrics.h"
#include "engine/liq/liquidationestimator.h"

#include <QFile>
#include <QJsonArray>
#include <QTextStream>
#include <cmath>

namespace perp::cli {

namespace {

struct Bar
{
    TimeMs time = 0;
    double open = 0, high = 0, low = 0, close = 0, liqLong = 0, liqShort = 0, oiUsd = 0;
};

double round4(double v)
{
    return std::round(v * 1e4) / 1e4;
}

// Share of the log-price interval [a, b] covered by bands of a side.
double coveredShare(const std::vector<liq::LiqBand>& bands, PositionSide side, double a, double b)
{
    if (!(a > 0) || !(b > a))
        return 0;
    double covered = 0;
    for (const auto& band : bands) {
        if (band.side != side)
            continue;
        const double lo = std::max(a, band.low), hi = std::min(b, band.high);
        if (hi > lo)
            covered += std::log(hi / lo);
    }
    return std::min(1.0, covered / std::log(b / a));
}

std::vector<Bar> readBars(const QString& path, QString& error, int& skipped)
{
    std::vector<Bar> bars;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
        error = QStringLiteral("cannot open '%1'").arg(path);
        return bars;
    }
    QTextStream in(&f);
    const QStringList header = in.readLine().split(',');
    const QStringList need {"timestamp", "price_open", "price_high", "price_low", "price_close",
        "liquidation_long_usd", "liquidation_short_usd", "oi_close"};
    std::vector<int> col;
    for (const auto& n : need) {
        col.push_back(static_cast<int>(header.indexOf(n)));
        if (col.back() < 0) {
            error = QStringLiteral("%1: missing column '%2'").arg(path, n);
            return bars;
        }
    }
    int line = 1;
    while (!in.atEnd()) {
        ++line;
        const QStringList c = in.readLine().split(',');
        double v[8] = {};
        bool good = true;
        for (int i = 0; i < 8 && good; ++i) {
            const int k = col[static_cast<std::size_t>(i)];
            good = k < c.size();
            if (good)
                v[i] = c[k].toDouble(&good);
        }
        if (!good || v[1] <= 0 || v[2] < v[3] || v[3] <= 0 || v[6] < 0 || v[5] < 0) {
            QTextStream(stderr) << "liq-eval: " << path << ":" << line << ": malformed bar, skipped\n";
            ++skipped;
            continue;
        }
        Bar b {static_cast<TimeMs>(v[0]), v[1], v[2], v[3], v[4], v[5], v[6], v[7]};
        // Only bars with OI, stepping forward in time (later rows may repeat a snapshot).
        if (!bars.empty() && (b.time <= bars.back().time || b.time - bars.back().time != 30 * kMinuteMs))
            break;
        bars.push_back(b);
    }
    return bars;
}

} // namespace

QJsonObject evaluateRealized(const QString& path, const QString& symbolText, int warmupBars, QString& error)
{
    int skipped = 0;
    const std::vector<Bar> bars = readBars(path, error, skipped);
    if (!error.isEmpty())
        return {};
    if (static_cast<int>(bars.size()) <= warmupBars + 1) {
        error = QStringLiteral("%1: only %2 usable 30-minute bars").arg(path).arg(bars.size());
        return {};
    }
    const SymbolId symbol = internSymbol(symbolText.toStdString());
    liq::LiquidationEstimator est(symbol);
    liq::ClusterFinder finder;
    liq::AtrTracker atr(30 * kMinuteMs);
    // Bands predicted after each bar (top 5) and the price then; scored against the
    // liquidations of the bar `horizon` bars later.
    struct Prediction
    {
        double price = 0;
        std::vector<liq::LiqBand> top;
    };
    std::vector<Prediction> predictions;
    constexpr int kHorizons[] = {1, 8, 48};
    struct Score
    {
        double inRange = 0, captured = 0, coverageSum = 0;
        int evaluated = 0;
    };
    Score scores[3];
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar& b = bars[i];
        for (int h = 0; h < 3; ++h) {
            const auto from = static_cast<std::ptrdiff_t>(i) - kHorizons[h];
            if (from < warmupBars || from < 0 || predictions[static_cast<std::size_t>(from)].top.empty())
                continue;
            const Prediction& pr = predictions[static_cast<std::size_t>(from)];
            Score& sc = scores[h];
            const double lo = std::max(b.low, pr.price * 0.9), hi = std::min(b.high, pr.price * 1.1);
            const double top = std::min(b.open, hi), bottom = std::max(b.open, lo);
            if (b.liqLong > 0 && top > lo) {
                sc.inRange += b.liqLong;
                sc.captured += b.liqLong * coveredShare(pr.top, PositionSide::Long, lo, top);
            }
            if (b.liqShort > 0 && hi > bottom) {
                sc.inRange += b.liqShort;
                sc.captured += b.liqShort * coveredShare(pr.top, PositionSide::Short, bottom, hi);
            }
            sc.coverageSum += liq::coverage(pr.top, pr.price, 0.10);
            ++sc.evaluated;
        }
        // Feed the bar as the market events a live feed would have given: trades through
        // open, the nearer extreme, the other extreme, close; realized liquidations at the
        // extremes; OI at the close.
        const bool downFirst = b.open - b.low < b.high - b.open;
        const double path4[4] = {b.open, downFirst ? b.low : b.high, downFirst ? b.high : b.low, b.close};
        for (int k = 0; k < 4; ++k) {
            Trade t;
            t.h.symbol = symbol;
            t.h.exchangeTime = b.time + k * 7 * kMinuteMs;
            t.price = Price::fromDouble(path4[k]);
            t.qty = Qty::fromDouble(1);
            t.takerSide = k > 0 && path4[k] < path4[k - 1] ? Side::Sell : Side::Buy;
            est.apply(t);
            atr.add(t.h.exchangeTime, path4[k]);
        }
        for (int s = 0; s < 2; ++s) {
            const double usd = s == 0 ? b.liqLong : b.liqShort;
            if (usd <= 0)
                continue;
            Liquidation l;
            l.h.symbol = symbol;
            l.h.exchangeTime = b.time + 28 * kMinuteMs;
            l.price = Price::fromDouble(s == 0 ? b.low : b.high);
            l.qty = Qty::fromDouble(usd / (s == 0 ? b.low : b.high));
            l.liquidated = s == 0 ? PositionSide::Long : PositionSide::Short;
            est.apply(l);
        }
        OpenInterest oi;
        oi.h.symbol = symbol;
        oi.h.exchangeTime = b.time + 30 * kMinuteMs - 1;
        oi.openInterest = Qty::fromDouble(b.oiUsd / b.close);
        est.apply(oi);
        const auto& bands = finder.update(est.profile(), atr.atr());
        predictions.push_back({b.close,
            {bands.begin(),
                bands.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(5, bands.size()))}});
    }
    QJsonArray byHorizon;
    for (int h = 0; h < 3; ++h) {
        const Score& sc = scores[h];
        const double share = sc.inRange > 0 ? sc.captured / sc.inRange : 0;
        const double coverage = sc.evaluated > 0 ? sc.coverageSum / sc.evaluated : 0;
        byHorizon.append(QJsonObject {{"horizon_bars", kHorizons[h]}, {"evaluated_bars", sc.evaluated},
            {"realized_in_range_usd", std::round(sc.inRange)}, {"top5_realized_capture", round4(share)},
            {"top5_coverage", round4(coverage)},
            {"lift_over_uniform", round4(coverage > 0 ? share / coverage : 0)}});
    }
    return {{"source", path}, {"symbol", symbolText}, {"bars", static_cast<int>(bars.size())},
        {"skipped_rows", skipped}, {"warmup_bars", warmupBars},
        {"confidence", QString::fromLatin1(liq::confidenceName(est.confidence()))}, {"horizons", byHorizon},
        {"note",
            "bands predicted after bar t are scored against the realized liquidations of bar "
            "t + horizon; bars carry no liquidation prices, so a bar's long (short) liquidations "
            "are spread evenly over the log-price range it fell (rose) through within +-10%"}};
}

} // namespace perp::cli
