// SPDX-License-Identifier: MIT
#pragma once

#include "engineworker.h"

#include <QObject>
#include <QTimer>

namespace perp {

// Coalesces snapshots into frames on the GUI thread: at most one frame per interval
// (33 ms = 30 fps), always the newest snapshot, never one repaint per message.
class FrameThrottle : public QObject
{
    Q_OBJECT
public:
    explicit FrameThrottle(int intervalMs = 33, QObject* parent = nullptr);

    std::uint64_t framesEmitted() const { return m_frames; }

public slots:
    void offer(perp::EngineSnapshotPtr snapshot);

signals:
    void frame(perp::EngineSnapshotPtr snapshot);

private:
    void flush();

    QTimer m_timer;
    EngineSnapshotPtr m_pending;
    std::uint64_t m_frames = 0;
};

} // namespace perp
