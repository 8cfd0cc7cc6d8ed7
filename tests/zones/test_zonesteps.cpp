// SPDX-License-Identifier: MIT
// Steps 1-4 and 7 of the zone engine on crafted inputs: swings, volume nodes, liquidation
// levels, merging, identity and ranking.
#include "engine/zones/liqlevels.h"
#include "engine/zones/swingfinder.h"
#include "engine/zones/touchscanner.h"
#include "engine/zones/volumeprofile.h"
#include "engine/zones/zonemerger.h"
#include "engine/zones/zonetracker.h"
#include "zonepaths.h"

#include <QTest>

using namespace perp;
using namespace perp::zones;
using namespace zonetest;

namespace {

Level level(double price, std::uint8_t source = SourceSwingLow, double weight = 1, TimeMs t = kT0)
{
    Level l;
    l.price = price;
    l.source = source;
    l.weight = weight;
    l.time = t;
    return l;
}

Zone zone(double low, double high, double strength)
{
    Zone z;
    z.low = low;
    z.high = high;
    z.strength = strength;
    return z;
}

} // namespace

class TestZoneSteps : public QObject
{
    Q_OBJECT
private slots:
    void swingsOfADoubleBottom()
    {
        const Path p = doubleBottom();
        const auto swings = findSwings(p.bars, 3, 1.5, 1);
        std::vector<Level> lows, highs;
        for (const Level& l : swings)
            (l.source == SourceSwingLow ? lows : highs).push_back(l);
        QCOMPARE(lows.size(), std::size_t(2));
        QCOMPARE(highs.size(), std::size_t(1));
        QCOMPARE(lows[0].price, 99.75);
        QCOMPARE(lows[1].price, 99.75);
        QCOMPARE(highs[0].price, 106.25);
        // 20 bars down to 100: the bar that closes at 100 is the pivot (bar 19).
        QCOMPARE(lows[0].time, kT0 + 19 * kBar);
        QCOMPARE(lows[0].weight, 1.5);
        QCOMPARE(int(lows[0].frame), 1);
        QVERIFY(lows[0].time < highs[0].time && highs[0].time < lows[1].time);
    }

    void swingsNeedConfirmingBars()
    {
        Path p(110);
        p.to(100); // the low is the newest bar: nothing on its right yet
        QVERIFY(findSwings(p.bars, 3, 1, 0).empty());
        p.to(101.5); // three rising bars confirm it
        const auto s = findSwings(p.bars, 3, 1, 0);
        QCOMPARE(s.size(), std::size_t(1));
        QCOMPARE(s[0].price, 99.75);
    }

    void volumeNodeWherePriceSpentTime()
    {
        // Ranging around 100 for 40 bars, then a trend up to 110: the node is at ~100.
        Path p(100);
        for (int i = 0; i < 20; ++i)
            p.to(100.5).to(100);
        p.to(110);
        const VolumeProfile profile(p.bars, 0.25);
        QCOMPARE(profile.total(), 10.0 * double(p.bars.size()));
        const auto nodes = profile.nodes(1.6, 4, kT0);
        QVERIFY(!nodes.empty());
        QVERIFY2(
            std::abs(nodes.front().price - 100.25) <= 0.5, qPrintable(QString::number(nodes.front().price)));
        QCOMPARE(nodes.front().source, std::uint8_t(SourceVolumeNode));
        QVERIFY(nodes.front().weight > 1.6 && nodes.front().weight <= 3.0);
        // The range traded far more than the average band, the trend leg less.
        QVERIFY(profile.ratio(99.75, 100.75) > 2.0);
        QVERIFY(profile.ratio(105, 106) < 1.0);
        QCOMPARE(profile.volumeIn(200, 300), 0.0);
    }

    void liquidityLevelsLargestFirstTrimmed()
    {
        std::vector<LiqCluster> c {{95, 96, 95.5, 1e6, true}, {104, 110, 105, 4e6, false},
            {90, 91, 90.5, 2e6, true}, {80, 81, 80.5, 0, true}};
        const auto l = liquidityLevels(c, 2, 2.0, 123);
        QCOMPARE(l.size(), std::size_t(2));
        QCOMPARE(l[0].price, 105.0);
        QCOMPARE(l[0].low, 104.0); // trimmed to 2.0 around the peak, within the cluster
        QCOMPARE(l[0].high, 106.0);
        QCOMPARE(l[0].weight, 1.5);
        QCOMPARE(l[0].notional, 4e6);
        QCOMPARE(l[0].time, TimeMs(123));
        QCOMPARE(l[1].price, 90.5);
        QCOMPARE(l[1].weight, 1.0);
    }

    void mergeNearbyLevels_data()
    {
        QTest::addColumn<QList<double>>("prices");
        QTest::addColumn<int>("zones");
        QTest::addColumn<double>("firstLow");
        QTest::addColumn<double>("firstHigh");
        // ATR 1: levels are 0.5 wide; a level joins if within 0.35 of the zone's top edge.
        QTest::newRow("one level") << QList<double> {100} << 1 << 99.75 << 100.25;
        QTest::newRow("two close levels merge") << QList<double> {100.1, 100} << 1 << 99.75 << 100.35;
        QTest::newRow("chain within max width") << QList<double> {100, 100.4, 100.8} << 1 << 99.75 << 101.05;
        QTest::newRow("far levels stay apart") << QList<double> {100, 101} << 2 << 99.75 << 100.25;
        // 100..101.2 would be 1.7 wide > 1.5: the fourth level starts a new zone.
        QTest::newRow("width cap splits") << QList<double> {100, 100.4, 100.8, 101.2} << 2 << 99.75 << 101.05;
    }
    void mergeNearbyLevels()
    {
        QFETCH(QList<double>, prices);
        QFETCH(int, zones);
        QFETCH(double, firstLow);
        QFETCH(double, firstHigh);
        std::vector<Level> levels;
        for (double p : prices)
            levels.push_back(level(p));
        const auto out = mergeLevels(levels, 1.0, ZoneConfig {});
        QCOMPARE(int(out.size()), zones);
        QCOMPARE(out[0].low, firstLow);
        QVERIFY(std::abs(out[0].high - firstHigh) < 1e-9);
    }

    void mergeKeepsWhatWasMerged()
    {
        std::vector<Level> levels {level(100, SourceSwingLow, 1, kT0 + 5),
            level(100.2, SourceSwingHigh, 2, kT0), level(100.1, SourceVolumeNode, 1, kT0 + 9)};
        Level liq = level(100.3, SourceLiquidation, 1, kT0 + 20);
        liq.low = 100.1;
        liq.high = 100.6;
        liq.notional = 3e6;
        levels.push_back(liq);
        levels[1].frame = 2;
        const auto out = mergeLevels(levels, 1.0, ZoneConfig {});
        QCOMPARE(out.size(), std::size_t(1));
        const Candidate& c = out[0];
        QCOMPARE(
            c.sources, std::uint8_t(SourceSwingLow | SourceSwingHigh | SourceVolumeNode | SourceLiquidation));
        QCOMPARE(c.frames, std::uint8_t(1 | 4));
        QCOMPARE(c.weight, 5.0);
        QCOMPARE(c.formed, kT0);
        QCOMPARE(c.liqNotional, 3e6);
        QCOMPARE(c.high, 100.6);
        QVERIFY(std::abs(c.level - (100 + 2 * 100.2 + 100.1 + 100.3) / 5) < 1e-9);
        QVERIFY(mergeLevels(levels, 0.0, ZoneConfig {}).empty()); // no ATR, no zones
    }

    void visitsOfADoubleBottom()
    {
        const Path p = doubleBottom();
        const auto v = scanVisits(99.5, 100.0, p.bars, 1.0, ZoneConfig {});
        QCOMPARE(v.size(), std::size_t(2));
        for (const Visit& x : v) {
            QCOMPARE(x.outcome, Outcome::Held);
            QCOMPARE(x.from, 1);
            QCOMPARE(x.extreme, 99.75);
            QVERIFY(x.reactionDelta > 0); // the bounce bars are buyer-led
        }
    }

    void trackerKeepsIdentityAndRanks()
    {
        ZoneTracker t;
        auto first = t.publish({zone(100, 101, 0.4), zone(110, 111, 0.9), zone(90, 91, 0.6)}, 105, 8);
        QCOMPARE(first.size(), std::size_t(3));
        QCOMPARE(first[0].low, 110.0); // strongest first
        QCOMPARE(first[1].low, 90.0);
        QCOMPARE(first[2].low, 100.0);
        const std::uint64_t id100 = first[2].id, id110 = first[0].id;
        QVERIFY(id100 != id110 && first[1].id != id100 && first[1].id != id110);
        // Zones drift a little, one vanishes, one appears, strengths change.
        auto second
            = t.publish({zone(100.3, 101.2, 0.95), zone(110.2, 110.9, 0.5), zone(120, 121, 0.7)}, 105, 8);
        QCOMPARE(second[0].id, id100);
        QCOMPARE(second[2].id, id110);
        QVERIFY(second[1].id > std::max(id100, id110)); // new zone, new id
        // The top-N cut does not lose identities: a zone ranked out returns with its id.
        auto third = t.publish({zone(100.3, 101.2, 0.2), zone(120, 121, 0.7)}, 105, 1);
        QCOMPARE(third.size(), std::size_t(1));
        auto fourth = t.publish({zone(100.3, 101.2, 0.9), zone(120, 121, 0.7)}, 105, 1);
        QCOMPARE(fourth[0].id, id100);
    }

    void rankTiesGoToTheNearerZone()
    {
        ZoneTracker t;
        const auto out = t.publish({zone(90, 91, 0.5), zone(103, 104, 0.5), zone(110, 111, 0.5)}, 101, 2);
        QCOMPARE(out.size(), std::size_t(2));
        QCOMPARE(out[0].low, 103.0); // 2 away
        QCOMPARE(out[1].low, 110.0); // 9 away; 90..91 is 10 away and is cut
    }
};

QTEST_GUILESS_MAIN(TestZoneSteps)
#include "test_zonesteps.moc"
