// SPDX-License-Identifier: MIT
// FrameRecorder and the recording format: round trip through ReplayReader (plain, gzip,
// zstd), size rotation, a file cut off after a sync (a crash) still reads up to it,
// concurrent writers, and bad lines rejected with file, line and reason.
#include "feed/record/framerecorder.h"
#include "feed/record/recordfile.h"
#include "feed/replay/replayloader.h"
#include "replayhelpers.h"

#include <QFile>
#include <QTest>

#include <set>
#include <thread>

using namespace perp;
using perp::test::readAll;

namespace {

std::string tradeFrame(std::int64_t id, TimeMs t)
{
    return "{\"stream\":\"ethusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":" + std::to_string(t)
        + ",\"s\":\"ETHUSDT\",\"a\":" + std::to_string(id)
        + ",\"p\":\"3000.5\",\"q\":\"0.1\",\"f\":1,\"l\":1," + "\"T\":" + std::to_string(t)
        + ",\"m\":false}}";
}

constexpr TimeMs kT0 = 1767225600000;

bool hasReject(const replay::ReplayStats& s, std::uint64_t line, const char* text)
{
    for (const auto& r : s.rejects)
        if (r.line == line && r.reason.find(text) != std::string::npos)
            return true;
    return false;
}

} // namespace

class TestFrameRecorder : public QObject
{
    Q_OBJECT
private slots:
    void partNames()
    {
        QCOMPARE(record::partPath("/a/btc.rec.zst", 1), std::string("/a/btc.rec.zst"));
        QCOMPARE(record::partPath("/a/btc.rec.zst", 3), std::string("/a/btc-3.rec.zst"));
        QCOMPARE(record::partPath("/a.b/rec", 2), std::string("/a.b/rec-2"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << "r.rec";
        QTest::newRow("gzip") << "r.rec.gz";
        QTest::newRow("zstd") << "r.rec.zst";
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        const QString path = test::scratchDir("framerecorder") + "/" + name;
        record::RecorderOptions o;
        o.path = path.toStdString();
        o.note = "line one\nline two";
        std::string error;
        auto rec = record::FrameRecorder::open(o, error);
        QVERIFY2(rec, error.c_str());
        for (int i = 0; i < 500; ++i)
            rec->record((kT0 + i) * 1000 + 7, "binance", "ws:market", tradeFrame(100 + i, kT0 + i));
        // A body with line breaks (legal JSON whitespace) stays one line.
        rec->record((kT0 + 600) * 1000, "binance", "rest:/fapi/v1/openInterest?symbol=ETHUSDT",
            "{\"openInterest\":\"10.5\",\r\n\"symbol\":\"ETHUSDT\",\n\"time\":1767225600600}");
        rec->close();
        const auto s = rec->stats();
        QCOMPARE(s.frames, 501u);
        QCOMPARE(s.dropped, 0u);
        QVERIFY(s.error.empty());
        QCOMPARE(s.diskBytes, static_cast<std::uint64_t>(QFile(path).size()));
        if (!name.endsWith(".rec"))
            QVERIFY(s.diskBytes * 3 < s.rawBytes); // compressed

        const auto r = readAll(path.toStdString());
        QVERIFY2(r.opened, r.error.c_str());
        QVERIFY(r.format.starts_with("PerpScope recording"));
        QCOMPARE(r.stats.rejected, 0u);
        QCOMPARE(r.stats.lines, 502u);
        QCOMPARE(r.stats.trades, 500u);
        QCOMPARE(r.stats.openInterest, 1u);
        const auto& first = std::get<Trade>(r.events.front());
        QCOMPARE(first.id, std::int64_t(100));
        QCOMPARE(first.h.receiveTime, kT0 * 1000 + 7);
        QCOMPARE(first.h.exchangeTime, kT0);
        QCOMPARE(first.price, *Price::parse("3000.5"));
    }

    void rotatesBySize()
    {
        const QString dir = test::scratchDir("framerecorder-rotate");
        record::RecorderOptions o;
        o.path = (dir + "/r.rec").toStdString();
        o.rotateBytes = 4000;
        o.flushMs = 10;
        std::string error;
        auto rec = record::FrameRecorder::open(o, error);
        QVERIFY(rec);
        for (int i = 0; i < 300; ++i) {
            rec->record((kT0 + i) * 1000, "binance", "ws:market", tradeFrame(i + 1, kT0 + i));
            if (i % 20 == 19)
                QTest::qWait(30);
        }
        rec->close();
        const auto s = rec->stats();
        QVERIFY2(s.files.size() >= 3, qPrintable(QString::number(s.files.size())));
        QCOMPARE(s.files[1], dir.toStdString() + "/r-2.rec");
        QStringList files;
        std::uint64_t disk = 0;
        for (const auto& f : s.files) {
            QFile file(QString::fromStdString(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readLine().startsWith("#perpscope-record v1 "));
            files << QString::fromStdString(f);
            disk += static_cast<std::uint64_t>(file.size());
        }
        QCOMPARE(s.diskBytes, disk);
        replay::ReplayLoader loader(files);
        std::vector<MarketEvent> events;
        while (loader.loadSome(events, 100)) { }
        QCOMPARE(events.size(), std::size_t(300));
        for (std::size_t i = 0; i < events.size(); ++i)
            QCOMPARE(std::get<Trade>(events[i]).id, std::int64_t(i + 1));
        QCOMPARE(loader.progress(), 1.0);
    }

    void cutOffAfterASyncStillReads()
    {
        const QString path = test::scratchDir("framerecorder-crash") + "/r.rec.zst";
        record::RecorderOptions o;
        o.path = path.toStdString();
        o.flushMs = 20;
        std::string error;
        auto rec = record::FrameRecorder::open(o, error);
        QVERIFY(rec);
        for (int i = 0; i < 100; ++i)
            rec->record((kT0 + i) * 1000, "binance", "ws:market", tradeFrame(i + 1, kT0 + i));
        QTRY_VERIFY(rec->stats().diskBytes > 0 && QFile(path).size() > 200);
        QTest::qWait(50);
        const qint64 synced = QFile(path).size();
        for (int i = 100; i < 200; ++i)
            rec->record((kT0 + i) * 1000, "binance", "ws:market", tradeFrame(i + 1, kT0 + i));
        rec->close();
        QVERIFY(QFile(path).size() > synced + 20);
        // The process died in the middle of writing the second frame.
        QVERIFY(QFile::resize(path, synced + 20));
        const auto r = readAll(path.toStdString());
        QVERIFY(r.opened);
        QCOMPARE(r.stats.trades, 100u);
        QCOMPARE(r.stats.rejected, 1u);
        QVERIFY(r.stats.rejects.front().reason.find("truncated zstd") != std::string::npos);
    }

    void concurrentWriters()
    {
        const QString path = test::scratchDir("framerecorder-threads") + "/r.rec.zst";
        record::RecorderOptions o;
        o.path = path.toStdString();
        o.flushMs = 5;
        std::string error;
        auto rec = record::FrameRecorder::open(o, error);
        QVERIFY(rec);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&rec, t] {
                for (int i = 0; i < 2000; ++i) {
                    const std::int64_t id = t * 100'000 + i;
                    rec->record((kT0 + i) * 1000, "binance", "ws:market", tradeFrame(id, kT0 + i));
                }
            });
        for (auto& th : threads)
            th.join();
        rec->close();
        const auto r = readAll(path.toStdString());
        QCOMPARE(r.stats.rejected, 0u);
        QCOMPARE(r.stats.trades, 8000u);
        std::set<std::int64_t> ids;
        for (const auto& e : r.events)
            ids.insert(std::get<Trade>(e).id);
        QCOMPARE(ids.size(), std::size_t(8000));
    }

    void badLinesAreCountedAndSkipped()
    {
        const QString path = test::scratchDir("framerecorder-bad") + "/bad.rec";
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const std::string good = tradeFrame(1, kT0);
        f.write("#perpscope-record v1 2026-01-01T00:00:00.000Z test\n"); // 1
        f.write(("1767225600000001 binance ws:market " + good + "\n").c_str()); // 2
        f.write("17672x5600000001 binance ws:market {}\n"); // 3
        f.write(("1767225600000002 kraken ws:market " + good + "\n").c_str()); // 4
        f.write("1767225600000003 binance ws:market\n"); // 5
        f.write(("1767225600000004 binance udp:x " + good + "\n").c_str()); // 6
        f.write(
            "1767225600000005 binance ws:market {\"stream\":\"ethusdt@aggTrade\",\"data\":{\"e\":\n"); // 7
        f.write("1767225600000006 binance rest:/fapi/v1/aggTrades?symbol=ETHUSDT "
                "[{\"a\":9,\"p\":\"1\",\"q\":\"1\","
                "\"f\":1,\"l\":1,\"T\":1767225600000,\"m\":true},{\"a\":10}]\n"); // 8: all or nothing
        f.write("1767225600000007 binance rest:/fapi/v1/time {\"serverTime\":1}\n"); // 9: ignored
        f.write("#perpscope-record v9 future\n"); // 10
        f.write(("1767225600000008 binance ws:market " + tradeFrame(2, kT0 + 1) + "\n").c_str()); // 11
        f.close();
        const auto r = readAll(path.toStdString());
        QVERIFY(r.opened);
        QCOMPARE(r.stats.trades, 2u);
        QCOMPARE(r.stats.rejected, 7u);
        QVERIFY(hasReject(r.stats, 3, "bad receive time"));
        QVERIFY(hasReject(r.stats, 4, "unknown venue 'kraken'"));
        QVERIFY(hasReject(r.stats, 5, "expected '<receive_us> <venue> <channel> <payload>'"));
        QVERIFY(hasReject(r.stats, 6, "unknown channel"));
        QVERIFY(hasReject(r.stats, 7, "JSON"));
        QVERIFY(hasReject(r.stats, 8, ""));
        QVERIFY(hasReject(r.stats, 10, "unsupported recording version"));
        QCOMPARE(r.stats.rejects.front().source, std::string("bad.rec"));
        QCOMPARE(std::get<Trade>(r.events.back()).id, std::int64_t(2));
    }

    void unwritablePathFails()
    {
        record::RecorderOptions o;
        o.path = "/proc/definitely/not/here.rec";
        std::string error;
        QVERIFY(!record::FrameRecorder::open(o, error));
        QVERIFY2(
            error.find("cannot create /proc/definitely/not/here.rec") != std::string::npos, error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestFrameRecorder)
#include "test_framerecorder.moc"
