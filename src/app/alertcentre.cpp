// SPDX-License-Identifier: MIT
#include "alertcentre.h"

#include "alertnotifier.h"
#include "firedalertmodel.h"
#include "ruledialog.h"
#include "ruletablemodel.h"
#include "store/alertrulesjson.h"
#include "webhookpanel.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace perp {

namespace {

QTableView* table(QAbstractItemModel* model, const char* name)
{
    auto* v = new QTableView;
    v->setObjectName(QLatin1String(name));
    v->setModel(model);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setSelectionMode(QAbstractItemView::SingleSelection);
    v->verticalHeader()->hide();
    v->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    v->setAlternatingRowColors(true);
    v->setWordWrap(false);
    return v;
}

QPushButton* button(const QString& text, const char* name, const QString& tip)
{
    auto* b = new QPushButton(text);
    b->setObjectName(QLatin1String(name));
    b->setToolTip(tip);
    return b;
}

int selectedRow(QTableView* v)
{
    const QModelIndexList rows = v->selectionModel()->selectedRows();
    return rows.isEmpty() ? (v->currentIndex().isValid() ? v->currentIndex().row() : -1) : rows.first().row();
}

} // namespace

AlertCentre::AlertCentre(QWidget* parent)
    : QWidget(parent)
    , m_rules(new RuleTableModel(this))
    , m_fired(new FiredAlertModel(this))
    , m_notifier(new AlertNotifier(this))
    , m_tabs(new QTabWidget)
{
    setObjectName(QStringLiteral("alertCentre"));
    m_tabs->addTab(buildRulesTab(), tr("Rules"));
    m_tabs->addTab(buildFiredTab(), tr("Fired"));
    m_tabs->addTab(buildDeliveryTab(), tr("Delivery"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_tabs);
    connect(m_rules, &RuleTableModel::rulesEdited, this, &AlertCentre::rulesChanged);
    updateCounts();
}

QWidget* AlertCentre::buildRulesTab()
{
    auto* w = new QWidget;
    m_rulesView = table(m_rules, "rulesView");
    m_rulesView->horizontalHeader()->setSectionResizeMode(RuleTableModel::Condition, QHeaderView::Stretch);
    auto* add = button(tr("Add…"), "addRule", tr("Add a rule"));
    auto* edit = button(tr("Edit…"), "editRule", tr("Edit the selected rule"));
    auto* remove = button(tr("Delete"), "deleteRule", tr("Delete the selected rule"));
    auto* import = button(tr("Import…"), "importRules",
        tr("Replace the rules with a rules JSON file; a bad file changes nothing."));
    auto* exportB = button(tr("Export…"), "exportRules", tr("Write the rules to a JSON file."));
    m_rulesMessage = new QLabel;
    m_rulesMessage->setObjectName(QStringLiteral("rulesMessage"));
    m_rulesMessage->setWordWrap(true);
    m_rulesMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {add, edit, remove})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(import);
    buttons->addWidget(exportB);
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(m_rulesView, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_rulesMessage);

    connect(add, &QPushButton::clicked, this, [this] { openRuleDialog(-1); });
    connect(edit, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRow(m_rulesView); row >= 0)
            openRuleDialog(row);
    });
    connect(m_rulesView, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        if (i.column() != RuleTableModel::Enabled)
            openRuleDialog(i.row());
    });
    connect(remove, &QPushButton::clicked, this, [this] { m_rules->removeRule(selectedRow(m_rulesView)); });
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import alert rules"), {}, tr("Alert rules (*.json);;All files (*)"));
        if (!path.isEmpty())
            importRules(path);
    });
    connect(exportB, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export alert rules"), QStringLiteral("alert-rules.json"), tr("Alert rules (*.json)"));
        if (!path.isEmpty())
            exportRules(path);
    });
    return w;
}

QWidget* AlertCentre::buildFiredTab()
{
    auto* w = new QWidget;
    m_firedView = table(m_fired, "firedView");
    m_firedView->horizontalHeader()->setSectionResizeMode(FiredAlertModel::Message, QHeaderView::Stretch);
    auto* ack = button(tr("Acknowledge"), "acknowledge", tr("Mark the selected alert as seen"));
    auto* ackAll = button(tr("Acknowledge all"), "acknowledgeAll", tr("Mark every alert as seen"));
    auto* history = button(tr("Show history"), "loadHistory",
        tr("Load the newest 1000 alerts of the alert log (kept across restarts)"));
    m_firedCount = new QLabel;
    m_firedCount->setObjectName(QStringLiteral("firedCount"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(ack);
    buttons->addWidget(ackAll);
    buttons->addWidget(m_firedCount, 1);
    buttons->addWidget(history);
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(m_firedView, 1);
    layout->addLayout(buttons);
    connect(ack, &QPushButton::clicked, this, &AlertCentre::acknowledgeSelected);
    connect(ackAll, &QPushButton::clicked, this, &AlertCentre::acknowledgeAll);
    connect(history, &QPushButton::clicked, this, [this] { emit historyRequested(1000); });
    return w;
}

QWidget* AlertCentre::buildDeliveryTab()
{
    auto* w = new QWidget;
    m_webhook = new WebhookPanel;
    m_tray = new QCheckBox(m_notifier->trayAvailable()
            ? tr("Show a tray notification when an alert fires")
            : tr("Tray notification (no system tray on this desktop)"));
    m_tray->setObjectName(QStringLiteral("notifyTray"));
    m_tray->setChecked(true);
    m_tray->setEnabled(m_notifier->trayAvailable());
    m_sound = new QCheckBox(tr("Beep when an alert fires"));
    m_sound->setObjectName(QStringLiteral("notifySound"));
    m_sound->setChecked(true);
    auto* layout = new QVBoxLayout(w);
    layout->addWidget(m_webhook);
    layout->addWidget(m_tray);
    layout->addWidget(m_sound);
    layout->addStretch(1);
    connect(m_tray, &QCheckBox::toggled, this, [this](bool on) {
        m_notifier->setTrayEnabled(on);
        saveSettings();
    });
    connect(m_sound, &QCheckBox::toggled, this, [this](bool on) {
        m_notifier->setSoundEnabled(on);
        saveSettings();
    });
    connect(m_webhook, &WebhookPanel::settingsChanged, this, &AlertCentre::saveSettings);
    return w;
}

QString AlertCentre::rulesMessage() const
{
    return m_rulesMessage->text();
}

void AlertCentre::showRulesMessage(const QString& text, bool error)
{
    m_rulesMessage->setText(text);
    m_rulesMessage->setStyleSheet(error ? QStringLiteral("color: #ff6b6b;") : QString());
}

void AlertCentre::loadSettings(const QString& iniPath)
{
    m_settingsPath.clear(); // no saving while loading
    QSettings s(iniPath, QSettings::IniFormat);
    m_webhook->setUrl(s.value(QStringLiteral("webhook/url")).toString());
    m_webhook->setDeliveryEnabled(s.value(QStringLiteral("webhook/enabled"), false).toBool());
    m_tray->setChecked(s.value(QStringLiteral("notify/tray"), true).toBool());
    m_sound->setChecked(s.value(QStringLiteral("notify/sound"), true).toBool());
    m_settingsPath = iniPath;
}

void AlertCentre::saveSettings()
{
    if (m_settingsPath.isEmpty())
        return;
    QSettings s(m_settingsPath, QSettings::IniFormat);
    s.setValue(QStringLiteral("webhook/url"), m_webhook->url());
    s.setValue(QStringLiteral("webhook/enabled"), m_webhook->isEnabled());
    s.setValue(QStringLiteral("notify/tray"), m_tray->isChecked());
    s.setValue(QStringLiteral("notify/sound"), m_sound->isChecked());
}

bool AlertCentre::importRules(const QString& path)
{
    const store::RulesParseResult res = store::importRulesFile(path);
    if (!res.ok()) {
        showRulesMessage(tr("Import failed: %1\nThe rules were not changed.").arg(res.error), true);
        return false;
    }
    m_rules->replaceAll(res.rules);
    showRulesMessage(tr("Imported %1 rules from %2.").arg(res.rules.size()).arg(path), false);
    return true;
}

bool AlertCentre::exportRules(const QString& path)
{
    QString error;
    if (!store::exportRulesFile(path, m_rules->rules(), &error)) {
        showRulesMessage(tr("Export failed: %1").arg(error), true);
        return false;
    }
    showRulesMessage(tr("Exported %1 rules to %2.").arg(m_rules->rowCount()).arg(path), false);
    return true;
}

void AlertCentre::openRuleDialog(int row)
{
    auto* dialog = new RuleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0 && row < m_rules->rowCount())
        dialog->setRule(m_rules->rule(row));
    else
        row = -1;
    connect(dialog, &QDialog::accepted, this, [this, dialog, row] {
        if (row >= 0)
            m_rules->replaceRule(row, dialog->rule());
        else
            m_rules->addRule(dialog->rule());
    });
    dialog->open();
}

void AlertCentre::acknowledgeSelected()
{
    const int row = selectedRow(m_firedView);
    if (row < 0)
        return;
    if (const std::int64_t id = m_fired->acknowledgeRow(row); id > 0)
        emit acknowledgeRequested(id);
    updateCounts();
}

void AlertCentre::acknowledgeAll()
{
    m_fired->markAllAcknowledged();
    emit acknowledgeAllRequested();
    updateCounts();
}

void AlertCentre::setStoredRules(perp::RuleList rules)
{
    m_rules->resetRules(rules);
}

void AlertCentre::showFired(perp::FiredAlertList fired)
{
    if (fired.empty())
        return;
    m_fired->addFired(fired);
    m_notifier->notify(fired);
    for (const auto& a : fired)
        m_webhook->deliver(a);
    updateCounts();
}

void AlertCentre::showHistory(perp::FiredAlertList alerts)
{
    m_fired->setAlerts(alerts);
    updateCounts();
}

void AlertCentre::updateCounts()
{
    const int n = m_fired->unacknowledged();
    m_firedCount->setText(tr("%1 new of %2").arg(n).arg(m_fired->rowCount()));
    m_tabs->setTabText(1, n > 0 ? tr("Fired (%1)").arg(n) : tr("Fired"));
    emit unacknowledgedChanged(n);
}

} // namespace perp
