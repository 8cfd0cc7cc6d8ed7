// SPDX-License-Identifier: MIT
// One snapshot carries the main chart view plus one pane view per extra chart pane.
#include "engine/engine.h"

#include <QTest>

using namespace perp;

namespace {
const TimeMs T0 = 1721347200000; // 2024-07-19T00:00:00Z

Trade trade(SymbolId symbol, TimeMs t, const char* price)
{
    Trade tr;
    tr.h.symbol = symbol;
    tr.h.exchangeTime = t;
    tr.price = *Price::parse(price);
    tr.qty = *Qty::parse("1");
    tr.takerSide = Side::Buy;
    tr.id = t;
    return tr;
}

// BTCUSDT (0) at 100 + minute, ETHUSDT (1) at 10 + minute, one trade per minute for an hour.
Engine makeEngine()
{
    Engine e;
    e.setSignalsEnabled(false);
    for (int i = 0; i < 60; ++i) {
        e.apply(trade(0, T0 + i * kMinuteMs, std::to_string(100 + i).c_str()));
        e.apply(trade(1, T0 + i * kMinuteMs + 1, std::to_string(10 + i).c_str()));
    }
    e.refreshLiquidity();
    return e;
}
} // namespace

class TestEngineViews : public QObject
{
    Q_OBJECT
private slots:
    void paneViewsCarryTheirOwnCandles()
    {
        const Engine e = makeEngine();
        const std::vector<ChartView> panes {{1, Timeframe::M1, 100}, {0, Timeframe::M5, 100}};
        const auto snap = e.snapshot({0, Timeframe::M1, 100}, panes);
        QCOMPARE(snap->candles.size(), 60u);
        QCOMPARE(snap->candles.back().close, *Price::parse("159"));
        QCOMPARE(snap->paneViews.size(), 2u);

        const auto eth = snapshotOfView(snap, 1, Timeframe::M1);
        QVERIFY(eth);
        QCOMPARE(eth->view.symbol, SymbolId(1));
        QCOMPARE(eth->candles.size(), 60u);
        QCOMPARE(eth->candles.front().open, *Price::parse("10"));
        QCOMPARE(eth->candles.back().close, *Price::parse("69"));
        QVERIFY(eth->liq);
        QCOMPARE(eth->liq->symbol, SymbolId(1));
        // Shared parts stay in the main snapshot only.
        QVERIFY(eth->symbols.empty());
        QVERIFY(eth->tape.empty());
        QVERIFY(eth->paneViews.empty());
        QCOMPARE(eth->time, snap->time);

        const auto btc5 = snapshotOfView(snap, 0, Timeframe::M5);
        QVERIFY(btc5);
        QCOMPARE(btc5->candles.size(), 12u);
        QCOMPARE(btc5->candles[0].open, *Price::parse("100"));
        QCOMPARE(btc5->candles[0].close, *Price::parse("104"));
        QCOMPARE(btc5->candles[0].volume, *Qty::parse("5"));

        QCOMPARE(snapshotOfView(snap, 0, Timeframe::M1), snap);
        QVERIFY(!snapshotOfView(snap, 2, Timeframe::M1));
        QVERIFY(!snapshotOfView(nullptr, 0, Timeframe::M1));
    }

    void duplicatesAndTheMainViewAreNotRepeated()
    {
        const Engine e = makeEngine();
        const std::vector<ChartView> panes {
            {0, Timeframe::M1, 10}, {1, Timeframe::M1, 10}, {1, Timeframe::M1, 30}, {7, Timeframe::H1, 10}};
        const auto snap = e.snapshot({0, Timeframe::M1, 100}, panes);
        // BTCUSDT 1m is the main view; ETHUSDT 1m once (first request's bound); symbol 7 has no data.
        QCOMPARE(snap->paneViews.size(), 2u);
        QCOMPARE(snap->paneViews[0]->view.symbol, SymbolId(1));
        QCOMPARE(snap->paneViews[0]->candles.size(), 10u);
        QCOMPARE(snap->paneViews[0]->candles.back().close, *Price::parse("69"));
        QVERIFY(snap->paneViews[1]->candles.empty());
        QCOMPARE(snap->paneViews[1]->view.symbol, SymbolId(7));
    }

    void paneViewsAreBounded()
    {
        const Engine e = makeEngine();
        std::vector<ChartView> panes;
        for (SymbolId s = 1; s < 15; ++s)
            panes.push_back({s, Timeframe::M1, 100});
        const auto snap = e.snapshot({0, Timeframe::M1, 100}, panes);
        QCOMPARE(snap->paneViews.size(), Engine::kMaxPaneViews);
        QCOMPARE(snap->paneViews.back()->view.symbol, SymbolId(Engine::kMaxPaneViews));
    }
};

QTEST_APPLESS_MAIN(TestEngineViews)
#include "test_engineviews.moc"
