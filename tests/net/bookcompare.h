// SPDX-License-Identifier: MIT
#pragma once

#include "feed/net/localbook.h"

#include <QByteArray>
#include <QString>

namespace perp::test {

// Compares a client book with a Binance /fapi/v1/depth body from the server: same
// lastUpdateId, same levels. `why` names the first difference.
bool sameBook(const net::LocalBook& book, const QByteArray& depthJson, QString& why, bool compareIds = true);

} // namespace perp::test
