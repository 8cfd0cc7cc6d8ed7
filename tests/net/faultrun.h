// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "feed/net/localbook.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace perp::test {

class FeedHarness;
class MockexProcess;

// The fault kinds every adapter runs under (columns "flags" and "faultCounter": the
// stats.faults.<name> that must be > 0). `stallStream` is the trade stream to stall.
void addFaultRows(const QString& stallStream);

// After the server's market ran and stopped: the fault was injected, every trade the server sent
// was counted exactly once, and each local book equals the server's. Failures are recorded with
// QTest; the caller checks QTest::currentTestFailed(). Returns the server's final stats.
QJsonObject verifyFaultRun(MockexProcess& server, const FeedHarness& harness,
    const std::function<const net::LocalBook*(SymbolId)>& book, const QStringList& symbols,
    const QString& faultCounter);

} // namespace perp::test
