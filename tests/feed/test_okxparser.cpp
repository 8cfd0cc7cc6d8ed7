// SPDX-License-Identifier: MIT
#include "feed/okx/okxparser.h"
#include "feed/okx/okxrest.h"

#include <QTest>

using namespace perp;

namespace {
feed::Frame frame(std::string_view text)
{
    return feed::Frame {text, 5, "okx-test", 11};
}
} // namespace

class TestOkxParser : public QObject
{
    Q_OBJECT
private slots:
    void contractTable()
    {
        okx::ContractTable t;
        for (const auto& s : defaultSymbols()) {
            const auto inst = s.base + "-USDT-SWAP";
            QVERIFY2(t.contractValue(inst).has_value(), inst.c_str());
        }
        QCOMPARE(t.contractValue("BTC-USDT-SWAP")->toString(), std::string("0.01"));
        QVERIFY(!t.contractValue("BTC-USD-SWAP"));
        QCOMPARE(okx::normalizeInstrument("BTC-USDT-SWAP"), std::string("BTCUSDT"));
        QCOMPARE(
            okx::contractsToBase(*Qty::parse("3.5"), *Qty::parse("0.01")).toString(), std::string("0.035"));
    }

    void trades()
    {
        okx::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(
                 frame(
                     R"({"arg":{"channel":"trades","instId":"BTC-USDT-SWAP"},"data":[{"instId":"BTC-USDT-SWAP",)"
                     R"("tradeId":"130639474","px":"42219.9","sz":"12","side":"sell","ts":"1630048897897",)"
                     R"("count":"3","source":"0","seqId":1234}]})"),
                 out)
                .ok());
        const auto& t = std::get<Trade>(out.at(0));
        QCOMPARE(symbolName(t.h.symbol), std::string("BTCUSDT"));
        QCOMPARE(t.h.venue, Venue::Okx);
        QCOMPARE(t.qty.toString(), std::string("0.12")); // 12 contracts x 0.01 BTC
        QCOMPARE(t.price.toString(), std::string("42219.9"));
        QCOMPARE(t.takerSide, Side::Sell);
        QCOMPARE(t.id, std::int64_t(130639474));
        QCOMPARE(t.h.exchangeTime, TimeMs(1630048897897));
    }

    void liquidations()
    {
        okx::Parser p;
        p.contracts().set("IOST-USDT-SWAP", *Qty::parse("1000"));
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(
                 frame(
                     R"({"id":"1512","arg":{"channel":"liquidation-orders","instType":"SWAP"},"data":[)"
                     R"({"details":[{"bkLoss":"0","bkPx":"0.007831","ccy":"","posSide":"short","side":"buy",)"
                     R"("sz":"13","ts":"1692266434010"},{"bkLoss":"0","bkPx":"0.0078","ccy":"","posSide":"net",)"
                     R"("side":"sell","sz":"1","ts":"1692266434011"}],"instFamily":"IOST-USDT",)"
                     R"("instId":"IOST-USDT-SWAP","instType":"SWAP","uly":"IOST-USDT"}]})"),
                 out)
                .ok());
        QCOMPARE(out.size(), std::size_t(2));
        const auto& a = std::get<Liquidation>(out[0]);
        QCOMPARE(a.liquidated, PositionSide::Short);
        QCOMPARE(a.qty.toString(), std::string("13000"));
        QCOMPARE(a.price.toString(), std::string("0.007831"));
        QCOMPARE(symbolName(a.h.symbol), std::string("IOSTUSDT"));
        QCOMPARE(std::get<Liquidation>(out[1]).liquidated, PositionSide::Long); // net mode, sell order

        // An inverse swap on the same channel: an error for replay, skipped by a live feed.
        const std::string inverse
            = R"({"arg":{"channel":"liquidation-orders","instType":"SWAP"},"data":[{"instId":"BTC-USD-SWAP",)"
              R"("details":[{"bkPx":"97000","posSide":"long","side":"sell","sz":"3","ts":"1"}]}]})";
        out.clear();
        QVERIFY(!p.parse(frame(inverse), out).ok());
        p.setSkipUnknownLiquidations(true);
        const auto skipped = p.parse(frame(inverse), out);
        QVERIFY(skipped.ok());
        QCOMPARE(skipped.added, std::size_t(0));
        QVERIFY(out.empty());
        QCOMPARE(p.skippedLiquidations(), std::uint64_t(1));
    }

    void fundingAndOpenInterest()
    {
        okx::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(frame(R"({"arg":{"channel":"funding-rate","instId":"BTC-USDT-SWAP"},"data":[{)"
                          R"("fundingRate":"0.0001875391284828","fundingTime":"1700726400000",)"
                          R"("instId":"BTC-USDT-SWAP","instType":"SWAP","nextFundingTime":"1700755200000",)"
                          R"("ts":"1700724675402"}]})"),
                 out)
                .ok());
        const auto& m = std::get<MarkFunding>(out.at(0));
        QCOMPARE(m.fundingRate, 0.0001875391284828);
        QCOMPARE(m.nextFundingTime, TimeMs(1700726400000));
        QCOMPARE(m.markPrice.raw, std::int64_t(0)); // not carried by this channel
        out.clear();
        QVERIFY(
            p.parse(frame(R"({"arg":{"channel":"open-interest","instId":"BTC-USDT-SWAP"},"data":[{)"
                          R"("instId":"BTC-USDT-SWAP","instType":"SWAP","oi":"2216113.01000000309",)"
                          R"("oiCcy":"22161.1301000000309","oiUsd":"1939251795.54","ts":"1743041250440"}]})"),
                 out)
                .ok());
        QCOMPARE(std::get<OpenInterest>(out.at(0)).openInterest.toString(), std::string("22161.1301"));
    }

    void books5()
    {
        okx::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(
                 frame(
                     R"({"arg":{"channel":"books5","instId":"ETH-USDT-SWAP"},"data":[{)"
                     R"("asks":[["3400.1","25","0","3"],["3400.2","1","0","1"]],"bids":[["3400","7","0","2"]],)"
                     R"("instId":"ETH-USDT-SWAP","ts":"1700000000000","seqId":123456}]})"),
                 out)
                .ok());
        const auto& b = std::get<BookUpdate>(out.at(0));
        QCOMPARE(b.kind, BookKind::Snapshot);
        QCOMPARE(b.asks.at(0).qty.toString(), std::string("2.5")); // 25 x 0.1 ETH
        QCOMPARE(b.bids.at(0).qty.toString(), std::string("0.7"));
        QCOMPARE(b.lastUpdateId, std::int64_t(123456));
    }

    // mark-price, index-tickers and funding-rate merge into one MarkFunding per symbol.
    void marksMerge()
    {
        okx::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(
                 frame(
                     R"({"arg":{"channel":"mark-price","instId":"BTC-USDT-SWAP"},"data":[{)"
                     R"("instType":"SWAP","instId":"BTC-USDT-SWAP","markPx":"42310.6","ts":"1630049139746"}]})"),
                 out)
                .ok());
        QVERIFY(
            p.parse(
                 frame(R"({"arg":{"channel":"index-tickers","instId":"BTC-USDT"},"data":[{)"
                       R"("instId":"BTC-USDT","idxPx":"42300.1","high24h":"1","sodUtc0":"1","open24h":"1",)"
                       R"("low24h":"1","sodUtc8":"1","ts":"1630049139747"}]})"),
                 out)
                .ok());
        QVERIFY(
            p.parse(frame(R"({"arg":{"channel":"funding-rate","instId":"BTC-USDT-SWAP"},"data":[{)"
                          R"("fundingRate":"0.0001","fundingTime":"1630051200000","instId":"BTC-USDT-SWAP",)"
                          R"("instType":"SWAP","ts":"1630049139748"}]})"),
                 out)
                .ok());
        QCOMPARE(out.size(), std::size_t(3));
        const auto& a = std::get<MarkFunding>(out[0]);
        QCOMPARE(a.markPrice.toString(), std::string("42310.6"));
        QCOMPARE(a.indexPrice.raw, std::int64_t(0)); // not seen yet
        const auto& b = std::get<MarkFunding>(out[1]);
        QCOMPARE(symbolName(b.h.symbol), std::string("BTCUSDT")); // the index maps to the swap's symbol
        QCOMPARE(b.markPrice.toString(), std::string("42310.6"));
        QCOMPARE(b.indexPrice.toString(), std::string("42300.1"));
        const auto& c = std::get<MarkFunding>(out[2]);
        QCOMPARE(c.markPrice.toString(), std::string("42310.6"));
        QCOMPARE(c.indexPrice.toString(), std::string("42300.1"));
        QCOMPARE(c.fundingRate, 0.0001);
        QCOMPARE(c.nextFundingTime, TimeMs(1630051200000));
        QCOMPARE(c.h.exchangeTime, TimeMs(1630049139748));
    }

    // `count` (matches aggregated into one taker order) is reported per trade.
    void tradeCounts()
    {
        okx::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(
                 frame(R"({"arg":{"channel":"trades","instId":"DOGE-USDT-SWAP"},"data":[)"
                       R"({"instId":"DOGE-USDT-SWAP","tradeId":"500","px":"0.32","sz":"0.25","side":"buy",)"
                       R"("ts":"1","count":"3"},{"instId":"DOGE-USDT-SWAP","tradeId":"501","px":"0.32",)"
                       R"("sz":"2","side":"sell","ts":"2"}]})"),
                 out)
                .ok());
        QCOMPARE(p.tradeCounts(), (std::vector<std::int32_t> {3, 1}));
        QCOMPARE(std::get<Trade>(out[0]).qty.toString(), std::string("250")); // 0.25 x ctVal 1000
        QCOMPARE(std::get<Trade>(out[1]).qty.toString(), std::string("2000"));
        out.clear();
        QVERIFY(
            !p.parse(
                  frame(R"({"arg":{"channel":"trades","instId":"DOGE-USDT-SWAP"},"data":[)"
                        R"({"instId":"DOGE-USDT-SWAP","tradeId":"5","px":"1","sz":"1","side":"buy","ts":"1",)"
                        R"("count":"0"}]})"),
                  out)
                 .ok());
        QVERIFY(p.tradeCounts().empty());
    }

    void restReaders()
    {
        auto f = [](std::string_view t) { return feed::Frame {t, 9, "okx-rest", 0}; };
        okx::ContractTable table;
        std::size_t updated = 0;
        QVERIFY(okx::readInstruments(
            f(R"({"code":"0","msg":"","data":[{"instId":"BTC-USDT-SWAP","ctVal":"0.001","ctValCcy":"BTC",)"
              R"("ctType":"linear","state":"live"},{"instId":"BTC-USD-SWAP","ctVal":"100","ctValCcy":"USD",)"
              R"("ctType":"inverse","state":"live"},{"instId":"NEW-USDT-SWAP","ctVal":"10","ctValCcy":"NEW",)"
              R"("ctType":"linear","state":"live"}]})"),
            table, updated)
                    .ok());
        QCOMPARE(updated, std::size_t(2));
        QCOMPARE(table.contractValue("BTC-USDT-SWAP")->toString(), std::string("0.001"));
        QCOMPARE(table.contractValue("NEW-USDT-SWAP")->toString(), std::string("10"));
        QVERIFY(!table.contractValue("BTC-USD-SWAP"));

        std::vector<Candle> candles;
        std::size_t forming = 0;
        QVERIFY(
            okx::readCandles(f(R"({"code":"0","msg":"","data":[)"
                               R"(["1597026443085","3.72","3.75","3.70","3.71","8422","842.2","3125.5","0"],)"
                               R"(["1597026383085","3.721","3.743","3.677","3.708","100","10","37","1"],)"
                               R"(["1597026323085","3.7","3.73","3.69","3.72","50","5","18.5","1"]]})"),
                candles, &forming)
                .ok());
        QCOMPARE(forming, std::size_t(1)); // the newest row (confirm "0") is still forming
        QCOMPARE(candles.size(), std::size_t(2));
        QCOMPARE(candles[0].openTime, TimeMs(1597026323085)); // oldest first
        QCOMPARE(candles[1].openTime, TimeMs(1597026383085));
        QCOMPARE(candles[1].volume.toString(), std::string("10")); // volCcy, not contracts
        QCOMPARE(candles[1].high.toString(), std::string("3.743"));

        std::vector<MarketEvent> trades;
        QVERIFY(okx::readTrades(
            f(R"({"code":"0","msg":"","data":[)"
              R"({"instId":"ETH-USDT-SWAP","side":"sell","sz":"3","px":"3400.5","tradeId":"11","ts":"20"},)"
              R"({"instId":"ETH-USDT-SWAP","side":"buy","sz":"0.5","px":"3400","tradeId":"10","ts":"10"}]})"),
            table, trades)
                    .ok());
        QCOMPARE(std::get<Trade>(trades.at(0)).id, std::int64_t(10));
        QCOMPARE(std::get<Trade>(trades.at(0)).qty.toString(), std::string("0.05"));
        QCOMPARE(std::get<Trade>(trades.at(1)).qty.toString(), std::string("0.3"));
        QCOMPARE(std::get<Trade>(trades.at(1)).takerSide, Side::Sell);

        std::vector<MarketEvent> oi;
        const auto eth = *findSymbol("ETHUSDT");
        QVERIFY(okx::readOpenInterest(
            f(R"({"code":"0","msg":"","data":[{"instId":"ETH-USDT-SWAP","instType":"SWAP","oi":"50","oiCcy":"5",)"
              R"("oiUsd":"17000","ts":"7"},{"instId":"ZZZ-USDT-SWAP","oi":"1","oiCcy":"1","ts":"7"}]})"),
            [&](std::string_view i) {
                return i == "ETH-USDT-SWAP" ? std::optional<SymbolId>(eth) : std::nullopt;
            },
            oi)
                    .ok());
        QCOMPARE(oi.size(), std::size_t(1));
        QCOMPARE(std::get<OpenInterest>(oi[0]).openInterest.toString(), std::string("5"));

        TimeMs t = 0;
        QVERIFY(okx::readServerTime(f(R"({"code":"0","msg":"","data":[{"ts":"1597026383085"}]})"), t).ok());
        QCOMPARE(t, TimeMs(1597026383085));
        const auto err = okx::readCandles(
            f(R"({"code":"51001","msg":"Instrument ID does not exist","data":[]})"), candles);
        QVERIFY(!err.ok());
        QVERIFY2(err.error->reason.find("code 51001: Instrument ID does not exist") != std::string::npos,
            err.error->reason.c_str());
        const auto bad = okx::readTrades(
            f(R"({"code":"0","msg":"","data":[{"instId":"ETH-USDT-SWAP","side":"up","sz":"1","px":"1","tradeId":"1","ts":"1"}]})"),
            table, trades);
        QVERIFY(!bad.ok());
        QVERIFY2(
            bad.error->reason.find("malformed element 0") != std::string::npos, bad.error->reason.c_str());
    }

    void ignored()
    {
        okx::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(p.parse(frame("pong"), out).ignored);
        QVERIFY(p.parse(frame(R"({"event":"subscribe","arg":{"channel":"trades","instId":"BTC-USDT-SWAP"},)"
                              R"("connId":"a4d3ae55"})"),
                     out)
                    .ignored);
        QVERIFY(out.empty());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("error-event") << R"({"event":"error","code":"60012","msg":"Invalid request"})"
                                     << "exchange error 60012: Invalid request";
        QTest::newRow("unknown-inst")
            << R"({"arg":{"channel":"trades","instId":"ZZZ-USDT-SWAP"},"data":[{"instId":"ZZZ-USDT-SWAP","tradeId":"1",)"
               R"("px":"1","sz":"1","side":"buy","ts":"1"}]})"
            << "no contract value known for ZZZ-USDT-SWAP";
        QTest::newRow("liq-side")
            << R"({"arg":{"channel":"liquidation-orders","instType":"SWAP"},"data":[{"instId":"BTC-USDT-SWAP",)"
               R"("details":[{"bkPx":"1","posSide":"net","side":"x","sz":"1","ts":"1"}]}]})"
            << "cannot tell the liquidated side";
        QTest::newRow("no-arg") << R"({"data":[]})"
                                << "field 'arg': missing";
        QTest::newRow("empty-data") << R"({"arg":{"channel":"trades","instId":"BTC-USDT-SWAP"},"data":[]})"
                                    << "empty 'data'";
        QTest::newRow("bad-ts")
            << R"({"arg":{"channel":"open-interest","instId":"BTC-USDT-SWAP"},"data":[{"instId":"BTC-USDT-SWAP",)"
               R"("oiCcy":"1","ts":"soon"}]})"
            << "field 'ts': not an integer";
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        okx::Parser p;
        std::vector<MarketEvent> out;
        const auto bytes = text.toStdString();
        const auto r = p.parse(frame(bytes), out);
        QVERIFY(!r.ok());
        QVERIFY(out.empty());
        QCOMPARE(r.error->line, std::uint64_t(11));
        QVERIFY2(r.error->reason.find(reason.toStdString()) != std::string::npos, r.error->reason.c_str());
    }
};

QTEST_GUILESS_MAIN(TestOkxParser)
#include "test_okxparser.moc"
