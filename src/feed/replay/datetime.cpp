// SPDX-License-Identifier: MIT
#include "datetime.h"

#include "feed/parse/jsonfields.h"

#include <cctype>

namespace perp::replay {

std::int64_t daysFromCivil(int y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<std::int64_t>(doe) - 719468;
}

namespace {
bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out)
{
    if (pos + n > s.size())
        return false;
    out = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (!std::isdigit(static_cast<unsigned char>(s[i])))
            return false;
        out = out * 10 + (s[i] - '0');
    }
    return true;
}
} // namespace

std::optional<TimeMs> parseUtcDateTime(std::string_view s)
{
    if (!s.empty() && s.back() == 'Z')
        s.remove_suffix(1);
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
    std::size_t pos = 0;
    if (s.size() >= 10 && s[4] == '-' && s[7] == '-') { // YYYY-MM-DD
        if (!digits(s, 0, 4, y) || !digits(s, 5, 2, mo) || !digits(s, 8, 2, d))
            return std::nullopt;
    } else if (s.size() >= 10 && s[2] == '-' && s[5] == '-') { // DD-MM-YYYY
        if (!digits(s, 0, 2, d) || !digits(s, 3, 2, mo) || !digits(s, 6, 4, y))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    pos = 10;
    int ms = 0;
    if (pos < s.size()) {
        if ((s[pos] != ' ' && s[pos] != 'T') || !digits(s, pos + 1, 2, h) || s.size() < pos + 6
            || s[pos + 3] != ':' || !digits(s, pos + 4, 2, mi))
            return std::nullopt;
        pos += 6;
        if (pos < s.size()) {
            if (s[pos] != ':' || !digits(s, pos + 1, 2, sec))
                return std::nullopt;
            pos += 3;
            if (pos < s.size()) {
                if (s[pos] != '.' || pos + 1 == s.size())
                    return std::nullopt;
                int scale = 100;
                for (std::size_t i = pos + 1; i < s.size(); ++i) {
                    if (!std::isdigit(static_cast<unsigned char>(s[i])))
                        return std::nullopt;
                    ms += (s[i] - '0') * scale;
                    scale /= 10;
                }
            }
        }
    }
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60)
        return std::nullopt;
    const auto days = daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d));
    return ((days * 24 + h) * 60 + mi) * kMinuteMs + sec * 1000 + ms;
}

std::optional<TimeUs> parseTimestampUs(std::string_view text)
{
    if (text.find('.') != std::string_view::npos) {
        const auto dot = text.find('.');
        std::int64_t whole = 0;
        if (!feed::parseInt64(text.substr(0, dot), whole) || whole < 0 || whole > 9'000'000'000'000)
            return std::nullopt;
        std::int64_t frac = 0;
        std::int64_t scale = 100000;
        for (std::size_t i = dot + 1; i < text.size(); ++i) {
            if (!std::isdigit(static_cast<unsigned char>(text[i])))
                return std::nullopt;
            frac += (text[i] - '0') * scale;
            scale /= 10;
        }
        if (dot + 1 == text.size())
            return std::nullopt;
        return whole * 1'000'000 + frac;
    }
    std::int64_t v = 0;
    if (!feed::parseInt64(text, v) || v < 0)
        return std::nullopt;
    if (v >= 100'000'000'000'000'000)
        return v / 1000;
    if (v >= 100'000'000'000'000)
        return v;
    if (v >= 100'000'000'000)
        return v * 1000;
    return v * 1'000'000;
}

} // namespace perp::replay
