// SPDX-License-Identifier: MIT
#include "backoff.h"

#include <algorithm>

namespace perp::net {

Backoff::Backoff(int baseMs, int maxMs, std::uint64_t seed)
    : m_baseMs(std::max(1, baseMs))
    , m_maxMs(std::max(baseMs, maxMs))
    , m_rng(seed)
{ }

void Backoff::setLimits(int baseMs, int maxMs)
{
    m_baseMs = std::max(1, baseMs);
    m_maxMs = std::max(m_baseMs, maxMs);
}

int Backoff::next()
{
    const int shift = std::min(m_attempt, 20);
    ++m_attempt;
    const long long ceiling = std::min<long long>(static_cast<long long>(m_baseMs) << shift, m_maxMs);
    std::uniform_int_distribution<long long> d(ceiling / 2, ceiling);
    return static_cast<int>(d(m_rng));
}

} // namespace perp::net
