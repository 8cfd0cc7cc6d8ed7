// SPDX-License-Identifier: MIT
#include "alertnotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace perp {

AlertNotifier::AlertNotifier(QObject* parent)
    : QObject(parent)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_icon = new QSystemTrayIcon(
            QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation), this);
        m_icon->setToolTip(tr("PerpScope alerts"));
        m_icon->show();
    }
}

bool AlertNotifier::trayAvailable() const
{
    return m_icon != nullptr;
}

void AlertNotifier::notify(const FiredAlertList& fired)
{
    if (fired.empty())
        return;
    const alerts::FiredAlert& a = fired.back();
    const QString replay = a.replay ? tr(" (REPLAY)") : QString();
    m_lastTitle = fired.size() == 1 ? tr("Alert: %1%2").arg(QString::fromStdString(a.symbol), replay)
                                    : tr("%1 alerts fired%2").arg(fired.size()).arg(replay);
    m_lastText = QString::fromStdString(a.message);
    if (m_since.isValid() && m_since.elapsed() < minIntervalMs)
        return; // the alert centre lists them all; the desktop hears about a burst once
    m_since.start();
    if (m_tray && m_icon)
        m_icon->showMessage(m_lastTitle, m_lastText, QSystemTrayIcon::Information, 8000);
    if (m_sound) {
        QApplication::beep();
        ++m_beeps;
    }
}

} // namespace perp
