// SPDX-License-Identifier: MIT
#include "ruledialog.h"

#include "core/symbols.h"
#include "store/alertrulesjson.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace perp {

namespace {

using K = alerts::ConditionKind;

QString sv(std::string_view s)
{
    return QString::fromLatin1(s.data(), qsizetype(s.size()));
}

QDoubleSpinBox* spin(const char* name, double lo, double hi, int decimals)
{
    auto* s = new QDoubleSpinBox;
    s->setObjectName(QLatin1String(name));
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    return s;
}

QComboBox* combo(const char* name, const QStringList& labels, const QStringList& values)
{
    auto* c = new QComboBox;
    c->setObjectName(QLatin1String(name));
    for (qsizetype i = 0; i < labels.size(); ++i)
        c->addItem(labels[i], values[i]);
    return c;
}

void select(QComboBox* c, const QString& value)
{
    const int i = c->findData(value);
    if (i >= 0)
        c->setCurrentIndex(i);
}

// What the threshold means for a kind (shown under the form).
QString thresholdHint(K k)
{
    switch (k) {
    case K::BiasCross:
        return QObject::tr("Threshold: composite bias, -100 .. +100.");
    case K::BiasRange:
        return QObject::tr("Low / high: the bias range, -100 .. +100. Above = enters, below = leaves.");
    case K::Confidence:
        return QObject::tr("Threshold: confidence in percent; side long = bullish bias, short = bearish.");
    case K::CategoryState:
        return QObject::tr("Category key (e.g. order_flow); from/to states optional (empty = any).");
    case K::BandProximity:
        return QObject::tr("Threshold: distance to an ESTIMATED liquidation band, in % of price or in ATR.");
    case K::CascadeStart:
        return QObject::tr(
            "Fires when a liquidation cascade starts (side = whose positions are liquidated).");
    case K::RealizedLiquidation:
        return QObject::tr("Threshold: notional of one reported liquidation, in quote currency (USDT).");
    case K::Funding:
        return QObject::tr(
            "Threshold: funding rate per interval as a fraction (0.0005 = 0.05 %), either sign.");
    case K::ZoneTouched:
    case K::ZoneBroken:
        return QObject::tr("Zones come from the signal engine.");
    case K::PriceCross:
        return QObject::tr("Threshold: a price level.");
    }
    return {};
}

} // namespace

RuleDialog::RuleDialog(QWidget* parent)
    : QDialog(parent)
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("ruleDialog"));
    setWindowTitle(tr("Alert rule"));
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("ruleName"));
    m_name->setPlaceholderText(tr("e.g. SOL swing bias above +60"));
    QStringList symLabels {tr("All symbols (watchlist)")}, symValues {QStringLiteral("*")};
    for (const auto& s : defaultSymbols()) {
        symLabels << QString::fromStdString(s.name);
        symValues << QString::fromStdString(s.name);
    }
    m_symbol = combo("ruleSymbol", symLabels, symValues);
    m_mode = combo("ruleMode", {tr("All modes"), tr("scalp"), tr("day"), tr("swing")},
        {QStringLiteral("*"), QStringLiteral("scalp"), QStringLiteral("day"), QStringLiteral("swing")});
    const QStringList kindLabels {tr("Bias crosses a threshold"), tr("Bias enters / leaves a range"),
        tr("Confidence at least x with a bias sign"), tr("A category changes state"),
        tr("Price near an estimated liquidation band"), tr("Liquidation cascade starts"),
        tr("Realized liquidation of at least a notional"), tr("Funding beyond ±x"),
        tr("Price touches a zone"), tr("A zone is broken"), tr("Price crosses a level")};
    QStringList kindValues;
    for (int i = 0; i < alerts::kConditionKindCount; ++i)
        kindValues << sv(alerts::kindName(K(i)));
    m_kind = combo("ruleKind", kindLabels, kindValues);
    m_direction = combo("ruleDirection", {tr("above"), tr("below"), tr("either")},
        {QStringLiteral("above"), QStringLiteral("below"), QStringLiteral("either")});
    m_event = combo("ruleEvent", {tr("enters the range"), tr("leaves the range")},
        {QStringLiteral("enters"), QStringLiteral("leaves")});
    m_threshold = spin("ruleThreshold", -1e12, 1e12, 6);
    m_low = spin("ruleLow", -100, 100, 2);
    m_high = spin("ruleHigh", -100, 100, 2);
    m_side = combo("ruleSide", {tr("any"), tr("long"), tr("short")},
        {QStringLiteral("any"), QStringLiteral("long"), QStringLiteral("short")});
    m_unit = combo(
        "ruleUnit", {tr("% of price"), tr("ATR")}, {QStringLiteral("percent"), QStringLiteral("atr")});
    m_category = new QLineEdit;
    m_category->setObjectName(QStringLiteral("ruleCategory"));
    m_fromState = new QLineEdit;
    m_toState = new QLineEdit;
    m_trigger
        = combo("ruleTrigger", {tr("every time (with cooldown)"), tr("once"), tr("once per mode cycle")},
            {QStringLiteral("every_time"), QStringLiteral("once"), QStringLiteral("once_per_cycle")});
    m_cooldown = new QSpinBox;
    m_cooldown->setObjectName(QStringLiteral("ruleCooldown"));
    m_cooldown->setRange(0, 7 * 24 * 3600);
    m_cooldown->setSuffix(tr(" s"));
    m_hysteresis = spin("ruleHysteresis", -1, 1e9, 4);
    m_hysteresis->setSpecialValueText(tr("default of the kind"));
    m_hysteresis->setValue(-1);
    m_hysteresis->setToolTip(tr("How far the value must move back past the threshold before the rule can "
                                "fire again (default: 2 points for bias/confidence, 2 % of the threshold "
                                "otherwise)."));
    m_expires = new QCheckBox(tr("expires at (UTC)"));
    m_expiry = new QDateTimeEdit(QDateTime::currentDateTimeUtc().addDays(7));
    m_expiry->setTimeSpec(Qt::UTC);
    m_expiry->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_message = new QLineEdit;
    m_message->setObjectName(QStringLiteral("ruleMessage"));
    m_message->setToolTip(tr("Placeholders: {symbol} {mode} {value} {threshold} {name} {direction} {state} "
                             "{side} {price} {zone} {replay}; empty = the kind's default."));
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("ruleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #ff6b6b;"));

    m_form->addRow(tr("Name"), m_name);
    m_form->addRow(tr("Symbol"), m_symbol);
    m_form->addRow(tr("Condition"), m_kind);
    m_form->addRow(tr("Mode"), m_mode);
    m_form->addRow(tr("Direction"), m_direction);
    m_form->addRow(tr("Range event"), m_event);
    m_form->addRow(tr("Threshold"), m_threshold);
    m_form->addRow(tr("Range low"), m_low);
    m_form->addRow(tr("Range high"), m_high);
    m_form->addRow(tr("Side"), m_side);
    m_form->addRow(tr("Distance unit"), m_unit);
    m_form->addRow(tr("Category"), m_category);
    m_form->addRow(tr("From state"), m_fromState);
    m_form->addRow(tr("To state"), m_toState);
    m_form->addRow(tr("Trigger"), m_trigger);
    m_form->addRow(tr("Cooldown"), m_cooldown);
    m_form->addRow(tr("Hysteresis"), m_hysteresis);
    m_form->addRow(m_expires, m_expiry);
    m_form->addRow(tr("Message"), m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &RuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RuleDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &RuleDialog::updateVisibleFields);
    connect(m_trigger, &QComboBox::currentIndexChanged, this, &RuleDialog::updateVisibleFields);
    connect(m_expires, &QCheckBox::toggled, m_expiry, &QWidget::setEnabled);
    m_expiry->setEnabled(false);
    updateVisibleFields();
}

void RuleDialog::setRow(QWidget* field, bool visible)
{
    m_form->setRowVisible(field, visible);
}

void RuleDialog::updateVisibleFields()
{
    const K k = K(m_kind->currentIndex());
    const bool sided
        = k == K::Confidence || k == K::BandProximity || k == K::CascadeStart || k == K::RealizedLiquidation;
    setRow(m_mode, alerts::usesMode(k));
    setRow(m_direction, k == K::BiasCross || k == K::PriceCross);
    setRow(m_event, k == K::BiasRange);
    setRow(m_threshold,
        k != K::BiasRange && k != K::CategoryState && k != K::CascadeStart && k != K::ZoneTouched
            && k != K::ZoneBroken);
    setRow(m_low, k == K::BiasRange);
    setRow(m_high, k == K::BiasRange);
    setRow(m_side, sided);
    setRow(m_unit, k == K::BandProximity);
    setRow(m_category, k == K::CategoryState);
    setRow(m_fromState, k == K::CategoryState);
    setRow(m_toState, k == K::CategoryState);
    setRow(m_cooldown, m_trigger->currentData().toString() == QLatin1String("every_time"));
    m_threshold->setDecimals(k == K::Funding ? 6 : 2);
    m_message->setPlaceholderText(QString::fromStdString(alerts::defaultMessage(k)));
    m_hint->setText(thresholdHint(k));
    m_error->clear();
    if (isVisible())
        adjustSize();
}

void RuleDialog::setRule(const alerts::Rule& r)
{
    m_id = r.id;
    m_name->setText(QString::fromStdString(r.name));
    select(m_symbol, QString::fromStdString(r.symbol));
    select(m_mode, QString::fromStdString(r.mode));
    m_kind->setCurrentIndex(int(r.condition.kind));
    select(m_direction, sv(alerts::directionName(r.condition.direction)));
    select(m_event,
        r.condition.direction == alerts::Direction::Below ? QStringLiteral("leaves")
                                                          : QStringLiteral("enters"));
    m_threshold->setValue(r.condition.threshold);
    m_low->setValue(r.condition.low);
    m_high->setValue(r.condition.high);
    select(m_side, sv(alerts::sideName(r.condition.side)));
    select(m_unit, sv(alerts::unitName(r.condition.unit)));
    m_category->setText(QString::fromStdString(r.condition.category));
    m_fromState->setText(QString::fromStdString(r.condition.fromState));
    m_toState->setText(QString::fromStdString(r.condition.toState));
    select(m_trigger, sv(alerts::triggerName(r.trigger)));
    m_cooldown->setValue(int(r.cooldownMs / 1000));
    m_hysteresis->setValue(r.condition.hysteresis.value_or(-1));
    m_expires->setChecked(r.expiresAt.has_value());
    if (r.expiresAt)
        m_expiry->setDateTime(QDateTime::fromMSecsSinceEpoch(*r.expiresAt, Qt::UTC));
    m_message->setText(QString::fromStdString(r.message));
    updateVisibleFields();
}

alerts::Rule RuleDialog::rule() const
{
    alerts::Rule r;
    r.id = m_id;
    r.name = m_name->text().trimmed().toStdString();
    r.symbol = m_symbol->currentData().toString().toStdString();
    r.condition.kind = K(m_kind->currentIndex());
    r.mode = alerts::usesMode(r.condition.kind) ? m_mode->currentData().toString().toStdString() : "*";
    r.condition.direction = alerts::parseDirection(m_direction->currentData().toString().toStdString())
                                .value_or(alerts::Direction::Above);
    if (r.condition.kind == K::BiasRange)
        r.condition.direction = m_event->currentData().toString() == QLatin1String("leaves")
            ? alerts::Direction::Below
            : alerts::Direction::Above;
    r.condition.threshold = m_threshold->value();
    r.condition.low = m_low->value();
    r.condition.high = m_high->value();
    r.condition.side
        = alerts::parseSide(m_side->currentData().toString().toStdString()).value_or(alerts::SideFilter::Any);
    r.condition.unit = alerts::parseUnit(m_unit->currentData().toString().toStdString())
                           .value_or(alerts::DistanceUnit::Percent);
    if (r.condition.kind == K::CategoryState) {
        r.condition.category = m_category->text().trimmed().toStdString();
        r.condition.fromState = m_fromState->text().trimmed().toStdString();
        r.condition.toState = m_toState->text().trimmed().toStdString();
    }
    if (m_hysteresis->value() >= 0)
        r.condition.hysteresis = m_hysteresis->value();
    r.trigger = alerts::parseTrigger(m_trigger->currentData().toString().toStdString())
                    .value_or(alerts::Trigger::EveryTime);
    r.cooldownMs = r.trigger == alerts::Trigger::EveryTime ? TimeMs(m_cooldown->value()) * 1000 : 0;
    if (m_expires->isChecked())
        r.expiresAt = m_expiry->dateTime().toMSecsSinceEpoch();
    r.message = m_message->text().toStdString();
    return r;
}

QString RuleDialog::validate() const
{
    alerts::Rule r = rule();
    if (r.id.empty())
        r.id = "new-rule";
    const store::RulesParseResult parsed = store::parseRules(store::rulesToJson({r}), tr("this rule"));
    QString error = parsed.error;
    // The reader names the rule by its place in a file; here there is only this one.
    error.replace(
        QStringLiteral(" rules[0] (id \"%1\").").arg(QString::fromStdString(r.id)), QStringLiteral(" "));
    return error;
}

QString RuleDialog::errorText() const
{
    return m_error->text();
}

void RuleDialog::accept()
{
    const QString error = validate();
    m_error->setText(error);
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace perp
