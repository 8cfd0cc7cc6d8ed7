// SPDX-License-Identifier: MIT
#pragma once

#include <QSemaphore>
#include <atomic>

namespace perp {

// Back-pressure between the feed thread and the engine thread: at most `capacity`
// batches are in flight. A feed that outruns the engine (the simulator at --speed max)
// waits in enter() instead of queueing batches without bound.
class BatchGate
{
public:
    explicit BatchGate(int capacity = 8);

    void enter(); // feed thread, before handing a batch over; blocks while full
    void leave(); // engine thread, after applying a batch

    int capacity() const { return m_capacity; }
    int highWater() const { return m_highWater.load(); }

private:
    int m_capacity;
    QSemaphore m_free;
    std::atomic<int> m_inFlight {0};
    std::atomic<int> m_highWater {0};
};

} // namespace perp
