// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"
#include "database.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace perp::store {

// Opaque state kept by area and key: learner state, zones per symbol, and the
// like. The owner chooses the encoding; the store keeps it and its update time.
class BlobStore
{
public:
    explicit BlobStore(Database& db)
        : m_db(db)
    { }

    bool put(const QString& area, const QString& key, const QByteArray& data, TimeMs updated,
        QString* error = nullptr);
    std::optional<QByteArray> get(const QString& area, const QString& key);
    QStringList keys(const QString& area);
    bool remove(const QString& area, const QString& key);

private:
    Database& m_db;
};

} // namespace perp::store
