// SPDX-License-Identifier: MIT
#pragma once

#include "engine/alerts/rule.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace perp {

// Adds or edits one alert rule: every condition kind, its parameters (only those the
// kind uses are shown), trigger, cooldown, hysteresis, expiry and the message
// template. OK checks the rule with the same strict reader as a rules file and shows
// what is wrong instead of closing.
class RuleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RuleDialog(QWidget* parent = nullptr);

    void setRule(const alerts::Rule& rule);
    // The rule as entered (id kept from setRule, empty for a new one).
    alerts::Rule rule() const;
    // Empty when the rule is valid, else what is wrong.
    QString validate() const;
    QString errorText() const;

    void accept() override;

private:
    void updateVisibleFields();
    void setRow(QWidget* field, bool visible);

    std::string m_id;
    QFormLayout* m_form;
    QLineEdit* m_name;
    QComboBox* m_symbol;
    QComboBox* m_mode;
    QComboBox* m_kind;
    QComboBox* m_direction;
    QComboBox* m_event; // BiasRange: enters / leaves
    QDoubleSpinBox* m_threshold;
    QDoubleSpinBox* m_low;
    QDoubleSpinBox* m_high;
    QComboBox* m_side;
    QComboBox* m_unit;
    QLineEdit* m_category;
    QLineEdit* m_fromState;
    QLineEdit* m_toState;
    QComboBox* m_trigger;
    QSpinBox* m_cooldown;
    QDoubleSpinBox* m_hysteresis;
    QCheckBox* m_expires;
    QDateTimeEdit* m_expiry;
    QLineEdit* m_message;
    QLabel* m_hint;
    QLabel* m_error;
};

} // namespace perp
