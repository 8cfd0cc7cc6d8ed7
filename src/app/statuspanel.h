// SPDX-License-Identifier: MIT
#pragma once

#include "engineworker.h"

#include <QWidget>

class QLabel;
class QStatusBar;

namespace perp {

// The status bar content: a source badge (SIMULATED in a strong colour for the simulator,
// LIVE otherwise), the source description, its last status message, the feed clock and
// throughput counters.
class StatusPanel : public QObject
{
    Q_OBJECT
public:
    StatusPanel(QStatusBar* bar, const QString& sourceDescription, bool simulated);

    void showSnapshot(const EngineSnapshot& snapshot);
    void showSourceStatus(const QString& text);
    void showSourceError(const QString& error);
    // Feed health in plain words (a problem in the error colour, else muted).
    void showHealthMessage(const QString& text, bool problem);

    // Re-sets the fixed texts in the current language.
    void retranslate();
    QString badgeText() const;
    QString sourceText() const;
    QString messageText() const;

private:
    void showCounters();

    TimeMs m_time = 0;
    std::uint64_t m_events = 0;
    std::uint64_t m_trades = 0;
    QString m_description;
    bool m_simulated;
    QLabel* m_badge;
    QLabel* m_source;
    QLabel* m_message;
    QLabel* m_clock;
    QLabel* m_counters;
};

} // namespace perp
