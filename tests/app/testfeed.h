// SPDX-License-Identifier: MIT
#pragma once

#include "feed/feedsource.h"

#include <QTimer>
#include <vector>

namespace perp::test {

// A deterministic trade stream: `minutes` of trades for each symbol, price following
// smooth waves around the symbol's reference price, alternating taker sides, ids
// increasing per symbol. Split into batches of about `batchMinutes` each.
std::vector<EventBatchPtr> makeTestBatches(
    const std::vector<SymbolId>& symbols, int minutes, int tradesPerMinute, int batchMinutes);

// A FeedSource that plays prepared batches, one per timer tick, then goes quiet.
class TestFeed : public FeedSource
{
    Q_OBJECT
public:
    TestFeed(std::vector<EventBatchPtr> batches, bool simulated, int intervalMs = 2);

    QString description() const override;
    bool isSimulated() const override { return m_simulated; }

public slots:
    void start() override;
    void stop() override;

private:
    void next();

    std::vector<EventBatchPtr> m_batches;
    bool m_simulated;
    QTimer m_timer;
    std::size_t m_next = 0;
};

} // namespace perp::test
