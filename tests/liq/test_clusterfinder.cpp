// SPDX-License-Identifier: MIT
#include "engine/liq/clusterfinder.h"

#include <QTest>
#include <cmath>

using namespace perp;
using namespace perp::liq;

namespace {
// A +-25% profile around 100 with Gaussian lumps: (offset in bins from the price bin,
// notional, width in bins); negative offsets are longs, positive shorts.
struct Lump
{
    int offset;
    double notional;
    double width;
};
LiqProfile crafted(const std::vector<Lump>& lumps, double price = 100)
{
    LiqProfile p;
    p.price = price;
    const int half = p.grid.binsFor(0.25);
    p.firstBin = p.grid.bin(price) - half;
    p.longs.assign(static_cast<std::size_t>(2 * half + 1), 0.0);
    p.shorts.assign(p.longs.size(), 0.0);
    for (const auto& l : lumps) {
        double norm = 0;
        for (int k = -10; k <= 10; ++k)
            norm += std::exp(-0.5 * k * k / (l.width * l.width));
        for (int k = -10; k <= 10; ++k) {
            const int i = half + l.offset + k;
            auto& side = l.offset < 0 ? p.longs : p.shorts;
            side[static_cast<std::size_t>(i)]
                += l.notional * std::exp(-0.5 * k * k / (l.width * l.width)) / norm;
        }
    }
    return p;
}
} // namespace

class TestClusterFinder : public QObject
{
    Q_OBJECT
private slots:
    void knownPeaksGiveKnownBands()
    {
        const LiqProfile p = crafted({{-50, 1000, 1.0}, {-20, 500, 1.0}, {30, 800, 1.0}});
        const auto bands = ClusterFinder::find(p, 0.5, ClusterConfig {});
        QCOMPARE(bands.size(), std::size_t(3));
        // Sorted by notional.
        QCOMPARE(bands[0].side, PositionSide::Long);
        QCOMPARE(bands[1].side, PositionSide::Short);
        QCOMPARE(bands[2].side, PositionSide::Long);
        const double peakLong = p.grid.mid(p.grid.bin(100) - 50);
        QVERIFY(bands[0].low < peakLong && bands[0].high > peakLong);
        QVERIFY(std::abs(bands[0].peak - peakLong) < 1e-9);
        const double peakShort = p.grid.mid(p.grid.bin(100) + 30);
        QVERIFY(bands[1].low < peakShort && bands[1].high > peakShort);
        // Each lump (sigma 1 bin) is mostly captured by its band, and bands are narrow.
        QVERIFY(bands[0].notional > 0.85 * 1000 && bands[0].notional <= 1000 + 1e-9);
        QVERIFY(bands[1].notional > 0.85 * 800);
        for (const auto& b : bands)
            QVERIFY((b.high - b.low) / 100 < 0.015);
        QVERIFY(std::abs(bands[0].share - bands[0].notional / 2300) < 1e-9);
        // Distances: long band below price (negative), short above; ATR 0.5.
        QVERIFY(bands[0].distancePct < -4.5 && bands[0].distancePct > -5.2);
        QVERIFY(std::abs(bands[0].distanceAtr - std::abs(bands[0].high - 100) / 0.5) < 1e-9);
        QVERIFY(bands[1].distancePct > 2.5 && bands[1].distancePct < 3.2);
        // Magnet: the share discounted by distance; the near long band beats its size.
        for (const auto& b : bands) {
            const double d = b.distanceAtr / 3;
            QVERIFY(std::abs(b.magnet - 100 * b.share / (1 + d * d)) < 1e-9);
        }
        QVERIFY(bands[2].magnet > bands[0].magnet);
    }

    void smallBumpsAndOutOfRangeIgnored()
    {
        // A 2% bump is below the prominence threshold; a lump at -15% is outside +-10%.
        const LiqProfile p = crafted({{-30, 1000, 1.5}, {25, 20, 1.0}, {-150, 5000, 1.0}});
        const auto bands = ClusterFinder::find(p, 0, ClusterConfig {});
        QCOMPARE(bands.size(), std::size_t(1));
        QCOMPARE(bands[0].side, PositionSide::Long);
        QCOMPARE(bands[0].distanceAtr, 0.0);
        QVERIFY(std::abs(bands[0].share - bands[0].notional / 1020) < 1e-6);
    }

    void identitiesStayStableAcrossUpdates()
    {
        ClusterFinder f;
        const auto& a = f.update(crafted({{-50, 1000, 1.0}, {30, 800, 1.0}}), 1.0);
        QCOMPARE(a.size(), std::size_t(2));
        const auto idLong = a[0].id, idShort = a[1].id;
        QVERIFY(idLong != idShort);
        // Peaks drift by one bin, sizes change order, and a new band appears.
        const auto& b = f.update(crafted({{-49, 700, 1.0}, {31, 900, 1.0}, {-10, 400, 1.0}}), 1.0);
        QCOMPARE(b.size(), std::size_t(3));
        QCOMPARE(b[0].side, PositionSide::Short);
        QCOMPARE(b[0].id, idShort);
        QCOMPARE(b[1].id, idLong);
        QVERIFY(b[2].id != idLong && b[2].id != idShort);
        const auto idNew = b[2].id;
        // A band that disappears frees its identity; a far-away new band gets a fresh one.
        const auto& c = f.update(crafted({{-49, 700, 1.0}, {60, 300, 1.0}, {-10, 400, 1.0}}), 1.0);
        QCOMPARE(c.size(), std::size_t(3));
        QCOMPARE(c[0].id, idLong);
        QCOMPARE(c[1].id, idNew);
        QVERIFY(c[2].id > idNew);
    }

    void emptyProfileGivesNoBands()
    {
        LiqProfile p;
        QVERIFY(ClusterFinder::find(p, 1, ClusterConfig {}).empty());
        p = crafted({});
        QVERIFY(ClusterFinder::find(p, 1, ClusterConfig {}).empty());
    }
};

QTEST_APPLESS_MAIN(TestClusterFinder)
#include "test_clusterfinder.moc"
