// SPDX-License-Identifier: MIT
// Simulator invariants: open interest, liquidation prices, tick grid, determinism, ids.
#include "feed/sim/bookmodel.h"
#include "feed/sim/margin.h"
#include "simtesthelpers.h"

#include <QTest>
#include <map>

using namespace perp;
using perp::test::hashEvents;
using perp::test::runMinutes;
using perp::test::simConfig;

namespace {
constexpr SymbolId kBtc = 0, kEth = 1, kDoge = 4, kTrx = 12;

// Sum of the long and of the short positions (raw Qty units) of one symbol's ground truth.
std::pair<std::int64_t, std::int64_t> sides(const sim::GroundTruth& g)
{
    std::int64_t l = 0, s = 0;
    for (const auto& p : g.positions)
        (p.side == PositionSide::Long ? l : s) += Qty::fromDouble(p.qty).raw;
    return {l, s};
}

// The exchange formula, written out independently of the simulator's code.
double expectedLiquidationPrice(const SymbolInfo& info, const sim::TruePosition& p)
{
    const double notional = p.qty * p.entryPrice;
    const MarginTier& tier = tierFor(info.tiers, notional);
    const double side = p.side == PositionSide::Long ? 1.0 : -1.0;
    const double wb = notional / p.leverage;
    return std::max(0.0, (wb + tier.cum - side * p.qty * p.entryPrice) / (p.qty * tier.mmr - side * p.qty));
}
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT
private slots:
    void openInterestEqualsSumOfPositions()
    {
        sim::Simulator s(simConfig(11, {kBtc, kDoge, kTrx}, sim::Scenario::RetailHighLeverage));
        std::map<SymbolId, std::int64_t> lastOiEvent;
        int checkpoints = 0, eventChecks = 0;
        std::vector<MarketEvent> step;
        const TimeMs end = s.now() + 90 * kMinuteMs;
        while (s.now() < end) {
            step.clear();
            s.advanceTo(s.now() + sim::Simulator::kStepMs, step);
            // An OpenInterest event must equal the positions when nothing traded after it in this step.
            std::map<SymbolId, const OpenInterest*> pending;
            for (const auto& e : step) {
                if (const auto* oi = std::get_if<OpenInterest>(&e))
                    pending[oi->h.symbol] = oi;
                else if (std::holds_alternative<Trade>(e))
                    pending.erase(header(e).symbol);
            }
            const bool checkpoint = (s.now() / sim::Simulator::kStepMs) % 97 == 0;
            if (pending.empty() && !checkpoint)
                continue;
            for (const auto& g : s.groundTruth()) {
                const auto [longs, shorts] = sides(g);
                QCOMPARE(longs, shorts); // market makers hold the imbalance
                QCOMPARE(Qty::fromDouble(s.openInterest(g.symbol)).raw, longs);
                QVERIFY(longs > 0);
                if (auto it = pending.find(g.symbol); it != pending.end()) {
                    QCOMPARE(it->second->openInterest.raw, longs);
                    ++eventChecks;
                }
            }
            checkpoints += checkpoint;
        }
        QVERIFY2(checkpoints > 500, qPrintable(QString::number(checkpoints)));
        QVERIFY2(eventChecks > 1000, qPrintable(QString::number(eventChecks)));
    }

    void groundTruthPositionsFollowTheExchangeFormula()
    {
        for (auto scenario :
            {sim::Scenario::Balanced, sim::Scenario::RetailHighLeverage, sim::Scenario::LowLeverageFunds}) {
            sim::Simulator s(simConfig(5, {kBtc, kEth, kDoge, kTrx}, scenario));
            runMinutes(s, 20);
            int withStop = 0, traders = 0;
            for (const auto& g : s.groundTruth()) {
                QCOMPARE(g.time, s.now());
                const SymbolInfo& info = symbolInfo(g.symbol);
                QVERIFY(g.positions.size() > 20);
                for (const auto& p : g.positions) {
                    QVERIFY(p.qty > 0 && p.entryPrice > 0);
                    const double lp = expectedLiquidationPrice(info, p);
                    QVERIFY2(std::abs(lp - p.liquidationPrice) <= 1e-9 * p.entryPrice,
                        qPrintable(QString("%1 vs %2").arg(lp).arg(p.liquidationPrice)));
                    if (p.marketMaker) {
                        QCOMPARE(p.leverage, 1.0);
                        continue;
                    }
                    QVERIFY(p.leverage >= 2 && p.leverage <= 125);
                    QVERIFY(p.leverage <= tierFor(info.tiers, p.qty * p.entryPrice).maxLeverage);
                    QVERIFY(p.openedAt <= s.now());
                    // Still open, so the mid has crossed neither its liquidation price nor its stop.
                    const double mid = s.midPrice(g.symbol);
                    if (p.side == PositionSide::Long) {
                        QVERIFY(mid > p.liquidationPrice);
                        QVERIFY(p.stopPrice == 0 || (mid > p.stopPrice && p.stopPrice > p.liquidationPrice));
                    } else {
                        QVERIFY(mid < p.liquidationPrice);
                        QVERIFY(p.stopPrice == 0 || (mid < p.stopPrice && p.stopPrice < p.liquidationPrice));
                    }
                    withStop += p.stopPrice > 0;
                    ++traders;
                }
            }
            // Some traders protect themselves with a stop-loss, most do not.
            QVERIFY2(withStop > traders / 20 && withStop < traders * 3 / 4,
                qPrintable(QString("%1 of %2").arg(withStop).arg(traders)));
        }
    }

    void liquidationsHappenAtOrBeyondTheLiquidationPrice()
    {
        auto config = simConfig(3, {kBtc, kEth, kDoge}, sim::Scenario::RetailHighLeverage);
        config.recordLiquidations = true;
        sim::Simulator s(config);
        const auto events = runMinutes(s, 180);
        const auto log = s.liquidationLog();
        std::vector<const Liquidation*> liqs;
        for (const auto& e : events)
            if (const auto* l = std::get_if<Liquidation>(&e))
                liqs.push_back(l);
        QVERIFY2(log.size() > 50, qPrintable(QString::number(log.size())));
        QCOMPARE(liqs.size(), log.size());
        QCOMPARE(s.liquidationCount(), log.size());
        std::map<std::pair<TimeMs, SymbolId>, int> seen;
        for (const auto& r : log) {
            QVERIFY(r.liquidationPrice > 0);
            QVERIFY(r.leverage >= 2);
            if (r.side == PositionSide::Long) {
                QVERIFY(r.triggerPrice <= r.liquidationPrice);
                QVERIFY(r.fillPrice.toDouble() <= r.liquidationPrice);
                QVERIFY(r.liquidationPrice < r.entryPrice);
            } else {
                QVERIFY(r.triggerPrice >= r.liquidationPrice);
                QVERIFY(r.fillPrice.toDouble() >= r.liquidationPrice);
                QVERIFY(r.liquidationPrice > r.entryPrice);
            }
            ++seen[{r.time, r.symbol}];
        }
        // Every Liquidation event is one of the recorded forced closes (same time, symbol, side, price, qty).
        std::size_t matched = 0;
        auto it = log.begin();
        for (const auto* l : liqs) {
            for (auto j = it; j != log.end() && j->time <= l->h.exchangeTime; ++j)
                if (j->time == l->h.exchangeTime && j->symbol == l->h.symbol && j->side == l->liquidated
                    && j->fillPrice == l->price && j->qty == l->qty) {
                    ++matched;
                    break;
                }
            while (it != log.end() && it->time < l->h.exchangeTime)
                ++it;
        }
        QCOMPARE(matched, liqs.size());
    }

    void pricesPositiveOnTickGridQuantitiesOnStep()
    {
        sim::Simulator s(simConfig(9, {}, sim::Scenario::RetailHighLeverage));
        const auto events = runMinutes(s, 15);
        std::size_t trades = 0, books = 0;
        auto onGrid
            = [](SymbolId id, Price p) { return p.raw > 0 && p.raw % symbolInfo(id).tickSize.raw == 0; };
        auto onStep = [](SymbolId id, Qty q) { return q.raw > 0 && q.raw % symbolInfo(id).qtyStep.raw == 0; };
        for (const auto& e : events) {
            const auto& h = header(e);
            QCOMPARE(h.venue, Venue::Sim);
            QCOMPARE(h.receiveTime, h.exchangeTime * 1000);
            QVERIFY(h.symbol < kDefaultSymbolCount);
            if (const auto* t = std::get_if<Trade>(&e)) {
                QVERIFY(onGrid(h.symbol, t->price));
                QVERIFY(onStep(h.symbol, t->qty));
                ++trades;
            } else if (const auto* l = std::get_if<Liquidation>(&e)) {
                QVERIFY(onGrid(h.symbol, l->price));
                QVERIFY(onStep(h.symbol, l->qty));
            } else if (const auto* m = std::get_if<MarkFunding>(&e)) {
                QVERIFY(onGrid(h.symbol, m->markPrice));
                QVERIFY(onGrid(h.symbol, m->indexPrice));
                QCOMPARE(m->nextFundingTime % (8 * kHourMs), 0);
                QVERIFY(m->nextFundingTime > h.exchangeTime
                    && m->nextFundingTime <= h.exchangeTime + 8 * kHourMs);
            } else if (const auto* o = std::get_if<OpenInterest>(&e)) {
                QVERIFY(o->openInterest.raw > 0);
            } else if (const auto* b = std::get_if<BookUpdate>(&e)) {
                QVERIFY(!b->bids.empty() && !b->asks.empty());
                QVERIFY(b->bids.front().price < b->asks.front().price);
                for (const auto* side : {&b->bids, &b->asks})
                    for (const auto& lvl : *side) {
                        QVERIFY(onGrid(h.symbol, lvl.price));
                        QVERIFY(onStep(h.symbol, lvl.qty));
                    }
                for (std::size_t i = 1; i < b->bids.size(); ++i)
                    QVERIFY(b->bids[i].price < b->bids[i - 1].price);
                for (std::size_t i = 1; i < b->asks.size(); ++i)
                    QVERIFY(b->asks[i].price > b->asks[i - 1].price);
                ++books;
            } else {
                QFAIL("the simulator emits only trades, liquidations, mark/funding, open interest and books");
            }
        }
        QVERIFY(trades > 10'000);
        QVERIFY(books > 1'000);
    }

    void sameSeedSameStreamDifferentSeedDiffers()
    {
        sim::Simulator a(simConfig(42, {}));
        sim::Simulator b(simConfig(42, {}));
        sim::Simulator c(simConfig(43, {}));
        const auto ea = runMinutes(a, 20, 60'000);
        const auto eb = runMinutes(b, 20, 1'700); // chunking does not matter
        const auto ec = runMinutes(c, 20);
        QVERIFY(ea.size() > 10'000);
        QCOMPARE(ea.size(), eb.size());
        QCOMPARE(hashEvents(ea), hashEvents(eb));
        QVERIFY(hashEvents(ea) != hashEvents(ec));
        // The ground truth is deterministic too.
        const auto ga = a.groundTruth(), gb = b.groundTruth();
        QCOMPARE(ga.size(), gb.size());
        for (std::size_t i = 0; i < ga.size(); ++i) {
            QCOMPARE(ga[i].positions.size(), gb[i].positions.size());
            for (std::size_t j = 0; j < ga[i].positions.size(); ++j)
                QCOMPARE(ga[i].positions[j].liquidationPrice, gb[i].positions[j].liquidationPrice);
        }
        // A symbol's market does not depend on which other symbols are simulated.
        sim::Simulator only(simConfig(42, {kEth}));
        std::vector<MarketEvent> ethAll, ethOnly = runMinutes(only, 20);
        for (const auto& e : ea)
            if (header(e).symbol == kEth)
                ethAll.push_back(e);
        QCOMPARE(hashEvents(ethOnly), hashEvents(ethAll));
    }

    void tradeIdsIncreaseAndTimeIsOrdered()
    {
        sim::Simulator s(simConfig(4, {}));
        const auto events = runMinutes(s, 10);
        std::map<SymbolId, std::int64_t> lastId;
        TimeMs lastTime = 0;
        for (const auto& e : events) {
            QVERIFY(header(e).exchangeTime >= lastTime);
            lastTime = header(e).exchangeTime;
            if (const auto* t = std::get_if<Trade>(&e)) {
                auto& id = lastId[t->h.symbol];
                QCOMPARE(t->id, id + 1);
                id = t->id;
            }
        }
        QCOMPARE(lastId.size(), std::size_t {kDefaultSymbolCount});
        QVERIFY(lastTime < s.now());
        // Duplicated symbols are simulated once; unknown ones give no ground truth.
        sim::Simulator twice(simConfig(4, {kEth, kEth, kBtc}));
        QCOMPARE(twice.symbols(), (std::vector<SymbolId> {kEth, kBtc}));
        QVERIFY(twice.groundTruth(kEth).has_value());
        QVERIFY(!twice.groundTruth(kDoge).has_value());
        QCOMPARE(twice.groundTruth(kBtc)->positions.size(), twice.groundTruth()[1].positions.size());
        QCOMPARE(s.now(), s.config().startTime + 10 * kMinuteMs);
    }

    void takerOrdersWalkTheBook()
    {
        const SymbolInfo& info = symbolInfo(kBtc);
        sim::BookModel book(info, 12e6, 97'000);
        std::vector<BookLevel> fills;
        for (Side side : {Side::Buy, Side::Sell}) {
            for (const char* size : {"0.001", "0.5", "40", "400"}) {
                const double before = book.mid();
                const Price touch = side == Side::Buy ? book.bestAsk() : book.bestBid();
                const Qty qty = *Qty::parse(size);
                const Price avg = book.execute(side, qty, 1.0, fills);
                QVERIFY(!fills.empty() && fills.size() <= std::size_t(sim::BookModel::kMaxFills));
                QCOMPARE(fills.front().price, touch);
                Qty total;
                double notional = 0;
                for (std::size_t i = 0; i < fills.size(); ++i) {
                    total += fills[i].qty;
                    notional += fills[i].price.toDouble() * fills[i].qty.toDouble();
                    QCOMPARE(fills[i].price.raw % info.tickSize.raw, 0);
                    QCOMPARE(fills[i].qty.raw % info.qtyStep.raw, 0);
                    if (i > 0) // each fill is worse than the one before
                        QVERIFY(side == Side::Buy ? fills[i].price > fills[i - 1].price
                                                  : fills[i].price < fills[i - 1].price);
                }
                QCOMPARE(total, qty);
                const double vwap = notional / qty.toDouble();
                // Rounded against the taker, and the mid moved by notional / (100 x depth) in log terms.
                QVERIFY(side == Side::Buy ? avg.toDouble() >= vwap : avg.toDouble() <= vwap);
                QVERIFY(std::abs(avg.toDouble() - vwap) < info.tickSize.toDouble() + 1e-9);
                const double expected = qty.toDouble() * before / (100 * 12e6);
                QVERIFY(std::abs(std::abs(std::log(book.mid() / before)) - expected) < 1e-12);
            }
        }
        QVERIFY(fills.size() == sim::BookModel::kMaxFills); // 400 BTC sweeps many levels
        book.execute(Side::Buy, *Qty::parse("0.01"), 1.0, fills);
        QCOMPARE(fills.size(), std::size_t {1}); // a small order fills at the touch
    }

    void marginFormulaMatchesReferenceExamples()
    {
        // Reference notes section C: EP 100,000, MMR 0.4%, cum 0 (BTC tier 1).
        const auto tiers = symbolInfo(kBtc).tiers;
        QCOMPARE(std::round(sim::liquidationPrice(tiers, PositionSide::Long, 1.0, 100'000, 10)), 90'361.0);
        QCOMPARE(std::round(sim::liquidationPrice(tiers, PositionSide::Short, 1.0, 100'000, 10)), 109'562.0);
        QCOMPARE(std::round(sim::liquidationPrice(tiers, PositionSide::Long, 1.0, 100'000, 100)), 99'398.0);
        QCOMPARE(std::round(sim::liquidationPrice(tiers, PositionSide::Short, 1.0, 100'000, 50)), 101'594.0);
        QCOMPARE(sim::maxLeverageFor(tiers, 1e6), 75.0);
        QCOMPARE(sim::liquidationPrice(tiers, PositionSide::Long, 1.0, 100'000, 1), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "test_simulator.moc"
