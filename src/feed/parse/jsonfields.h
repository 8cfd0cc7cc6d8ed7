// SPDX-License-Identifier: MIT
#pragma once

#include "core/decimal.h"

#include <simdjson.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace perp::feed {

// Typed reads of one JSON object's fields. A missing or mistyped field returns a
// zero value and records the first failure, so a parser reads everything it needs
// and checks ok() once.
class JsonFields
{
public:
    explicit JsonFields(simdjson::dom::object obj)
        : m_obj(obj)
    { }

    bool has(std::string_view key) const;
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
    simdjson::dom::object m_obj;
    std::string_view m_badKey;
    const char* m_what = "";
};

// Name of the simdjson kernel chosen at run time for this CPU (e.g. "icelake",
// "haswell"; "fallback" means no SIMD). The DOM parser dispatches at run time.
std::string jsonImplementation();

// Parses decimal text strictly (digits, one dot, optional sign).
bool parseInt64(std::string_view text, std::int64_t& out);
bool parseDouble(std::string_view text, double& out);

// A [price, qty, ...] array into two decimals; false when malformed.
bool readLevel(simdjson::dom::element level, Price& price, Qty& qty);

} // namespace perp::feed
