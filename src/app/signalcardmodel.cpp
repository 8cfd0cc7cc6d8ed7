// SPDX-License-Identifier: MIT
#include "signalcardmodel.h"

#include "signalstyle.h"
#include "theme.h"

#include <QFont>
#include <array>

namespace perp {

namespace {
const std::vector<sig::CardValue> kNoCards;
} // namespace

void SignalCardModel::setSnapshot(const sig::SignalSnapshotPtr& snapshot, sig::Mode mode)
{
    const std::vector<sig::CardValue>* cards
        = snapshot && snapshot->catalog ? &snapshot->chart.cards[static_cast<std::size_t>(mode)] : &kNoCards;
    const bool sameRows = m_cards && m_snapshot && snapshot && m_cards->size() == cards->size()
        && m_snapshot->catalog == snapshot->catalog;
    if (!sameRows) {
        beginResetModel();
        m_snapshot = snapshot;
        m_mode = mode;
        m_cards = cards;
        endResetModel();
        return;
    }
    m_snapshot = snapshot;
    m_mode = mode;
    m_cards = cards;
    if (!m_cards->empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SignalCardModel::validRows() const
{
    int n = 0;
    if (m_cards)
        for (const auto& v : *m_cards)
            n += v.valid ? 1 : 0;
    return n;
}

int SignalCardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_cards ? 0 : static_cast<int>(m_cards->size());
}

int SignalCardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const sig::CardInfo& SignalCardModel::info(const sig::CardValue& v) const
{
    return m_snapshot->catalog->at(v.card);
}

QString SignalCardModel::missingText(const sig::CardValue& v) const
{
    QStringList inputs;
    for (std::uint32_t bit = 1; bit < (1u << sig::kInputCount); bit <<= 1)
        if (v.missing & bit)
            inputs << QString::fromLatin1(
                sig::inputName(bit).data(), static_cast<qsizetype>(sig::inputName(bit).size()));
    return inputs.isEmpty() ? tr("not enough history on this timeframe yet")
                            : tr("missing or stale input: %1").arg(inputs.join(QStringLiteral(", ")));
}

QVariant SignalCardModel::display(const sig::CardValue& v, int column) const
{
    const sig::CardInfo& c = info(v);
    switch (column) {
    case CategoryColumn:
        return SignalText::categoryTitle(c.category);
    case NameColumn:
        return QString::fromStdString(c.name);
    case WeightColumn:
        return QStringLiteral("%1×").arg(v.weight, 0, 'f', 2);
    case HitRateColumn:
        return v.calls >= 1 ? SignalText::percent(100.0 * v.hitRate, 1) : QStringLiteral("—");
    }
    if (!v.valid)
        return column == ValueColumn ? tr("missing") : QStringLiteral("—");
    switch (column) {
    case ValueColumn:
        return QString::number(v.raw, 'g', 3);
    case ZColumn:
        return QStringLiteral("%1%2").arg(v.z > 0 ? QStringLiteral("+") : QString()).arg(v.z, 0, 'f', 2);
    case DirectionColumn:
        return v.direction > 0 ? QStringLiteral("▲")
                               : (v.direction < 0 ? QStringLiteral("▼") : QStringLiteral("·"));
    case StrengthColumn:
        return SignalText::percent(100.0 * v.strength);
    case ConfidenceColumn:
        return SignalText::percent(100.0 * v.confidence);
    }
    return {};
}

QVariant SignalCardModel::sortValue(const sig::CardValue& v, int column) const
{
    switch (column) {
    case CategoryColumn:
        return static_cast<int>(info(v).category) * 1000 + v.card;
    case NameColumn:
        return QString::fromStdString(info(v).name);
    case WeightColumn:
        return static_cast<double>(v.weight);
    case HitRateColumn:
        return v.calls >= 1 ? static_cast<double>(v.hitRate) : -1.0;
    }
    if (!v.valid)
        return -1e30;
    switch (column) {
    case ValueColumn:
        return static_cast<double>(v.raw);
    case ZColumn:
        return static_cast<double>(v.z);
    case DirectionColumn:
        return static_cast<int>(v.direction);
    case StrengthColumn:
        return static_cast<double>(v.strength);
    case ConfidenceColumn:
        return static_cast<double>(v.confidence);
    }
    return {};
}

QVariant SignalCardModel::toolTip(const sig::CardValue& v, int column) const
{
    const sig::CardInfo& c = info(v);
    const QString name = QString::fromStdString(c.name);
    const auto q = [](const std::string& s) { return QString::fromStdString(s).toHtmlEscaped(); };
    switch (column) {
    case CategoryColumn:
    case NameColumn:
        return tr("<b>%1</b> <i>(%2, %3)</i><p><b>Measures:</b> %4</p><p><b>How to read it:</b> %5</p>"
                  "<p><b>Formula:</b> <code>%6</code></p>")
            .arg(q(c.name), SignalText::categoryTitle(c.category), q(c.id), q(c.measures), q(c.reading),
                q(c.formula));
    case WeightColumn:
        return tr("%1: weight %2 in %3 mode.<p>%4</p>")
            .arg(name, QString::number(v.weight, 'f', 3), SignalText::modeTitle(m_mode),
                SignalText::weightHelp());
    case HitRateColumn:
        return tr("%1: hit rate %2 over %3 scored calls (forgotten slowly), rank IC %4.<p>%5</p>")
            .arg(name, v.calls >= 1 ? SignalText::percent(100.0 * v.hitRate, 1) : QStringLiteral("—"),
                QString::number(v.calls, 'f', 0), QString::number(v.ic, 'f', 3), SignalText::hitRateHelp());
    }
    if (!v.valid)
        return tr("%1: no reading in %2 mode (%3). Missing data lowers confidence; it is never made up.")
            .arg(name, SignalText::modeTitle(m_mode), missingText(v));
    switch (column) {
    case ValueColumn:
        return tr("%1: raw value %2 on the mode's main timeframe (positive = bullish, negative = bearish). "
                  "Formula: %3")
            .arg(name, QString::number(v.raw, 'g', 6), q(c.formula));
    case ZColumn:
        return tr("%1: z = %2, the raw value divided by its rolling standard deviation over the mode's "
                  "lookback. |z| below %3 counts as flat; at %4 and beyond the strength is full.")
            .arg(name, QString::number(v.z, 'f', 3), QString::number(sig::kDeadBand),
                QString::number(sig::kFullStrengthZ));
    case DirectionColumn:
        return tr("%1: %2. Direction from the sign of z outside the dead band: ▲ long (bullish), ▼ short "
                  "(bearish), · flat.")
            .arg(name, v.direction > 0 ? tr("long") : (v.direction < 0 ? tr("short") : tr("flat")));
    case StrengthColumn:
        return tr("%1: strength %2 = (|z| - %3) / %4, clamped to 0..100%.")
            .arg(name, SignalText::percent(100.0 * v.strength, 1), QString::number(sig::kDeadBand),
                QString::number(sig::kFullStrengthZ - sig::kDeadBand));
    case ConfidenceColumn:
        return tr("%1: confidence %2 = agreement of the 1m, 5m and 1h windows (%3) x data quality (%4: "
                  "freshness, warm-up, timeframe coverage).")
            .arg(name, SignalText::percent(100.0 * v.confidence, 1), SignalText::percent(100.0 * v.agreement),
                SignalText::percent(100.0 * v.quality));
    }
    return {};
}

QVariant SignalCardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sig::CardValue& v = (*m_cards)[static_cast<std::size_t>(index.row())];
    const int col = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(v, col);
    case SortRole:
        return sortValue(v, col);
    case Qt::ToolTipRole:
        return toolTip(v, col);
    case CategoryRole:
        return static_cast<int>(info(v).category);
    case CardIdRole:
        return QString::fromStdString(info(v).id);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            col <= NameColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (col == DirectionColumn && v.valid && v.direction != 0)
            return v.direction > 0 ? theme::kUp : theme::kDown;
        if (!v.valid || col == CategoryColumn)
            return theme::kMutedText;
        return {};
    }
    return {};
}

QVariant SignalCardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        static const std::array<const char*, ColumnCount> names {QT_TR_NOOP("Category"), QT_TR_NOOP("Signal"),
            QT_TR_NOOP("Value"), QT_TR_NOOP("z"), QT_TR_NOOP("Dir"), QT_TR_NOOP("Str"), QT_TR_NOOP("Conf"),
            QT_TR_NOOP("Weight"), QT_TR_NOOP("Hit")};
        return tr(names[static_cast<std::size_t>(section)]);
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CategoryColumn:
            return tr("One of the 25 signal categories");
        case NameColumn:
            return tr("The signal; hover a name for what it measures, how to read it and its formula");
        case ValueColumn:
            return tr("Raw value on the mode's main timeframe; positive is bullish");
        case ZColumn:
            return tr("Raw value / rolling standard deviation over the mode's lookback");
        case DirectionColumn:
            return tr("Direction: ▲ long, ▼ short, · flat (|z| in the dead band)");
        case StrengthColumn:
            return tr("Strength 0..100%, from |z|");
        case ConfidenceColumn:
            return tr("Confidence 0..100%: timeframe agreement x data quality");
        case WeightColumn:
            return SignalText::weightHelp();
        case HitRateColumn:
            return SignalText::hitRateHelp();
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            section <= NameColumn ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace perp
