// SPDX-License-Identifier: MIT
#include "framethrottle.h"

namespace perp {

FrameThrottle::FrameThrottle(int intervalMs, QObject* parent)
    : QObject(parent)
    , m_timer(this)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FrameThrottle::flush);
}

void FrameThrottle::offer(perp::EngineSnapshotPtr snapshot)
{
    m_pending = std::move(snapshot);
    if (!m_timer.isActive())
        m_timer.start();
}

void FrameThrottle::flush()
{
    if (!m_pending)
        return;
    ++m_frames;
    emit frame(std::exchange(m_pending, nullptr));
}

} // namespace perp
