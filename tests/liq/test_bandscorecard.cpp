// SPDX-License-Identifier: MIT
// The bands' track record: realized liquidations scored against bands drawn before them.
#include "engine/liq/bandscorecard.h"

#include <QTest>

using namespace perp;
using namespace perp::liq;

namespace {

constexpr TimeMs kT0 = 1'767'225'600'000;

LiqBand band(double low, double high, PositionSide side)
{
    LiqBand b;
    b.side = side;
    b.low = low;
    b.high = high;
    b.peak = (low + high) / 2;
    return b;
}

RealizedLiq realized(TimeMs t, double price, double notional, PositionSide side = PositionSide::Long)
{
    return {t, price, notional, side, Venue::Sim};
}

} // namespace

class TestBandScorecard : public QObject
{
    Q_OBJECT
private slots:
    void scoresAgainstTheLatestBands()
    {
        BandScorecard card;
        const std::vector bands {band(95, 96, PositionSide::Long), band(104, 105, PositionSide::Short)};
        card.onBands(kT0, 100, bands);
        card.onLiquidation(realized(kT0 + 10'000, 95.5, 1000)); // inside the long band
        card.onLiquidation(realized(kT0 + 20'000, 99, 1000)); // between the bands
        card.onLiquidation(realized(kT0 + 30'000, 80, 5000)); // beyond -10%: not scored
        const auto r = card.records(kT0 + 60'000);
        QCOMPARE(r[0].horizon, TimeMs(0));
        QCOMPARE(r[0].events, 2u);
        QCOMPARE(r[0].notional, 2000.0);
        QCOMPARE(r[0].captured, 0.5);
        QVERIFY(std::abs(r[0].coverage - 0.1) < 1e-12); // 2 of the 20 price units of +-10%
        QVERIFY(std::abs(r[0].lift() - 5.0) < 1e-9);
        // Nothing was drawn an hour before.
        QCOMPARE(r[1].events, 0u);
        QCOMPARE(r[2].events, 0u);
        QCOMPARE(r[1].lift(), 0.0);
    }

    void longerHorizonsUseTheBandsDrawnThen()
    {
        BandScorecard card;
        card.onBands(kT0, 100, std::vector {band(95, 96, PositionSide::Long)});
        // Half an hour later the bands moved; the 1 h record still uses the first ones.
        for (TimeMs t = kT0 + kMinuteMs; t <= kT0 + kHourMs; t += kMinuteMs)
            card.onBands(t, 100, std::vector {band(98, 99, PositionSide::Long)});
        card.onLiquidation(realized(kT0 + kHourMs + 30'000, 95.2, 400));
        const auto r = card.records(kT0 + kHourMs + kMinuteMs);
        QCOMPARE(r[0].events, 1u);
        QCOMPARE(r[0].captured, 0.0); // not in the latest band [98, 99)
        QCOMPARE(r[1].events, 1u);
        QCOMPARE(r[1].captured, 1.0); // in the band drawn an hour before
        QCOMPARE(r[2].events, 0u);
    }

    void bandsMuchOlderThanTheHorizonAreNotUsed()
    {
        BandScorecard card;
        card.onBands(kT0, 100, std::vector {band(95, 96, PositionSide::Long)});
        card.onLiquidation(realized(kT0 + 3 * kHourMs, 95.5, 100));
        const auto r = card.records(kT0 + 3 * kHourMs);
        QCOMPARE(r[0].events, 0u); // latest bands are 3 h old
        QCOMPARE(r[1].events, 0u); // drawn 2 h before the 1 h horizon
        QCOMPARE(r[2].events, 0u); // none 4 h before
    }

    void rollingWindowForgetsOldDays()
    {
        BandScorecard card(24 * kHourMs);
        card.onBands(kT0, 100, std::vector {band(95, 96, PositionSide::Long)});
        card.onLiquidation(realized(kT0 + 1000, 95.5, 100));
        QCOMPARE(card.records(kT0 + 2000)[0].events, 1u);
        card.onBands(kT0 + 30 * kHourMs, 100, std::vector {band(103, 104, PositionSide::Short)});
        card.onLiquidation(realized(kT0 + 30 * kHourMs + 1000, 99, 100, PositionSide::Short));
        const auto r = card.records(kT0 + 30 * kHourMs + 2000);
        QCOMPARE(r[0].events, 1u); // the first one is more than 24 h old
        QCOMPARE(r[0].captured, 0.0);
    }

    void onlyTheTopBandsCount()
    {
        BandScorecard card(24 * kHourMs, 0.10, 1);
        card.onBands(
            kT0, 100, std::vector {band(95, 96, PositionSide::Long), band(97, 98, PositionSide::Long)});
        card.onLiquidation(realized(kT0 + 1000, 97.5, 100));
        const auto r = card.records(kT0 + 2000);
        QCOMPARE(r[0].events, 1u);
        QCOMPARE(r[0].captured, 0.0);
        QVERIFY(std::abs(r[0].coverage - 0.05) < 1e-12);
    }

    void badInputIsIgnored()
    {
        BandScorecard card;
        card.onBands(kT0, 0, std::vector {band(95, 96, PositionSide::Long)}); // no price
        card.onLiquidation(realized(kT0 + 1000, 95.5, 100));
        card.onBands(kT0 + 2000, 100, std::vector {band(95, 96, PositionSide::Long)});
        card.onLiquidation(realized(kT0 + 3000, -1, 100));
        card.onLiquidation(realized(kT0 + 3000, 95.5, 0));
        card.onBands(kT0 + 1000, 100, {}); // older than the latest: ignored
        card.onLiquidation(realized(kT0 + 4000, 95.5, 100));
        const auto r = card.records(kT0 + 5000);
        QCOMPARE(r[0].events, 1u);
        QCOMPARE(r[0].captured, 1.0);
    }
};

QTEST_GUILESS_MAIN(TestBandScorecard)
#include "test_bandscorecard.moc"
