// SPDX-License-Identifier: MIT
#include "app/watchlistmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace perp;

namespace {
SymbolSummary summary(SymbolId id, double last, double change, double volume)
{
    SymbolSummary s;
    s.id = id;
    s.last = last;
    s.change24hPct = change;
    s.volume24hQuote = volume;
    s.trades = last > 0 ? 10 : 0;
    return s;
}
} // namespace

class TestWatchlistModel : public QObject
{
    Q_OBJECT
private slots:
    void modelTesterAcrossUpdates()
    {
        WatchlistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(WatchlistModel::ColumnCount));
        model.setSummaries({summary(0, 0, 0, 0), summary(1, 0, 0, 0)});
        QCOMPARE(model.rowCount(), 2);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSummaries({summary(0, 87123.4, 1.234, 5.6e9), summary(1, 3012.55, -0.5, 1.2e9)});
        QCOMPARE(reset.count(), 0); // same symbols: values change in place
        QCOMPARE(changed.count(), 1);
        model.setSummaries({summary(0, 87000, 1, 1), summary(1, 3000, 1, 1), summary(2, 150.123, 2, 3)});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        model.setSummaries({});
        QCOMPARE(model.rowCount(), 0);
    }
    void displayAndColours()
    {
        WatchlistModel model;
        model.setSummaries(
            {summary(0, 87123.4, 1.234, 5.6e9), summary(1, 3012.55, -0.5, 12345), summary(2, 0, 0, 0)});
        auto text = [&](int r, int c) { return model.index(r, c).data().toString(); };
        QCOMPARE(text(0, WatchlistModel::SymbolColumn), QStringLiteral("BTCUSDT"));
        QCOMPARE(text(0, WatchlistModel::LastColumn), QStringLiteral("87123.4")); // tick 0.1
        QCOMPARE(text(0, WatchlistModel::ChangeColumn), QStringLiteral("+1.23%"));
        QCOMPARE(text(0, WatchlistModel::VolumeColumn), QStringLiteral("5.60B"));
        QCOMPARE(text(1, WatchlistModel::ChangeColumn), QStringLiteral("-0.50%"));
        QCOMPARE(text(1, WatchlistModel::VolumeColumn), QStringLiteral("12.35K"));
        QCOMPARE(text(2, WatchlistModel::LastColumn), QStringLiteral("—")); // no trade yet
        const auto up = model.index(0, WatchlistModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>();
        const auto down
            = model.index(1, WatchlistModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>();
        QVERIFY(up.green() > up.red());
        QVERIFY(down.red() > down.green());
        QCOMPARE(model.rowOf(1), 1);
        QCOMPARE(model.rowOf(20), -1);
        QCOMPARE(model.symbolAt(2), SymbolId(2));
        QCOMPARE(model.index(2, 0).data(WatchlistModel::SymbolIdRole).toInt(), 2);
    }
    void lastPriceColouredByTickDirection()
    {
        WatchlistModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSummaries({summary(0, 100, 0, 0), summary(1, 50, 0, 0)});
        auto colour
            = [&](int row) { return model.index(row, WatchlistModel::LastColumn).data(Qt::ForegroundRole); };
        QVERIFY(!colour(0).isValid()); // no move yet: default text colour
        model.setSummaries({summary(0, 101, 0, 0), summary(1, 49.5, 0, 0)});
        QVERIFY(colour(0).value<QColor>().green() > colour(0).value<QColor>().red());
        QVERIFY(colour(1).value<QColor>().red() > colour(1).value<QColor>().green());
        model.setSummaries(
            {summary(0, 101, 0, 0), summary(1, 49.5, 0, 0)}); // unchanged keeps the last direction
        QVERIFY(colour(0).value<QColor>().green() > colour(0).value<QColor>().red());
    }

    void everyCellAndHeaderExplainsItself()
    {
        WatchlistModel model;
        model.setSummaries({summary(0, 87123.4, 1.234, 5.6e9)});
        for (int c = 0; c < model.columnCount(); ++c) {
            QVERIFY2(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty(),
                qPrintable(QString::number(c)));
            QVERIFY(!model.index(0, c).data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(
            model.index(0, WatchlistModel::LastColumn).data(Qt::ToolTipRole).toString().contains("87123.4"));
    }
};

QTEST_MAIN(TestWatchlistModel)
#include "test_watchlistmodel.moc"
