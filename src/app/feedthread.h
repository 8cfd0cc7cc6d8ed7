// SPDX-License-Identifier: MIT
#pragma once

#include "feed/feedsource.h"

#include <QThread>
#include <memory>

namespace perp {

// The feed worker thread: owns one FeedSource, which lives and dies on this thread.
// Everything the source reports leaves through its queued signals.
class FeedThread : public QObject
{
    Q_OBJECT
public:
    explicit FeedThread(std::unique_ptr<FeedSource> source, QObject* parent = nullptr);
    ~FeedThread() override;

    // For connecting to its signals only; never call into it from another thread.
    FeedSource* source() const { return m_source; }

    void start();
    // Stops the source on its own thread, then ends the thread. Idempotent.
    void stop();

private:
    QThread m_thread;
    FeedSource* m_source; // deleted on its thread when the thread finishes
    bool m_started = false;
};

} // namespace perp
