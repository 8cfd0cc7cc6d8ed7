// SPDX-License-Identifier: MIT
// Simulated market behaviour: cascades, scenarios, funding, activity, correlation.
#include "feed/sim/traderprofile.h"
#include "simtesthelpers.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>

using namespace perp;
using perp::test::forEachEvent;
using perp::test::runMinutes;
using perp::test::simConfig;

namespace {
constexpr SymbolId kBtc = 0, kEth = 1, kSol = 2, kXrp = 3, kDoge = 4;

struct ScenarioFigures
{
    double medianLeverage = 0;
    double meanAgeMin = 0;
    double liquidationsPerHour = 0;
};

ScenarioFigures figures(sim::Scenario scenario, std::uint64_t seed)
{
    sim::Simulator s(simConfig(seed, {kBtc, kEth, kSol}, scenario));
    runMinutes(s, 120);
    std::vector<double> lev;
    double age = 0;
    for (const auto& g : s.groundTruth())
        for (const auto& p : g.positions)
            if (!p.marketMaker) {
                lev.push_back(p.leverage);
                age += static_cast<double>(s.now() - p.openedAt) / kMinuteMs;
            }
    std::sort(lev.begin(), lev.end());
    return {lev[lev.size() / 2], age / static_cast<double>(lev.size()),
        static_cast<double>(s.liquidationCount()) / 2.0};
}

// Closing trade price of each bar of one symbol.
struct Closes
{
    SymbolId id;
    TimeMs bar;
    TimeMs start;
    std::vector<double> bars;
    void add(const Trade& t)
    {
        if (t.h.symbol != id)
            return;
        const auto i = static_cast<std::size_t>((t.h.exchangeTime - start) / bar);
        if (bars.size() <= i)
            bars.resize(i + 1, bars.empty() ? t.price.toDouble() : bars.back());
        bars[i] = t.price.toDouble();
    }
};
} // namespace

class TestSimMarket : public QObject
{
    Q_OBJECT
private slots:
    void cascadesEmergeWithHighLeverage()
    {
        for (std::uint64_t seed : {1, 2}) {
            sim::Simulator s(
                simConfig(seed, {kBtc, kEth, kSol, kXrp, kDoge}, sim::Scenario::RetailHighLeverage));
            std::map<std::pair<SymbolId, TimeMs>, int> perMinute;
            int total = 0;
            forEachEvent(s, 240, [&](const MarketEvent& e) {
                if (const auto* l = std::get_if<Liquidation>(&e)) {
                    ++perMinute[{l->h.symbol, floorTo(l->h.exchangeTime, kMinuteMs)}];
                    ++total;
                }
            });
            int busiest = 0;
            for (const auto& [key, n] : perMinute)
                busiest = std::max(busiest, n);
            // Most minutes see none or a few; a cascade packs many forced closes into one minute.
            QVERIFY2(busiest >= 20, qPrintable(QString("seed %1: busiest minute %2").arg(seed).arg(busiest)));
            QVERIFY(perMinute.size() < 5 * 240 / 2);
            QVERIFY(busiest > 5 * total / static_cast<int>(perMinute.size()));
        }
    }

    void scenariosChangeLeverageAndLifetimes()
    {
        const auto balanced = figures(sim::Scenario::Balanced, 2);
        const auto retail = figures(sim::Scenario::RetailHighLeverage, 2);
        const auto funds = figures(sim::Scenario::LowLeverageFunds, 2);
        QVERIFY2(retail.medianLeverage >= 25, qPrintable(QString::number(retail.medianLeverage)));
        QVERIFY2(funds.medianLeverage <= 10, qPrintable(QString::number(funds.medianLeverage)));
        QVERIFY(balanced.medianLeverage > funds.medianLeverage
            && balanced.medianLeverage < retail.medianLeverage);
        QVERIFY(retail.meanAgeMin < balanced.meanAgeMin && balanced.meanAgeMin < funds.meanAgeMin);
        QVERIFY(retail.liquidationsPerHour > balanced.liquidationsPerHour);
        QVERIFY(balanced.liquidationsPerHour >= funds.liquidationsPerHour);
        // The seed moves the mix a little, so an estimator cannot assume exact numbers.
        const auto a = sim::TraderProfile::forScenario(sim::Scenario::Balanced, 1);
        const auto b = sim::TraderProfile::forScenario(sim::Scenario::Balanced, 2);
        QVERIFY(a.meanLifetimeSec != b.meanLifetimeSec);
        QVERIFY(a.bands[0].weight != b.bands[0].weight);
        QVERIFY(std::abs(a.meanLifetimeSec / b.meanLifetimeSec - 1) < 1.5);
    }

    // A finer-grained market (populationScale 4): about four times the positions, each about
    // a quarter of the size, so open interest stays of the same order.
    void populationScaleSplitsTheSameMarket()
    {
        struct Count
        {
            double positions = 0, notional = 0;
        };
        const auto count = [](double scale) {
            auto cfg = simConfig(5, {0});
            cfg.populationScale = scale;
            sim::Simulator s(cfg);
            std::vector<MarketEvent> out;
            s.advanceTo(s.now() + 2 * kHourMs, out);
            Count c;
            const auto truth = s.groundTruth(0);
            for (const auto& p : truth->positions) {
                if (p.marketMaker)
                    continue;
                ++c.positions;
                c.notional += p.qty * p.entryPrice;
            }
            return c;
        };
        const Count one = count(1), four = count(4);
        const double more = four.positions / one.positions;
        const double oi = four.notional / one.notional;
        QVERIFY2(more > 3 && more < 5.5, qPrintable(QString::number(more)));
        QVERIFY2(oi > 0.6 && oi < 1.6, qPrintable(QString::number(oi)));
        // The default leaves the market as it was.
        const auto a = sim::TraderProfile::forScenario(sim::Scenario::Balanced, 3);
        const auto b = sim::TraderProfile::forScenario(sim::Scenario::Balanced, 3, 1.0);
        QCOMPARE(a.medianNotionalUsd, b.medianNotionalUsd);
        const auto c = sim::TraderProfile::forScenario(sim::Scenario::Balanced, 3, 4.0);
        QCOMPARE(c.populationPerTradeRate, 4 * a.populationPerTradeRate);
        QCOMPARE(c.medianNotionalUsd, a.medianNotionalUsd / 4);
    }

    void fundingSignFollowsPremium()
    {
        sim::Simulator s(simConfig(6, {}));
        struct Window
        {
            TimeMs next = 0;
            double sum = 0;
            int n = 0;
        };
        std::map<SymbolId, Window> windows;
        int positive = 0, negative = 0, checked = 0;
        double absSum = 0;
        // 9 hours: crosses a funding time (08:00 UTC).
        forEachEvent(s, 9 * 60, [&](const MarketEvent& e) {
            const auto* m = std::get_if<MarkFunding>(&e);
            if (!m)
                return;
            auto& w = windows[m->h.symbol];
            if (w.next != m->nextFundingTime)
                w = {m->nextFundingTime, 0, 0};
            const double index = m->indexPrice.toDouble();
            w.sum += (m->markPrice.toDouble() - index) / index;
            ++w.n;
            const double premium = w.sum / w.n;
            if (std::abs(premium) < 0.0075)
                QVERIFY(std::abs(m->fundingRate - premium) < 1e-12);
            if (std::abs(premium) > 1e-9) {
                QCOMPARE(m->fundingRate > 0, premium > 0);
                ++checked;
            }
            (m->fundingRate > 0 ? positive : negative) += 1;
            absSum += std::abs(m->fundingRate);
        });
        QVERIFY(checked > 100'000);
        QVERIFY(positive > 0 && negative > 0);
        const double meanAbs = absSum / (positive + negative);
        // Realistic: around 0.01% per 8 hours.
        QVERIFY2(meanAbs > 0.00002 && meanAbs < 0.001, qPrintable(QString::number(meanAbs)));
    }

    void activityAndVolatilityLookReal()
    {
        sim::Simulator s(simConfig(7, {}));
        const TimeMs start = s.now();
        std::map<SymbolId, double> trades;
        Closes btc {kBtc, 5 * kMinuteMs, start, {}}, eth {kEth, 5 * kMinuteMs, start, {}};
        forEachEvent(s, 6 * 60, [&](const MarketEvent& e) {
            if (const auto* t = std::get_if<Trade>(&e)) {
                trades[t->h.symbol] += 1;
                btc.add(*t);
                eth.add(*t);
            }
        });
        const double seconds = 6 * 3600.0;
        for (const auto& [id, n] : trades) {
            QVERIFY2(
                n / seconds >= 1 && n / seconds <= 80, qPrintable(QString::fromStdString(symbolName(id))));
            if (id != kBtc)
                QVERIFY(n < trades[kBtc]);
        }
        QVERIFY(trades[kBtc] / seconds >= 5);
        QCOMPARE(btc.bars.size(), std::size_t {72});
        const auto [lo, hi] = std::minmax_element(btc.bars.begin(), btc.bars.end());
        const double range = *hi / *lo - 1;
        QVERIFY2(range > 0.001 && range < 0.12, qPrintable(QString::number(range)));
        // Alts follow BTC: 5-minute returns are clearly correlated.
        double sxy = 0, sxx = 0, syy = 0;
        for (std::size_t i = 1; i < btc.bars.size(); ++i) {
            const double x = std::log(btc.bars[i] / btc.bars[i - 1]);
            const double y = std::log(eth.bars[i] / eth.bars[i - 1]);
            sxy += x * y, sxx += x * x, syy += y * y;
        }
        const double corr = sxy / std::sqrt(sxx * syy);
        QVERIFY2(corr > 0.3, qPrintable(QString::number(corr)));
    }
};

QTEST_GUILESS_MAIN(TestSimMarket)
#include "test_simmarket.moc"
