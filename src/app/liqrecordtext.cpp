// SPDX-License-Identifier: MIT
#include "liqrecordtext.h"

#include "liqstyle.h"

namespace perp {

namespace {

QString pct(double v)
{
    return QStringLiteral("%1%").arg(v * 100, 0, 'f', 0);
}

} // namespace

QString LiqRecordText::legendLine(const std::array<liq::BandRecord, 3>& record)
{
    const liq::BandRecord& r = record[1];
    if (r.events == 0)
        return tr("bands' record: no liquidations scored yet");
    return tr("bands' record 24 h: %1 of liquidations in %2 of the range (%3×)")
        .arg(pct(r.captured), pct(r.coverage), QString::number(r.lift(), 'f', 1));
}

QString LiqRecordText::help(const std::array<liq::BandRecord, 3>& record)
{
    QString text = tr("<p><b>Bands' track record</b> (last 24 h, this symbol): every REALIZED liquidation "
                      "within ±10% of price is checked against the top 5 ESTIMATED bands drawn before it. "
                      "<i>In bands</i> is the share of liquidated notional that fell inside those bands; "
                      "<i>range covered</i> is the share of the ±10% range the bands took up, which is what "
                      "bands placed at random would catch; <i>lift</i> = in bands ÷ range covered (1× = no "
                      "better than chance). Binance reports at most one liquidation per symbol per second, "
                      "so bursts are undercounted. Past accuracy does not promise future accuracy.</p>");
    text += QStringLiteral("<table>");
    for (const auto& r : record) {
        const QString when = r.horizon == 0 ? tr("bands on screen just before")
                                            : tr("bands drawn %1 h before").arg(r.horizon / kHourMs);
        if (r.events == 0) {
            text += tr("<tr><td>%1:</td><td>no liquidations scored yet</td></tr>").arg(when);
            continue;
        }
        text += tr(
            "<tr><td>%1:</td><td>%2 in bands, %3 range covered, lift %4× (%5 liquidations, %6)</td></tr>")
                    .arg(when, pct(r.captured), pct(r.coverage), QString::number(r.lift(), 'f', 1))
                    .arg(r.events)
                    .arg(liqstyle::money(r.notional));
    }
    text += QStringLiteral("</table>");
    text += tr("<p>The bands on screen just before a liquidation often score lower: price trading "
               "through a level removes it from the estimate before the exchange reports the "
               "liquidation.</p>");
    return text;
}

} // namespace perp
