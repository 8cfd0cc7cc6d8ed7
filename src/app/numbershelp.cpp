// SPDX-License-Identifier: MIT
#include "numbershelp.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace perp {

NumbersHelp::NumbersHelp(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("numbersHelp"));
    setWindowTitle(tr("The numbers explained"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("numbersText"));
    text->setHtml(html());
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(640, 560);
}

QString NumbersHelp::html()
{
    const auto item = [](const QString& name, const QString& text) {
        return QStringLiteral("<dt><b>%1</b></dt><dd>%2</dd>").arg(name, text);
    };
    return QStringLiteral("<h3>%1</h3><dl>").arg(tr("Watchlist"))
        + item(tr("Last"), tr("Price of the newest trade. Green/red: it ticked up/down."))
        + item(
            tr("24h %"), tr("Change of the last price against the open of the 1-minute candle 24 hours ago."))
        + item(tr("24h Vol"), tr("Traded value in the quote currency (USDT) over the last 24 hours."))
        + QStringLiteral("</dl><h3>%1</h3><dl>").arg(tr("Chart"))
        + item(
            tr("O H L C"), tr("Open, high, low and close price of the candle under the cursor (UTC times)."))
        + item(tr("Vol / Buy / Sell"),
            tr("Traded quantity in base units; Buy is taker buying (market buys), Sell taker selling."))
        + item(tr("Liquidation clusters"),
            tr("Estimated price levels where leveraged positions would be force-closed. They are estimates "
               "from open interest, leverage tiers and trades, never exact."))
        + item(tr("Bands' record"),
            tr("How often the estimated bands were right over the last 24 hours: the share of realized "
               "liquidations near price that fell inside the five largest bands drawn an hour before, "
               "against the share of the price range those bands covered (what bands placed at random "
               "would catch). Their ratio is the lift: 1× is no better than chance. Hover the chart legend "
               "for the bands on screen just before and 4 hours before. Past accuracy does not promise "
               "future accuracy."))
        + QStringLiteral("</dl><h3>%1</h3><dl>").arg(tr("Time & sales"))
        + item(tr("Buy / Sell"), tr("One trade: the taker's side, its price and size."))
        + item(tr("LIQ long / LIQ short"),
            tr("A forced order from the exchange closing a long (a forced sell) or a short (a forced buy)."))
        + QStringLiteral("</dl><h3>%1</h3><dl>").arg(tr("Status bar"))
        + item(tr("Feed time"), tr("Exchange time of the newest event received, in UTC."))
        + item(tr("SIMULATED DATA"), tr("Prices come from the built-in simulator, not from a real market."))
        + QStringLiteral("</dl>");
}

} // namespace perp
