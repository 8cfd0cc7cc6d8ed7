// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace perp::feed {

// Maps exchange symbol text to an interned id without taking the registry lock on
// every message. Keys are the exchange's spelling; the mapping function normalizes.
class SymbolCache
{
public:
    using Normalize = std::string (*)(std::string_view);
    explicit SymbolCache(Normalize normalize)
        : m_normalize(normalize)
    { }

    SymbolId get(std::string_view exchangeName);

private:
    Normalize m_normalize;
    std::vector<std::pair<std::string, SymbolId>> m_entries;
    std::size_t m_last = 0;
};

} // namespace perp::feed
