// SPDX-License-Identifier: MIT
#include "feedthread.h"

namespace perp {

FeedThread::FeedThread(std::unique_ptr<FeedSource> source, QObject* parent)
    : QObject(parent)
    , m_source(source.release())
{
    m_thread.setObjectName(QStringLiteral("perp-feed"));
    m_source->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_source, &QObject::deleteLater);
}

FeedThread::~FeedThread()
{
    stop();
    if (!m_started)
        delete m_source;
}

void FeedThread::start()
{
    if (m_started)
        return;
    m_started = true;
    m_thread.start();
    QMetaObject::invokeMethod(m_source, &FeedSource::start, Qt::QueuedConnection);
}

void FeedThread::stop()
{
    if (!m_thread.isRunning())
        return;
    // Blocking is safe: the feed thread never waits for the GUI thread.
    QMetaObject::invokeMethod(m_source, &FeedSource::stop, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace perp
