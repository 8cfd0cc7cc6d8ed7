// SPDX-License-Identifier: MIT
#include "bookcompare.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace perp::test {

namespace {

template <typename Side>
bool sameSide(const Side& mine, const QJsonArray& theirs, const char* name, QString& why)
{
    if (static_cast<qsizetype>(mine.size()) != theirs.size()) {
        why = QStringLiteral("%1: %2 levels locally, %3 on the server")
                  .arg(name)
                  .arg(mine.size())
                  .arg(theirs.size());
        return false;
    }
    qsizetype i = 0;
    for (const auto& [price, qty] : mine) {
        const QJsonArray level = theirs[i++].toArray();
        const auto p = Price::parse(level[0].toString().toStdString());
        const auto q = Qty::parse(level[1].toString().toStdString());
        if (!p || !q || *p != price || *q != qty) {
            why = QStringLiteral("%1 level %2: local %3 x %4, server %5 x %6")
                      .arg(name)
                      .arg(i - 1)
                      .arg(QString::fromStdString(price.toString()), QString::fromStdString(qty.toString()),
                          level[0].toString(), level[1].toString());
            return false;
        }
    }
    return true;
}

} // namespace

bool sameBook(const net::LocalBook& book, const QByteArray& depthJson, QString& why, bool compareIds)
{
    const QJsonObject o = QJsonDocument::fromJson(depthJson).object();
    if (!o.contains("lastUpdateId")) {
        why = QStringLiteral("server depth answer is not a snapshot: %1")
                  .arg(QString::fromUtf8(depthJson.left(200)));
        return false;
    }
    const qint64 id = o.value("lastUpdateId").toInteger();
    if (compareIds && id != book.lastUpdateId()) {
        why = QStringLiteral("book at update %1 locally, %2 on the server").arg(book.lastUpdateId()).arg(id);
        return false;
    }
    return sameSide(book.bids(), o.value("bids").toArray(), "bids", why)
        && sameSide(book.asks(), o.value("asks").toArray(), "asks", why);
}

} // namespace perp::test
