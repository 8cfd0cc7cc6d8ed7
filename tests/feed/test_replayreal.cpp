// SPDX-License-Identifier: MIT
// Every real capture in PERPSCOPE_SHARED_DATA, checked against figures taken from the raw files.
#include "replayhelpers.h"

#include <QTest>

#include <map>

using namespace perp;
using perp::test::readAll;
using perp::test::tradesOf;

namespace {
std::string at(const QString& dir, const char* rel)
{
    return (dir + "/" + rel).toStdString();
}
bool contiguous(const std::vector<Trade>& t)
{
    for (std::size_t i = 1; i < t.size(); ++i)
        if (t[i].id != t[i - 1].id + 1)
            return false;
    return true;
}
Qty sumQty(const std::vector<Trade>& t)
{
    Qty q;
    for (const auto& x : t)
        q += x.qty;
    return q;
}
} // namespace

class TestReplayReal : public QObject
{
    Q_OBJECT
private slots:
    void hftbacktestUsdm_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("lines");
        QTest::addColumn<int>("trades");
        QTest::addColumn<int>("books");
        QTest::addColumn<int>("marks");
        QTest::addColumn<QString>("firstPx");
        QTest::addColumn<QString>("lastPx");
        QTest::addColumn<qlonglong>("firstId");
        QTest::addColumn<qlonglong>("lastId");
        QTest::addColumn<QString>("volume");
        QTest::addColumn<QString>("buyVolume");
        QTest::newRow("20240718") << "hftbacktest/usdm/btcusdt_20240718.gz" << 11414 << 974 << 10440 << 0
                                  << "63943.9"
                                  << "63959.9" << 5182005737LL << 5182006710LL << "95.913"
                                  << "54.397";
        QTest::newRow("20240719") << "hftbacktest/usdm/btcusdt_20240719.gz" << 60570 << 9727 << 50843 << 0
                                  << "63960"
                                  << "63865.4" << 5182006711LL << 5182016437LL << "1026.546"
                                  << "390.211";
        QTest::newRow("20240808") << "hftbacktest/usdm/btcusdt_20240808.gz" << 93954 << 21313 << 72641 << 0
                                  << "61800.3"
                                  << "61659.8" << 5266583935LL << 5266605247LL << "2429.366"
                                  << "1251.576";
        QTest::newRow("20230404") << "hftbacktest/usdm/btcusdt_20230404.dat.gz" << 13384 << 2197 << 11088
                                  << 99 << "28145.1"
                                  << "28155.2" << 3535186032LL << 3535188228LL << "201.588"
                                  << "133.325";
        QTest::newRow("20230405") << "hftbacktest/usdm/btcusdt_20230405.dat.gz" << 60381 << 10738 << 49228
                                  << 415 << "28155.1"
                                  << "28140.1" << 3535188229LL << 3535198966LL << "987.498"
                                  << "456.749";
    }
    void hftbacktestUsdm()
    {
        PERP_REAL_DATA(dir);
        QFETCH(QString, file);
        QFETCH(int, lines);
        QFETCH(int, trades);
        QFETCH(int, books);
        QFETCH(int, marks);
        QFETCH(QString, firstPx);
        QFETCH(QString, lastPx);
        QFETCH(qlonglong, firstId);
        QFETCH(qlonglong, lastId);
        QFETCH(QString, volume);
        QFETCH(QString, buyVolume);
        const auto r = readAll((dir + "/" + file).toStdString());
        QVERIFY2(r.opened, r.error.c_str());
        QCOMPARE(r.stats.rejected, std::uint64_t(0));
        QCOMPARE(r.stats.lines, std::uint64_t(lines));
        QCOMPARE(r.stats.trades, std::uint64_t(trades));
        QCOMPARE(r.stats.bookUpdates, std::uint64_t(books));
        QCOMPARE(r.stats.markFunding, std::uint64_t(marks));
        const auto t = tradesOf(r.events);
        QCOMPARE(t.front().price.toString(), firstPx.toStdString());
        QCOMPARE(t.back().price.toString(), lastPx.toStdString());
        QCOMPARE(t.front().id, std::int64_t(firstId));
        QCOMPARE(t.back().id, std::int64_t(lastId));
        QVERIFY(contiguous(t));
        QCOMPARE(sumQty(t).toString(), volume.toStdString());
        Qty buy;
        for (const auto& x : t)
            if (x.takerSide == Side::Buy)
                buy += x.qty;
        QCOMPARE(buy.toString(), buyVolume.toStdString());
        QCOMPARE(symbolName(t.front().h.symbol), std::string("BTCUSDT"));
        // Receive times are in us whatever the file's unit: within a few seconds of exchange time.
        QVERIFY(std::abs(t.front().h.receiveTime / 1000 - t.front().h.exchangeTime) < 10'000);
        int snapshots = 0;
        for (const auto& e : r.events)
            if (const auto* b = std::get_if<BookUpdate>(&e); b && b->kind == BookKind::Snapshot) {
                ++snapshots;
                QCOMPARE(symbolName(b->h.symbol), std::string("BTCUSDT"));
                QVERIFY(b->bids.size() > 100 && b->asks.size() > 100);
            }
        QCOMPARE(snapshots, file.contains("0719") || file.contains("0405") ? 0 : 1);
    }

    void markPriceFunding()
    {
        PERP_REAL_DATA(dir);
        const auto r = readAll(at(dir, "hftbacktest/usdm/btcusdt_20230405.dat.gz"));
        double lo = 1, hi = 0;
        for (const auto& e : r.events)
            if (const auto* m = std::get_if<MarkFunding>(&e)) {
                lo = std::min(lo, m->fundingRate);
                hi = std::max(hi, m->fundingRate);
                QVERIFY(m->markPrice.toDouble() > 28000 && m->indexPrice.toDouble() > 28000);
            }
        QCOMPARE(lo, 0.0000276);
        QCOMPARE(hi, 0.0000285);
    }

    void dayPairsAreContiguous_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::newRow("usdm-2024") << "hftbacktest/usdm/btcusdt_20240718.gz"
                                   << "hftbacktest/usdm/btcusdt_20240719.gz";
        QTest::newRow("usdm-2023") << "hftbacktest/usdm/btcusdt_20230404.dat.gz"
                                   << "hftbacktest/usdm/btcusdt_20230405.dat.gz";
        QTest::newRow("cm-2024") << "hftbacktest/cm/btcusd_perp_20240808.gz"
                                 << "hftbacktest/cm/btcusd_perp_20240809.gz";
    }
    void dayPairsAreContiguous()
    {
        PERP_REAL_DATA(dir);
        QFETCH(QString, a);
        QFETCH(QString, b);
        auto t = tradesOf(readAll((dir + "/" + a).toStdString()).events);
        const auto t2 = tradesOf(readAll((dir + "/" + b).toStdString()).events);
        QVERIFY(!t.empty() && !t2.empty());
        QCOMPARE(t2.front().id, t.back().id + 1);
        t.insert(t.end(), t2.begin(), t2.end());
        QVERIFY(contiguous(t));
    }

    void coinMargined()
    {
        PERP_REAL_DATA(dir);
        const auto r = readAll(at(dir, "hftbacktest/cm/btcusd_perp_20240808.gz"));
        QCOMPARE(r.stats.rejected, std::uint64_t(0));
        QCOMPARE(r.stats.trades, std::uint64_t(2286));
        QCOMPARE(r.stats.bookUpdates, std::uint64_t(26847 + 19136 + 1));
        const auto t = tradesOf(r.events);
        QCOMPARE(symbolName(t.front().h.symbol), std::string("BTCUSD_PERP"));
        QCOMPARE(t.front().id, std::int64_t(849714402));
        // 83,241 contracts of 100 USD at ~61,700 USD/BTC is ~135 BTC; each trade converted on its own price.
        double base = 0;
        for (const auto& x : t)
            base += x.qty.toDouble();
        QVERIFY(base > 83241 * 100 / 61845.0 && base < 83241 * 100 / 61610.0);
    }

    void cryptofeedBinance()
    {
        PERP_REAL_DATA(dir);
        const auto r = readAll(at(dir, "cryptofeed/BINANCE_FUTURES.ws.1.0"));
        QVERIFY2(r.opened, r.error.c_str());
        QCOMPARE(r.stats.rejected, std::uint64_t(0));
        QCOMPARE(r.stats.lines, std::uint64_t(1536));
        QCOMPARE(r.stats.trades, std::uint64_t(91)); // one per aggTrade message
        QCOMPARE(r.stats.bookUpdates, std::uint64_t(764 + 613));
        QCOMPARE(r.stats.ignored, std::uint64_t(67 + 1)); // kline_1m messages and the header line
        std::map<std::string, int> bySymbol;
        for (const auto& t : tradesOf(r.events))
            ++bySymbol[symbolName(t.h.symbol)];
        QCOMPARE(bySymbol.size(), std::size_t(4));
        QVERIFY(bySymbol.count("SUSHIUSDT") && bySymbol.count("CTKUSDT"));
        // receive times are "<seconds>.<fraction>:" of 2021-07-22 22:25
        const auto first = tradesOf(r.events).front();
        QVERIFY(first.h.receiveTime > 1626992740'000'000 && first.h.receiveTime < 1626992772'000'000);
    }

    void cryptofeedBybit()
    {
        PERP_REAL_DATA(dir);
        const auto r = readAll(at(dir, "cryptofeed/BYBIT.jsonl.zst"));
        QVERIFY2(r.opened, r.error.c_str());
        QCOMPARE(r.stats.rejected, std::uint64_t(0));
        QCOMPARE(r.stats.lines, std::uint64_t(3256));
        QCOMPARE(r.stats.trades, std::uint64_t(327)); // linear connection only; spot is skipped
        QCOMPARE(r.stats.bookUpdates, std::uint64_t(1598));
        QCOMPARE(r.stats.markFunding, std::uint64_t(140));
        QCOMPARE(r.stats.openInterest, std::uint64_t(20));
        std::map<std::string, std::vector<Trade>> bySymbol;
        for (const auto& t : tradesOf(r.events))
            bySymbol[symbolName(t.h.symbol)].push_back(t);
        QCOMPARE(bySymbol["BTCUSDT"].size(), std::size_t(56));
        QCOMPARE(sumQty(bySymbol["BTCUSDT"]).toString(), std::string("7.039"));
        QCOMPARE(bySymbol["BTCUSDT"].front().price.toString(), std::string("65114.2"));
        QCOMPARE(bySymbol["SOLUSDT"].size(), std::size_t(165));
        QCOMPARE(sumQty(bySymbol["DOGEUSDT"]).toString(), std::string("446624"));
        for (const auto& e : r.events)
            if (const auto* oi = std::get_if<OpenInterest>(&e); oi && symbolName(oi->h.symbol) == "BTCUSDT") {
                QCOMPARE(oi->openInterest.toString(), std::string("29945.866")); // singleOpenInterest
                break;
            }
    }

    void binanceLiquidations()
    {
        PERP_REAL_DATA(dir);
        const auto r = readAll(at(dir, "binance-liquidations/binance_liquidations_2025-10-22_part.csv"));
        QVERIFY2(r.opened, r.error.c_str());
        QCOMPARE(r.stats.rejected, std::uint64_t(0));
        QCOMPARE(r.stats.liquidations, std::uint64_t(5237));
        int longs = 0, shorts = 0, btc = 0, btcLong = 0;
        double btcUsd = 0;
        for (const auto& e : r.events) {
            const auto& l = std::get<Liquidation>(e);
            (l.liquidated == PositionSide::Long ? longs : shorts)++;
            if (symbolName(l.h.symbol) == "BTCUSDT") {
                ++btc;
                btcLong += l.liquidated == PositionSide::Long;
                btcUsd += l.price.toDouble() * l.qty.toDouble();
            }
        }
        QCOMPARE(longs, 3592);
        QCOMPARE(shorts, 1645);
        QCOMPARE(btc, 63);
        QCOMPARE(btcLong, 54);
        QVERIFY(std::abs(btcUsd - 882328.30) < 0.01);
        const auto& first = std::get<Liquidation>(r.events.front());
        QCOMPARE(formatIsoMs(first.h.exchangeTime), std::string("2025-10-22T09:36:42.306Z"));
        QVERIFY(findSymbol("币安人生USDT").has_value());
    }

    void multiExchangeLiqmap()
    {
        PERP_REAL_DATA(dir);
        const auto r = readAll(at(dir, "multiexchange-liqmap/liquidation_events.csv"));
        QCOMPARE(r.stats.rejected, std::uint64_t(0));
        QCOMPARE(r.stats.liquidations, std::uint64_t(18));
        std::map<Venue, int> byVenue;
        for (const auto& e : r.events)
            ++byVenue[std::get<Liquidation>(e).h.venue];
        QCOMPARE(byVenue[Venue::Binance], 15);
        QCOMPARE(byVenue[Venue::Bybit], 2);
        QCOMPARE(byVenue[Venue::Okx], 1);
        const auto& l3 = std::get<Liquidation>(r.events.at(2));
        QCOMPARE(l3.liquidated, PositionSide::Long);
        QCOMPARE(l3.qty.toString(), std::string("0.522"));
        QCOMPARE(l3.h.exchangeTime, TimeMs(1775207968309));
        const auto s = readAll(at(dir, "multiexchange-liqmap/market_state.csv"));
        QCOMPARE(s.stats.rejected, std::uint64_t(0));
        QCOMPARE(s.stats.markFunding, std::uint64_t(3));
        QCOMPARE(s.stats.openInterest, std::uint64_t(3));
        QCOMPARE(std::get<MarkFunding>(s.events.at(0)).fundingRate, -2.64e-05);
    }

    void klineFiles()
    {
        PERP_REAL_DATA(dir);
        const auto h = readAll(at(dir, "binance-vision-sample/BTCUSDT_1h_Cleaned.csv"));
        QVERIFY2(h.opened, h.error.c_str());
        QCOMPARE(h.stats.rejected, std::uint64_t(0));
        QCOMPARE(h.stats.klines, std::uint64_t(17544));
        Price maxHigh;
        for (const auto& k : h.klines)
            maxHigh = std::max(maxHigh, k.candle.high);
        QCOMPARE(maxHigh.toString(), std::string("126208.5"));
        QCOMPARE(h.klines.front().intervalMs, kHourMs);
        QCOMPARE(formatIsoMs(h.klines.front().candle.openTime), std::string("2024-01-01T00:00:00.000Z"));
        QCOMPARE(formatIsoMs(h.klines.back().candle.openTime), std::string("2025-12-31T23:00:00.000Z"));
        const auto m = readAll(at(dir, "nautilus_trader/btc-perp-20211231-20220201_1m.csv"));
        QCOMPARE(m.stats.rejected, std::uint64_t(0));
        QCOMPARE(m.stats.klines, std::uint64_t(45031));
        QCOMPARE(m.klines.front().intervalMs, kMinuteMs);
    }
};

QTEST_GUILESS_MAIN(TestReplayReal)
#include "test_replayreal.moc"
