// SPDX-License-Identifier: MIT
// The zone engine end to end on crafted 5-minute paths: a double bottom is support tested
// twice; a sweep below support that is reclaimed is a trap (unless the reclaim came on
// selling); a close through breaks it; liquidation clusters become zones and mark swept
// liquidity; ranking, stable ids and determinism.
#include "engine/zones/zoneengine.h"
#include "zonepaths.h"

#include <QTest>

using namespace perp;
using namespace perp::zones;
using namespace zonetest;

namespace {

ZoneInput input(const Path& p, std::size_t bars = 0, std::vector<LiqCluster> liq = {})
{
    const std::size_t n = bars == 0 ? p.bars.size() : bars;
    ZoneInput in;
    in.frames[0] = std::span<const Candle>(p.bars.data(), n);
    in.price = p.bars[n - 1].close.toDouble();
    in.now = p.bars[n - 1].openTime + kBar;
    in.liquidity = std::move(liq);
    return in;
}

const Zone* zoneAt(const std::vector<Zone>& zones, double price)
{
    for (const Zone& z : zones)
        if (z.low <= price && price <= z.high)
            return &z;
    return nullptr;
}

QString describe(const std::vector<Zone>& zones)
{
    QString s;
    for (const Zone& z : zones)
        s += QStringLiteral("[%1 %2..%3 %4 %5 t%6 s%7 %8] ")
                 .arg(z.id)
                 .arg(z.low)
                 .arg(z.high)
                 .arg(QString::fromLatin1(kindName(z.kind).data()),
                     QString::fromLatin1(stateName(z.state).data()))
                 .arg(z.touches)
                 .arg(z.strength, 0, 'f', 2)
                 .arg(QString::fromStdString(z.why));
    return s;
}

// 110 -> 100 -> 106 -> 100.5, one bar sweeps to 98.7 and closes at 98.9 (below the
// support at 99.75), the next closes back at 100.5, then up to 108.
Path sweepAndReclaim(double reclaimBuyShare)
{
    Path p(110);
    p.to(100).to(106).to(100.5);
    p.bar(100.5, 100.6, 98.7, 98.9);
    p.upBuy = reclaimBuyShare;
    p.bar(98.9, 100.75, 98.75, 100.5);
    p.to(108);
    return p;
}

} // namespace

class TestZoneEngine : public QObject
{
    Q_OBJECT
private slots:
    void doubleBottomIsSupportWithTwoTouches()
    {
        const Path p = doubleBottom();
        ZoneEngine e;
        const auto& zones = e.update(input(p));
        QCOMPARE(e.atr(), 1.0);
        qInfo().noquote() << describe(zones);
        const Zone* z = zoneAt(zones, 99.75);
        QVERIFY2(z, qPrintable(describe(zones)));
        QCOMPARE(z->kind, ZoneKind::Support);
        QCOMPARE(z->state, ZoneState::Tested);
        QCOMPARE(z->touches, 2);
        QCOMPARE(z->rejections, 2);
        QCOMPARE(z->sweeps, 0);
        QVERIFY(z->sources & SourceSwingLow);
        QVERIFY(z->flow > 0.3); // both bounces were buyer-led (70 % taker buys)
        QVERIFY(z->strength > 0 && z->strength <= 1);
        QCOMPARE(z->lastTouch, kT0 + 46 * kBar); // the bar that left the zone after the second low
        const std::string why = z->why;
        QVERIFY2(why.find("swing lows 5m") != std::string::npos, why.c_str());
        QVERIFY2(why.find("held 2 of 2 touches") != std::string::npos, why.c_str());
        QVERIFY2(why.find("buyers defended it") != std::string::npos, why.c_str());
        // The swing high at 106.25 was resistance until price closed through it on the way to
        // 108: a broken resistance (it keeps the role it broke in until a retest holds).
        const Zone* top = zoneAt(zones, 106.25);
        QVERIFY2(top, qPrintable(describe(zones)));
        QCOMPARE(top->kind, ZoneKind::Resistance);
        QCOMPARE(top->state, ZoneState::Broken);
        QVERIFY(top->strength < z->strength);
    }

    void singleLowIsFresh()
    {
        Path p(110);
        p.to(100).to(108);
        ZoneEngine e;
        const Zone* z = zoneAt(e.update(input(p)), 99.75);
        QVERIFY(z);
        QCOMPARE(z->state, ZoneState::Fresh);
        QCOMPARE(z->touches, 1);
        QVERIFY(z->why.find("not retested yet") != std::string::npos);
    }

    void sweepBelowSupportThenReclaimIsTrap()
    {
        const Path p = sweepAndReclaim(0.7);
        ZoneEngine e;
        const auto& zones = e.update(input(p));
        const Zone* z = zoneAt(zones, 99.75);
        QVERIFY2(z, qPrintable(describe(zones)));
        QCOMPARE(z->kind, ZoneKind::Support);
        QCOMPARE(z->state, ZoneState::Trap);
        QCOMPARE(z->touches, 2);
        QCOMPARE(z->sweeps, 1);
        QCOMPARE(z->rejections, 2);
        QVERIFY2(
            z->why.find("swept to 98.7 and reclaimed: sellers trapped") != std::string::npos, z->why.c_str());
    }

    void reclaimOnSellingIsNoTrap()
    {
        // Same path, but the reclaim leg is 80 % taker selling: the order flow does not
        // back the reclaim, so the zone is merely tested.
        const Path p = sweepAndReclaim(0.2);
        ZoneEngine e;
        const Zone* z = zoneAt(e.update(input(p)), 99.75);
        QVERIFY(z);
        QCOMPARE(z->sweeps, 1);
        QCOMPARE(z->state, ZoneState::Tested);
        QVERIFY(z->flow < 0);
    }

    void sweepIntoLongLiquidationsIsNamed()
    {
        const Path p = sweepAndReclaim(0.7);
        ZoneEngine plain, withLiq;
        const Zone* a = zoneAt(plain.update(input(p)), 99.75);
        const Zone* b = zoneAt(withLiq.update(input(p, 0, {{98.5, 99.3, 98.9, 5e6, true}})), 99.75);
        QVERIFY(a && b);
        QCOMPARE(b->state, ZoneState::Trap);
        QVERIFY2(b->why.find("took est. long liquidations") != std::string::npos, b->why.c_str());
        QVERIFY(a->why.find("liquidations") == std::string::npos);
        QVERIFY(b->strength > a->strength);
    }

    void closeThroughBreaksSupport()
    {
        Path p(110);
        p.to(100).to(106).to(95);
        ZoneEngine e;
        const auto& zones = e.update(input(p));
        const Zone* z = zoneAt(zones, 99.75);
        QVERIFY2(z, qPrintable(describe(zones)));
        QCOMPARE(z->state, ZoneState::Broken);
        QCOMPARE(z->kind, ZoneKind::Support); // broken support (price is below it now)
        QCOMPARE(z->breaks, 1);
        QCOMPARE(z->touches, 2);
        QVERIFY2(z->why.find("closed through down") != std::string::npos, z->why.c_str());
        QVERIFY(z->flow < 0.3); // the breaking leg was seller-led
    }

    void liquidationClusterIsAFreshZone()
    {
        const Path p = doubleBottom();
        ZoneEngine e;
        const auto& zones = e.update(input(p, 0, {{112, 112.6, 112.3, 3e6, false}}));
        const Zone* z = zoneAt(zones, 112.3);
        QVERIFY2(z, qPrintable(describe(zones)));
        QCOMPARE(z->sources, std::uint8_t(SourceLiquidation));
        QCOMPARE(z->kind, ZoneKind::Resistance);
        QCOMPARE(z->state, ZoneState::Fresh);
        QCOMPARE(z->touches, 0);
        QCOMPARE(z->low, 112.0);
        QCOMPARE(z->high, 112.6);
        QVERIFY2(z->why.find("est. liq cluster $3.0M") != std::string::npos, z->why.c_str());
    }

    void rankedStrongestFirstAndCapped()
    {
        const Path p = doubleBottom();
        ZoneConfig cfg;
        cfg.maxZones = 2;
        ZoneEngine all, two(cfg);
        const auto& full
            = all.update(input(p, 0, {{112, 112.6, 112.3, 3e6, false}, {96, 96.5, 96.2, 1e6, true}}));
        const auto& capped
            = two.update(input(p, 0, {{112, 112.6, 112.3, 3e6, false}, {96, 96.5, 96.2, 1e6, true}}));
        QVERIFY(full.size() > 2);
        QCOMPARE(capped.size(), std::size_t(2));
        for (std::size_t i = 1; i < full.size(); ++i)
            QVERIFY(full[i - 1].strength >= full[i].strength);
        QCOMPARE(capped[0].low, full[0].low);
        QCOMPARE(capped[1].low, full[1].low);
        // The tested double bottom outranks the untested liquidation cluster.
        QVERIFY(zoneAt(full, 99.75)->strength > zoneAt(full, 112.3)->strength);
    }

    void identityStableAcrossUpdates()
    {
        const Path p = doubleBottom();
        ZoneEngine e;
        std::uint64_t id = 0;
        // From the bar after the first bottom's confirmation to the end, every update.
        for (std::size_t n = 24; n <= p.bars.size(); ++n) {
            const Zone* z = zoneAt(e.update(input(p, n)), 99.75);
            QVERIFY2(z, qPrintable(QString::number(n)));
            if (id == 0)
                id = z->id;
            QCOMPARE(z->id, id);
        }
        QCOMPARE(zoneAt(e.zones(), 99.75)->touches, 2);
    }

    void deterministic()
    {
        const Path p = sweepAndReclaim(0.7);
        ZoneEngine a, b;
        for (std::size_t n = 20; n <= p.bars.size(); n += 3) {
            const auto in = input(p, n, {{98.5, 99.3, 98.9, 5e6, true}, {112, 112.6, 112.3, 3e6, false}});
            QVERIFY(a.update(in) == b.update(in));
        }
        QVERIFY(!a.zones().empty());
    }

    void tooFewBarsGiveNothing()
    {
        Path p(100);
        p.to(105); // 10 bars: no 14-bar ATR yet
        ZoneEngine e;
        QVERIFY(e.update(input(p)).empty());
        QCOMPARE(e.atr(), 0.0);
        ZoneInput none;
        QVERIFY(e.update(none).empty());
    }
};

QTEST_GUILESS_MAIN(TestZoneEngine)
#include "test_zoneengine.moc"
