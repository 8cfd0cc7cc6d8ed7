// SPDX-License-Identifier: MIT
#include "marketpipeline.h"

#include "sourcehealth.h"
#include "feed/replay/replayfeed.h"

namespace perp {

MarketPipeline::MarketPipeline(std::unique_ptr<FeedSource> source, QObject* parent)
    : QObject(parent)
    , m_description(source->description())
    , m_simulated(source->isSimulated())
    , m_gate(std::make_shared<BatchGate>())
    , m_engine(new EngineWorker)
{
    m_engineThread.setObjectName(QStringLiteral("perp-engine"));
    m_engine->moveToThread(&m_engineThread);
    connect(&m_engineThread, &QThread::finished, m_engine, &QObject::deleteLater);
    connect(&m_engineThread, &QThread::started, m_engine, &EngineWorker::start, Qt::DirectConnection);

    FeedSource* feed = source.get();
    // Runs on the feed thread as the batch is emitted; the engine releases the gate once
    // the batch is applied.
    connect(
        feed, &FeedSource::batchReady, feed,
        [engine = m_engine, gate = m_gate](perp::EventBatchPtr batch) {
            gate->enter();
            QMetaObject::invokeMethod(
                engine,
                [engine, gate, batch = std::move(batch)] {
                    engine->applyBatch(batch);
                    gate->leave();
                },
                Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    // A replay seeking back: the engine forgets everything first, in order with the batches.
    if (auto* replay = qobject_cast<replay::ReplayFeed*>(feed))
        connect(
            replay, &replay::ReplayFeed::rewound, replay,
            [engine = m_engine] {
                QMetaObject::invokeMethod(engine, &EngineWorker::resetEngine, Qt::QueuedConnection);
            },
            Qt::DirectConnection);
    // REST kline backfill and margin tiers: queued to the engine thread like the batches.
    connect(
        feed, &FeedSource::candlesBackfilled, feed,
        [engine = m_engine](perp::SymbolId id, std::shared_ptr<const std::vector<perp::Candle>> candles) {
            QMetaObject::invokeMethod(
                engine, [engine, id, candles] { engine->fillCandles(id, candles); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    connect(
        feed, &FeedSource::marginTiersReady, feed,
        [engine = m_engine](perp::SymbolId id, std::shared_ptr<const std::vector<perp::MarginTier>> tiers) {
            QMetaObject::invokeMethod(
                engine, [engine, id, tiers] { engine->setMarginTiers(id, tiers); }, Qt::QueuedConnection);
        },
        Qt::DirectConnection);
    connect(feed, &FeedSource::statusChanged, this, &MarketPipeline::sourceStatus, Qt::QueuedConnection);
    connect(feed, &FeedSource::failed, this, &MarketPipeline::sourceFailed, Qt::QueuedConnection);
    connect(feed, &FeedSource::workProgress, this, &MarketPipeline::workProgress, Qt::QueuedConnection);
    connect(attachFeedHealth(feed), &net::FeedHealth::changed, this, &MarketPipeline::healthChanged,
        Qt::QueuedConnection);
    connect(
        m_engine, &EngineWorker::snapshotReady, this, &MarketPipeline::snapshotReady, Qt::QueuedConnection);
    m_feed = std::make_unique<FeedThread>(std::move(source));
}

MarketPipeline::~MarketPipeline()
{
    stop();
    if (!m_engineStarted)
        delete m_engine; // never ran on its thread, so no deleteLater will come
}

void MarketPipeline::configureServices(const EngineServices::Options& options)
{
    if (!m_engineStarted)
        m_engine->services()->configure(options);
}

void MarketPipeline::start()
{
    if (!m_engineStarted) {
        m_engineStarted = true;
        m_engineThread.start();
    }
    m_feed->start();
}

void MarketPipeline::stop()
{
    m_feed->stop();
    if (m_engineThread.isRunning()) {
        QMetaObject::invokeMethod(m_engine, &EngineWorker::shutdown, Qt::BlockingQueuedConnection);
        m_engineThread.quit();
        m_engineThread.wait();
    }
}

void MarketPipeline::requestView(perp::ChartView view)
{
    if (m_engineThread.isFinished())
        return; // stopped: the worker is gone
    EngineWorker* engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, view] { engine->setView(view); }, Qt::QueuedConnection);
}

void MarketPipeline::requestPaneViews(std::vector<perp::ChartView> views)
{
    if (m_engineThread.isFinished())
        return; // stopped: the worker is gone
    EngineWorker* engine = m_engine;
    QMetaObject::invokeMethod(
        engine, [engine, views = std::move(views)] { engine->setPaneViews(views); }, Qt::QueuedConnection);
}

} // namespace perp
