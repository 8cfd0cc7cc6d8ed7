// SPDX-License-Identifier: MIT
#include "feed/binance/binanceparser.h"
#include "feed/parse/jsonfields.h"

#include <QTest>

using namespace perp;

namespace {
feed::Frame frame(std::string_view text, TimeUs recv = 42)
{
    return feed::Frame {text, recv, "test", 7};
}
template <typename T> const T& only(const std::vector<MarketEvent>& out)
{
    if (out.size() != 1 || !std::holds_alternative<T>(out[0]))
        qFatal("expected exactly one event of the requested type, got %zu", out.size());
    return std::get<T>(out[0]);
}
} // namespace

class TestBinanceParser : public QObject
{
    Q_OBJECT
private slots:
    void simdjsonKernel()
    {
        const auto name = feed::jsonImplementation();
        qInfo("simdjson active implementation: %s", name.c_str());
        bool simdAvailable = false;
        for (auto impl : simdjson::get_available_implementations())
            if (std::string(impl->name()) != "fallback" && impl->supported_by_runtime_system())
                simdAvailable = true;
        if (simdAvailable)
            QVERIFY2(name != "fallback", "the DOM parser must dispatch to a SIMD kernel on this CPU");
    }

    void aggTrade()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        const auto r = p.parse(frame(R"({"e":"aggTrade","E":123456789,"s":"BTCUSDT","a":5933014,"p":"0.001",)"
                                     R"("q":"100","f":100,"l":105,"T":123456785,"m":true})"),
            out);
        QVERIFY(r.ok());
        QCOMPARE(r.added, std::size_t(1));
        const auto& t = only<Trade>(out);
        QCOMPARE(t.h.symbol, *findSymbol("BTCUSDT"));
        QCOMPARE(t.h.venue, Venue::Binance);
        QCOMPARE(t.h.exchangeTime, TimeMs(123456785));
        QCOMPARE(t.h.receiveTime, TimeUs(42));
        QCOMPARE(t.price.toString(), std::string("0.001"));
        QCOMPARE(t.qty.toString(), std::string("100"));
        QCOMPARE(t.takerSide, Side::Sell); // buyer was maker: the taker sold
        QCOMPARE(t.id, std::int64_t(5933014));
    }

    void tradeInEnvelope()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        const auto r = p.parse(
            frame(R"({"stream":"ethusdt@trade","data":{"e":"trade","E":1680652700455,"T":1680652700452,)"
                  R"("s":"ETHUSDT","t":3535186032,"p":"1890.55","q":"0.020","X":"MARKET","m":false}})"),
            out);
        QVERIFY(r.ok());
        const auto& t = only<Trade>(out);
        QCOMPARE(symbolName(t.h.symbol), std::string("ETHUSDT"));
        QCOMPARE(t.id, std::int64_t(3535186032));
        QCOMPARE(t.takerSide, Side::Buy);
        QCOMPARE(t.price.toString(), std::string("1890.55"));
        QCOMPARE(t.qty.toString(), std::string("0.02"));
        QCOMPARE(t.h.exchangeTime, TimeMs(1680652700452));
    }

    void forceOrder()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(frame(R"({"e":"forceOrder","E":1568014460893,"o":{"s":"BTCUSDT","S":"SELL","o":"LIMIT",)"
                          R"("f":"IOC","q":"0.014","p":"9910","ap":"9910.5","X":"FILLED","l":"0.014",)"
                          R"("z":"0.014","T":1568014460893}})"),
                 out)
                .ok());
        const auto& l = only<Liquidation>(out);
        QCOMPARE(l.liquidated, PositionSide::Long); // a SELL forced order closes a long
        QCOMPARE(l.price.toString(), std::string("9910.5"));
        QCOMPARE(l.qty.toString(), std::string("0.014"));
        QCOMPARE(l.h.exchangeTime, TimeMs(1568014460893));
        out.clear();
        QVERIFY(p.parse(frame(R"({"e":"forceOrder","E":1,"o":{"s":"ETHUSDT","S":"BUY","q":"2","p":"100",)"
                              R"("ap":"101","z":"1.5","T":5}})"),
                     out)
                    .ok());
        QCOMPARE(only<Liquidation>(out).liquidated, PositionSide::Short);
        QCOMPARE(only<Liquidation>(out).qty.toString(), std::string("1.5"));
    }

    void markPrice()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(frame(R"({"e":"markPriceUpdate","E":1562305380000,"s":"BTCUSDT","p":"11794.15000000",)"
                          R"("i":"11784.62659091","P":"11784.25641265","r":"0.00038167","T":1562306400000})"),
                 out)
                .ok());
        const auto& m = only<MarkFunding>(out);
        QCOMPARE(m.markPrice.toString(), std::string("11794.15"));
        QCOMPARE(m.indexPrice.toString(), std::string("11784.62659091"));
        QCOMPARE(m.fundingRate, 0.00038167);
        QCOMPARE(m.nextFundingTime, TimeMs(1562306400000));
        QCOMPARE(m.h.exchangeTime, TimeMs(1562305380000));
    }

    void depthDiffAndPartial()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        const char* diff
            = R"({"stream":"btcusdt@depth@0ms","data":{"e":"depthUpdate","E":123456789,"T":123456788,)"
              R"("s":"BTCUSDT","U":157,"u":160,"pu":149,"b":[["0.0024","10"]],)"
              R"("a":[["0.0026","100"],["0.0027","0"]]}})";
        QVERIFY(p.parse(frame(diff), out).ok());
        const auto& b = only<BookUpdate>(out);
        QCOMPARE(b.kind, BookKind::Delta);
        QCOMPARE(b.firstUpdateId, std::int64_t(157));
        QCOMPARE(b.lastUpdateId, std::int64_t(160));
        QCOMPARE(b.prevLastUpdateId, std::int64_t(149));
        QCOMPARE(b.bids.size(), std::size_t(1));
        QCOMPARE(b.asks.size(), std::size_t(2));
        QCOMPARE(b.asks[1].qty.raw, std::int64_t(0));
        QCOMPARE(b.bids[0].price.toString(), std::string("0.0024"));
        out.clear();
        QVERIFY(p.parse(frame(R"({"stream":"btcusdt@depth5@100ms","data":{"e":"depthUpdate","E":2,"T":1,)"
                              R"("s":"BTCUSDT","U":1,"u":2,"pu":0,"b":[["1","1"]],"a":[["2","1"]]}})"),
                     out)
                    .ok());
        QCOMPARE(only<BookUpdate>(out).kind, BookKind::Snapshot);
    }

    void bookTicker()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(
                 frame(R"({"e":"bookTicker","u":400900217,"E":1568014460893,"T":1568014460891,)"
                       R"("s":"BNBUSDT","b":"25.35190000","B":"31.21000000","a":"25.36520000","A":"40.66"})"),
                 out)
                .ok());
        const auto& b = only<BookUpdate>(out);
        QCOMPARE(b.kind, BookKind::TopOfBook);
        QCOMPARE(b.bids.at(0).price.toString(), std::string("25.3519"));
        QCOMPARE(b.asks.at(0).qty.toString(), std::string("40.66"));
        QCOMPARE(b.lastUpdateId, std::int64_t(400900217));
    }

    void restSnapshotSymbol()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        const char* snap = R"({"lastUpdateId":1027024,"E":1589436922972,"T":1589436922959,)"
                           R"("bids":[["4.00000000","431.00000000"]],"asks":[["4.00000200","12.00000000"]]})";
        auto r = p.parse(frame(snap), out);
        QVERIFY(!r.ok());
        QVERIFY(r.error->reason.find("no symbol") != std::string::npos);
        QVERIFY(out.empty());
        p.setSnapshotSymbol("btcusdt");
        QVERIFY(p.parse(frame(snap), out).ok());
        const auto& b = only<BookUpdate>(out);
        QCOMPARE(b.kind, BookKind::Snapshot);
        QCOMPARE(symbolName(b.h.symbol), std::string("BTCUSDT"));
        QCOMPARE(b.lastUpdateId, std::int64_t(1027024));
        QCOMPARE(b.bids.at(0).qty.toString(), std::string("431"));
    }

    void coinMarginedContracts()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(p.parse(frame(R"({"e":"trade","E":1,"T":1,"s":"BTCUSD_PERP","t":9,"p":"50000","q":"10",)"
                              R"("X":"MARKET","m":true})"),
                     out)
                    .ok());
        // 10 contracts x 100 USD / 50000 USD per BTC = 0.02 BTC
        QCOMPARE(only<Trade>(out).qty.toString(), std::string("0.02"));
        QCOMPARE(symbolName(only<Trade>(out).h.symbol), std::string("BTCUSD_PERP"));
    }

    void restBodies()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(p.parse(frame(R"({"openInterest": "10659.509", "symbol": "BTCUSDT", "time": 1589437530011})"),
                     out)
                    .ok());
        QCOMPARE(only<OpenInterest>(out).openInterest.toString(), std::string("10659.509"));
        out.clear();
        QVERIFY(
            p.parse(
                 frame(
                     R"({"symbol": "BTCUSDT","markPrice": "11793.63104562","indexPrice": "11781.80495970",)"
                     R"("estimatedSettlePrice": "11781.16138815","lastFundingRate": "0.00038246",)"
                     R"("interestRate": "0.00010000","nextFundingTime": 1597392000000,"time": 1597370495002})"),
                 out)
                .ok());
        QCOMPARE(only<MarkFunding>(out).fundingRate, 0.00038246);
        QCOMPARE(only<MarkFunding>(out).nextFundingTime, TimeMs(1597392000000));
    }

    void ignoredMessages()
    {
        binance::Parser p;
        std::vector<MarketEvent> out;
        auto r = p.parse(frame(R"({"result":null,"id":1})"), out);
        QVERIFY(r.ok() && r.ignored);
        r = p.parse(frame(R"({"stream":"sushiusdt@kline_1m","data":{"e":"kline","E":1,"s":"SUSHIUSDT",)"
                          R"("k":{"t":1,"T":2,"s":"SUSHIUSDT","i":"1m","x":false}}})"),
            out);
        QVERIFY(r.ok() && r.ignored);
        QVERIFY(out.empty());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << R"({"e":"trade","E":1,"T":1,"s":"BTCUSDT","t":1,"p":"1")"
                                   << "invalid JSON";
        QTest::newRow("not-object") << "[1,2,3]"
                                    << "not a JSON object";
        QTest::newRow("missing-price") << R"({"e":"trade","E":1,"T":1,"s":"BTCUSDT","t":1,"q":"1","m":true})"
                                       << "field 'p': missing";
        QTest::newRow("bad-price")
            << R"({"e":"trade","E":1,"T":1,"s":"BTCUSDT","t":1,"p":"1.2.3","q":"1","m":true})"
            << "field 'p': not a decimal";
        QTest::newRow("zero-qty")
            << R"({"e":"trade","E":1,"T":1,"s":"BTCUSDT","t":1,"p":"1","q":"0","m":true})"
            << "must be positive";
        QTest::newRow("id-string")
            << R"({"e":"aggTrade","E":1,"T":1,"s":"BTCUSDT","a":"x","p":"1","q":"1","m":true})"
            << "field 'a': not an integer";
        QTest::newRow("bad-side")
            << R"({"e":"forceOrder","E":1,"o":{"s":"X","S":"UP","ap":"1","z":"1","T":1}})"
            << "neither BUY nor SELL";
        QTest::newRow("unknown-event") << R"({"e":"nope","E":1})"
                                       << "unknown event type 'nope'";
        QTest::newRow("bad-level")
            << R"({"e":"depthUpdate","E":1,"s":"BTCUSDT","U":1,"u":2,"b":[["x","1"]],"a":[]})"
            << "malformed bid level 0";
        QTest::newRow("exchange-error") << R"({"code":-1121,"msg":"Invalid symbol."})"
                                        << "exchange error -1121: Invalid symbol.";
        QTest::newRow("envelope-no-stream") << R"({"data":{"e":"trade"}})"
                                            << "envelope without";
        QTest::newRow("empty") << ""
                               << "invalid JSON";
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        binance::Parser p;
        std::vector<MarketEvent> out;
        const auto bytes = text.toStdString();
        const auto r = p.parse(frame(bytes), out);
        QVERIFY(!r.ok());
        QVERIFY(out.empty());
        QCOMPARE(r.error->source, std::string("test"));
        QCOMPARE(r.error->line, std::uint64_t(7));
        QVERIFY2(r.error->reason.find(reason.toStdString()) != std::string::npos, r.error->reason.c_str());
    }
};

QTEST_GUILESS_MAIN(TestBinanceParser)
#include "test_binanceparser.moc"
