// SPDX-License-Identifier: MIT
#include "historysession.h"

#include "candlestore.h"

namespace perp::store {

HistorySession::~HistorySession()
{
    close();
}

bool HistorySession::open(const Options& options, QString* error)
{
    close();
    m_recovery.clear();
    m_options = options;
    m_dataDir = resolveDataDir(options.dataDir, error);
    if (m_dataDir.isEmpty())
        return false;
    auto db = std::make_unique<Database>(databasePath(m_dataDir));
    QString openError;
    if (!db->open(&openError)) {
        // A damaged file is kept aside and history starts afresh; anything else (a newer
        // schema, no permission) is reported and the file left alone.
        const QString aside = db->isDamaged() ? db->moveAside() : QString();
        db = std::make_unique<Database>(databasePath(m_dataDir));
        if (aside.isEmpty() || !db->open(error)) {
            if (error && aside.isEmpty())
                *error = openError;
            return false;
        }
        m_recovery
            = QStringLiteral("%1. It was moved aside to '%2'; history starts afresh.").arg(openError, aside);
    }
    if (options.pruneOnOpen) {
        m_prune = Retention(*db).prune(nowUs() / 1000);
        if (!m_prune.ok()) {
            if (error)
                *error = m_prune.error;
            return false;
        }
    }
    m_db = std::move(db);
    m_recorder = HistoryRecorder(options.recorder);
    m_writer = new StoreWriter(*m_db);
    m_writer->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_writer, &QObject::deleteLater);
    QObject::connect(
        m_writer, &StoreWriter::written, m_writer, [this](qint64 rows, qint64) { m_rows.fetch_add(rows); },
        Qt::DirectConnection);
    QObject::connect(
        m_writer, &StoreWriter::failed, m_writer, [this](const QString&) { m_failures.fetch_add(1); },
        Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("perpscope-store"));
    m_thread.start(QThread::LowPriority);
    return true;
}

std::size_t HistorySession::seedEngine(Engine& engine, std::size_t perSeries)
{
    if (!m_db)
        return 0;
    CandleStore store(*m_db);
    std::size_t n = 0;
    for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
        for (Timeframe tf : kAllTimeframes) {
            const std::vector<Candle> candles = store.loadLatest(id, tf, perSeries);
            n += engine.seedCandles(id, tf, candles);
        }
    m_db->closeThreadConnection(); // the engine thread does not use the database again
    return n;
}

void HistorySession::queue(WriteBatchPtr batch)
{
    if (!batch || !m_writer)
        return;
    while (m_queued.load() >= m_options.maxQueuedBatches)
        QThread::msleep(1);
    m_queued.fetch_add(1);
    StoreWriter* w = m_writer;
    QMetaObject::invokeMethod(
        w,
        [this, w, batch] {
            w->write(batch);
            m_queued.fetch_sub(1);
        },
        Qt::QueuedConnection);
}

void HistorySession::afterBatch(const EventBatch& batch, const Engine& engine)
{
    if (!m_db)
        return;
    m_recorder.observe(batch);
    queue(m_recorder.take(engine));
}

void HistorySession::flush(const Engine& engine)
{
    if (m_db)
        queue(m_recorder.take(engine, true));
}

void HistorySession::close(const Engine* engine)
{
    if (!m_db)
        return;
    if (engine)
        flush(*engine);
    if (m_writer && m_thread.isRunning()) {
        StoreWriter* w = m_writer;
        QMetaObject::invokeMethod(
            w, [w] { w->finish(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    m_writer = nullptr;
    m_db.reset();
}

} // namespace perp::store
