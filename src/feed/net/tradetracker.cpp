// SPDX-License-Identifier: MIT
#include "tradetracker.h"

namespace perp::net {

TradeTracker::Verdict TradeTracker::offer(std::int64_t id, std::int64_t nowMs)
{
    if (m_contiguous == 0) {
        m_anchor = m_contiguous = id;
        return Verdict::New;
    }
    if (id < m_anchor) {
        constexpr std::size_t kMaxBelow = 100'000;
        if (m_below.size() >= kMaxBelow || !m_below.insert(id).second)
            return Verdict::Duplicate;
        return Verdict::New;
    }
    if (id <= m_contiguous || m_ahead.contains(id))
        return Verdict::Duplicate;
    if (id == m_contiguous + 1) {
        m_contiguous = id;
        while (!m_ahead.empty() && *m_ahead.begin() == m_contiguous + 1) {
            m_contiguous = *m_ahead.begin();
            m_ahead.erase(m_ahead.begin());
        }
        if (m_ahead.empty())
            m_gapSinceMs = 0;
        return Verdict::New;
    }
    if (m_ahead.empty())
        m_gapSinceMs = nowMs;
    m_ahead.insert(id);
    return Verdict::New;
}

bool TradeTracker::hasGap(std::int64_t nowMs, std::int64_t graceMs) const
{
    return !m_ahead.empty() && nowMs - m_gapSinceMs >= graceMs;
}

} // namespace perp::net
