// SPDX-License-Identifier: MIT
// Replay readers on files the test writes itself: Binance dump CSVs, and corrupted
// or truncated copies of the real captures.
#include "feed/replay/datetime.h"
#include "feed/replay/jsondecoders.h"
#include "replayhelpers.h"

#include <QFile>
#include <QTest>

#include <set>
#include <zlib.h>

using namespace perp;
using perp::test::readAll;
using perp::test::tradesOf;

namespace {
void writeText(const QString& path, const std::string& text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text.data(), static_cast<qint64>(text.size()));
}
std::vector<std::string> gunzipLines(const std::string& path)
{
    std::vector<std::string> out;
    gzFile g = gzopen(path.c_str(), "rb");
    std::string line;
    char buf[1 << 16];
    while (gzgets(g, buf, sizeof buf)) {
        line += buf;
        if (!line.empty() && line.back() == '\n') {
            line.pop_back();
            out.push_back(line);
            line.clear();
        }
    }
    gzclose(g);
    return out;
}
bool hasReason(const replay::ReplayStats& s, std::uint64_t line, const char* text)
{
    for (const auto& r : s.rejects)
        if (r.line == line && r.reason.find(text) != std::string::npos)
            return true;
    return false;
}
} // namespace

class TestReplayFormats : public QObject
{
    Q_OBJECT
private slots:
    void timestamps()
    {
        QCOMPARE(*replay::parseTimestampUs("1721347200064916040"), TimeUs(1721347200064916));
        QCOMPARE(*replay::parseTimestampUs("1680652700423575"), TimeUs(1680652700423575));
        QCOMPARE(*replay::parseTimestampUs("1680652700423"), TimeUs(1680652700423000));
        QCOMPARE(*replay::parseTimestampUs("1626992741.06217"), TimeUs(1626992741062170));
        QVERIFY(!replay::parseTimestampUs("12a"));
        QCOMPARE(formatIsoMs(*replay::parseUtcDateTime("2025-10-22T09:36:42.306000")),
            std::string("2025-10-22T09:36:42.306Z"));
        QCOMPARE(formatIsoMs(*replay::parseUtcDateTime("28-10-2024 20:00")),
            std::string("2024-10-28T20:00:00.000Z"));
        QCOMPARE(formatIsoMs(*replay::parseUtcDateTime("2025-05-19 11:07:31")),
            std::string("2025-05-19T11:07:31.000Z"));
        QVERIFY(!replay::parseUtcDateTime("2025-13-01 00:00:00"));
        QVERIFY(!replay::parseUtcDateTime("yesterday"));
        QCOMPARE(replay::symbolFromCaptureName("/x/btcusd_perp_20240808.gz"), std::string("BTCUSD_PERP"));
        QCOMPARE(replay::symbolFromCaptureName("BINANCE_FUTURES.ws.1.0"), std::string());
    }

    void binanceDumps()
    {
        const auto dir = test::scratchDir("replay-dumps");
        const std::string agg
            = "agg_trade_id,price,quantity,first_trade_id,last_trade_id,transact_time,is_buyer_maker\n"
              "26129,0.01633102,4.70443515,27781,27781,1498793709153,true\n"
              "26130,0.01633,1.5,27782,27783,1498793709200,false\n"
              "26131,abc,1,27784,27784,1498793709300,false\n"
              "26132,0.0164,2,27785\n"
              "26133,0.0165,3,27786,27786,1498793709400,False\n";
        writeText(dir + "/BTCUSDT-aggTrades-2017-06-30.csv", agg);
        auto r = readAll((dir + "/BTCUSDT-aggTrades-2017-06-30.csv").toStdString());
        QVERIFY2(r.opened, r.error.c_str());
        QCOMPARE(r.stats.trades, std::uint64_t(3));
        QCOMPARE(r.stats.rejected, std::uint64_t(2));
        QVERIFY(hasReason(r.stats, 4, "bad price 'abc'"));
        QVERIFY(hasReason(r.stats, 5, "expected at least 7 fields, got 4"));
        auto t = tradesOf(r.events);
        QCOMPARE(symbolName(t[0].h.symbol), std::string("BTCUSDT"));
        QCOMPARE(t[0].takerSide, Side::Sell);
        QCOMPARE(t[1].takerSide, Side::Buy);
        QCOMPARE(t[2].id, std::int64_t(26133));
        QCOMPARE(t[0].h.exchangeTime, TimeMs(1498793709153));
        QCOMPARE(t[0].qty.toString(), std::string("4.704435")); // rounded to 6 decimals

        // the same without a header (older dumps)
        writeText(dir + "/ETHUSDT-aggTrades-2019-01-01.csv", agg.substr(agg.find('\n') + 1));
        r = readAll((dir + "/ETHUSDT-aggTrades-2019-01-01.csv").toStdString());
        QCOMPARE(r.stats.trades, std::uint64_t(3));
        QCOMPARE(symbolName(tradesOf(r.events)[0].h.symbol), std::string("ETHUSDT"));

        const std::string kl = "1499040000000,0.01634790,0.80000000,0.01575800,0.01577100,148976.11427815,"
                               "1499644799999,2434.19055334,308,1756.87402397,28.46694368,17928899.62484339\n"
                               "1499644800000,0.0157,0.0158,0.0156,0.0159,10,1499644859999,1,3,4,1,0\n";
        writeText(dir + "/BTCUSDT-1m-2017-07-03.csv", kl);
        r = readAll((dir + "/BTCUSDT-1m-2017-07-03.csv").toStdString());
        QCOMPARE(r.stats.klines, std::uint64_t(1));
        QCOMPARE(r.stats.rejected, std::uint64_t(1));
        QVERIFY(hasReason(r.stats, 2, "inconsistent OHLC"));
        QCOMPARE(r.klines[0].candle.volume.toString(), std::string("148976.114278"));
        QCOMPARE(r.klines[0].candle.buyVolume.toString(), std::string("1756.874024"));
        QCOMPARE(r.klines[0].candle.trades, 308u);
        writeText(dir + "/SOLUSDT-1m-2024-01-01.csv",
            "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,"
            "taker_buy_quote_volume,ignore\n1704067200000,101.5,102,101,101.9,1000,1704067259999,1,10,600,1,"
            "0\n");
        r = readAll((dir + "/SOLUSDT-1m-2024-01-01.csv").toStdString());
        QCOMPARE(r.stats.klines, std::uint64_t(1));
        QCOMPARE(r.klines[0].intervalMs, kMinuteMs);
        QCOMPARE(r.klines[0].candle.sellVolume.toString(), std::string("400"));
    }

    void binanceMetricsFundingDepthLiquidations()
    {
        const auto dir = test::scratchDir("replay-metrics");
        writeText(dir + "/BTCUSDT-metrics-2024-01-01.csv",
            "create_time,symbol,sum_open_interest,sum_open_interest_value,count_toptrader_long_short_ratio,"
            "sum_toptrader_long_short_ratio,count_long_short_ratio,sum_taker_long_short_vol_ratio\n"
            "2024-01-01 00:05:00,BTCUSDT,80000.5,3370000000,1.5,1.2,1.8,0.9\n"
            "2024-01-01 00:10:00,BTCUSDT,80010,3370000000,,1.2,1.8,0.95\n");
        auto r = readAll((dir + "/BTCUSDT-metrics-2024-01-01.csv").toStdString());
        QCOMPARE(r.stats.rejected, std::uint64_t(0));
        QCOMPARE(r.stats.openInterest, std::uint64_t(2));
        QCOMPARE(r.stats.metrics, std::uint64_t(7)); // one ratio left empty
        QCOMPARE(std::get<OpenInterest>(r.events[0]).openInterest.toString(), std::string("80000.5"));
        QCOMPARE(formatIsoMs(std::get<OpenInterest>(r.events[0]).h.exchangeTime),
            std::string("2024-01-01T00:05:00.000Z"));
        QCOMPARE(std::get<Metric>(r.events[1]).kind, MetricKind::TopTraderLongShortAccountRatio);
        QCOMPARE(std::get<Metric>(r.events[1]).value, 1.5);

        writeText(dir + "/BTCUSDT-fundingRate-2024-01.csv",
            "calc_time,funding_interval_hours,last_funding_rate\n1704067200000,8,0.00037409\n"
            "1704096000000,8,not-a-rate\n");
        r = readAll((dir + "/BTCUSDT-fundingRate-2024-01.csv").toStdString());
        QCOMPARE(r.stats.markFunding, std::uint64_t(1));
        QCOMPARE(r.stats.rejected, std::uint64_t(1));
        QCOMPARE(std::get<MarkFunding>(r.events[0]).fundingRate, 0.00037409);

        writeText(dir + "/BTCUSDT-bookDepth-2025-05-19.csv",
            "timestamp,percentage,depth,notional\n2025-05-19 11:07:31,-5,7885.27500000,647368074.36920000\n"
            "2025-05-19 11:07:31,x,1,1\n");
        r = readAll((dir + "/BTCUSDT-bookDepth-2025-05-19.csv").toStdString());
        QCOMPARE(r.stats.rejected, std::uint64_t(1));
        QCOMPARE(r.stats.ignored, std::uint64_t(2)); // header + one valid band row (no core event)

        writeText(dir + "/BTCUSDT-liquidationSnapshot-2024-03-01.csv",
            "time,side,order_type,time_in_force,original_quantity,price,average_price,order_status,"
            "last_fill_quantity,accumulated_fill_quantity\n"
            "1709251200123,SELL,LIMIT,IOC,0.5,60000,60010.5,FILLED,0.2,0.5\n"
            "1709251200456,BUY,LIMIT,IOC,1,61000,61005,FILLED,1,1\n"
            "1709251200789,HOLD,LIMIT,IOC,1,61000,61005,FILLED,1,1\n");
        r = readAll((dir + "/BTCUSDT-liquidationSnapshot-2024-03-01.csv").toStdString());
        QCOMPARE(r.stats.liquidations, std::uint64_t(2));
        QVERIFY(hasReason(r.stats, 4, "bad side 'HOLD'"));
        const auto& l = std::get<Liquidation>(r.events[0]);
        QCOMPARE(l.liquidated, PositionSide::Long);
        QCOMPARE(l.price.toString(), std::string("60010.5"));
        QCOMPARE(l.qty.toString(), std::string("0.5"));
        QCOMPARE(std::get<Liquidation>(r.events[1]).liquidated, PositionSide::Short);
    }

    void unknownAndMissing()
    {
        const auto dir = test::scratchDir("replay-unknown");
        writeText(dir + "/notes.txt", "hello world\nthis is not market data\n");
        std::string error;
        QVERIFY(!replay::ReplayReader::open((dir + "/notes.txt").toStdString(), error));
        QVERIFY2(error.find("unrecognized format") != std::string::npos, error.c_str());
        QVERIFY(!replay::ReplayReader::open((dir + "/absent.gz").toStdString(), error));
        QVERIFY2(error.find("cannot open") != std::string::npos, error.c_str());
        writeText(dir + "/empty.csv", "");
        QVERIFY(!replay::ReplayReader::open((dir + "/empty.csv").toStdString(), error));
        QVERIFY2(error.find("empty file") != std::string::npos, error.c_str());
    }

    void corruptedLinesAreSkipped()
    {
        PERP_REAL_DATA(data);
        const auto src = (data + "/hftbacktest/usdm/btcusdt_20240718.gz").toStdString();
        auto lines = gunzipLines(src);
        QCOMPARE(lines.size(), std::size_t(11414));
        const auto original = tradesOf(readAll(src).events);
        // Corrupt four trade lines in different ways, and add a garbage line.
        std::set<std::int64_t> lost;
        std::vector<std::size_t> hit;
        for (std::size_t i = 0; i < lines.size() && hit.size() < 4; ++i)
            if (lines[i].find("@trade") != std::string::npos && i % 7 == 0)
                hit.push_back(i);
        QCOMPARE(hit.size(), std::size_t(4));
        const auto tradeIdOf = [](const std::string& l) {
            const auto p = l.find("\"t\":") + 4;
            return std::stoll(l.substr(p, l.find(',', p) - p));
        };
        for (auto i : hit)
            lost.insert(tradeIdOf(lines[i]));
        lines[hit[0]].resize(lines[hit[0]].size() / 2); // truncated JSON
        lines[hit[1]].replace(lines[hit[1]].find("\"p\":\"") + 5, 1, "x"); // bad price
        lines[hit[2]] = "not-a-timestamp " + lines[hit[2]].substr(lines[hit[2]].find(' ') + 1);
        lines[hit[3]].replace(lines[hit[3]].find("\"m\":"), 4, "\"M\":"); // missing field
        lines.insert(lines.begin() + 50, "\x01\x02 garbage \xff");
        const auto dir = test::scratchDir("replay-corrupt");
        const auto path = (dir + "/btcusdt_20240718.gz").toStdString();
        gzFile out = gzopen(path.c_str(), "wb");
        for (const auto& l : lines) {
            gzwrite(out, l.data(), static_cast<unsigned>(l.size()));
            gzputc(out, '\n');
        }
        gzclose(out);

        const auto r = readAll(path);
        QVERIFY2(r.opened, r.error.c_str());
        QCOMPARE(r.stats.rejected, std::uint64_t(5));
        QCOMPARE(r.stats.trades, std::uint64_t(974 - 4));
        QCOMPARE(r.stats.bookUpdates, std::uint64_t(10440)); // nothing else lost
        QVERIFY(hasReason(r.stats, 51, "bad receive timestamp"));
        for (const auto& rej : r.stats.rejects)
            QCOMPARE(rej.source, std::string("btcusdt_20240718.gz"));
        // Every surviving trade is exactly the original one.
        std::vector<Trade> expected;
        for (const auto& t : original)
            if (!lost.count(t.id))
                expected.push_back(t);
        const auto got = tradesOf(r.events);
        QCOMPARE(got.size(), expected.size());
        for (std::size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].id, expected[i].id);
            QCOMPARE(got[i].price, expected[i].price);
            QCOMPARE(got[i].qty, expected[i].qty);
        }
    }

    void truncatedCompressedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("reason");
        QTest::newRow("gzip") << "hftbacktest/usdm/btcusdt_20240719.gz"
                              << "truncated gzip stream";
        QTest::newRow("zstd") << "cryptofeed/BYBIT.jsonl.zst"
                              << "truncated zstd stream";
    }
    void truncatedCompressedFiles()
    {
        PERP_REAL_DATA(data);
        QFETCH(QString, file);
        QFETCH(QString, reason);
        QFile in(data + "/" + file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const auto dir = test::scratchDir("replay-truncated");
        const QString name = dir + "/" + file.section('/', -1);
        QFile out(name);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() * 6 / 10));
        out.close();
        const auto r = readAll(name.toStdString());
        QVERIFY2(r.opened, r.error.c_str());
        bool found = false;
        for (const auto& rej : r.stats.rejects)
            found |= rej.reason.find(reason.toStdString()) != std::string::npos;
        QVERIFY(found);
        QVERIFY(r.stats.rejected <= 2); // the stream error and at most one cut line
        QVERIFY(r.stats.trades > 0);
        const auto t = tradesOf(r.events);
        for (std::size_t i = 1; i < t.size() && file.contains("hftbacktest"); ++i)
            QCOMPARE(t[i].id, t[i - 1].id + 1);

        // garbage after a gzip magic number
        QByteArray junk("\x1f\x8b\x08\x00garbage-not-deflate-data-at-all-0123456789", 48);
        QFile g(dir + "/junk.gz");
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(junk);
        g.close();
        std::string error;
        auto reader = replay::ReplayReader::open((dir + "/junk.gz").toStdString(), error);
        QVERIFY(!reader);
        QVERIFY2(error.find("gzip") != std::string::npos, error.c_str());
    }
};

QTEST_GUILESS_MAIN(TestReplayFormats)
#include "test_replayformats.moc"
