// SPDX-License-Identifier: MIT
// Simulated market behaviour: cascades, scenarios, funding, activity, correlation.
#include "feed/sim/traderprofile.h"
#include "simtesthelpers.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <map>

using namespace perp;
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

std::vector<double> closes(const std::vector<MarketEvent>& events, SymbolId id, TimeMs bar, TimeMs start)
{
    std::vector<double> out;
    for (const auto& e : events)
        if (const auto* t = std::get_if<Trade>(&e); t && t->h.symbol == id) {
            const auto i = static_cast<std::size_t>((t->h.exchangeTime - start) / bar);
            if (out.size() <= i)
                out.resize(i + 1, out.empty() ? t->price.toDouble() : out.back());
            out[i] = t->price.toDouble();
        }
    return out;
}
} // namespace

class TestSimMarket : public QObject
{
    Q_OBJECT
private slots:
    void cascadesEmergeWithHighLeverage()
    {
        sim::Simulator s(simConfig(1, {kBtc, kEth, kSol, kXrp, kDoge}, sim::Scenario::RetailHighLeverage));
        const auto events = runMinutes(s, 240);
        std::map<std::pair<SymbolId, TimeMs>, int> perMinute;
        for (const auto& e : events)
            if (const auto* l = std::get_if<Liquidation>(&e))
                ++perMinute[{l->h.symbol, floorTo(l->h.exchangeTime, kMinuteMs)}];
        int busiest = 0;
        for (const auto& [key, n] : perMinute)
            busiest = std::max(busiest, n);
        // Typical minutes see none or a few; a cascade packs many forced closes into one minute.
        QVERIFY2(busiest >= 20, qPrintable(QString("busiest minute: %1 liquidations").arg(busiest)));
        QVERIFY(perMinute.size() < 5 * 240);
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

    void fundingSignFollowsPremium()
    {
        sim::Simulator s(simConfig(6, {}));
        const auto events = runMinutes(s, 9 * 60); // crosses a funding time (08:00 UTC)
        struct Window
        {
            TimeMs next = 0;
            double sum = 0;
            int n = 0;
        };
        std::map<SymbolId, Window> windows;
        int positive = 0, negative = 0, checked = 0;
        double absSum = 0;
        for (const auto& e : events) {
            const auto* m = std::get_if<MarkFunding>(&e);
            if (!m)
                continue;
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
        }
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
        const auto events = runMinutes(s, 6 * 60);
        std::map<SymbolId, double> trades;
        for (const auto& e : events)
            if (std::holds_alternative<Trade>(e))
                trades[header(e).symbol] += 1;
        const double seconds = 6 * 3600.0;
        for (const auto& [id, n] : trades) {
            QVERIFY2(
                n / seconds >= 1 && n / seconds <= 80, qPrintable(QString::fromStdString(symbolName(id))));
            if (id != kBtc)
                QVERIFY(n < trades[kBtc]);
        }
        QVERIFY(trades[kBtc] / seconds >= 5);
        const auto btc = closes(events, kBtc, 5 * kMinuteMs, start);
        const auto eth = closes(events, kEth, 5 * kMinuteMs, start);
        QCOMPARE(btc.size(), std::size_t {72});
        const auto [lo, hi] = std::minmax_element(btc.begin(), btc.end());
        const double range = *hi / *lo - 1;
        QVERIFY2(range > 0.001 && range < 0.12, qPrintable(QString::number(range)));
        // Alts follow BTC: 5-minute returns are clearly correlated.
        double sxy = 0, sxx = 0, syy = 0;
        for (std::size_t i = 1; i < btc.size(); ++i) {
            const double x = std::log(btc[i] / btc[i - 1]), y = std::log(eth[i] / eth[i - 1]);
            sxy += x * y, sxx += x * x, syy += y * y;
        }
        const double corr = sxy / std::sqrt(sxx * syy);
        QVERIFY2(corr > 0.3, qPrintable(QString::number(corr)));
    }
};

QTEST_GUILESS_MAIN(TestSimMarket)
#include "test_simmarket.moc"
