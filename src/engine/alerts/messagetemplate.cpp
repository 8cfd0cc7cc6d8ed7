// SPDX-License-Identifier: MIT
#include "messagetemplate.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

namespace perp::alerts {

namespace {

constexpr std::array<std::string_view, 16> kPlaceholders {"symbol", "mode", "value", "threshold", "rule",
    "name", "time", "direction", "state", "previous", "category", "side", "unit", "price", "zone", "replay"};

bool known(std::string_view name)
{
    for (std::string_view p : kPlaceholders)
        if (p == name)
            return true;
    return false;
}

} // namespace

std::optional<TemplateError> validateTemplate(const std::string& text)
{
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{') {
            if (i + 1 < text.size() && text[i + 1] == '{') {
                ++i;
                continue;
            }
            const std::size_t end = text.find('}', i + 1);
            if (end == std::string::npos)
                return TemplateError {i, "'{' without a closing '}'"};
            const std::string name = text.substr(i + 1, end - i - 1);
            if (!known(name))
                return TemplateError {i, "unknown placeholder {" + name + "}"};
            i = end;
        } else if (c == '}') {
            if (i + 1 < text.size() && text[i + 1] == '}') {
                ++i;
                continue;
            }
            return TemplateError {i, "'}' without an opening '{' (write '}}' for a literal brace)"};
        }
    }
    return std::nullopt;
}

std::string renderTemplate(const std::string& text, const TemplateVars& vars)
{
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if ((c == '{' || c == '}') && i + 1 < text.size() && text[i + 1] == c) {
            out += c;
            ++i;
            continue;
        }
        if (c == '{') {
            const std::size_t end = text.find('}', i + 1);
            if (end != std::string::npos) {
                const auto it = vars.find(text.substr(i + 1, end - i - 1));
                out += it != vars.end() && !it->second.empty() ? it->second : std::string("-");
                i = end;
                continue;
            }
        }
        out += c;
    }
    return out;
}

std::string formatNumber(double v)
{
    if (!std::isfinite(v))
        return "-";
    char buf[64];
    if (std::abs(v) >= 1) {
        std::snprintf(buf, sizeof buf, "%.2f", v);
        std::string s(buf);
        while (s.back() == '0')
            s.pop_back();
        if (s.back() == '.')
            s.pop_back();
        return s;
    }
    std::snprintf(buf, sizeof buf, "%.6g", v);
    return buf;
}

} // namespace perp::alerts
