// SPDX-License-Identifier: MIT
#include "batchgate.h"

namespace perp {

BatchGate::BatchGate(int capacity)
    : m_capacity(capacity)
    , m_free(capacity)
{ }

void BatchGate::enter()
{
    m_free.acquire();
    const int now = ++m_inFlight;
    int seen = m_highWater.load();
    while (now > seen && !m_highWater.compare_exchange_weak(seen, now)) { }
}

void BatchGate::leave()
{
    --m_inFlight;
    m_free.release();
}

} // namespace perp
