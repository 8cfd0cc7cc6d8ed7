// SPDX-License-Identifier: MIT
// The signal views on crafted snapshots with known values: the heat table model and view,
// the signal list model, the signal panel (headline, 25 category bars, history, filter) and
// the transition/deceleration markers on the price chart.
#include "app/chartwidget.h"
#include "app/language.h"
#include "app/signalcardmodel.h"
#include "app/signalcharts.h"
#include "app/signalheatmodel.h"
#include "app/signalheatview.h"
#include "app/signalmarkers.h"
#include "app/signalpanel.h"
#include "app/signalstyle.h"
#include "app/theme.h"
#include "chartfixture.h"
#include "signalfixture.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <qcustomplot.h>

using namespace perp;

namespace {
std::vector<SymbolId> allSymbols(int n)
{
    std::vector<SymbolId> ids;
    for (int i = 0; i < n; ++i)
        ids.push_back(static_cast<SymbolId>(i));
    return ids;
}

double distance(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}
} // namespace

class TestSignalViews : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { theme::applyDarkTheme(*qApp); }
    void cleanup() { Language::set(QStringLiteral("en")); }

    void heatModel()
    {
        SignalHeatModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), 4);
        model.setSymbols(allSymbols(21), nullptr); // before the first snapshot: rows, no values
        QCOMPARE(model.rowCount(), 21);
        QCOMPARE(model.readyCells(), 0);
        QCOMPARE(model.index(0, SignalHeatModel::ScalpColumn).data().toString(), QStringLiteral("—"));
        QVERIFY(!model.index(0, SignalHeatModel::ScalpColumn).data(SignalHeatModel::BiasRole).isValid());

        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const auto snap = test::craftedSignals(5, 21, test::kChartT0);
        model.setSymbols(allSymbols(21), snap);
        QCOMPARE(reset.count(), 0); // same rows: values change in place
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.readyCells(), 21 + 21 + 11);
        // BTCUSDT: scalp +90 at 20% confidence, day 0, swing +33 / 61%.
        const QModelIndex btc = model.index(0, SignalHeatModel::ScalpColumn);
        QCOMPARE(btc.data().toString(), QStringLiteral("+90  20%"));
        QCOMPARE(btc.data(SignalHeatModel::BiasRole).toDouble(), 90.0);
        QCOMPARE(btc.data(SignalHeatModel::ConfidenceRole).toDouble(), 20.0);
        QCOMPARE(model.index(0, SignalHeatModel::SwingColumn).data().toString(), QStringLiteral("+33  61%"));
        QCOMPARE(model.index(1, SignalHeatModel::SwingColumn).data().toString(), QStringLiteral("—"));
        QCOMPARE(model.index(0, SignalHeatModel::SymbolColumn).data().toString(), QStringLiteral("BTCUSDT"));
        QCOMPARE(model.index(2, 0).data(SignalHeatModel::SymbolIdRole).toInt(), 2);
        // Diverging colours: strongly bullish is near green, strongly bearish near red, 0 grey.
        const QColor bull = btc.data(Qt::BackgroundRole).value<QColor>();
        const QColor bear
            = model.index(20, SignalHeatModel::ScalpColumn).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(distance(bull, theme::kUp) < 40);
        QVERIFY(distance(bear, theme::kDown) < 40);
        const QColor zero
            = model.index(0, SignalHeatModel::DayColumn).data(Qt::BackgroundRole).value<QColor>();
        QVERIFY(distance(zero, theme::kUp) > 100 && distance(zero, theme::kDown) > 100);
        QCOMPARE(model.index(3, SignalHeatModel::DayColumn).data(SignalHeatModel::StateRole).toInt(),
            int(sig::BiasState::Conflicted));
        // Every cell and header explains itself.
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY(!model.index(r, c).data(Qt::ToolTipRole).toString().isEmpty());
        for (int c = 0; c < model.columnCount(); ++c)
            QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        const QString tip = model.index(3, SignalHeatModel::DayColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("Conflicted")) && tip.contains(QStringLiteral("Confidence")),
            qPrintable(tip));
        // A different watchlist resets the rows.
        model.setSymbols({2, 0}, snap);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(0), 1);
        QCOMPARE(model.rowOf(7), -1);
    }

    void heatViewSortsAndSelects()
    {
        SignalHeatModel model;
        SignalHeatView view(&model);
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.resize(400, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.setSymbols(allSymbols(21), test::craftedSignals(5, 21, test::kChartT0));
        view.setCurrentSymbol(0);
        QCOMPARE(view.currentIndex().row(), 0);
        // Sort by scalp bias, ascending: the most bearish first (id 20: 90 - 180 = -90).
        view.sortByColumn(SignalHeatModel::ScalpColumn, Qt::AscendingOrder);
        QCOMPARE(view.proxy()->index(0, 0).data(SignalHeatModel::SymbolIdRole).toInt(), 20);
        QCOMPARE(view.viewRowOf(0), 20);
        QCOMPARE(view.currentIndex().row(), 20); // the selection followed BTCUSDT
        // Swing: symbols without a composite sort below every real value.
        view.sortByColumn(SignalHeatModel::SwingColumn, Qt::DescendingOrder);
        QVERIFY(
            view.proxy()->index(0, SignalHeatModel::SwingColumn).data(SignalHeatModel::BiasRole).isValid());
        QVERIFY(
            !view.proxy()->index(20, SignalHeatModel::SwingColumn).data(SignalHeatModel::BiasRole).isValid());
        // Clicking a row picks its symbol.
        QSignalSpy picked(&view, &SignalHeatView::symbolSelected);
        view.sortByColumn(SignalHeatModel::ScalpColumn, Qt::DescendingOrder);
        const QRect cell = view.visualRect(view.proxy()->index(4, SignalHeatModel::DayColumn));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(picked.count(), 1);
        const int id = picked.at(0).at(0).value<perp::SymbolId>();
        QCOMPARE(id, view.proxy()->index(4, 0).data(SignalHeatModel::SymbolIdRole).toInt());
    }

    void cardModel()
    {
        SignalCardModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const auto snap = test::craftedSignals(0, 21, test::kChartT0);
        model.setSnapshot(snap, sig::Mode::Scalp);
        const int n = static_cast<int>(snap->catalog->size());
        QVERIFY(n >= 100);
        QCOMPARE(model.rowCount(), n);
        const auto& catalog = *snap->catalog;
        // Card 1: raw -0.75, z -1.5, short, 40%, 70%, weight 0.75, hit 55.0% over 30 calls.
        const auto cell
            = [&](int row, int col, int role = Qt::DisplayRole) { return model.index(row, col).data(role); };
        QCOMPARE(cell(1, SignalCardModel::NameColumn).toString(), QString::fromStdString(catalog[1].name));
        QCOMPARE(cell(1, SignalCardModel::ValueColumn).toString(), QStringLiteral("-0.75"));
        QCOMPARE(cell(1, SignalCardModel::ZColumn).toString(), QStringLiteral("-1.50"));
        QCOMPARE(cell(1, SignalCardModel::DirectionColumn).toString(), QStringLiteral("▼"));
        QVERIFY(cell(1, SignalCardModel::DirectionColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("short")));
        QCOMPARE(cell(1, SignalCardModel::StrengthColumn).toString(), QStringLiteral("40%"));
        QCOMPARE(cell(1, SignalCardModel::ConfidenceColumn).toString(), QStringLiteral("70%"));
        QCOMPARE(cell(1, SignalCardModel::WeightColumn).toString(), QStringLiteral("0.75×"));
        QCOMPARE(cell(1, SignalCardModel::HitRateColumn).toString(), QStringLiteral("55.0%"));
        QCOMPARE(cell(4, SignalCardModel::HitRateColumn).toString(), QStringLiteral("—")); // no call yet
        // Card 0 has no reading: said so, with the missing input, never a made-up value.
        QCOMPARE(cell(0, SignalCardModel::ValueColumn).toString(), QStringLiteral("missing"));
        QVERIFY(cell(0, SignalCardModel::ValueColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("order book")));
        // The explanation and formula on hover.
        const QString tip = cell(1, SignalCardModel::NameColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QString::fromStdString(catalog[1].formula).toHtmlEscaped()), qPrintable(tip));
        QVERIFY(tip.contains(QString::fromStdString(catalog[1].measures).toHtmlEscaped()));
        QVERIFY(cell(1, SignalCardModel::WeightColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("learned")));
        for (int r = 0; r < model.rowCount(); ++r)
            for (int c = 0; c < model.columnCount(); ++c)
                QVERIFY(!cell(r, c, Qt::ToolTipRole).toString().isEmpty());
        QCOMPARE(cell(3, 0, SignalCardModel::CategoryRole).toInt(), int(catalog[3].category));
        // Same cards in another mode: values change in place.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSnapshot(snap, sig::Mode::Day);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.mode(), sig::Mode::Day);
        model.setSnapshot(nullptr, sig::Mode::Day);
        QCOMPARE(model.rowCount(), 0);
    }

    void panel()
    {
        SignalPanel panel;
        QAbstractItemModelTester tester(
            panel.cardProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.resize(460, 900);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setSymbol(5);
        QCOMPARE(panel.biasLabel()->text(), QStringLiteral("—"));
        panel.showSnapshot(test::craftedSignals(4, 21, test::kChartT0)); // another symbol: ignored
        QVERIFY(!panel.snapshot());
        const auto snap = test::craftedSignals(5, 21, test::kChartT0);
        panel.showSnapshot(snap);
        QCOMPARE(panel.snapshot(), sig::SignalSnapshotPtr(snap));
        // Headline of scalp: bias +10, 44%, neutral, no size.
        QCOMPARE(panel.biasLabel()->text(), QStringLiteral("+10"));
        QVERIFY(panel.confidenceLabel()->text().contains(QStringLiteral("44%")));
        QVERIFY(panel.stateLabel()->text().startsWith(QStringLiteral("Neutral")));
        QVERIFY(panel.sizeLabel()->text().contains(QStringLiteral("0.0%")));
        QVERIFY(panel.sizeLabel()->text().contains(QStringLiteral("not financial advice")));
        QVERIFY(panel.formulaLabel()->text().contains(QStringLiteral("confidence % / 100")));
        for (QLabel* l : {panel.biasLabel(), panel.confidenceLabel(), panel.stateLabel(), panel.sizeLabel(),
                 panel.formulaLabel()})
            QVERIFY(!l->toolTip().isEmpty());
        // 25 category bars, with the contributions of the snapshot; the history line.
        CategoryChart* chart = panel.categoryChart();
        QCOMPARE(chart->barCount(), 25);
        QCOMPARE(chart->contribution(sig::Category::Trend), 12.0);
        QCOMPARE(chart->contribution(sig::Category::FundingRate), -5.0);
        QVERIFY(chart->barToolTip(sig::Category::Trend).contains(QStringLiteral("12.0")));
        QVERIFY(chart->barToolTip(sig::Category::Regime).contains(QStringLiteral("no signal")));
        QCOMPARE(panel.sparkline()->pointCount(), 40);
        QVERIFY(panel.sparkline()->pointToolTip(0).contains(QStringLiteral("UTC")));
        QCOMPARE(panel.cardProxy()->rowCount(), int(snap->catalog->size()));
        // Day mode: size 12.5%, Trend now pulls down.
        QSignalSpy modes(&panel, &SignalPanel::modeChanged);
        panel.findChild<QAbstractButton*>(QStringLiteral("mode_day"))->click();
        QCOMPARE(modes.count(), 1);
        QCOMPARE(panel.mode(), sig::Mode::Day);
        QCOMPARE(chart->contribution(sig::Category::Trend), -20.0);
        QVERIFY(panel.sizeLabel()->text().contains(QStringLiteral("12.5%")));
        // Category filter: only that category's signals.
        panel.setCategoryFilter(sig::Category::Trend);
        int trendCards = 0;
        for (const auto& c : *snap->catalog)
            trendCards += c.category == sig::Category::Trend ? 1 : 0;
        QVERIFY(trendCards >= 2);
        QCOMPARE(panel.cardProxy()->rowCount(), trendCards);
        for (int r = 0; r < panel.cardProxy()->rowCount(); ++r)
            QCOMPARE(panel.cardProxy()->index(r, 0).data(SignalCardModel::CategoryRole).toInt(),
                int(sig::Category::Trend));
        emit chart->categoryClicked(sig::Category::FundingRate); // a click on a bar does the same
        QVERIFY(panel.cardProxy()->rowCount() >= 2);
        QCOMPARE(panel.cardProxy()->index(0, 0).data(SignalCardModel::CategoryRole).toInt(),
            int(sig::Category::FundingRate));
        panel.setCategoryFilter(std::nullopt);
        QCOMPARE(panel.cardProxy()->rowCount(), int(snap->catalog->size()));
        // Sorting by z puts the highest first.
        panel.cardView()->sortByColumn(SignalCardModel::ZColumn, Qt::DescendingOrder);
        QCOMPARE(
            panel.cardProxy()->index(0, SignalCardModel::ZColumn).data().toString(), QStringLiteral("+2.00"));
    }

    void languageSwitch()
    {
        SignalPanel panel;
        panel.setSymbol(0);
        panel.showSnapshot(test::craftedSignals(0, 21, test::kChartT0));
        auto* filter = panel.findChild<QComboBox*>(QStringLiteral("categoryFilter"));
        QVERIFY(filter);
        QCOMPARE(filter->itemText(0), QStringLiteral("All categories"));
        QVERIFY(Language::set(QStringLiteral("de"))); // posts LanguageChange
        QTRY_COMPARE(filter->itemText(0), QStringLiteral("Alle Kategorien"));
        QCOMPARE(filter->itemText(1 + int(sig::Category::OrderBook)), QStringLiteral("Orderbuch"));
        QCOMPARE(panel.cardModel()->headerData(SignalCardModel::WeightColumn, Qt::Horizontal).toString(),
            QStringLiteral("Gewicht"));
        QVERIFY(panel.sizeLabel()->text().contains(QStringLiteral("keine Finanzberatung")));
        QVERIFY(Language::set(QStringLiteral("en")));
        QTRY_COMPARE(filter->itemText(0), QStringLiteral("All categories"));
    }

    void markersOnTheChart()
    {
        ChartWidget chart;
        chart.resize(1200, 700);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setView(0, Timeframe::M1, true);
        auto snap = std::const_pointer_cast<EngineSnapshot>(test::chartSnapshot(120));
        const TimeMs last = snap->candles.back().openTime;
        auto sigs = test::craftedSignals(0, 21, last);
        // A bullish scalp transition at the cycle closing candle n-10, a bearish day one at n-5,
        // and a deceleration of the swing mode at n-5 (same candle, other side).
        const TimeMs t1 = snap->candles[110].openTime + kMinuteMs;
        const TimeMs t2 = snap->candles[115].openTime + kMinuteMs;
        sigs->chart.events
            = {{t1, sig::Mode::Scalp, sig::BiasEventKind::Transition, sig::BiasState::Bullish, 22, 40},
                {t2, sig::Mode::Day, sig::BiasEventKind::Transition, sig::BiasState::Bearish, -31, 55},
                {t2, sig::Mode::Swing, sig::BiasEventKind::Deceleration, sig::BiasState::Bullish, 18, 35}};
        snap->signalSnapshot = sigs;
        chart.showSnapshot(snap);
        chart.plot()->replot();
        SignalMarkers* markers = chart.signalMarkers();
        QCOMPARE(markers->events().size(), std::size_t(3));
        const auto marks = markers->marks();
        QCOMPARE(marks.size(), std::size_t(3));
        QCPAxis* y = chart.priceRect()->axis(QCPAxis::atRight);
        QCPAxis* x = chart.priceRect()->axis(QCPAxis::atBottom);
        const Candle& c1 = snap->candles[110];
        QVERIFY(!marks[0].above);
        QVERIFY(marks[0].centre.y() > y->coordToPixel(c1.low.toDouble())); // below the low
        QVERIFY(std::abs(marks[0].centre.x() - x->coordToPixel(c1.openTime / 1000.0 + 30)) < 1);
        const Candle& c2 = snap->candles[115];
        QVERIFY(marks[1].above);
        QVERIFY(marks[1].centre.y() < y->coordToPixel(c2.high.toDouble())); // above the high
        QVERIFY(!marks[2].above);
        const QString tip = markers->toolTipAt(marks[1].centre);
        QVERIFY2(tip.contains(QStringLiteral("Transition")) && tip.contains(QStringLiteral("Day"))
                && tip.contains(QStringLiteral("-31")),
            qPrintable(tip));
        QVERIFY(markers->toolTipAt(marks[2].centre).contains(QStringLiteral("Deceleration")));
        QVERIFY(markers->toolTipAt(QPointF(1, 1)).isEmpty());
        // They are drawn: the bullish arrow's pixels are green.
        const QImage img = chart.plot()->toPixmap().toImage();
        const QPoint p = (marks[0].centre + QPointF(0, 2)).toPoint();
        QVERIFY2(distance(img.pixelColor(p), theme::kUp) < 60, qPrintable(img.pixelColor(p).name()));
        // The toggle hides them.
        markers->toggleAction()->setChecked(false);
        QVERIFY(markers->marks().empty());
        markers->toggleAction()->setChecked(true);
        QCOMPARE(markers->marks().size(), std::size_t(3));
        // Another symbol's snapshot does not show.
        chart.setView(1, Timeframe::M1, true);
        QVERIFY(markers->events().empty());
    }
};

QTEST_MAIN(TestSignalViews)
#include "test_signalviews.moc"
