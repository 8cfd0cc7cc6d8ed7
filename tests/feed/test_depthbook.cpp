// SPDX-License-Identifier: MIT
#include "feed/binance/depthbook.h"
#include "replayhelpers.h"

#include <QTest>

using namespace perp;

namespace {
BookUpdate diff(std::int64_t U, std::int64_t u, std::int64_t pu, std::vector<BookLevel> bids,
    std::vector<BookLevel> asks = {})
{
    BookUpdate b;
    b.kind = BookKind::Delta;
    b.firstUpdateId = U;
    b.lastUpdateId = u;
    b.prevLastUpdateId = pu;
    b.bids = std::move(bids);
    b.asks = std::move(asks);
    return b;
}
BookLevel lvl(const char* p, const char* q)
{
    return BookLevel {*Price::parse(p), *Qty::parse(q)};
}
} // namespace

class TestDepthBook : public QObject
{
    Q_OBJECT
private slots:
    void rules()
    {
        binance::DepthBook book;
        QCOMPARE(book.applyDiff(diff(90, 95, 80, {lvl("99", "1")})), binance::DepthBook::Result::Buffered);
        QCOMPARE(book.applyDiff(diff(96, 101, 95, {lvl("100", "2")})), binance::DepthBook::Result::Buffered);
        BookUpdate snap;
        snap.kind = BookKind::Snapshot;
        snap.lastUpdateId = 98;
        snap.bids = {lvl("100", "1"), lvl("98", "3")};
        snap.asks = {lvl("101", "1")};
        QCOMPARE(
            book.applySnapshot(snap), binance::DepthBook::Result::Applied); // 90..95 dropped, 96..101 applied
        QCOMPARE(book.lastUpdateId(), std::int64_t(101));
        QCOMPARE(book.bestBid()->qty.toString(), std::string("2"));
        QCOMPARE(book.applyDiff(diff(102, 103, 101, {lvl("100", "0")}, {lvl("100.5", "4")})),
            binance::DepthBook::Result::Applied);
        QCOMPARE(book.bestBid()->price.toString(), std::string("98"));
        QCOMPARE(book.bestAsk()->price.toString(), std::string("100.5"));
        QCOMPARE(book.applyDiff(diff(110, 111, 109, {})), binance::DepthBook::Result::Gap); // pu != 103
        QVERIFY(!book.synced());
        QCOMPARE(book.gaps(), std::uint64_t(1));
        QVERIFY(!book.bestBid());
    }

    // The real captures: the book kept from the REST snapshot and depth diffs must
    // agree with every bookTicker that carries the same update id.
    void realCaptures_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::newRow("2024-07") << QStringList {
            "hftbacktest/usdm/btcusdt_20240718.gz", "hftbacktest/usdm/btcusdt_20240719.gz"};
        QTest::newRow("2024-08") << QStringList {"hftbacktest/usdm/btcusdt_20240808.gz"};
    }
    void realCaptures()
    {
        PERP_REAL_DATA(dir);
        QFETCH(QStringList, files);
        binance::DepthBook book;
        int applied = 0, checked = 0;
        for (const auto& f : files) {
            const auto r = test::readAll((dir + "/" + f).toStdString());
            for (const auto& e : r.events) {
                const auto* b = std::get_if<BookUpdate>(&e);
                if (!b)
                    continue;
                if (b->kind == BookKind::Snapshot) {
                    QCOMPARE(book.applySnapshot(*b), binance::DepthBook::Result::Applied);
                } else if (b->kind == BookKind::Delta) {
                    const auto res = book.applyDiff(*b);
                    QVERIFY(res != binance::DepthBook::Result::Gap);
                    applied += res == binance::DepthBook::Result::Applied;
                } else if (book.synced() && b->lastUpdateId == book.lastUpdateId()) {
                    QCOMPARE(book.bestBid()->price, b->bids.at(0).price);
                    QCOMPARE(book.bestAsk()->price, b->asks.at(0).price);
                    ++checked;
                }
            }
        }
        QCOMPARE(book.gaps(), std::uint64_t(0));
        QVERIFY(applied > 6000);
        QVERIFY2(checked > 100, qPrintable(QString::number(checked)));
    }
};

QTEST_GUILESS_MAIN(TestDepthBook)
#include "test_depthbook.moc"
