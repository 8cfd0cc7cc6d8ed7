// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "core/events.h"

#include <QObject>
#include <QString>
#include <memory>

namespace perp::record {
class FrameRecorder;
}
#include <vector>

namespace perp {

// A source of market events (simulator, exchange adapter, replay). Lives on a feed
// worker thread; everything it reports leaves through queued signals.
class FeedSource : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~FeedSource() override = default;

    // Short human text for the status bar, e.g. "SIMULATED · seed 1 · 60x".
    virtual QString description() const = 0;
    // True when prices are not real market prices.
    virtual bool isSimulated() const { return false; }
    // Live adapters write every raw frame and REST body they receive to a recorder.
    virtual bool canRecord() const { return false; }
    // Starts (or with null stops) recording. On the source's thread only.
    virtual void setRecorder(std::shared_ptr<record::FrameRecorder> /*recorder*/) { }

public slots:
    virtual void start() = 0;
    virtual void stop() = 0;

signals:
    void batchReady(perp::EventBatchPtr batch);
    void statusChanged(const QString& text);
    void failed(const QString& error);
    // Long work under way (e.g. REST history backfill): `done` of `total` steps; done == total
    // when finished. `task` is plain words for the user, e.g. "Binance 1m history".
    void workProgress(const QString& task, int done, int total);
    // Closed 1m candles of one symbol from the exchange's REST backfill on start, oldest
    // first: history before (and the gap up to) live trades. The engine fills its series
    // with them (Engine::fillCandles).
    void candlesBackfilled(perp::SymbolId symbol, std::shared_ptr<const std::vector<perp::Candle>> candles);
    // The exchange's maintenance-margin tiers of one symbol (ascending notional cap), for
    // the liquidation estimator (Engine::setMarginTiers).
    void marginTiersReady(perp::SymbolId symbol, std::shared_ptr<const std::vector<perp::MarginTier>> tiers);
};

} // namespace perp

Q_DECLARE_METATYPE(perp::EventBatchPtr)
