// SPDX-License-Identifier: MIT
#include "symbolcache.h"

namespace perp::feed {

SymbolId SymbolCache::get(std::string_view exchangeName)
{
    if (m_last < m_entries.size() && m_entries[m_last].first == exchangeName)
        return m_entries[m_last].second;
    for (std::size_t i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].first == exchangeName) {
            m_last = i;
            return m_entries[i].second;
        }
    }
    const SymbolId id = internSymbol(m_normalize(exchangeName));
    if (m_entries.size() < 512) {
        m_entries.emplace_back(std::string(exchangeName), id);
        m_last = m_entries.size() - 1;
    }
    return id;
}

} // namespace perp::feed
