// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <vector>

// Small numeric helpers shared by the cards. Series are oldest first; "last n"
// means the newest n values. Every helper returns nullopt when there is not enough
// data or a value is missing (NaN), so a card never invents numbers.
namespace perp::sig::math {

using Opt = std::optional<double>;
inline constexpr double kNaNValue = std::numeric_limits<double>::quiet_NaN();
using Series = std::span<const double>;

inline bool have(Series s, std::size_t n)
{
    return s.size() >= n && n > 0;
}
// The newest n values.
inline Series last(Series s, std::size_t n)
{
    return s.subspan(s.size() - n);
}
inline Opt back(Series s, std::size_t ago = 0)
{
    if (s.size() <= ago || std::isnan(s[s.size() - 1 - ago]))
        return std::nullopt;
    return s[s.size() - 1 - ago];
}
inline bool anyNaN(Series s)
{
    for (double x : s)
        if (std::isnan(x))
            return true;
    return false;
}
inline Opt sum(Series s, std::size_t n)
{
    if (!have(s, n))
        return std::nullopt;
    double a = 0;
    for (double x : last(s, n))
        a += x;
    return std::isnan(a) ? std::nullopt : Opt(a);
}
inline Opt mean(Series s, std::size_t n)
{
    auto a = sum(s, n);
    return a ? Opt(*a / static_cast<double>(n)) : std::nullopt;
}
inline Opt stdev(Series s, std::size_t n)
{
    auto m = mean(s, n);
    if (!m || n < 2)
        return std::nullopt;
    double v = 0;
    for (double x : last(s, n))
        v += (x - *m) * (x - *m);
    return std::sqrt(v / static_cast<double>(n - 1));
}
// Relative change of the newest value versus the one n bars earlier.
inline Opt change(Series s, std::size_t n)
{
    auto a = back(s);
    auto b = back(s, n);
    if (!a || !b || *b == 0)
        return std::nullopt;
    return *a / *b - 1.0;
}
// Log returns of the newest n bars (needs n + 1 values).
std::optional<std::vector<double>> logReturns(Series c, std::size_t n);
// Natural logs of the newest n values (all must be positive).
std::optional<std::vector<double>> logs(Series s, std::size_t n);
// EMA over the newest (3 * n) values, seeded with their first value.
Opt ema(Series s, std::size_t n, std::size_t ago = 0);
// Wilder RSI over n bars, warmed up on the newest 4n values.
Opt rsi(Series c, std::size_t n);
// Average true range (Wilder) over n bars.
Opt atr(Series h, Series l, Series c, std::size_t n);
// Least-squares slope of the newest n values against 0..n-1, and the fit's R^2.
struct Fit
{
    double slope;
    double r2;
};
std::optional<Fit> linreg(Series s, std::size_t n);
// Pearson correlation of the newest n pairs.
Opt correlation(Series a, Series b, std::size_t n);
// Highest high / lowest low of the newest n values, optionally skipping the newest `skip`.
Opt highest(Series s, std::size_t n, std::size_t skip = 0);
Opt lowest(Series s, std::size_t n, std::size_t skip = 0);
// z of the newest value against the mean and stdev of the newest n values.
Opt zLast(Series s, std::size_t n);
inline double clamp1(double x)
{
    return x > 1 ? 1 : (x < -1 ? -1 : x);
}
inline double sgn(double x)
{
    return x > 0 ? 1.0 : (x < 0 ? -1.0 : 0.0);
}
// Average rank correlation helper: Spearman of two equally long vectors.
Opt spearman(std::span<const double> a, std::span<const double> b);

} // namespace perp::sig::math
