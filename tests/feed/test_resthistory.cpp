// SPDX-License-Identifier: MIT
// REST history readers on the documented sample shapes (Binance /futures/data and
// /fapi/v1/fundingRate, Bybit /v5/market/risk-limit) and on bad bodies.
#include "feed/binance/binancehistory.h"
#include "feed/bybit/bybitrest.h"

#include <QTest>

using namespace perp;

namespace {

feed::Frame frame(std::string_view text)
{
    return feed::Frame {text, 42, "test", 7};
}

} // namespace

class TestRestHistory : public QObject
{
    Q_OBJECT
private slots:
    void openInterestHist();
    void ratios();
    void fundingRates();
    void badBodies();
    void riskLimitPages();
    void badRiskLimit();
};

void TestRestHistory::openInterestHist()
{
    // The docs' element (string timestamp) and the live API's (number).
    const std::string body
        = R"([{"symbol":"BTCUSDT","sumOpenInterest":"20403.12345678","sumOpenInterestValue": "176196512.12345678","CMCCirculatingSupply": "165880.538","timestamp":"1583127900000"},)"
          R"({"symbol":"BTCUSDT","sumOpenInterest":"20401.36700000","sumOpenInterestValue":"176178704.98","timestamp":1583128200000}])";
    std::vector<MarketEvent> out;
    const auto r = binance::readOpenInterestHist(frame(body), out);
    QVERIFY(r.ok());
    QCOMPARE(out.size(), std::size_t(2));
    const auto& a = std::get<OpenInterest>(out[0]);
    QCOMPARE(a.openInterest, *Qty::parse("20403.12345678"));
    QCOMPARE(a.h.exchangeTime, TimeMs(1583127900000));
    QCOMPARE(a.h.symbol, *findSymbol("BTCUSDT"));
    QCOMPARE(a.h.venue, Venue::Binance);
    QCOMPARE(a.h.receiveTime, TimeUs(42));
    QCOMPARE(std::get<OpenInterest>(out[1]).h.exchangeTime, TimeMs(1583128200000));
}

void TestRestHistory::ratios()
{
    std::vector<MarketEvent> out;
    const std::string pos
        = R"([{"symbol":"BTCUSDT","longShortRatio":"1.4342","longAccount": "0.5344","shortAccount":"0.4238","timestamp":"1583139600000"}])";
    QVERIFY(
        binance::readRatios(frame(pos), MetricKind::TopTraderLongShortPositionRatio, "ETHUSDT", out).ok());
    const auto& m = std::get<Metric>(out.at(0));
    QCOMPARE(m.kind, MetricKind::TopTraderLongShortPositionRatio);
    QCOMPARE(m.value, 1.4342);
    QCOMPARE(m.h.symbol, *findSymbol("BTCUSDT")); // the element's own symbol
    // takerlongshortRatio elements name no symbol: the requested one is used.
    const std::string taker
        = R"([{"buySellRatio":"1.5586","buyVol":"387.3300","sellVol":"248.5030","timestamp":"1585614900000"}])";
    QVERIFY(binance::readRatios(frame(taker), MetricKind::TakerBuySellVolumeRatio, "ETHUSDT", out).ok());
    const auto& t = std::get<Metric>(out.at(1));
    QCOMPARE(t.value, 1.5586);
    QCOMPARE(t.h.symbol, *findSymbol("ETHUSDT"));
    QCOMPARE(t.h.exchangeTime, TimeMs(1585614900000));
    QCOMPARE(std::string(binance::ratioPath(MetricKind::GlobalLongShortAccountRatio)),
        std::string("/futures/data/globalLongShortAccountRatio"));
}

void TestRestHistory::fundingRates()
{
    const std::string body
        = R"([{"symbol": "BTCUSDT","fundingRate": "-0.03750000","fundingTime": 1570608000000,"markPrice": "34287.54619963"},)"
          R"({"symbol":"BTCUSDT","fundingRate":"0.00010000","fundingTime":1570636800000,"markPrice":""}])";
    std::vector<MarketEvent> out;
    QVERIFY(binance::readFundingRates(frame(body), out).ok());
    QCOMPARE(out.size(), std::size_t(2));
    const auto& a = std::get<MarkFunding>(out[0]);
    QCOMPARE(a.fundingRate, -0.0375);
    QCOMPARE(a.markPrice, *Price::parse("34287.54619963"));
    QCOMPARE(a.indexPrice.raw, 0); // unknown
    QCOMPARE(a.h.exchangeTime, TimeMs(1570608000000));
    QCOMPARE(std::get<MarkFunding>(out[1]).markPrice.raw, 0); // "" = not given
}

void TestRestHistory::badBodies()
{
    std::vector<MarketEvent> out;
    // The second element is bad: the whole body fails, naming it, and nothing is added.
    const std::string bad
        = R"([{"symbol":"BTCUSDT","longShortRatio":"1.1","timestamp":1},{"symbol":"BTCUSDT","longShortRatio":"x","timestamp":2}])";
    auto r = binance::readRatios(frame(bad), MetricKind::GlobalLongShortAccountRatio, "BTCUSDT", out);
    QVERIFY(!r.ok());
    QVERIFY(out.empty());
    QCOMPARE(r.error->toString(),
        std::string("test:7: /futures/data/globalLongShortAccountRatio: element 1: ")
            + "field 'longShortRatio': not a number");
    r = binance::readRatios(frame(R"([{"symbol":"BTCUSDT","longShortRatio":"-1","timestamp":5}])"),
        MetricKind::GlobalLongShortAccountRatio, "BTCUSDT", out);
    QVERIFY(!r.ok());
    r = binance::readOpenInterestHist(frame(R"({"code":-1121,"msg":"Invalid symbol."})"), out);
    QVERIFY(!r.ok());
    QVERIFY(r.error->reason.find("exchange error -1121: Invalid symbol.") != std::string::npos);
    QVERIFY(!binance::readFundingRates(frame("[{\"symbol\":\"BTCUSDT\",\"fundingRate\":"), out).ok());
    QVERIFY(!binance::readFundingRates(frame(R"([{"symbol":"BTCUSDT","fundingRate":"0.1"}])"), out).ok());
    QVERIFY(out.empty());
}

void TestRestHistory::riskLimitPages()
{
    // Bybit's shape: the lowest tier has an empty mmDeduction; pages chain by cursor.
    const std::string page1
        = R"({"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[)"
          R"({"id":2,"symbol":"BTCUSDT","riskLimitValue":"4000000","maintenanceMargin":"0.0075","initialMargin":"0.0125","isLowestRisk":0,"maxLeverage":"80.00","mmDeduction":"5000"},)"
          R"({"id":1,"symbol":"BTCUSDT","riskLimitValue":"2000000","maintenanceMargin":"0.005","initialMargin":"0.01","isLowestRisk":1,"maxLeverage":"100.00","mmDeduction":""}],)"
          R"("nextPageCursor":"2"},"retExtInfo":{},"time":1})";
    const std::string page2
        = R"({"retCode":0,"retMsg":"OK","result":{"category":"linear","list":[)"
          R"({"id":1,"symbol":"ETHUSDT","riskLimitValue":"1000000","maintenanceMargin":"0.005","initialMargin":"0.01","isLowestRisk":1,"maxLeverage":"100.00","mmDeduction":""}],)"
          R"("nextPageCursor":""},"retExtInfo":{},"time":1})";
    std::map<std::string, std::vector<MarginTier>> tiers;
    std::string cursor;
    QVERIFY(bybit::readRiskLimits(frame(page1), tiers, cursor).ok());
    QCOMPARE(cursor, std::string("2"));
    QVERIFY(bybit::readRiskLimits(frame(page2), tiers, cursor).ok());
    QVERIFY(cursor.empty());
    bybit::sortTiers(tiers);
    const auto& btc = tiers.at("BTCUSDT");
    QCOMPARE(btc.size(), std::size_t(2));
    QCOMPARE(btc[0].notionalCap, 2'000'000.0);
    QCOMPARE(btc[0].mmr, 0.005);
    QCOMPARE(btc[0].cum, 0.0);
    QCOMPARE(btc[0].maxLeverage, 100.0);
    QCOMPARE(btc[1].cum, 5000.0);
    QCOMPARE(tiers.at("ETHUSDT").size(), std::size_t(1));
}

void TestRestHistory::badRiskLimit()
{
    std::map<std::string, std::vector<MarginTier>> tiers;
    std::string cursor;
    const std::string bad
        = R"({"retCode":0,"result":{"list":[{"symbol":"BTCUSDT","riskLimitValue":"1","maintenanceMargin":"1.5","maxLeverage":"10","mmDeduction":""}],"nextPageCursor":""}})";
    auto r = bybit::readRiskLimits(frame(bad), tiers, cursor);
    QVERIFY(!r.ok());
    QVERIFY(r.error->reason.find("malformed element 0") != std::string::npos);
    r = bybit::readRiskLimits(
        frame(R"({"retCode":10001,"retMsg":"Illegal category","result":{}})"), tiers, cursor);
    QVERIFY(!r.ok());
    QVERIFY(r.error->reason.find("Illegal category") != std::string::npos);
    QVERIFY(tiers.empty());
    // Repeated caps make a table unusable: that symbol is dropped.
    tiers["XUSDT"] = {{100, 10, 0.01, 0}, {100, 5, 0.02, 0}};
    bybit::sortTiers(tiers);
    QVERIFY(tiers.empty());
}

QTEST_GUILESS_MAIN(TestRestHistory)
#include "test_resthistory.moc"
