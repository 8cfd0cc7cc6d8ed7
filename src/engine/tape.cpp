// SPDX-License-Identifier: MIT
#include "tape.h"

#include <algorithm>

namespace perp {

TapeRing::TapeRing(std::size_t capacity)
    : m_ring(std::max<std::size_t>(capacity, 1))
{ }

void TapeRing::add(const TapePrint& p)
{
    m_ring[m_next] = p;
    m_next = (m_next + 1) % m_ring.size();
    m_size = std::min(m_size + 1, m_ring.size());
}

std::vector<TapePrint> TapeRing::prints() const
{
    std::vector<TapePrint> out;
    out.reserve(m_size);
    const std::size_t start = (m_next + m_ring.size() - m_size) % m_ring.size();
    for (std::size_t i = 0; i < m_size; ++i)
        out.push_back(m_ring[(start + i) % m_ring.size()]);
    return out;
}

} // namespace perp
