// SPDX-License-Identifier: MIT
#pragma once

#include "feed/feedsource.h"
#include "replaytypes.h"

#include <QElapsedTimer>
#include <QStringList>
#include <QTimer>

#include <vector>

namespace perp::replay {

// Replays recorded files as a live feed (`--source replay:FILE[,FILE...]`). Events
// keep their file order and are paced by receive time (exchange time when a file
// has none) at `speed` x wall time, or as fast as possible when speed is 0. Files
// are read fully on the first start(); kline files carry bars, not events, and are
// reported as skipped (use `perpscope-cli replay` for them).
// Prices are real recorded prices, so isSimulated() is false; description() says REPLAY.
class ReplayFeed : public FeedSource
{
    Q_OBJECT
public:
    ReplayFeed(QStringList files, double speed, QObject* parent = nullptr);
    ~ReplayFeed() override;

    // "replay:a.gz,b.gz" -> the files; empty if the spec is not a replay source.
    static QStringList filesFromSpec(const QString& spec);

    QString description() const override;
    double speed() const { return m_speed; }
    bool isPaused() const { return m_paused; }
    std::size_t position() const { return m_next; }
    std::size_t eventCount() const { return m_events.size(); }
    const ReplayStats& stats() const { return m_stats; }

public slots:
    void start() override;
    void stop() override;
    void pause();
    // Emits the next `count` events at once (while paused or running).
    void step(int count = 1);
    // 0 = as fast as possible, else replayed seconds per wall second.
    void setSpeed(double speed);
    // Moves to the first event at or after this exchange time. Going back emits
    // rewound() first: the receiver must clear state built from later events.
    void seek(TimeMs exchangeTime);
    void seekFraction(double fraction);

signals:
    void progressChanged(double fraction, qint64 replayTimeMs);
    void rewound();
    void finished();

private:
    bool load();
    void tick();
    void emitUpTo(std::size_t end);
    void reanchor();

    QStringList m_files;
    double m_speed;
    bool m_loaded = false;
    bool m_paused = false;
    bool m_running = false;
    std::vector<MarketEvent> m_events;
    std::vector<TimeUs> m_keys; // pacing time per event, non-decreasing
    std::size_t m_next = 0;
    ReplayStats m_stats;
    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_anchorWallMs = 0;
    TimeUs m_anchorKey = 0;
};

} // namespace perp::replay
