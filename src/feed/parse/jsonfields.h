// SPDX-License-Identifier: MIT
#pragma once

#include "core/decimal.h"

#include <simdjson.h>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace perp::feed {

// Typed reads of one JSON object's fields. A missing or mistyped field returns a
// zero value and records the first failure, so a parser reads everything it needs
// and checks ok() once. The object is walked once; lookups then compare short keys
// in place (much cheaper than simdjson's at_key per field on small messages).
class JsonFields
{
public:
    explicit JsonFields(simdjson::dom::object obj)
        : m_obj(obj)
    { }

    bool has(std::string_view key) { return find(key) != nullptr; }
    std::string_view str(std::string_view key);
    // Decimal text ("123.45"); a JSON number is accepted through its double value.
    Price price(std::string_view key);
    Qty qty(std::string_view key);
    // Integer from a JSON integer or from decimal digits in a string.
    std::int64_t i64(std::string_view key);
    // Number or numeric string, e.g. a funding rate "0.0001" or "-2.64e-05".
    double f64(std::string_view key);
    bool boolean(std::string_view key);
    simdjson::dom::array array(std::string_view key);
    simdjson::dom::object object(std::string_view key);

    bool ok() const { return m_badKey.empty(); }
    // "field 'p': missing" style text for the first failure.
    std::string error() const;
    void fail(std::string_view key, const char* what);

private:
    // The field's value, or null when absent.
    const simdjson::dom::element* find(std::string_view key);

    static constexpr int kMaxIndexed = 24;
    simdjson::dom::object m_obj;
    int m_count = -1; // fields indexed; -1 before the first lookup
    bool m_truncated = false; // more fields than kMaxIndexed: fall back to at_key
    std::array<std::string_view, kMaxIndexed> m_keys;
    std::array<simdjson::dom::element, kMaxIndexed> m_values;
    simdjson::dom::element m_spill;
    std::string_view m_badKey;
    const char* m_what = "";
};

// Name of the simdjson kernel chosen at run time for this CPU (e.g. "icelake",
// "haswell"; "fallback" means no SIMD). The DOM parser dispatches at run time.
std::string jsonImplementation();

// Parses decimal text strictly (digits, one dot, optional sign).
bool parseInt64(std::string_view text, std::int64_t& out);
bool parseDouble(std::string_view text, double& out);

// F::fromDouble(d) when d is finite and fits F's range (about +-9.2e10 for Price);
// nullopt otherwise (casting an out-of-range double to an integer is undefined).
template <typename F> std::optional<F> fixedFromDouble(double d)
{
    const double scaled = d * static_cast<double>(F::scale);
    if (!(scaled > -9.0e18 && scaled < 9.0e18)) // also false for NaN
        return std::nullopt;
    return F::fromDouble(d);
}

// A [price, qty, ...] array into two decimals; false when malformed.
bool readLevel(simdjson::dom::element level, Price& price, Qty& qty);

} // namespace perp::feed
