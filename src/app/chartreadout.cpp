// SPDX-License-Identifier: MIT
#include "chartreadout.h"

#include "displayformat.h"
#include "theme.h"

namespace perp {

namespace {
QString span(const QColor& c, const QString& text, bool bold = false)
{
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(c.name(), bold ? QStringLiteral("font-weight:600;") : QString(), text.toHtmlEscaped());
}
} // namespace

ChartReadout::ChartReadout(QWidget* parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("chartReadout"));
    setTextFormat(Qt::RichText);
    setStyleSheet(QStringLiteral("background: transparent; font-size: 12px;"));
    move(10, 6);
}

void ChartReadout::setHeader(SymbolId symbol, Timeframe tf, bool simulated)
{
    m_symbol = symbol;
    m_timeframe = tf;
    m_simulated = simulated;
}

QString ChartReadout::header() const
{
    QString h = QStringLiteral("<span style=\"color:%3;font-size:14px;font-weight:700\">%1</span>"
                               "<span style=\"color:%4\"> · %2 · %5</span>")
                    .arg(QString::fromStdString(symbolName(m_symbol)),
                        QString::fromLatin1(timeframeName(m_timeframe)), theme::kText.name(),
                        theme::kMutedText.name(), tr("USDT perpetual"));
    if (m_simulated)
        h += QStringLiteral("&nbsp;&nbsp;<span style=\"color:%1;font-weight:700\">SIMULATED</span>")
                 .arg(theme::kSimulated.name());
    return h;
}

void ChartReadout::showCandle(const Candle& c, int mergedCandles)
{
    const double open = c.open.toDouble();
    const double close = c.close.toDouble();
    const QColor dir = close >= open ? theme::kUp : theme::kDown;
    const QColor label = theme::kMutedText;
    const double pct = open > 0 ? (close / open - 1.0) * 100.0 : 0.0;
    const double vol = c.volume.toDouble();
    const double buyShare = vol > 0 ? c.buyVolume.toDouble() / vol * 100.0 : 0.0;
    auto px = [&](Price p) { return formatPrice(p.toDouble(), m_symbol); };
    QString line = span(label, formatUtc(c.openTime) + QStringLiteral(" UTC"));
    if (mergedCandles > 1)
        line += span(label,
            tr(" · one bar = %1 × %2 (zoomed out)")
                .arg(mergedCandles)
                .arg(QString::fromLatin1(timeframeName(m_timeframe))));
    line += QStringLiteral("&nbsp;&nbsp; ") + span(label, QStringLiteral("O ")) + span(dir, px(c.open), true);
    line += QStringLiteral("&nbsp; ") + span(label, QStringLiteral("H ")) + span(dir, px(c.high), true);
    line += QStringLiteral("&nbsp; ") + span(label, QStringLiteral("L ")) + span(dir, px(c.low), true);
    line += QStringLiteral("&nbsp; ") + span(label, QStringLiteral("C ")) + span(dir, px(c.close), true);
    line += QStringLiteral("&nbsp; ") + span(dir, formatPercent(pct), true);
    QString vline = span(label, tr("Vol ")) + span(theme::kText, formatCompact(vol), true);
    vline += QStringLiteral("&nbsp; ") + span(label, tr("Taker buy "))
        + span(theme::kUp, formatCompact(c.buyVolume.toDouble()));
    vline += QStringLiteral("&nbsp; ") + span(label, tr("sell "))
        + span(theme::kDown, formatCompact(c.sellVolume.toDouble()));
    vline += QStringLiteral("&nbsp; ") + span(label, tr("(buy %1%)").arg(QString::number(buyShare, 'f', 1)));
    vline += QStringLiteral("&nbsp; ") + span(label, tr("Trades "))
        + span(theme::kText, QString::number(c.trades));
    setText(header() + QStringLiteral("<br>") + line + QStringLiteral("<br>") + vline);
    adjustSize();
}

void ChartReadout::showEmpty()
{
    setText(header() + QStringLiteral("<br>") + span(theme::kMutedText, tr("Waiting for trades…")));
    adjustSize();
}

} // namespace perp
