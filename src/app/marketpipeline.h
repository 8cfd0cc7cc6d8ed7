// SPDX-License-Identifier: MIT
#pragma once

#include "batchgate.h"
#include "engineworker.h"
#include "feed/net/feedhealth.h"
#include "feedthread.h"

#include <QThread>
#include <memory>

namespace perp {

// Wires the threads: FeedSource (feed thread) -> EventBatchPtr -> EngineWorker (engine
// thread) -> EngineSnapshotPtr -> the GUI thread. All hand-overs are queued signals of
// immutable data; nothing mutable is shared. A BatchGate bounds the batches in flight
// to the engine, so a feed faster than the engine is slowed instead of piling up memory.
class MarketPipeline : public QObject
{
    Q_OBJECT
public:
    explicit MarketPipeline(std::unique_ptr<FeedSource> source, QObject* parent = nullptr);
    ~MarketPipeline() override;

    // Before start(): history (--data-dir) and replay marking of the engine thread.
    void configureServices(const EngineServices::Options& options);
    // The engine thread's history and alerts: connect to its signals (queued) and invoke
    // its slots only through queued connections.
    EngineServices* services() const { return m_engine->services(); }

    void start();
    void stop();

    QString sourceDescription() const { return m_description; }
    bool isSimulated() const { return m_simulated; }
    const BatchGate& gate() const { return *m_gate; }
    // The source, living on the feed thread: connect to its signals and call its slots
    // only through queued connections.
    FeedSource* feedSource() const { return m_feed->source(); }

public slots:
    // Queued to the engine thread.
    void requestView(perp::ChartView view);
    // The views of the extra chart panes, queued to the engine thread.
    void requestPaneViews(std::vector<perp::ChartView> views);

signals:
    void snapshotReady(perp::EngineSnapshotPtr snapshot);
    void sourceStatus(const QString& text);
    void sourceFailed(const QString& error);
    // Feed health (per exchange and stream, or the simulator's / replay's event rates), about
    // once a second and at once on a state change.
    void healthChanged(perp::net::FeedHealthSnapshotPtr snapshot);
    // Long work of the source (history backfill): done of total steps.
    void workProgress(const QString& task, int done, int total);

private:
    QString m_description;
    bool m_simulated;
    std::shared_ptr<BatchGate> m_gate;
    QThread m_engineThread;
    EngineWorker* m_engine; // deleted on the engine thread when it finishes
    bool m_engineStarted = false;
    std::unique_ptr<FeedThread> m_feed;
};

} // namespace perp
