// SPDX-License-Identifier: MIT
#include "forward.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace perp::sig {

void ForwardTracker::push(CallSection s)
{
    const auto& p = modeParams(s.mode);
    auto& q = m_pending[static_cast<std::size_t>(s.mode)];
    q.push_back(std::move(s));
    const auto cap = static_cast<std::size_t>(p.horizonMs / p.cycleMs) + 4;
    while (q.size() > cap)
        q.pop_front(); // only when time jumped; those calls can no longer be scored fairly
}

void ForwardTracker::resolve(TimeMs now, const std::function<double(SymbolId)>& price,
    const std::function<void(const CallSection&)>& sink)
{
    for (auto& q : m_pending) {
        while (!q.empty() && q.front().time + modeParams(q.front().mode).horizonMs <= now) {
            CallSection& s = q.front();
            const auto& p = modeParams(s.mode);
            if (now > s.time + p.horizonMs + std::max(p.cycleMs, 3 * kCardCycleMs)) {
                q.pop_front(); // resolved far too late (a gap in the data): its return is not the horizon's
                ++m_dropped;
                continue;
            }
            s.ret.assign(s.symbols.size(), std::numeric_limits<double>::quiet_NaN());
            for (std::size_t i = 0; i < s.symbols.size(); ++i) {
                const double p1 = price(s.symbols[i]);
                if (p1 > 0 && s.price[i] > 0)
                    s.ret[i] = std::log(p1 / s.price[i]);
            }
            sink(s);
            q.pop_front();
        }
    }
}

std::size_t ForwardTracker::pending() const
{
    std::size_t n = 0;
    for (const auto& q : m_pending)
        n += q.size();
    return n;
}

} // namespace perp::sig

namespace perp::sig {

std::size_t ForwardTracker::memoryBytes() const
{
    std::size_t n = 0;
    for (const auto& q : m_pending)
        for (const auto& s : q)
            n += sizeof(CallSection) + s.symbols.capacity() * sizeof(SymbolId)
                + (s.price.capacity() + s.ret.capacity()) * sizeof(double)
                + (s.z.capacity() + s.conf.capacity() + s.categoryScore.capacity() + s.bias.capacity()
                      + s.confidence.capacity())
                    * sizeof(float)
                + s.dir.capacity() + s.state.capacity();
    return n;
}

} // namespace perp::sig
