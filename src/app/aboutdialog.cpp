// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace perp {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About PerpScope"));
    m_text->setObjectName(QStringLiteral("aboutText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setText(
        QStringLiteral("<h2>PerpScope %1</h2><p>%2</p><p><b>%3</b></p><h3>%4</h3><ul>"
                       "<li>Qt %5 — GNU LGPL-3.0</li><li>QCustomPlot — GNU GPL-3.0</li>"
                       "<li>simdjson — Apache-2.0</li><li>SQLite — %6</li></ul><p>%7</p>")
            .arg(QApplication::applicationVersion().isEmpty() ? QStringLiteral(PERPSCOPE_VERSION)
                                                              : QApplication::applicationVersion(),
                tr("A desktop decision engine for crypto perpetual futures: candles, estimated liquidation "
                   "clusters, signals and alerts."),
                tr("Not financial advice. PerpScope shows market data and estimates; estimates can be wrong, "
                   "and simulated data is not real market data. You alone are responsible for your trading "
                   "decisions."),
                tr("Third-party software"), QString::fromLatin1(qVersion()), tr("public domain"),
                tr("PerpScope itself is MIT licensed. Because it links QCustomPlot, distributed binaries are "
                   "covered by the GPL-3.0.")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

QString AboutDialog::text() const
{
    return m_text->text();
}

} // namespace perp
