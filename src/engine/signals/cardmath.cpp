// SPDX-License-Identifier: MIT
#include "cardmath.h"

#include <algorithm>
#include <numeric>

namespace perp::sig::math {

std::optional<std::vector<double>> logReturns(Series c, std::size_t n)
{
    if (!have(c, n + 1))
        return std::nullopt;
    std::vector<double> r;
    r.reserve(n);
    const auto s = last(c, n + 1);
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (!(s[i] > 0) || !(s[i - 1] > 0))
            return std::nullopt;
        r.push_back(std::log(s[i] / s[i - 1]));
    }
    return r;
}

std::optional<std::vector<double>> logs(Series s, std::size_t n)
{
    if (!have(s, n))
        return std::nullopt;
    std::vector<double> out;
    out.reserve(n);
    for (double x : last(s, n)) {
        if (!(x > 0))
            return std::nullopt;
        out.push_back(std::log(x));
    }
    return out;
}

Opt ema(Series s, std::size_t n, std::size_t ago)
{
    if (n == 0 || s.size() < ago + 1)
        return std::nullopt;
    const Series src = s.first(s.size() - ago);
    const std::size_t warm = std::min(src.size(), 3 * n);
    if (warm < n)
        return std::nullopt;
    const auto w = last(src, warm);
    const double a = 2.0 / (static_cast<double>(n) + 1.0);
    double e = w[0];
    for (std::size_t i = 1; i < w.size(); ++i)
        e += a * (w[i] - e);
    return std::isnan(e) ? std::nullopt : Opt(e);
}

Opt rsi(Series c, std::size_t n)
{
    if (!have(c, n + 1))
        return std::nullopt;
    const auto w = last(c, std::min(c.size(), 4 * n + 1));
    double up = 0, down = 0;
    for (std::size_t i = 1; i < w.size(); ++i) {
        const double d = w[i] - w[i - 1];
        const double g = d > 0 ? d : 0, lo = d < 0 ? -d : 0;
        if (i <= n) {
            up += g / static_cast<double>(n);
            down += lo / static_cast<double>(n);
        } else {
            up += (g - up) / static_cast<double>(n);
            down += (lo - down) / static_cast<double>(n);
        }
    }
    if (std::isnan(up) || std::isnan(down) || up + down == 0)
        return std::nullopt;
    return 100.0 - 100.0 / (1.0 + up / std::max(down, 1e-300));
}

Opt atr(Series h, Series l, Series c, std::size_t n)
{
    if (!have(c, n + 1) || h.size() != c.size() || l.size() != c.size())
        return std::nullopt;
    const std::size_t m = std::min(c.size() - 1, 3 * n);
    const std::size_t start = c.size() - m;
    double a = 0;
    for (std::size_t i = start; i < c.size(); ++i) {
        const double tr = std::max({h[i] - l[i], std::abs(h[i] - c[i - 1]), std::abs(l[i] - c[i - 1])});
        if (i - start < n)
            a += tr / static_cast<double>(n);
        else
            a += (tr - a) / static_cast<double>(n);
    }
    return std::isnan(a) ? std::nullopt : Opt(a);
}

std::optional<Fit> linreg(Series s, std::size_t n)
{
    if (!have(s, n) || n < 3)
        return std::nullopt;
    const auto w = last(s, n);
    const double xm = (static_cast<double>(n) - 1) / 2.0;
    double ym = 0;
    for (double y : w)
        ym += y;
    ym /= static_cast<double>(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const double dx = static_cast<double>(i) - xm, dy = w[i] - ym;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    if (std::isnan(sxy))
        return std::nullopt;
    const double slope = sxy / sxx;
    const double r2 = syy > 0 ? (sxy * sxy) / (sxx * syy) : 0.0;
    return Fit {slope, r2};
}

Opt correlation(Series a, Series b, std::size_t n)
{
    if (!have(a, n) || !have(b, n) || n < 3)
        return std::nullopt;
    const auto x = last(a, n), y = last(b, n);
    double mx = 0, my = 0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= static_cast<double>(n);
    my /= static_cast<double>(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    if (!(sxx > 0) || !(syy > 0))
        return std::nullopt;
    return sxy / std::sqrt(sxx * syy);
}

Opt highest(Series s, std::size_t n, std::size_t skip)
{
    if (!have(s, n + skip))
        return std::nullopt;
    const auto w = last(s, n + skip).first(n);
    double m = w[0];
    for (double x : w)
        m = std::max(m, x);
    return std::isnan(m) ? std::nullopt : Opt(m);
}

Opt lowest(Series s, std::size_t n, std::size_t skip)
{
    if (!have(s, n + skip))
        return std::nullopt;
    const auto w = last(s, n + skip).first(n);
    double m = w[0];
    for (double x : w)
        m = std::min(m, x);
    return std::isnan(m) ? std::nullopt : Opt(m);
}

Opt zLast(Series s, std::size_t n)
{
    auto m = mean(s, n);
    auto sd = stdev(s, n);
    if (!m || !sd || !(*sd > 0))
        return std::nullopt;
    return (s.back() - *m) / *sd;
}

namespace {
std::vector<double> ranks(std::span<const double> v)
{
    std::vector<std::size_t> idx(v.size());
    std::iota(idx.begin(), idx.end(), 0);
    std::stable_sort(idx.begin(), idx.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> r(v.size());
    for (std::size_t i = 0; i < idx.size();) {
        std::size_t j = i;
        while (j + 1 < idx.size() && v[idx[j + 1]] == v[idx[i]])
            ++j;
        const double avg = (static_cast<double>(i) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k <= j; ++k)
            r[idx[k]] = avg;
        i = j + 1;
    }
    return r;
}
} // namespace

Opt spearman(std::span<const double> a, std::span<const double> b)
{
    if (a.size() != b.size() || a.size() < 3)
        return std::nullopt;
    const auto ra = ranks(a), rb = ranks(b);
    return correlation(ra, rb, ra.size());
}

} // namespace perp::sig::math
