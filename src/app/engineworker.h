// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"
#include "engineservices.h"
#include "feed/feedsource.h"

#include <QMetaType>
#include <QObject>
#include <QTimer>

namespace perp {

// Lives on the engine thread and owns the Engine. Batches come in through a queued
// slot; immutable snapshots of the wanted ChartView go out on a coalescing timer,
// never once per batch.
class EngineWorker : public QObject
{
    Q_OBJECT
public:
    explicit EngineWorker(int publishIntervalMs = 50, QObject* parent = nullptr);

    // History and alerts of this engine; configure them before the thread starts.
    EngineServices* services() const { return m_services; }

public slots:
    // On the engine thread, before the first batch: opens history, seeds the engine from
    // it and publishes a snapshot at once.
    void start();
    // On the engine thread, after the last batch: flushes and closes history.
    void shutdown();
    void applyBatch(perp::EventBatchPtr batch);
    // The exchange's REST kline backfill (1m, oldest first): fills the gap between stored
    // history and live candles (Engine::fillCandles), stores it and publishes.
    void fillCandles(perp::SymbolId symbol, std::shared_ptr<const std::vector<perp::Candle>> candles);
    // The exchange's maintenance-margin tiers for the liquidation estimator.
    void setMarginTiers(perp::SymbolId symbol, std::shared_ptr<const std::vector<perp::MarginTier>> tiers);
    // Which symbol and timeframe the UI shows; publishes a snapshot of it at once.
    void setView(perp::ChartView view);
    // The views of the extra chart panes (see EngineSnapshot::paneViews); publishes at once.
    void setPaneViews(std::vector<perp::ChartView> views);
    // A replay went back in time: forget all market state (history is not re-seeded,
    // the replay rebuilds it) and publish the empty picture at once.
    void resetEngine();

signals:
    void snapshotReady(perp::EngineSnapshotPtr snapshot);

private:
    void publish();

    Engine m_engine;
    ChartView m_view;
    std::vector<ChartView> m_paneViews;
    QTimer m_publishTimer;
    EngineServices* m_services; // child
};

} // namespace perp

Q_DECLARE_METATYPE(perp::EngineSnapshotPtr)
Q_DECLARE_METATYPE(perp::ChartView)
