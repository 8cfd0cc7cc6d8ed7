// SPDX-License-Identifier: MIT
#pragma once

#include "alerttypes.h"

#include <QElapsedTimer>
#include <QObject>

class QSystemTrayIcon;

namespace perp {

// Tells the trader an alert fired when they are not looking: a system tray
// notification (when the desktop has a tray) and a beep. Each can be switched off. A burst
// (e.g. a replay running flat out) notifies at most once per `minIntervalMs`.
class AlertNotifier : public QObject
{
    Q_OBJECT
public:
    explicit AlertNotifier(QObject* parent = nullptr);

    bool trayAvailable() const;
    void setTrayEnabled(bool on) { m_tray = on; }
    void setSoundEnabled(bool on) { m_sound = on; }
    bool trayEnabled() const { return m_tray; }
    bool soundEnabled() const { return m_sound; }

    void notify(const FiredAlertList& fired);
    // What the last notification said (title and text), for the window and tests.
    QString lastTitle() const { return m_lastTitle; }
    QString lastText() const { return m_lastText; }
    int beeps() const { return m_beeps; }

private:
    QSystemTrayIcon* m_icon = nullptr;
    bool m_tray = true;
    bool m_sound = true;
    QString m_lastTitle;
    QString m_lastText;
    int m_beeps = 0;
    QElapsedTimer m_since; // since the last notification
    static constexpr qint64 minIntervalMs = 2'000;
};

} // namespace perp
