// SPDX-License-Identifier: MIT
#include "crosssymbol.h"

#include <algorithm>
#include <cmath>

namespace perp::sig {

std::optional<AlignedReturns> alignReturns(const FrameView& a, const FrameView& b, std::size_t n)
{
    AlignedReturns out;
    std::size_t i = a.size(), j = b.size();
    while (i > 1 && j > 1 && out.a.size() < n) {
        const double ta = a.t[i - 1], tb = b.t[j - 1];
        if (ta > tb) {
            --i;
        } else if (tb > ta) {
            --j;
        } else {
            if (a.t[i - 2] == b.t[j - 2] && a.c[i - 2] > 0 && b.c[j - 2] > 0 && a.c[i - 1] > 0
                && b.c[j - 1] > 0) {
                out.a.push_back(std::log(a.c[i - 1] / a.c[i - 2]));
                out.b.push_back(std::log(b.c[j - 1] / b.c[j - 2]));
            }
            --i;
            --j;
        }
    }
    if (out.a.size() < n)
        return std::nullopt;
    std::reverse(out.a.begin(), out.a.end());
    std::reverse(out.b.begin(), out.b.end());
    return out;
}

std::optional<BetaFit> betaFit(const AlignedReturns& r)
{
    const std::size_t n = r.a.size();
    if (n < 3)
        return std::nullopt;
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < n; ++i) {
        ma += r.a[i];
        mb += r.b[i];
    }
    ma /= static_cast<double>(n);
    mb /= static_cast<double>(n);
    double sab = 0, sbb = 0, saa = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sab += (r.a[i] - ma) * (r.b[i] - mb);
        sbb += (r.b[i] - mb) * (r.b[i] - mb);
        saa += (r.a[i] - ma) * (r.a[i] - ma);
    }
    if (!(sbb > 0) || !(saa > 0))
        return std::nullopt;
    return BetaFit {sab / sbb, sab / std::sqrt(saa * sbb)};
}

} // namespace perp::sig
