// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace perp {

// Exact fixed-point number with a compile-time number of decimals. Sums of
// quantities and prices stay exact; analytics convert to double at the edge.
template <int Decimals>
struct Fixed
{
    static constexpr int decimals = Decimals;
    static constexpr std::int64_t scale = [] {
        std::int64_t s = 1;
        for (int i = 0; i < Decimals; ++i)
            s *= 10;
        return s;
    }();

    std::int64_t raw = 0;

    static constexpr Fixed fromRaw(std::int64_t r) { return Fixed{r}; }
    static Fixed fromDouble(double v)
    {
        const double scaled = v * static_cast<double>(scale);
        return Fixed{static_cast<std::int64_t>(scaled < 0 ? scaled - 0.5 : scaled + 0.5)};
    }
    // Parses "123", "-0.0045", "1e-3" is rejected. Extra digits beyond Decimals are
    // rounded half away from zero. Returns nullopt on malformed text or overflow.
    static std::optional<Fixed> parse(std::string_view text);

    constexpr double toDouble() const { return static_cast<double>(raw) / static_cast<double>(scale); }
    std::string toString() const;

    constexpr Fixed operator+(Fixed o) const { return Fixed{raw + o.raw}; }
    constexpr Fixed operator-(Fixed o) const { return Fixed{raw - o.raw}; }
    constexpr Fixed& operator+=(Fixed o)
    {
        raw += o.raw;
        return *this;
    }
    constexpr Fixed& operator-=(Fixed o)
    {
        raw -= o.raw;
        return *this;
    }
    constexpr auto operator<=>(const Fixed&) const = default;
};

using Price = Fixed<8>; // quote currency per unit of base
using Qty = Fixed<6>; // base units

// Parses a decimal string into a raw scaled integer; shared by all Fixed widths.
std::optional<std::int64_t> parseScaled(std::string_view text, int decimals);
std::string formatScaled(std::int64_t raw, int decimals);

template <int D>
std::optional<Fixed<D>> Fixed<D>::parse(std::string_view text)
{
    if (auto r = parseScaled(text, D))
        return Fixed{*r};
    return std::nullopt;
}

template <int D>
std::string Fixed<D>::toString() const
{
    return formatScaled(raw, D);
}

} // namespace perp
