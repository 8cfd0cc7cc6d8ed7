// SPDX-License-Identifier: MIT
#pragma once

#include "alerttypes.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace perp {

class AlertNotifier;
class FiredAlertModel;
class RuleTableModel;
class WebhookPanel;

// The in-app alert centre: the active rules (add, edit, delete, enable; import and export
// as JSON), the fired alerts (acknowledge one or all, the stored history) and delivery
// (webhook with a test button, tray notification, sound). It keeps no market state: rule
// edits go out as rulesChanged, fired alerts come in through showFired.
class AlertCentre : public QWidget
{
    Q_OBJECT
public:
    explicit AlertCentre(QWidget* parent = nullptr);

    RuleTableModel* rulesModel() const { return m_rules; }
    FiredAlertModel* firedModel() const { return m_fired; }
    WebhookPanel* webhook() const { return m_webhook; }
    AlertNotifier* notifier() const { return m_notifier; }
    QTableView* rulesView() const { return m_rulesView; }
    QTableView* firedView() const { return m_firedView; }
    QTabWidget* tabs() const { return m_tabs; }
    QString rulesMessage() const;

    // Webhook and notification settings are kept in this INI file (e.g. in the data dir).
    void loadSettings(const QString& iniPath);

    // A bad file shows the error (file, rule, field or position) and changes nothing.
    bool importRules(const QString& path);
    bool exportRules(const QString& path);
    // Opens the rule dialog (non-modal) for a new rule or the rule in `row`.
    void openRuleDialog(int row = -1);
    void acknowledgeSelected();
    void acknowledgeAll();

public slots:
    // The stored rules at start (does not emit rulesChanged).
    void setStoredRules(perp::RuleList rules);
    void showFired(perp::FiredAlertList fired);
    void showHistory(perp::FiredAlertList alerts);

signals:
    void rulesChanged(perp::RuleList rules);
    void acknowledgeRequested(qint64 id);
    void acknowledgeAllRequested();
    void historyRequested(int limit);
    // Unacknowledged alerts in the list changed (for a badge on the toggle action).
    void unacknowledgedChanged(int count);

private:
    QWidget* buildRulesTab();
    QWidget* buildFiredTab();
    QWidget* buildDeliveryTab();
    void showRulesMessage(const QString& text, bool error);
    void saveSettings();
    void updateCounts();

    RuleTableModel* m_rules;
    FiredAlertModel* m_fired;
    AlertNotifier* m_notifier;
    WebhookPanel* m_webhook = nullptr;
    QTabWidget* m_tabs;
    QTableView* m_rulesView = nullptr;
    QTableView* m_firedView = nullptr;
    QLabel* m_rulesMessage = nullptr;
    QLabel* m_firedCount = nullptr;
    QCheckBox* m_tray = nullptr;
    QCheckBox* m_sound = nullptr;
    QString m_settingsPath;
};

} // namespace perp
