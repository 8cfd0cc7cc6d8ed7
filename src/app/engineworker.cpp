// SPDX-License-Identifier: MIT
#include "engineworker.h"

namespace perp {

EngineWorker::EngineWorker(int publishIntervalMs, QObject* parent)
    : QObject(parent)
    , m_publishTimer(this)
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
    if (!m_publishTimer.isActive())
        m_publishTimer.start();
}

void EngineWorker::setView(perp::ChartView view)
{
    m_view = view;
    m_publishTimer.stop();
    publish();
}

void EngineWorker::publish()
{
    emit snapshotReady(m_engine.snapshot(m_view));
}

} // namespace perp
