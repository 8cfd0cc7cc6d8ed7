// SPDX-License-Identifier: MIT
#pragma once

#include "alerttypes.h"

#include <QAbstractTableModel>

namespace perp {

// The alert rules of the alert centre, one row each: enabled (check box), name, symbol,
// mode, condition and trigger. Every change emits rulesEdited with the whole list (the
// engine thread evaluates and stores that list).
class RuleTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Enabled, Name, Symbol, Mode, Condition, Trigger, ColumnCount };

    explicit RuleTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    const RuleList& rules() const { return m_rules; }
    const alerts::Rule& rule(int row) const { return m_rules.at(std::size_t(row)); }
    // Replaces all rules without emitting rulesEdited (e.g. the stored ones at start).
    void resetRules(const RuleList& rules);
    // Edits; each emits rulesEdited. addRule gives the rule a unique id when it has none
    // or a taken one, and returns its row.
    int addRule(alerts::Rule rule);
    void replaceRule(int row, alerts::Rule rule);
    void removeRule(int row);
    void setEnabled(int row, bool enabled);
    void replaceAll(const RuleList& rules);

    // A one-line description of a rule's condition, e.g. "bias crosses above 60".
    static QString describe(const alerts::Rule& rule);

signals:
    void rulesEdited(perp::RuleList rules);

private:
    std::string uniqueId(const std::string& wanted) const;

    RuleList m_rules;
};

} // namespace perp
