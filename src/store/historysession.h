// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "historyrecorder.h"
#include "retention.h"
#include "storewriter.h"

#include <QThread>

#include <atomic>
#include <memory>

namespace perp::store {

// Everything the app or a CLI command needs to keep history, in one place:
// resolves the data directory (--data-dir or the platform's), opens and migrates
// the database, prunes it by the retention policy, and writes what the engine
// produces on a store thread of its own.
//
//   HistorySession history;
//   if (!history.open({dataDirFromArgs}, &error)) ...        // any thread, once
//   engine.apply(batch); history.afterBatch(batch, engine);  // engine thread
//   history.recorder().addAlerts(fired);                     // engine thread
//   history.close(engine);                                   // at the end: flushes, waits
class HistorySession
{
public:
    struct Options
    {
        QString dataDir; // empty = the platform's application data directory
        bool pruneOnOpen = true;
        HistoryRecorder::Options recorder;
        int maxQueuedBatches = 64; // the engine waits when the disk falls this far behind
    };

    HistorySession() = default;
    ~HistorySession();
    HistorySession(const HistorySession&) = delete;
    HistorySession& operator=(const HistorySession&) = delete;

    bool open(const Options& options, QString* error = nullptr);
    bool isOpen() const { return m_db != nullptr; }
    Database& database() { return *m_db; }
    const QString& dataDir() const { return m_dataDir; }
    // Non-empty when open() found the database damaged and started a new one.
    const QString& recoveryMessage() const { return m_recovery; }
    // What pruning removed at open.
    const PruneResult& openPrune() const { return m_prune; }
    // Connect to its written/failed signals (queued) for a status display.
    StoreWriter* writer() { return m_writer; }

    // Engine thread, before the first batch: puts the newest `perSeries` stored candles
    // of every default symbol and timeframe into the engine, so the chart shows history
    // at once (the feed then fills the gap). Returns the number of candles loaded.
    std::size_t seedEngine(Engine& engine, std::size_t perSeries = 20'000);

    // Engine thread.
    HistoryRecorder& recorder() { return m_recorder; }
    void afterBatch(const EventBatch& batch, const Engine& engine);
    void flush(const Engine& engine);
    // Flushes what is left (when an engine is given), waits for the writes and stops
    // the store thread. Safe to call twice.
    void close(const Engine* engine = nullptr);

    qint64 rowsWritten() const { return m_rows.load(); }
    int failures() const { return m_failures.load(); }

private:
    void queue(WriteBatchPtr batch);

    Options m_options;
    QString m_dataDir;
    std::unique_ptr<Database> m_db;
    HistoryRecorder m_recorder;
    PruneResult m_prune;
    QString m_recovery;
    QThread m_thread;
    StoreWriter* m_writer = nullptr; // lives on m_thread
    std::atomic<int> m_queued {0};
    std::atomic<qint64> m_rows {0};
    std::atomic<int> m_failures {0};
};

} // namespace perp::store
