// SPDX-License-Identifier: MIT
#include "engineworker.h"

namespace perp {

EngineWorker::EngineWorker(int publishIntervalMs, QObject* parent)
    : QObject(parent)
    , m_publishTimer(this)
    , m_services(new EngineServices(this))
{
    qRegisterMetaType<perp::EngineSnapshotPtr>("perp::EngineSnapshotPtr");
    qRegisterMetaType<perp::ChartView>("perp::ChartView");
    qRegisterMetaType<perp::EventBatchPtr>("perp::EventBatchPtr");
    m_publishTimer.setSingleShot(true);
    m_publishTimer.setInterval(publishIntervalMs);
    connect(&m_publishTimer, &QTimer::timeout, this, &EngineWorker::publish);
}

void EngineWorker::applyBatch(perp::EventBatchPtr batch)
{
    if (!batch)
        return;
    m_engine.apply(*batch);
    m_services->afterBatch(*batch, m_engine);
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void EngineWorker::fillCandles(
    perp::SymbolId symbol, std::shared_ptr<const std::vector<perp::Candle>> candles)
{
    if (!candles || candles->empty())
        return;
    if (m_engine.fillCandles(symbol, *candles) > 0)
        m_services->afterFill(symbol, candles->front().openTime);
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void EngineWorker::setMarginTiers(
    perp::SymbolId symbol, std::shared_ptr<const std::vector<perp::MarginTier>> tiers)
{
    if (tiers && !m_services->hasUserTiers(symbol))
        m_engine.setMarginTiers(symbol, *tiers);
}

void EngineWorker::start()
{
    m_services->start(m_engine);
    m_publishTimer.stop();
    publish();
}

void EngineWorker::shutdown()
{
    m_services->stop(m_engine);
}

void EngineWorker::setView(perp::ChartView view)
{
    m_view = view;
    m_publishTimer.stop();
    publish();
}

void EngineWorker::setPaneViews(std::vector<perp::ChartView> views)
{
    m_paneViews = std::move(views);
    m_publishTimer.stop();
    publish();
}

void EngineWorker::resetEngine()
{
    m_engine = Engine();
    m_publishTimer.stop();
    publish();
}

void EngineWorker::publish()
{
    emit snapshotReady(m_engine.snapshot(m_view, m_paneViews));
}

} // namespace perp
