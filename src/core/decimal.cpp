// SPDX-License-Identifier: MIT
#include "decimal.h"

#include <limits>

namespace perp {

std::optional<std::int64_t> parseScaled(std::string_view text, int decimals)
{
    if (text.empty())
        return std::nullopt;
    std::size_t i = 0;
    bool negative = false;
    if (text[0] == '-' || text[0] == '+') {
        negative = text[0] == '-';
        ++i;
    }
    constexpr auto maxValue = std::numeric_limits<std::int64_t>::max() / 10 - 10;
    std::int64_t value = 0;
    int fracDigits = 0;
    bool seenDot = false;
    bool anyDigit = false;
    bool roundUp = false;
    for (; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '.') {
            if (seenDot)
                return std::nullopt;
            seenDot = true;
            continue;
        }
        if (c < '0' || c > '9')
            return std::nullopt;
        anyDigit = true;
        if (seenDot && fracDigits >= decimals) {
            if (fracDigits == decimals)
                roundUp = c >= '5';
            ++fracDigits;
            continue;
        }
        if (value > maxValue)
            return std::nullopt;
        value = value * 10 + (c - '0');
        if (seenDot)
            ++fracDigits;
    }
    if (!anyDigit)
        return std::nullopt;
    for (int d = fracDigits; d < decimals; ++d) {
        if (value > maxValue)
            return std::nullopt;
        value *= 10;
    }
    if (roundUp)
        ++value;
    return negative ? -value : value;
}

std::string formatScaled(std::int64_t raw, int decimals)
{
    const bool negative = raw < 0;
    std::uint64_t v = negative ? static_cast<std::uint64_t>(-(raw + 1)) + 1 : static_cast<std::uint64_t>(raw);
    std::string digits = std::to_string(v);
    if (static_cast<int>(digits.size()) <= decimals)
        digits.insert(0, static_cast<std::size_t>(decimals + 1 - static_cast<int>(digits.size())), '0');
    std::string out = digits.substr(0, digits.size() - static_cast<std::size_t>(decimals));
    std::string frac = digits.substr(digits.size() - static_cast<std::size_t>(decimals));
    while (!frac.empty() && frac.back() == '0')
        frac.pop_back();
    if (!frac.empty())
        out += "." + frac;
    return negative ? "-" + out : out;
}

} // namespace perp
