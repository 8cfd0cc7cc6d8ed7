// SPDX-License-Identifier: MIT
// Zones in the history database: JSON round trip, bad stored text gives a clear error, and
// zones restored after a restart keep their ids through the next update.
#include "engine/zones/zoneengine.h"
#include "store/blobstore.h"
#include "store/zonestore.h"
#include "zonepaths.h"

#include <QTemporaryDir>
#include <QTest>

using namespace perp;
using namespace zonetest;

namespace {

zones::ZoneInput input(const Path& p)
{
    zones::ZoneInput in;
    in.frames[0] = p.bars;
    in.price = p.last;
    in.now = p.end();
    in.liquidity = {{112, 112.6, 112.3, 3e6, false}};
    return in;
}

} // namespace

class TestZoneStore : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTrip()
    {
        zones::ZoneEngine e;
        const auto zones = e.update(input(doubleBottom()));
        QVERIFY(zones.size() >= 3);
        const QByteArray json = store::zonesToJson(zones);
        QString error;
        const auto back = store::zonesFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QVERIFY(*back == zones);
        QVERIFY(json.contains("\"state\":\"tested\""));
    }

    void badJsonIsAnError_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("not json") << QByteArray("[{") << "at offset";
        QTest::newRow("not an array") << QByteArray("{}") << "not a JSON array";
        QTest::newRow("bad kind") << QByteArray(
            R"([{"id":1,"kind":"floor","state":"fresh","low":1,"high":2}])")
                                  << "zone 1: missing or invalid";
        QTest::newRow("inverted range")
            << QByteArray(R"([{"id":1,"kind":"support","state":"fresh","low":1,"high":2},)"
                          R"({"id":2,"kind":"support","state":"trap","low":3,"high":2}])")
            << "zone 2: missing or invalid";
    }
    void badJsonIsAnError()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString e;
        QVERIFY(!store::zonesFromJson(json, &e));
        QVERIFY2(e.contains(error), qPrintable(e));
    }

    void storedZonesKeepTheirIdsAfterARestart()
    {
        QTemporaryDir tmp;
        store::Database db(store::databasePath(tmp.path()));
        QVERIFY(db.open());
        const Path p = doubleBottom();
        zones::ZoneEngine before;
        before.update(input(p));
        auto zones = before.update(input(p));
        store::ZoneStore zs(db);
        QVERIFY(!zs.load(0).has_value()); // nothing stored yet
        QVERIFY(zs.save(0, zones, p.end()));

        QString error;
        auto stored = zs.load(0, &error);
        QVERIFY2(stored, qPrintable(error));
        QVERIFY(*stored == zones);
        zones::ZoneEngine after; // a new process: ids would start at 1
        after.restore(*stored);
        QVERIFY(after.zones() == zones); // shown at once
        Path more = p;
        more.to(109);
        const auto& next = after.update(input(more));
        const auto& same = before.update(input(more));
        QCOMPARE(next.size(), same.size());
        for (std::size_t i = 0; i < next.size(); ++i)
            QCOMPARE(next[i].id, same[i].id);

        // A damaged blob is reported with the symbol, not loaded.
        QVERIFY(zs.save(2, {}, p.end()));
        store::BlobStore(db).put(QStringLiteral("zones"), QStringLiteral("SOLUSDT"), "[{\"id\":", 1);
        QVERIFY(!zs.load(2, &error));
        QVERIFY2(error.startsWith(QStringLiteral("stored zones of SOLUSDT: at offset")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestZoneStore)
#include "test_zonestore.moc"
