// SPDX-License-Identifier: MIT
// Every card on a crafted market with a known answer: the expected sign (and an
// exact value where the formula gives one by hand), the mirror market giving the
// opposite sign, and the catalog's rules (unique ids, >= 2 real cards per category).
#include "scenarios.h"

#include <QTest>
#include <cmath>
#include <map>
#include <set>

using namespace perp;
using namespace perp::sig;
using namespace perp::sig::test;

namespace {

using Scenario = std::unique_ptr<World> (*)();

struct Row
{
    const char* card;
    const char* scenarioName;
    Scenario scenario;
    SymbolId symbol;
    int sign; // expected sign of raw
    double exact; // NaN: sign only
    Frame frame = Frame::M1;
    bool mirror = true; // false: the card is deliberately not symmetric under price inversion
};

const double kNo = std::nan("");

double upClose(double k, int i)
{
    return 100.0 * std::exp(0.00002 * k * i * i) * (i % 4 == 2 ? 0.996 : 1.0);
}

std::vector<Row> rows()
{
    const double roc0 = upClose(1, 199) / upClose(1, 189) - 1;
    const double rsBtc
        = (upClose(2.4, 199) / upClose(2.4, 179) - 1) - (upClose(1, 199) / upClose(1, 179) - 1);
    // liquidations(): 60-bar window 140..199
    const double liqL = 4 * 80000.0 + 56 * 500.0, liqS = 3 * 30000.0 + 57 * 500.0;
    const double lsLast = 1.0 - 0.002 * 199, topLast = 1.0 + 0.0025 * 199, fLast = 0.0001 - 0.000002 * 199;
    return {
        {"mom.roc", "uptrend", uptrend, 0, 1, roc0},
        {"mom.rsi", "uptrend", uptrend, 0, 1, kNo},
        {"mom.macd", "uptrend", uptrend, 0, 1, kNo},
        {"mom.accel", "uptrend", uptrend, 0, 1, kNo},
        {"mom.stoch", "uptrend", uptrend, 0, 1, kNo},
        {"trend.ema_cross", "uptrend", uptrend, 0, 1, kNo},
        {"trend.regression", "uptrend", uptrend, 0, 1, kNo},
        {"trend.dmi", "uptrend", uptrend, 0, 1, kNo},
        {"trend.sma_distance", "uptrend", uptrend, 0, 1, kNo},
        {"trend.aroon", "uptrend", uptrend, 0, 1, kNo},
        {"mr.bollinger", "dip", dip, 0, 1, kNo},
        {"mr.vwap", "dip", dip, 0, 1, kNo},
        {"mr.short_reversal", "dip", dip, 0, 1, kNo},
        {"vol.semivariance", "uptrend", uptrend, 0, 1, kNo},
        {"vol.squeeze_break", "squeeze", squeeze, 0, 1, kNo},
        {"vol.range_expansion", "uptrend", uptrend, 0, 1, kNo},
        {"volu.obv", "uptrend", uptrend, 0, 1, kNo},
        {"volu.spike", "uptrend", uptrend, 0, 1, kNo},
        {"volu.mfi", "uptrend", uptrend, 0, 1, kNo},
        {"volu.cmf", "uptrend", uptrend, 0, 1, kNo},
        {"flow.cvd_slope", "uptrend", uptrend, 0, 1, kNo},
        {"flow.delta_spike", "uptrend", uptrend, 0, 1, kNo},
        // Price ran far ahead of the (positive) flow: the divergence reads bearish.
        {"flow.delta_divergence", "uptrend", uptrend, 0, -1, kNo},
        {"flow.delta_divergence", "flatBuying", flatBuying, 0, 1, kNo},
        {"flow.persistence", "uptrend", uptrend, 0, 1, 0.5},
        {"flow.delta_shift", "uptrend", uptrend, 0, 1, kNo},
        {"whale.net_flow", "uptrend", uptrend, 0, 1, kNo},
        {"whale.net_flow", "absorbedSells", absorbedSells, 0, -1, -0.6},
        {"whale.burst", "uptrend", uptrend, 0, 1, kNo},
        {"whale.absorption", "absorbedSells", absorbedSells, 0, 1, 0.6},
        {"book.imbalance", "uptrend", uptrend, 0, 1, 0.3 * 198 / 200},
        {"book.depth_ratio", "uptrend", uptrend, 0, 1, std::log(1.0 + 199 / 200.0)},
        {"book.walls", "uptrend", uptrend, 0, 1, std::log(2.5)},
        {"book.imbalance_trend", "uptrend", uptrend, 0, 1, 0.3 * 10 / 200},
        {"liq.depth_shift", "uptrend", uptrend, 0, 1, std::log((1 + 199 / 200.0) / (1 + 189 / 200.0))},
        {"liq.impact_asymmetry", "thinAsks", thinAsks, 0, 1, kNo},
        {"liq.spread_trend", "uptrend", uptrend, 0, 1, kNo},
        {"fund.zscore", "crowdedShort", crowdedShort, 0, 1, kNo},
        {"fund.level", "crowdedShort", crowdedShort, 0, 1, -(fLast - 0.0001) * 1095},
        {"fund.divergence", "crowdedShort", crowdedShort, 0, 1, 0.000002 * 20 * 1e4},
        {"oi.quadrant", "uptrend", uptrend, 0, 1, 1.5 * (upClose(1, 199) / upClose(1, 189) - 1)},
        {"oi.flat_buildup", "flatBuying", flatBuying, 0, 1, kNo},
        {"oi.squeeze_risk", "crowdedShort", crowdedShort, 0, 1, kNo},
        {"liqn.cascade", "liquidations", liquidations, 0, 1, (90000 - 1500) / (3 * (liqL + liqS) / 60)},
        {"liqn.cascade", "uptrend", uptrend, 0, 1, kNo},
        {"liqn.exhaustion", "liquidations", liquidations, 0, 1, kNo},
        {"liqn.cumulative", "liquidations", liquidations, 0, 1, (liqL - liqS) / (liqL + liqS)},
        {"liqn.magnet", "liqLevels", liqLevels, 0, 1, (5.25e6 - 0.5e6) / 5.75e6},
        {"liqn.nearest", "liqLevels", liqLevels, 0, 1, 0.6},
        {"basis.premium_z", "crowdedShort", crowdedShort, 0, 1, kNo},
        // The premium is collapsing: premium momentum reads bearish even though shorts are crowded.
        {"basis.premium_momentum", "crowdedShort", crowdedShort, 0, -1, -0.00001 * 5 * 1e4},
        {"basis.trade_vs_mark", "crowdedShort", crowdedShort, 0, 1, 1.001 / 0.99 - 1},
        {"pos.global_ls", "crowdedShort", crowdedShort, 0, 1, -std::log(lsLast)},
        {"pos.ls_change", "crowdedShort", crowdedShort, 0, 1, -std::log(lsLast / (1.0 - 0.002 * 187))},
        {"pos.ls_extreme", "crowdedShort", crowdedShort, 0, 1, 1.0},
        {"smart.top_vs_crowd", "crowdedShort", crowdedShort, 0, 1, std::log(topLast / lsLast)},
        {"smart.top_change", "crowdedShort", crowdedShort, 0, 1, std::log(topLast / (1.0 + 0.0025 * 187))},
        {"smart.size_vs_count", "crowdedShort", crowdedShort, 0, 1, std::log(topLast)},
        {"smart.whale_vs_retail", "uptrend", uptrend, 0, 1, kNo},
        {"xex.price_lead", "crossVenue", crossVenue, 0, 1, (100.2 + 0.199) / 100.0 - 1},
        {"xex.flow_divergence", "crossVenue", crossVenue, 0, 1, 0.4},
        {"ms.swing_break", "structureBreak", structureBreak, 0, 1, kNo},
        {"ms.hh_hl", "structureBreak", structureBreak, 0, 1, 2.0},
        // Late in the trend every bar, dips included, closes above the previous bar's high.
        {"ms.outside_closes", "uptrend", uptrend, 0, 1, 1.0},
        {"sr.proximity", "nearSupport", nearSupport, 0, 1, kNo},
        {"sr.wick_rejection", "nearSupport", nearSupport, 0, 1, kNo},
        {"sr.pivot", "nearSupport", nearSupport, 0, -1, kNo},
        {"rs.vs_btc", "uptrend", uptrend, 7, 1, rsBtc},
        {"rs.vs_basket", "uptrend", uptrend, 7, 1, kNo},
        {"rs.persistence", "uptrend", uptrend, 7, 1, 0.5},
        {"corr.residual", "uptrend", uptrend, 7, 1, kNo},
        // Symbol 7 is already ahead of BTC's move: nothing to catch up, it reads bearish.
        {"corr.catch_up", "uptrend", uptrend, 7, -1, kNo},
        {"corr.decoupling", "uptrend", uptrend, 7, 1, kNo},
        {"breadth.adv_decl", "uptrend", uptrend, 3, 1, 1.0},
        {"breadth.above_sma", "uptrend", uptrend, 3, 1, 0.5},
        {"breadth.flow", "uptrend", uptrend, 3, 1, 0.5},
        {"breadth.highs_lows", "uptrend", uptrend, 3, 1, 1.0},
        {"vp.poc_pull", "dip", dip, 0, 1, kNo},
        {"vp.value_area", "dip", dip, 0, -1, kNo},
        {"sess.hour_drift", "seasonal", seasonal, 0, 1, 0.9 * std::log(1.01), Frame::H1},
        {"sess.session_return", "seasonal", seasonal, 0, 1, std::pow(1.01, 9) - 1},
        {"sess.funding_clock", "crowdedShort", crowdedShort, 0, 1,
            -(fLast - 0.0001) * 1e4 * (1 - 30.0 / 480)},
        {"reg.efficiency", "absorbedSells", absorbedSells, 0, 1, 1.0},
        // The every-4th-bar dip makes 4-bar returns smoother than 1-bar ones: a reverting
        // regime after a rise reads bearish.
        {"reg.variance_ratio", "uptrend", uptrend, 0, -1, kNo},
        {"alpha.confirmed_momentum", "uptrend", uptrend, 0, 1, upClose(1, 199) / upClose(1, 189) - 1},
        {"alpha.cascade_confirm", "liquidations", liquidations, 0, 1, kNo},
        {"alpha.divergences", "flatBuying", flatBuying, 0, 1, kNo},
        // Late in the accelerating trend the per-bar drift (> 0.7%) outweighs the 0.4% dip: all 20 bars rose.
        {"mom.up_share", "uptrend", uptrend, 0, 1, 0.5},
        {"trend.supertrend", "uptrend", uptrend, 0, 1, kNo},
        {"mr.rsi2", "dip", dip, 0, 1, kNo},
        {"vol.range_skew", "uptrend", uptrend, 0, 1, kNo},
        {"vol.expansion_direction", "uptrend", uptrend, 0, 1, kNo},
        {"volu.vwma_gap", "uptrend", uptrend, 0, 1, kNo},
        {"volu.force_index", "uptrend", uptrend, 0, 1, kNo},
        {"whale.last_side", "uptrend", uptrend, 0, 1, 1.0 - 1.0 / 20},
        // OI dropping fast while price rallies: short covering, not conviction.
        {"oi.acceleration", "liquidations", liquidations, 0, -1, kNo},
        {"xex.momentum_gap", "crossVenue", crossVenue, 0, 1, std::log((100.2 + 0.199) / (100.2 + 0.196))},
        {"ms.failed_break", "sweepLow", sweepLow, 0, 1, 1.0},
        // 96 sits 1 above the round 95 on a grid of 5: (96 - 95) / 5 = 0.2 -> 1 - 0.4. Round numbers are
        // not symmetric under price inversion, so no mirror check.
        {"sr.round_number", "nearSupport", nearSupport, 0, 1, 0.6, Frame::M1, false},
        {"corr.beta_implied", "uptrend", uptrend, 7, 1, kNo},
        // Eight symbols chopping out of phase (half up each bar), then all up on the last bar.
        {"breadth.thrust", "broadThrust", broadThrust, 3, 1, kNo},
        // Most volume traded around 100, above the dipped price: overhead supply.
        {"vp.node_support", "dip", dip, 0, -1, kNo},
        {"alpha.trend_pullback", "pullback", pullback, 0, 1, kNo},
        {"alpha.squeeze_setup", "crowdedShort", crowdedShort, 0, 1,
            (1 + 0.0005 * 199) * 1.001 / ((1 + 0.0005 * 179) * 1.001) - 1},
    };
}

const SignalCard* findCard(const CardList& cards, const std::string& id)
{
    for (const auto& c : cards)
        if (c->info().id == id)
            return c.get();
    return nullptr;
}

int signOf(double x)
{
    return x > 0 ? 1 : (x < 0 ? -1 : 0);
}

} // namespace

class TestSignalCards : public QObject
{
    Q_OBJECT
private slots:
    void knownAnswers_data()
    {
        QTest::addColumn<int>("row");
        const auto all = rows();
        for (std::size_t i = 0; i < all.size(); ++i)
            QTest::newRow((std::string(all[i].card) + " on " + all[i].scenarioName).c_str())
                << static_cast<int>(i);
    }
    void knownAnswers()
    {
        QFETCH(int, row);
        const Row r = rows()[static_cast<std::size_t>(row)];
        const CardList cards = builtinCards();
        const SignalCard* card = findCard(cards, r.card);
        QVERIFY2(card, r.card);
        const auto world = r.scenario();
        const double raw = world->raw(*card, r.symbol, r.frame);
        QVERIFY2(std::isfinite(raw), "the card gave no value on its scenario");
        QCOMPARE(signOf(raw), r.sign);
        if (std::isfinite(r.exact))
            QVERIFY2(std::abs(raw - r.exact) <= 1e-6 * std::max(1.0, std::abs(r.exact)),
                qPrintable(QString("raw %1 expected %2").arg(raw, 0, 'g', 10).arg(r.exact, 0, 'g', 10)));
        if (!r.mirror)
            return;
        // The mirror market (prices inverted, every side swapped) must read the other way.
        const auto mirror = mirrored(*world);
        const double m = mirror->raw(*card, r.symbol, r.frame);
        QVERIFY2(std::isfinite(m), "no value on the mirror market");
        QCOMPARE(signOf(m), -r.sign);
    }

    void everyCardHasARow()
    {
        std::set<std::string> covered;
        for (const auto& r : rows())
            covered.insert(r.card);
        for (const auto& c : builtinCards())
            QVERIFY2(covered.count(c->info().id), c->info().id.c_str());
    }

    void missingInputsGiveNoValue()
    {
        // A market with candles only: every card needing book, funding, OI, ratios, venues or
        // levels must give nothing rather than a made-up number.
        World w;
        BarGen g;
        g.close = [](int i) { return 100.0 + i * 0.1; };
        w.add(0, g);
        const std::uint32_t nonCandle
            = InMarkFunding | InOpenInterest | InBook | InMetrics | InCrossVenue | InLiqLevels;
        int checked = 0;
        for (const auto& c : builtinCards()) {
            if (!(c->info().inputs & nonCandle))
                continue;
            ++checked;
            QVERIFY2(std::isnan(w.raw(*c, 0)), c->info().id.c_str());
        }
        QVERIFY(checked >= 25);
    }

    void tooFewBarsGiveNoValue()
    {
        World w;
        BarGen g;
        g.bars = 1;
        g.close = [](int) { return 100.0; };
        w.add(0, g);
        for (const auto& c : builtinCards()) {
            const auto& id = c->info().id;
            if (id == "sess.session_return" || id == "volu.spike" || id == "vol.range_expansion")
                continue; // defined on a single bar
            QVERIFY2(std::isnan(w.raw(*c, 0)) || c->info().bars <= 1, id.c_str());
        }
    }

    void catalogRules()
    {
        const CardList cards = builtinCards();
        QVERIFY(cards.size() >= 100);
        std::set<std::string> ids;
        std::map<Category, int> perCategory;
        for (const auto& c : cards) {
            const auto& i = c->info();
            QVERIFY2(ids.insert(i.id).second, i.id.c_str());
            QVERIFY(!i.name.empty() && !i.measures.empty() && !i.reading.empty() && !i.formula.empty());
            QVERIFY(i.inputs != 0);
            ++perCategory[i.category];
        }
        QCOMPARE(perCategory.size(), kCategoryCount);
        // Market-wide cards must really be: the same value for every symbol.
        const auto w = uptrend();
        for (const auto& c : cards) {
            if (!c->info().marketWide)
                continue;
            const double a = w->raw(*c, 0), b = w->raw(*c, 5);
            QVERIFY2(std::isfinite(a) && a == b, c->info().id.c_str());
        }
        for (const auto& [cat, n] : perCategory)
            QVERIFY2(n >= 2, std::string(categoryName(cat)).c_str());
    }
};

QTEST_GUILESS_MAIN(TestSignalCards)
#include "test_signalcards.moc"
