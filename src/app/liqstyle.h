// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "core/symbols.h"
#include "engine/liq/clusterfinder.h"
#include "engine/liq/realizedliquidations.h"

#include <QColor>
#include <QString>
#include <array>

namespace perp::liqstyle {

// Side colours of the liquidation layers, distinct from the candle green/red: longs
// (liquidated below price) amber, shorts (liquidated above) sky blue. Estimates use these
// hues as soft translucent fills without outline; realized liquidations use them as solid
// outlines (hollow markers and outlined bars), so the two are never drawn alike.
inline const QColor kLong {0xff, 0x9f, 0x43};
inline const QColor kShort {0x4f, 0xc3, 0xf7};
QColor sideColor(PositionSide side, int alpha = 255);

// 256 premultiplied ARGB entries whose low end is fully transparent, so empty price levels
// leave the chart untouched: dark theme an inferno-like perceptual ramp, light theme a
// lighter yellow-orange-red ramp at lower opacity. heatLut() is the current theme's.
const std::array<unsigned int, 256>& heatLut(bool light);
const std::array<unsigned int, 256>& heatLut();
// Exponent applied to a cell's share of the brightest cell before the ramp: 0.5 (square
// root, mid-sized clusters stay visible) on dark, 0.8 on light (faint levels stay faint).
double heatCurve(bool light);
QColor heatColor(double fraction); // fraction in [0, 1]

// "$4.2M"
QString money(double notional);
// "est. long liq 95800.0–96100.0 · $4.2M · -1.2%"
QString bandLabel(const liq::LiqBand& band, SymbolId symbol);
// Multi-line hover text of a band, ending with a reminder that it is an estimate.
QString bandToolTip(const liq::LiqBand& band, SymbolId symbol);
// Multi-line hover text of one realized liquidation.
QString bubbleToolTip(const liq::RealizedLiq& l, SymbolId symbol);
// The Binance sampling caveat shown wherever realized liquidations from Binance appear.
QString binanceSamplingNote();

} // namespace perp::liqstyle
