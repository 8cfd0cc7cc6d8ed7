// SPDX-License-Identifier: MIT
#include "liqstyle.h"

#include "displayformat.h"
#include "theme.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace perp::liqstyle {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("perp::liqstyle", text);
}

QString venueLabel(Venue v)
{
    switch (v) {
    case Venue::Binance:
        return QStringLiteral("Binance");
    case Venue::Bybit:
        return QStringLiteral("Bybit");
    case Venue::Okx:
        return QStringLiteral("OKX");
    case Venue::Sim:
        return tr("the simulator");
    case Venue::Replay:
        return tr("the replayed recording");
    }
    return {};
}

QString sideWord(PositionSide side)
{
    return side == PositionSide::Long ? QStringLiteral("long") : QStringLiteral("short");
}

struct Stop
{
    double at;
    int r, g, b;
    double alpha;
};

// Dark theme: stops of matplotlib's "inferno" (perceptually uniform), low end made transparent.
constexpr Stop kDarkStops[] = {
    {0.00, 40, 11, 84, 0.0},
    {0.12, 60, 15, 110, 0.25},
    {0.30, 120, 28, 109, 0.48},
    {0.50, 188, 55, 84, 0.6},
    {0.70, 237, 105, 37, 0.68},
    {0.85, 251, 165, 10, 0.74},
    {1.00, 252, 255, 164, 0.8},
};

// Light theme: inferno's dark purple low end reads as a grey-violet wash over white, so a
// yellow-orange-red ramp ("YlOrRd") at lower opacity: faint levels stay a light tint, the
// heaviest clusters a clear red that candles still stand out against.
constexpr Stop kLightStops[] = {
    {0.00, 255, 237, 160, 0.0},
    {0.15, 254, 217, 118, 0.10},
    {0.35, 254, 178, 76, 0.22},
    {0.55, 253, 141, 60, 0.34},
    {0.75, 240, 59, 32, 0.46},
    {1.00, 189, 0, 38, 0.58},
};

template <std::size_t N> std::array<unsigned int, 256> buildLut(const Stop (&stops)[N])
{
    std::array<unsigned int, 256> lut {};
    for (int i = 0; i < 256; ++i) {
        const double f = i / 255.0;
        std::size_t s = 0;
        while (s + 2 < N && f > stops[s + 1].at)
            ++s;
        const Stop& a = stops[s];
        const Stop& b = stops[s + 1];
        const double t = std::clamp((f - a.at) / (b.at - a.at), 0.0, 1.0);
        const auto mix = [t](double x, double y) { return x + (y - x) * t; };
        const double alpha = mix(a.alpha, b.alpha);
        const auto channel
            = [&](int x, int y) { return static_cast<unsigned>(std::lround(mix(x, y) * alpha)); };
        lut[static_cast<std::size_t>(i)] = (static_cast<unsigned>(std::lround(alpha * 255)) << 24)
            | (channel(a.r, b.r) << 16) | (channel(a.g, b.g) << 8) | channel(a.b, b.b);
    }
    return lut;
}

} // namespace

QColor sideColor(PositionSide side, int alpha)
{
    QColor c = side == PositionSide::Long ? kLong : kShort;
    c.setAlpha(alpha);
    return c;
}

const std::array<unsigned int, 256>& heatLut(bool light)
{
    static const std::array<unsigned int, 256> dark = buildLut(kDarkStops);
    static const std::array<unsigned int, 256> lightLut = buildLut(kLightStops);
    return light ? lightLut : dark;
}

const std::array<unsigned int, 256>& heatLut()
{
    return heatLut(theme::current() == theme::Kind::Light);
}

double heatCurve(bool light)
{
    return light ? 0.8 : 0.5;
}

QColor heatColor(double fraction)
{
    const auto i = static_cast<std::size_t>(std::clamp(fraction, 0.0, 1.0) * 255.0);
    const unsigned int v = heatLut()[i];
    const int a = static_cast<int>(v >> 24);
    if (a == 0)
        return QColor(0, 0, 0, 0);
    const auto un = [a](unsigned int c) {
        return static_cast<int>(std::min(255u, c * 255u / static_cast<unsigned>(a)));
    };
    return QColor(un((v >> 16) & 0xff), un((v >> 8) & 0xff), un(v & 0xff), a);
}

QString money(double notional)
{
    return QLatin1Char('$') + formatCompact(notional);
}

QString bandLabel(const liq::LiqBand& band, SymbolId symbol)
{
    return tr("est. %1 liq %2–%3 · %4 · %5")
        .arg(sideWord(band.side), formatPrice(band.low, symbol), formatPrice(band.high, symbol),
            money(band.notional),
            (band.distancePct > 0 ? QStringLiteral("+") : QString())
                + QString::number(band.distancePct, 'f', 1) + QLatin1Char('%'));
}

QString bandToolTip(const liq::LiqBand& band, SymbolId symbol)
{
    const bool isLong = band.side == PositionSide::Long;
    return tr("Estimated liquidation band (%1 positions)\n"
              "Range: %2 – %3 (densest at %4)\n"
              "Side: %5\n"
              "Estimated notional: %6 (%7% of all estimated liquidation notional within ±10%)\n"
              "Distance from price: %8 · %9 ATR (5-minute ATR)\n"
              "Magnet score: %10 (100 × share, halved at 3 ATR away)\n"
              "This is an ESTIMATE from open interest, trade flow and assumed leverage, not exchange data.")
        .arg(sideWord(band.side), formatPrice(band.low, symbol), formatPrice(band.high, symbol),
            formatPrice(band.peak, symbol),
            isLong ? tr("longs would be liquidated if price falls here")
                   : tr("shorts would be liquidated if price rises here"),
            money(band.notional), QString::number(band.share * 100.0, 'f', 1),
            formatPercent(band.distancePct), QString::number(band.distanceAtr, 'f', 1),
            QString::number(band.magnet, 'f', 1));
}

QString binanceSamplingNote()
{
    return tr("Binance publishes at most one liquidation per symbol per second, so its figures undercount "
              "during cascades.");
}

QString bubbleToolTip(const liq::RealizedLiq& l, SymbolId symbol)
{
    QString text = tr("Realized %1 liquidation (reported by %2)\nPrice: %3\nNotional: %4\nTime: %5 UTC")
                       .arg(sideWord(l.side), venueLabel(l.venue), formatPrice(l.price, symbol),
                           money(l.notional), formatUtc(l.time, true));
    if (l.venue == Venue::Binance)
        text += QLatin1Char('\n') + binanceSamplingNote();
    return text;
}

} // namespace perp::liqstyle
