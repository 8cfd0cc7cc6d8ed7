// SPDX-License-Identifier: MIT
#include "jsonfields.h"

#include <charconv>
#include <cstdlib>

namespace perp::feed {

std::string jsonImplementation()
{
    return simdjson::get_active_implementation()->name();
}

bool parseInt64(std::string_view text, std::int64_t& out)
{
    if (text.empty())
        return false;
    const auto* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && p == end;
}

bool parseDouble(std::string_view text, double& out)
{
    if (text.empty())
        return false;
    const auto* end = text.data() + text.size();
    auto [p, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc() && p == end;
}

const simdjson::dom::element* JsonFields::find(std::string_view key)
{
    if (m_count < 0) {
        m_count = 0;
        for (auto field : m_obj) {
            if (m_count == kMaxIndexed) {
                m_truncated = true;
                break;
            }
            m_keys[static_cast<std::size_t>(m_count)] = field.key;
            m_values[static_cast<std::size_t>(m_count)] = field.value;
            ++m_count;
        }
    }
    for (int i = 0; i < m_count; ++i) {
        const auto k = m_keys[static_cast<std::size_t>(i)];
        if (k.size() == key.size() && k[0] == key[0] && k == key)
            return &m_values[static_cast<std::size_t>(i)];
    }
    if (m_truncated && !m_obj.at_key(key).get(m_spill))
        return &m_spill;
    return nullptr;
}

void JsonFields::fail(std::string_view key, const char* what)
{
    if (m_badKey.empty()) {
        m_badKey = key.empty() ? std::string_view("?") : key;
        m_what = what;
    }
}

std::string JsonFields::error() const
{
    return "field '" + std::string(m_badKey) + "': " + m_what;
}

std::string_view JsonFields::str(std::string_view key)
{
    const auto* v = find(key);
    if (!v) {
        fail(key, "missing");
        return {};
    }
    std::string_view s;
    if (v->get_string().get(s)) {
        fail(key, "not a string");
        return {};
    }
    return s;
}

namespace {
template <typename F> F decimalField(JsonFields& self, const simdjson::dom::element* v, std::string_view key)
{
    if (!v) {
        self.fail(key, "missing");
        return {};
    }
    std::string_view s;
    if (!v->get_string().get(s)) {
        if (auto r = F::parse(s))
            return *r;
        self.fail(key, "not a decimal");
        return {};
    }
    double d = 0;
    if (!v->get_double().get(d)) {
        if (auto r = fixedFromDouble<F>(d))
            return *r;
        self.fail(key, "number out of range");
        return {};
    }
    self.fail(key, "not a number");
    return {};
}
} // namespace

Price JsonFields::price(std::string_view key)
{
    return decimalField<Price>(*this, find(key), key);
}

Qty JsonFields::qty(std::string_view key)
{
    return decimalField<Qty>(*this, find(key), key);
}

std::int64_t JsonFields::i64(std::string_view key)
{
    const auto* v = find(key);
    if (!v) {
        fail(key, "missing");
        return 0;
    }
    std::int64_t n = 0;
    if (!v->get_int64().get(n))
        return n;
    std::string_view s;
    if (!v->get_string().get(s) && parseInt64(s, n))
        return n;
    fail(key, "not an integer");
    return 0;
}

double JsonFields::f64(std::string_view key)
{
    const auto* v = find(key);
    if (!v) {
        fail(key, "missing");
        return 0;
    }
    double d = 0;
    if (!v->get_double().get(d))
        return d;
    std::string_view s;
    if (!v->get_string().get(s) && parseDouble(s, d))
        return d;
    fail(key, "not a number");
    return 0;
}

bool JsonFields::boolean(std::string_view key)
{
    bool b = false;
    const auto* v = find(key);
    if (!v) {
        fail(key, "missing");
        return false;
    }
    if (v->get_bool().get(b))
        fail(key, "not a boolean");
    return b;
}

simdjson::dom::array JsonFields::array(std::string_view key)
{
    simdjson::dom::array a;
    const auto* v = find(key);
    if (!v)
        fail(key, "missing");
    else if (v->get_array().get(a))
        fail(key, "not an array");
    return a;
}

simdjson::dom::object JsonFields::object(std::string_view key)
{
    simdjson::dom::object o;
    const auto* v = find(key);
    if (!v)
        fail(key, "missing");
    else if (v->get_object().get(o))
        fail(key, "not an object");
    return o;
}

bool readLevel(simdjson::dom::element level, Price& price, Qty& qty)
{
    simdjson::dom::array a;
    if (level.get_array().get(a) || a.size() < 2)
        return false;
    std::string_view p, q;
    if (a.at(0).get_string().get(p) || a.at(1).get_string().get(q))
        return false;
    auto pp = Price::parse(p);
    auto qq = Qty::parse(q);
    if (!pp || !qq || pp->raw <= 0 || qq->raw < 0)
        return false;
    price = *pp;
    qty = *qq;
    return true;
}

} // namespace perp::feed
