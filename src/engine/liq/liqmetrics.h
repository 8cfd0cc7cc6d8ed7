// SPDX-License-Identifier: MIT
#pragma once

#include "clusterfinder.h"
#include "liqprofile.h"

#include <span>
#include <vector>

namespace perp::liq {

// A known liquidation level (e.g. a simulated trader's position): where it liquidates
// and its notional.
struct KnownLevel
{
    double price = 0;
    double notional = 0;
};

// Log-price bins within +-range of a price, used to compare profiles: bin i covers
// [price*exp(lo + i*step), price*exp(lo + (i+1)*step)) with lo = ln(1 - range).
struct EvalBins
{
    double price = 0;
    double range = 0.10;
    double step = 0.0025;

    int count() const;
    int index(double p) const; // -1 outside
};

std::vector<double> densityOf(std::span<const KnownLevel> levels, const EvalBins& bins);
// Re-bins an estimated profile (longs + shorts, by bin centre) onto the evaluation bins.
std::vector<double> densityOf(const LiqProfile& profile, const EvalBins& bins);
// Pearson correlation; 0 when either side is constant.
double correlation(std::span<const double> a, std::span<const double> b);
// Share of the known notional within +-range of price that lies inside any band.
double capture(
    std::span<const LiqBand> bands, std::span<const KnownLevel> levels, double price, double range);
// Ceiling of capture(): the largest share of the known notional within +-range that any
// `bands` disjoint intervals covering at most `maxCoverage` of the range together can hold
// (exact over `bins` equal price bins; dynamic programme over bins, interval count and width).
double bestCapture(std::span<const KnownLevel> levels, double price, double range, int bands,
    double maxCoverage, int bins = 400);
// Share of the [price*(1-range), price*(1+range)] interval covered by the union of bands.
double coverage(std::span<const LiqBand> bands, double price, double range);

} // namespace perp::liq
