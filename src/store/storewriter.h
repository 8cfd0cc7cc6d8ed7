// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "writebatch.h"

#include <QMetaType>

#include <QObject>
#include <deque>

namespace perp::store {

// Writes WriteBatches on the thread it lives on (move it to a store thread so the
// engine never waits for the disk). Each batch is one transaction. A batch that
// fails (database locked too long, disk full) is kept and tried again, in order,
// before the next one; at most kMaxRetained are kept, the oldest dropped with an error.
class StoreWriter : public QObject
{
    Q_OBJECT
public:
    // Registers WriteBatchPtr for queued connections (signals from the engine thread).
    explicit StoreWriter(Database& db, QObject* parent = nullptr);
    // Writes now, on the calling thread. Returns false and sets `error` on failure
    // (the batch is then rolled back as a whole).
    bool writeNow(const WriteBatch& batch, QString* error = nullptr);
    qint64 rowsWritten() const { return m_rows; }
    std::size_t retained() const { return m_retry.size(); }
    static constexpr std::size_t kMaxRetained = 256;

public slots:
    void write(perp::store::WriteBatchPtr batch);
    // Closes this thread's connection; invoke before the store thread ends.
    void finish() { m_db.closeThreadConnection(); }

signals:
    void written(qint64 rows, qint64 micros);
    void failed(const QString& error);

private:
    Database& m_db;
    qint64 m_rows = 0;
    std::deque<WriteBatchPtr> m_retry;
};

} // namespace perp::store

Q_DECLARE_METATYPE(perp::store::WriteBatchPtr)
