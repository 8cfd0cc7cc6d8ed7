// SPDX-License-Identifier: MIT
#include "chartexport.h"

#include "chartwidget.h"
#include "displayformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSaveFile>
#include <qcustomplot.h>

namespace perp {

std::vector<Candle> visibleCandles(const ChartWidget& chart)
{
    std::vector<Candle> out;
    const QCPFinancial* plot = chart.candlePlot();
    if (!plot)
        return out;
    const QCPRange r = plot->keyAxis()->range();
    const TimeMs from = static_cast<TimeMs>(r.lower * 1000.0);
    const TimeMs to = static_cast<TimeMs>(r.upper * 1000.0);
    const std::span<const Candle> all = chart.candles();
    if (all.empty())
        return out;
    TimeMs width = timeframeMs(Timeframe::M1);
    if (all.size() > 1)
        width = all[1].openTime - all[0].openTime;
    for (const Candle& c : all)
        if (c.openTime + width > from && c.openTime < to)
            out.push_back(c);
    return out;
}

QString candlesCsv(std::span<const Candle> candles, SymbolId symbol)
{
    QString s = QStringLiteral("open_time_utc,open,high,low,close,volume,buy_volume,sell_volume,trades\n");
    for (const Candle& c : candles) {
        s += QDateTime::fromMSecsSinceEpoch(c.openTime, Qt::UTC).toString(Qt::ISODate);
        for (const Price& p : {c.open, c.high, c.low, c.close})
            s += QLatin1Char(',') + QString::number(p.toDouble(), 'f', priceDecimals(symbol));
        for (const Qty& q : {c.volume, c.buyVolume, c.sellVolume})
            s += QLatin1Char(',') + QString::number(q.toDouble(), 'g', 15);
        s += QLatin1Char(',') + QString::number(c.trades) + QLatin1Char('\n');
    }
    return s;
}

namespace {
bool fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return false;
}
} // namespace

bool exportChartPng(const ChartWidget& chart, const QString& file, QString* error)
{
    const QPixmap pixmap = const_cast<ChartWidget&>(chart).grab();
    if (pixmap.isNull())
        return fail(
            error, QCoreApplication::translate("perp::ChartExport", "The chart has no size to export."));
    if (!pixmap.save(file, "PNG"))
        return fail(error, QCoreApplication::translate("perp::ChartExport", "Could not write %1").arg(file));
    return true;
}

bool exportVisibleCsv(const ChartWidget& chart, SymbolId symbol, const QString& file, QString* error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Text))
        return fail(error,
            QCoreApplication::translate("perp::ChartExport", "Could not write %1: %2")
                .arg(file, out.errorString()));
    const std::vector<Candle> rows = visibleCandles(chart);
    out.write(candlesCsv(rows, symbol).toUtf8());
    if (!out.commit())
        return fail(error,
            QCoreApplication::translate("perp::ChartExport", "Could not write %1: %2")
                .arg(file, out.errorString()));
    return true;
}

} // namespace perp
