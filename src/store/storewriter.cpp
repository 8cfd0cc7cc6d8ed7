// SPDX-License-Identifier: MIT
#include "storewriter.h"

#include "alertstore.h"
#include "sqlutil.h"

#include <QElapsedTimer>

#include <map>

namespace perp::store {

StoreWriter::StoreWriter(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{
    qRegisterMetaType<WriteBatchPtr>("perp::store::WriteBatchPtr");
}

bool StoreWriter::writeNow(const WriteBatch& batch, QString* error)
{
    Transaction tx(m_db.connection());
    if (!tx.ok()) {
        if (error)
            *error = tx.error();
        return false;
    }
    CandleStore candles(m_db);
    HistoryStore history(m_db);
    if (!candles.upsert(batch.candles, error) || !history.addLiquidations(batch.liquidations, error)
        || !history.addBias(batch.biasRows, error) || !history.addSignals(batch.signalRows, error))
        return false;
    std::map<SymbolId, std::vector<OpenInterestPoint>> oi;
    for (const auto& [sym, p] : batch.openInterest)
        oi[sym].push_back(p);
    for (const auto& [sym, points] : oi)
        if (!history.addOpenInterest(sym, points, error))
            return false;
    std::map<SymbolId, std::vector<FundingPoint>> funding;
    for (const auto& [sym, p] : batch.funding)
        funding[sym].push_back(p);
    for (const auto& [sym, points] : funding)
        if (!history.addFunding(sym, points, error))
            return false;
    std::vector<alerts::FiredAlert> fired = batch.alerts;
    if (!AlertStore(m_db).log(fired, error))
        return false;
    if (!tx.commit()) {
        if (error)
            *error = tx.error();
        return false;
    }
    m_rows += qint64(batch.rows());
    return true;
}

void StoreWriter::write(WriteBatchPtr batch)
{
    if (batch)
        m_retry.push_back(std::move(batch));
    while (!m_retry.empty()) {
        const WriteBatchPtr& next = m_retry.front();
        QElapsedTimer t;
        t.start();
        QString error;
        if (!writeNow(*next, &error)) {
            QString message = QStringLiteral("storing history in '%1' failed: %2").arg(m_db.path(), error);
            if (m_retry.size() > kMaxRetained) {
                m_retry.pop_front();
                message += QStringLiteral(" (the oldest unwritten batch was dropped)");
            } else {
                message += QStringLiteral(" (kept, %1 batch(es) will be tried again)").arg(m_retry.size());
            }
            emit failed(message);
            return;
        }
        emit written(qint64(next->rows()), t.nsecsElapsed() / 1000);
        m_retry.pop_front();
    }
}

} // namespace perp::store
