// SPDX-License-Identifier: MIT
#include "testfeed.h"

#include <cmath>

namespace perp::test {

std::vector<EventBatchPtr> makeTestBatches(
    const std::vector<SymbolId>& symbols, int minutes, int tradesPerMinute, int batchMinutes)
{
    const TimeMs t0 = 1767225600000; // 2026-01-01T00:00:00Z
    const TimeMs step = kMinuteMs / tradesPerMinute;
    std::vector<EventBatchPtr> out;
    auto batch = std::make_shared<EventBatch>();
    std::int64_t i = 0;
    for (int m = 0; m < minutes; ++m) {
        for (int k = 0; k < tradesPerMinute; ++k, ++i) {
            for (SymbolId s : symbols) {
                const SymbolInfo& info = symbolInfo(s);
                const double x = static_cast<double>(i);
                const double wave = 1.0 + 0.02 * std::sin(x / 97.0 + s) + 0.006 * std::sin(x / 7.3)
                    + 0.003 * std::sin(x * 1.7 + s);
                const double tick = info.tickSize.toDouble();
                Trade t;
                t.h.symbol = s;
                t.h.venue = Venue::Sim;
                t.h.exchangeTime = t0 + m * kMinuteMs + k * step + (i % 3) * 7;
                t.price = Price::fromDouble(std::round(info.referencePrice * wave / tick) * tick);
                t.qty = Qty::fromDouble(0.001 * static_cast<double>(1 + (i * 7 + s) % 50));
                t.takerSide = (i % 5 < 3) == (std::sin(x / 31.0) > 0) ? Side::Buy : Side::Sell;
                t.id = i + 1;
                batch->events.emplace_back(t);
            }
        }
        if ((m + 1) % batchMinutes == 0 || m + 1 == minutes) {
            out.push_back(std::move(batch));
            batch = std::make_shared<EventBatch>();
        }
    }
    return out;
}

TestFeed::TestFeed(std::vector<EventBatchPtr> batches, bool simulated, int intervalMs)
    : m_batches(std::move(batches))
    , m_simulated(simulated)
    , m_timer(this)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &TestFeed::next);
}

QString TestFeed::description() const
{
    return m_simulated ? QStringLiteral("SIMULATED · test stream") : QStringLiteral("test exchange stream");
}

void TestFeed::start()
{
    emit statusChanged(QStringLiteral("test stream started"));
    m_timer.start();
}

void TestFeed::stop()
{
    m_timer.stop();
}

void TestFeed::next()
{
    if (m_next >= m_batches.size()) {
        m_timer.stop();
        emit statusChanged(QStringLiteral("test stream finished"));
        return;
    }
    emit batchReady(m_batches[m_next++]);
}

} // namespace perp::test
