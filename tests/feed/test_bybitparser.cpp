// SPDX-License-Identifier: MIT
#include "feed/bybit/bybitparser.h"

#include <QTest>

using namespace perp;

namespace {
feed::Frame frame(std::string_view text)
{
    return feed::Frame {text, 99, "bybit-test", 3};
}
} // namespace

class TestBybitParser : public QObject
{
    Q_OBJECT
private slots:
    void publicTrade()
    {
        bybit::Parser p;
        std::vector<MarketEvent> out;
        const auto r = p.parse(
            frame(
                R"({"topic":"publicTrade.BTCUSDT","type":"snapshot","ts":1672304486868,"data":[)"
                R"({"T":1672304486865,"s":"BTCUSDT","S":"Buy","v":"0.001","p":"16578.50","L":"PlusTick",)"
                R"("i":"20f43950-d8dd-5b31-9112-a178eb6023af","BT":false,"seq":1783284617},)"
                R"({"T":1672304486866,"s":"BTCUSDT","S":"Sell","v":"0.5","p":"16578.00","i":"2280000001739247417",)"
                R"("BT":false,"seq":1783284618}]})"),
            out);
        QVERIFY(r.ok());
        QCOMPARE(r.added, std::size_t(2));
        const auto& a = std::get<Trade>(out[0]);
        QCOMPARE(a.h.venue, Venue::Bybit);
        QCOMPARE(a.h.exchangeTime, TimeMs(1672304486865));
        QCOMPARE(a.takerSide, Side::Buy);
        QCOMPARE(a.price.toString(), std::string("16578.5"));
        QCOMPARE(a.qty.toString(), std::string("0.001"));
        QCOMPARE(a.id, bybit::tradeIdFromText("20f43950-d8dd-5b31-9112-a178eb6023af"));
        QVERIFY(a.id > 0);
        const auto& b = std::get<Trade>(out[1]);
        QCOMPARE(b.takerSide, Side::Sell);
        QCOMPARE(b.id, std::int64_t(2280000001739247417)); // numeric ids are kept
    }

    void allLiquidation()
    {
        bybit::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(
                 frame(R"({"topic":"allLiquidation.ROSEUSDT","type":"snapshot","ts":1739502303204,)"
                       R"("data":[{"T":1739502302929,"s":"ROSEUSDT","S":"Sell","v":"20000","p":"0.04499"},)"
                       R"({"T":1739502302930,"s":"ROSEUSDT","S":"Buy","v":"10","p":"0.045"}]})"),
                 out)
                .ok());
        QCOMPARE(out.size(), std::size_t(2));
        const auto& l = std::get<Liquidation>(out[0]);
        QCOMPARE(symbolName(l.h.symbol), std::string("ROSEUSDT"));
        QCOMPARE(l.liquidated, PositionSide::Short); // S is the position side
        QCOMPARE(l.qty.toString(), std::string("20000"));
        QCOMPARE(l.price.toString(), std::string("0.04499"));
        QCOMPARE(l.h.exchangeTime, TimeMs(1739502302929));
        QCOMPARE(std::get<Liquidation>(out[1]).liquidated, PositionSide::Long);
    }

    void legacyLiquidation()
    {
        bybit::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(frame(R"({"topic":"liquidation.BTCUSDT","type":"snapshot","ts":1,"data":)"
                          R"({"updatedTime":1673251091822,"symbol":"BTCUSDT","side":"Buy","size":"0.003",)"
                          R"("price":"17243.40"}})"),
                 out)
                .ok());
        QCOMPARE(std::get<Liquidation>(out.at(0)).liquidated, PositionSide::Long);
        QCOMPARE(std::get<Liquidation>(out.at(0)).qty.toString(), std::string("0.003"));
    }

    void tickersMerge()
    {
        bybit::Parser p;
        std::vector<MarketEvent> out;
        auto r
            = p.parse(frame(R"({"topic":"tickers.BTCUSDT","type":"snapshot","data":{"symbol":"BTCUSDT",)"
                            R"("markPrice":"65117.44","indexPrice":"65137.76","openInterest":"59891.732",)"
                            R"("singleOpenInterest":"29945.866","nextFundingTime":"1786320000000",)"
                            R"("fundingRate":"0.0001","bid1Price":"65114.20"},"cs":1,"ts":1786310817883})"),
                out);
        QVERIFY(r.ok());
        QCOMPARE(out.size(), std::size_t(2));
        const auto m = std::get<MarkFunding>(out[0]);
        QCOMPARE(m.markPrice.toString(), std::string("65117.44"));
        QCOMPARE(m.indexPrice.toString(), std::string("65137.76"));
        QCOMPARE(m.fundingRate, 0.0001);
        QCOMPARE(m.nextFundingTime, TimeMs(1786320000000));
        QCOMPARE(m.h.exchangeTime, TimeMs(1786310817883));
        QCOMPARE(std::get<OpenInterest>(out[1]).openInterest.toString(), std::string("29945.866"));

        out.clear(); // a delta with only book fields changes nothing we track
        r = p.parse(frame(R"({"topic":"tickers.BTCUSDT","type":"delta","data":{"symbol":"BTCUSDT",)"
                          R"("bid1Price":"65114.20","bid1Size":"6.054"},"cs":2,"ts":1786310817900})"),
            out);
        QVERIFY(r.ok() && r.ignored);
        QVERIFY(out.empty());

        r = p.parse(frame(R"({"topic":"tickers.BTCUSDT","type":"delta","data":{"symbol":"BTCUSDT",)"
                          R"("markPrice":"65120.00"},"cs":3,"ts":1786310818000})"),
            out);
        QVERIFY(r.ok());
        const auto m2 = std::get<MarkFunding>(out.at(0));
        QCOMPARE(m2.markPrice.toString(), std::string("65120"));
        QCOMPARE(m2.indexPrice.toString(), std::string("65137.76")); // kept from the snapshot
        QCOMPARE(m2.fundingRate, 0.0001);

        out.clear(); // two-sided only: one side is half of it
        QVERIFY(p.parse(frame(R"({"topic":"tickers.BTCUSDT","type":"delta","data":{"symbol":"BTCUSDT",)"
                              R"("openInterest":"60000.000"},"cs":4,"ts":1786310818100})"),
                     out)
                    .ok());
        QCOMPARE(std::get<OpenInterest>(out.at(0)).openInterest.toString(), std::string("30000"));
    }

    void orderbook()
    {
        bybit::Parser p;
        std::vector<MarketEvent> out;
        QVERIFY(
            p.parse(frame(R"({"topic":"orderbook.50.BTCUSDT","type":"snapshot","ts":1672304484978,"data":)"
                          R"({"s":"BTCUSDT","b":[["16493.50","0.006"],["16493.00","0.100"]],)"
                          R"("a":[["16611.00","0.029"],["16612.00","0.213"]],"u":18521288,"seq":7961638724},)"
                          R"("cts":1672304484976})"),
                 out)
                .ok());
        const auto& b = std::get<BookUpdate>(out.at(0));
        QCOMPARE(b.kind, BookKind::Snapshot);
        QCOMPARE(b.lastUpdateId, std::int64_t(18521288));
        QCOMPARE(b.bids.size(), std::size_t(2));
        QCOMPARE(b.asks[1].price.toString(), std::string("16612"));
        QCOMPARE(b.h.exchangeTime, TimeMs(1672304484978));
    }

    void ignored()
    {
        bybit::Parser p;
        std::vector<MarketEvent> out;
        auto r = p.parse(
            frame(R"({"success":true,"ret_msg":"","conn_id":"x","req_id":"","op":"subscribe"})"), out);
        QVERIFY(r.ok() && r.ignored);
        r = p.parse(frame(R"({"topic":"kline.1.BTCUSDT","data":[{"start":1,"confirm":false}],"ts":1,)"
                          R"("type":"snapshot"})"),
            out);
        QVERIFY(r.ok() && r.ignored);
        QVERIFY(out.empty());
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("bad-json") << "{\"topic\":"
                                  << "invalid JSON";
        QTest::newRow("no-topic") << R"({"foo":1})"
                                  << "no 'topic'";
        QTest::newRow("failed-op")
            << R"({"success":false,"ret_msg":"error:handler not found","op":"subscribe"})"
            << "request failed: error:handler not found";
        QTest::newRow("trade-bad-side")
            << R"({"topic":"publicTrade.BTCUSDT","ts":1,"data":[{"T":1,"s":"BTCUSDT","S":"Long","v":"1","p":"1","i":"a"}]})"
            << "neither Buy nor Sell";
        QTest::newRow("second-trade-bad")
            << R"({"topic":"publicTrade.BTCUSDT","ts":1,"data":[{"T":1,"s":"BTCUSDT","S":"Buy","v":"1","p":"1","i":"a"},)"
               R"({"T":1,"s":"BTCUSDT","S":"Buy","v":"x","p":"1","i":"b"}]})"
            << "field 'v': not a decimal";
        QTest::newRow("trade-data-object") << R"({"topic":"publicTrade.BTCUSDT","ts":1,"data":{}})"
                                           << "field 'data': not an array";
        QTest::newRow("liq-missing") << R"({"topic":"allLiquidation.BTCUSDT","ts":1})"
                                     << "missing 'data'";
        QTest::newRow("ticker-bad-mark")
            << R"({"topic":"tickers.BTCUSDT","type":"snapshot","ts":1,"data":{"symbol":"BTCUSDT","markPrice":"abc"}})"
            << "field 'markPrice': not a decimal";
        QTest::newRow("book-bad-level")
            << R"({"topic":"orderbook.50.BTCUSDT","type":"delta","ts":1,"data":{"s":"BTCUSDT","b":[["1"]],"a":[],"u":2}})"
            << "malformed bid level 0";
        QTest::newRow("unknown-topic") << R"({"topic":"weird.BTCUSDT","ts":1,"data":[]})"
                                       << "unknown topic";
    }
    void malformed()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        bybit::Parser p;
        std::vector<MarketEvent> out;
        const auto bytes = text.toStdString();
        const auto r = p.parse(frame(bytes), out);
        QVERIFY(!r.ok());
        QVERIFY(out.empty()); // nothing from a bad message is kept
        QCOMPARE(r.error->source, std::string("bybit-test"));
        QVERIFY2(r.error->reason.find(reason.toStdString()) != std::string::npos, r.error->reason.c_str());
    }
};

QTEST_GUILESS_MAIN(TestBybitParser)
#include "test_bybitparser.moc"
