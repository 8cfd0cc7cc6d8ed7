// SPDX-License-Identifier: MIT
#include "heatmap.h"

#include <algorithm>

namespace perp::liq {

void HeatmapHistory::push(HeatColumnPtr column)
{
    if (!column)
        return;
    ++m_revision;
    if (!m_columns.empty() && m_columns.back()->time == column->time) {
        m_columns.back() = std::move(column);
        return;
    }
    m_columns.push_back(std::move(column));
    while (m_columns.size() > m_capacity)
        m_columns.pop_front();
}

std::vector<HeatColumnPtr> HeatmapHistory::latest(std::size_t count) const
{
    const std::size_t n = std::min(count, m_columns.size());
    return {m_columns.end() - static_cast<std::ptrdiff_t>(n), m_columns.end()};
}

std::vector<HeatColumnPtr> HeatmapHistory::since(TimeMs from) const
{
    auto it = std::lower_bound(m_columns.begin(), m_columns.end(), from,
        [](const HeatColumnPtr& c, TimeMs t) { return c->time < t; });
    return {it, m_columns.end()};
}

} // namespace perp::liq
