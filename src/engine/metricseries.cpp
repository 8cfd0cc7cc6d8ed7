// SPDX-License-Identifier: MIT
#include "metricseries.h"

#include <algorithm>

namespace perp {

MetricSeries::MetricSeries(std::size_t capacity)
    : m_capacity(std::max<std::size_t>(capacity, 1))
{ }

bool MetricSeries::record(TimeMs t, double value)
{
    const TimeMs minute = t - ((t % kMinuteMs) + kMinuteMs) % kMinuteMs;
    if (!m_samples.empty()) {
        MetricSample& last = m_samples.back();
        if (minute < last.minute) {
            ++m_outOfOrder;
            return false;
        }
        if (minute == last.minute) {
            last.value = value;
            return true;
        }
    }
    m_samples.push_back({minute, value});
    while (m_samples.size() > m_capacity)
        m_samples.pop_front();
    return true;
}

bool MetricSeries::insertHistory(TimeMs t, double value)
{
    const TimeMs minute = t - ((t % kMinuteMs) + kMinuteMs) % kMinuteMs;
    auto it = std::lower_bound(m_samples.begin(), m_samples.end(), minute,
        [](const MetricSample& s, TimeMs m) { return s.minute < m; });
    if (it != m_samples.end() && it->minute == minute)
        return false;
    if (it == m_samples.begin() && m_samples.size() >= m_capacity)
        return false;
    m_samples.insert(it, {minute, value});
    while (m_samples.size() > m_capacity)
        m_samples.pop_front();
    return true;
}

std::vector<MetricSample> MetricSeries::since(TimeMs from) const
{
    auto it = std::upper_bound(m_samples.begin(), m_samples.end(), from,
        [](TimeMs t, const MetricSample& s) { return t < s.minute; });
    if (it != m_samples.begin())
        --it;
    return {it, m_samples.end()};
}

} // namespace perp
