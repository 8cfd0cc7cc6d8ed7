// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace perp::sig {

// A tiny streaming JSON writer with fixed number formatting, so the same values
// always give byte-identical text. Non-finite numbers are written as null.
class JsonWriter
{
public:
    explicit JsonWriter(bool pretty = true)
        : m_pretty(pretty)
    { }
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view s);
    JsonWriter& value(const char* s) { return value(std::string_view(s)); }
    JsonWriter& value(double d, int decimals = 6);
    JsonWriter& value(long long i);
    JsonWriter& value(int i) { return value(static_cast<long long>(i)); }
    JsonWriter& value(unsigned long long i) { return value(static_cast<long long>(i)); }
    JsonWriter& value(bool b);
    JsonWriter& null();
    const std::string& str() const { return m_out; }

private:
    void separate();
    void writeString(std::string_view s);
    void newline();
    bool m_pretty;
    std::string m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace perp::sig
