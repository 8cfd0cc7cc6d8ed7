// SPDX-License-Identifier: MIT
#pragma once

#include "database.h"
#include "writebatch.h"

#include <QMetaType>
#include <QObject>

namespace perp::store {

// Writes WriteBatches on the thread it lives on (move it to a store thread so the
// engine never waits for the disk). Each batch is one transaction.
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
};

} // namespace perp::store

Q_DECLARE_METATYPE(perp::store::WriteBatchPtr)
