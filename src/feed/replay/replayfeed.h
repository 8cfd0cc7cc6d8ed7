// SPDX-License-Identifier: MIT
#pragma once

#include "feed/feedsource.h"
#include "replaytypes.h"

#include <QElapsedTimer>
#include <QMetaType>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace perp::replay {

class ReplayLoader;

// Where a replay stands; sent as a copy with every change (the feed lives on its own
// thread, so this is the only way to read its state).
struct ReplayState
{
    enum class Phase { Idle, Loading, Paused, Playing, Seeking, Finished, Failed };
    Phase phase = Phase::Idle;
    double loadFraction = 0; // bytes of the files read, 0..1
    double seekFraction = 0; // of the running seek, 0..1
    double speed = 1; // replayed seconds per wall second; 0 = as fast as possible
    bool paused = false; // playback wanted paused (also while loading or seeking)
    std::uint64_t position = 0; // events emitted
    std::uint64_t total = 0; // events in the files
    std::uint64_t rejected = 0; // lines rejected while loading
    TimeMs beginMs = 0; // replay time (receive time, or exchange time without one) of the first event
    TimeMs endMs = 0; // ... of the last event
    TimeMs currentMs = 0; // ... of the last event emitted (beginMs before the first)
    TimeMs targetMs = 0; // of the running seek

    double fraction() const { return total ? double(position) / double(total) : 0.0; }
};

// Replays recorded files as a live feed (`--source replay:FILE[,FILE...]`). Files are read
// on start() a slice per timer tick (progress in ReplayState::loadFraction); events keep
// their file order and are paced by the replay time (receive time; exchange time when a
// file has none) at `speed` x wall time, or as fast as possible when speed is 0. Kline
// files carry bars, not events, and are reported as skipped (perpscope-cli replay reads them).
//
// Control from any thread only through queued slot calls; the state comes back through
// stateChanged(). Seeking forward replays everything up to the target as fast as possible
// (candles stay complete); seeking back emits rewound() (the receiver resets what it built
// from events) and replays from the start to the target the same way.
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
    // Feed thread only (tests call them directly on a feed without a thread).
    const ReplayState& state() const { return m_state; }
    std::size_t position() const { return m_next; }
    std::size_t eventCount() const { return m_events.size(); }
    const ReplayStats& stats() const { return m_stats; }

public slots:
    void start() override;
    void stop() override;
    void play();
    void pause();
    void togglePause();
    // Emits the next `count` events at once (while paused or running).
    void step(int count = 1);
    // Emits the events of the next replay instant (one received frame or REST body).
    void stepBatch();
    // Emits up to and including the first trade of the next `candleMs` candle.
    void stepCandle(qint64 candleMs = 60'000);
    // 0 = as fast as possible, else replayed seconds per wall second.
    void setSpeed(double speed);
    // Goes to the first event at or after this replay time (ms).
    void seek(qint64 replayTimeMs);
    void seekFraction(double fraction);

signals:
    void stateChanged(perp::replay::ReplayState state);
    // Back-compat summary of the state: position fraction and replay time.
    void progressChanged(double fraction, qint64 replayTimeMs);
    void rewound();
    void finished();

private:
    void tick();
    void loadSlice();
    void finishLoading();
    void playTick();
    void seekTick();
    void emitUpTo(std::size_t end);
    void reanchor();
    void schedule();
    void publish(bool force = true);
    void seekToIndex(std::size_t target);
    bool ready() const;

    QStringList m_files;
    std::unique_ptr<ReplayLoader> m_loader;
    ReplayState m_state;
    bool m_running = false;
    std::vector<MarketEvent> m_events;
    std::vector<TimeUs> m_keys; // pacing time per event, non-decreasing
    std::size_t m_next = 0;
    std::size_t m_seekTarget = 0;
    bool m_pendingSeek = false; // a seek asked for while loading
    qint64 m_pendingSeekMs = 0;
    TimeMs m_lastTradeTime = -1; // exchange time of the last trade emitted
    ReplayStats m_stats;
    QTimer m_timer;
    QElapsedTimer m_wall;
    QElapsedTimer m_published;
    qint64 m_anchorWallMs = 0;
    TimeUs m_anchorKey = 0;
};

} // namespace perp::replay

Q_DECLARE_METATYPE(perp::replay::ReplayState)
