// SPDX-License-Identifier: MIT
#include "statuspanel.h"

#include "displayformat.h"
#include "theme.h"

#include <QLabel>
#include <QLocale>
#include <QStatusBar>

namespace perp {

StatusPanel::StatusPanel(QStatusBar* bar, const QString& sourceDescription, bool simulated)
    : QObject(bar)
    , m_description(sourceDescription)
    , m_simulated(simulated)
    , m_badge(new QLabel(bar))
    , m_source(new QLabel(bar))
    , m_message(new QLabel(bar))
    , m_clock(new QLabel(bar))
    , m_counters(new QLabel(bar))
{
    m_badge->setObjectName(QStringLiteral("sourceBadge"));
    m_source->setObjectName(QStringLiteral("sourceDescription"));
    m_counters->setObjectName(QStringLiteral("feedCounters"));
    retranslate();
    m_message->setStyleSheet(QStringLiteral("color: #787b86;"));
    bar->addWidget(m_badge);
    bar->addWidget(m_source);
    bar->addWidget(m_message, 1);
    bar->addPermanentWidget(m_counters);
    bar->addPermanentWidget(m_clock);
}

void StatusPanel::retranslate()
{
    if (m_simulated) {
        m_badge->setText(tr("SIMULATED DATA"));
        m_badge->setStyleSheet(
            QStringLiteral("background: %1; color: #111; font-weight: 800; padding: 2px 10px;"
                           " border-radius: 3px; letter-spacing: 1px;")
                .arg(theme::kSimulated.name()));
        m_badge->setToolTip(tr("Prices come from the built-in market simulator. They are NOT real market "
                               "prices and must not be used for trading decisions."));
    } else if (m_description.startsWith(QLatin1String("REPLAY"))) {
        m_badge->setText(tr("REPLAY"));
        m_badge->setStyleSheet(
            QStringLiteral("background: #3d6fb6; color: white; font-weight: 800; padding: 2px 10px;"
                           " border-radius: 3px;"));
        m_badge->setToolTip(tr("Real recorded prices replayed from a file, not the market now."));
    } else {
        m_badge->setText(tr("LIVE"));
        m_badge->setStyleSheet(
            QStringLiteral("background: %1; color: white; font-weight: 800; padding: 2px 10px;"
                           " border-radius: 3px;")
                .arg(theme::kUp.darker(130).name()));
        m_badge->setToolTip(tr("Prices come from a real exchange feed."));
    }
    m_source->setText(tr("Source: %1").arg(m_description));
    m_source->setToolTip(tr("Where the market data shown comes from"));
    m_clock->setToolTip(
        tr("Feed clock: exchange time of the newest event received, in UTC. With the simulator "
           "it runs at the simulation speed."));
    m_counters->setToolTip(tr("Market events and trades processed by the engine since start"));
    showCounters(); // the figures of the last snapshot, in the new language
}

void StatusPanel::showSnapshot(const EngineSnapshot& snapshot)
{
    m_time = snapshot.time;
    m_events = snapshot.stats.events;
    m_trades = snapshot.stats.trades;
    showCounters();
}

void StatusPanel::showCounters()
{
    if (m_time > 0)
        m_clock->setText(tr("Feed time %1 UTC").arg(formatUtc(m_time, true)));
    const QLocale c = QLocale::c();
    m_counters->setText(tr("%1 events · %2 trades")
                            .arg(c.toString(static_cast<qulonglong>(m_events)),
                                c.toString(static_cast<qulonglong>(m_trades))));
}

void StatusPanel::showSourceStatus(const QString& text)
{
    if (m_source->text().endsWith(text))
        return; // the description already says it
    m_message->setStyleSheet(QStringLiteral("color: #787b86;"));
    m_message->setText(text);
}

void StatusPanel::showSourceError(const QString& error)
{
    m_message->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(theme::kDown.name()));
    m_message->setText(tr("Feed error: %1").arg(error));
}

void StatusPanel::showHealthMessage(const QString& text, bool problem)
{
    if (problem)
        m_message->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(theme::kDown.name()));
    else
        m_message->setStyleSheet(QStringLiteral("color: #787b86;"));
    m_message->setText(text);
    m_message->setToolTip(text);
}

QString StatusPanel::badgeText() const
{
    return m_badge->text();
}

QString StatusPanel::sourceText() const
{
    return m_source->text();
}

} // namespace perp

namespace perp {

QString StatusPanel::messageText() const
{
    return m_message->text();
}

} // namespace perp
