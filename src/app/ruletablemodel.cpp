// SPDX-License-Identifier: MIT
#include "ruletablemodel.h"

#include <QCoreApplication>

#include <algorithm>

namespace perp {

namespace {

bool isRowOf(const QAbstractItemModel& m, const QModelIndex& index)
{
    return index.isValid() && index.model() == &m && !index.parent().isValid() && index.row() < m.rowCount()
        && index.column() < m.columnCount();
}

} // namespace

namespace {

QString num(double v)
{
    return QString::number(v, 'g', 10);
}

QString dirText(alerts::Direction d)
{
    switch (d) {
    case alerts::Direction::Above:
        return QCoreApplication::translate("perp::RuleTableModel", "above");
    case alerts::Direction::Below:
        return QCoreApplication::translate("perp::RuleTableModel", "below");
    case alerts::Direction::Either:
        break;
    }
    return QCoreApplication::translate("perp::RuleTableModel", "either way");
}

QString sideText(alerts::SideFilter s)
{
    switch (s) {
    case alerts::SideFilter::Long:
        return QCoreApplication::translate("perp::RuleTableModel", " (longs)");
    case alerts::SideFilter::Short:
        return QCoreApplication::translate("perp::RuleTableModel", " (shorts)");
    case alerts::SideFilter::Any:
        break;
    }
    return {};
}

} // namespace

RuleTableModel::RuleTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    registerAlertTypes();
}

int RuleTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RuleTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RuleTableModel::describe(const alerts::Rule& rule)
{
    using K = alerts::ConditionKind;
    const alerts::Condition& c = rule.condition;
    switch (c.kind) {
    case K::BiasCross:
        return tr("bias crosses %1 %2").arg(dirText(c.direction), num(c.threshold));
    case K::BiasRange:
        return tr("bias %1 range %2 .. %3")
            .arg(c.direction == alerts::Direction::Below      ? tr("leaves")
                    : c.direction == alerts::Direction::Above ? tr("enters")
                                                              : tr("enters or leaves"),
                num(c.low), num(c.high));
    case K::Confidence:
        return tr("confidence at least %1 %%2").arg(num(c.threshold), sideText(c.side));
    case K::CategoryState:
        return tr("category %1 changes state%2%3")
            .arg(QString::fromStdString(c.category),
                c.fromState.empty() ? QString()
                                    : tr(" from %1").arg(QString::fromStdString(c.fromState)),
                c.toState.empty() ? QString()
                                  : tr(" to %1").arg(QString::fromStdString(c.toState)));
    case K::BandProximity:
        return tr("price within %1 %2 of an estimated liquidation band%3")
            .arg(num(c.threshold),
                c.unit == alerts::DistanceUnit::Atr ? QStringLiteral("ATR") : QStringLiteral("%"),
                sideText(c.side));
    case K::CascadeStart:
        return tr("liquidation cascade starts%1").arg(sideText(c.side));
    case K::RealizedLiquidation:
        return tr("realized liquidation of at least %1%2")
            .arg(num(c.threshold), sideText(c.side));
    case K::Funding:
        return tr("funding beyond ±%1 %").arg(num(c.threshold * 100));
    case K::ZoneTouched:
        return tr("price touches a zone");
    case K::ZoneBroken:
        return tr("a zone is broken");
    case K::PriceCross:
        return tr("price crosses %1 %2").arg(dirText(c.direction), num(c.threshold));
    }
    return {};
}

QVariant RuleTableModel::data(const QModelIndex& index, int role) const
{
    if (!isRowOf(*this, index))
        return {};
    const alerts::Rule& r = m_rules[std::size_t(index.row())];
    if (role == Qt::CheckStateRole && index.column() == Enabled)
        return r.enabled ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ToolTipRole) {
        if (index.column() == Enabled)
            return tr("Switch the rule on or off; a disabled rule never fires.");
        return tr("%1 — %2. Message: %3")
            .arg(QString::fromStdString(r.id), describe(r),
                QString::fromStdString(
                    r.message.empty() ? alerts::defaultMessage(r.condition.kind) : r.message));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return QString::fromStdString(r.name.empty() ? r.id : r.name);
    case Symbol:
        return r.symbol == "*" ? tr("all") : QString::fromStdString(r.symbol);
    case Mode:
        return alerts::usesMode(r.condition.kind)
            ? (r.mode == "*" ? tr("all") : QString::fromStdString(r.mode))
            : QStringLiteral("—");
    case Condition:
        return describe(r);
    case Trigger: {
        QString t = QString::fromLatin1(
            alerts::triggerName(r.trigger).data(), int(alerts::triggerName(r.trigger).size()));
        t.replace(QLatin1Char('_'), QLatin1Char(' '));
        if (r.trigger == alerts::Trigger::EveryTime && r.cooldownMs > 0)
            t += tr(", cooldown %1 s").arg(r.cooldownMs / 1000);
        return t;
    }
    default:
        return {};
    }
}

QVariant RuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char* names[] = {"On", "Rule", "Symbol", "Mode", "Condition", "Trigger"};
    static const char* tips[] = {"Enabled rules are evaluated on every engine cycle.", "Rule name (or id).",
        "Symbol, or all symbols of the watchlist.",
        "Signal mode (scalp, day, swing) for bias and confidence rules.",
        "What has to happen for the rule to fire.",
        "once; every_time (with a cooldown); once_per_cycle of the mode's composite."};
    if (role == Qt::DisplayRole)
        return tr(names[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

Qt::ItemFlags RuleTableModel::flags(const QModelIndex& index) const
{
    if (!isRowOf(*this, index))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Enabled)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool RuleTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::CheckStateRole || index.column() != Enabled || !isRowOf(*this, index))
        return false;
    setEnabled(index.row(), value.toInt() == Qt::Checked);
    return true;
}

void RuleTableModel::resetRules(const RuleList& rules)
{
    beginResetModel();
    m_rules = rules;
    endResetModel();
}

std::string RuleTableModel::uniqueId(const std::string& wanted) const
{
    auto taken = [this](const std::string& id) {
        return std::any_of(m_rules.begin(), m_rules.end(), [&](const alerts::Rule& r) { return r.id == id; });
    };
    const std::string base = wanted.empty() ? std::string("rule") : wanted;
    if (!wanted.empty() && !taken(wanted))
        return wanted;
    for (int n = 1;; ++n) {
        const std::string id = base + "-" + std::to_string(n);
        if (!taken(id))
            return id;
    }
}

int RuleTableModel::addRule(alerts::Rule rule)
{
    rule.id = uniqueId(rule.id);
    const int row = int(m_rules.size());
    beginInsertRows({}, row, row);
    m_rules.push_back(std::move(rule));
    endInsertRows();
    emit rulesEdited(m_rules);
    return row;
}

void RuleTableModel::replaceRule(int row, alerts::Rule rule)
{
    if (row < 0 || row >= rowCount())
        return;
    rule.id = m_rules[std::size_t(row)].id; // an edit keeps the id (and the log's references)
    m_rules[std::size_t(row)] = std::move(rule);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit rulesEdited(m_rules);
}

void RuleTableModel::removeRule(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    beginRemoveRows({}, row, row);
    m_rules.erase(m_rules.begin() + row);
    endRemoveRows();
    emit rulesEdited(m_rules);
}

void RuleTableModel::setEnabled(int row, bool enabled)
{
    if (row < 0 || row >= rowCount() || m_rules[std::size_t(row)].enabled == enabled)
        return;
    m_rules[std::size_t(row)].enabled = enabled;
    emit dataChanged(index(row, Enabled), index(row, ColumnCount - 1));
    emit rulesEdited(m_rules);
}

void RuleTableModel::replaceAll(const RuleList& rules)
{
    resetRules(rules);
    emit rulesEdited(m_rules);
}

} // namespace perp
