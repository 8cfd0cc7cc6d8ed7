// SPDX-License-Identifier: MIT
#include "feedhealthmodel.h"

#include "displayformat.h"
#include "healthtext.h"

#include <QLocale>
#include <cmath>

namespace perp {

namespace {

// Milliseconds while small, then seconds, minutes, hours, days (a simulated exchange clock
// can be far from the wall clock).
QString lagText(qint64 ms)
{
    const QLocale c = QLocale::c();
    const double a = std::abs(static_cast<double>(ms));
    if (a < 10'000)
        return FeedHealthModel::tr("%1 ms").arg(ms);
    if (a < 120'000)
        return FeedHealthModel::tr("%1 s").arg(c.toString(ms / 1000.0, 'f', 1));
    if (a < 7'200'000)
        return FeedHealthModel::tr("%1 min").arg(c.toString(ms / 60'000.0, 'f', 0));
    if (a < 172'800'000)
        return FeedHealthModel::tr("%1 h").arg(c.toString(ms / 3'600'000.0, 'f', 0));
    return FeedHealthModel::tr("%1 d").arg(c.toString(ms / 86'400'000.0, 'f', 0));
}

} // namespace

void FeedHealthModel::update(const net::FeedHealthSnapshotPtr& snapshot, qint64 nowMs)
{
    if (!snapshot)
        return;
    m_nowMs = nowMs;
    // The rows point into the previous snapshot until they are rebuilt below.
    const net::FeedHealthSnapshotPtr previous = m_byExchange.value(snapshot->exchange);
    m_byExchange.insert(snapshot->exchange, snapshot);
    std::vector<Row> rows;
    for (const auto& s : std::as_const(m_byExchange))
        for (const net::StreamHealth& h : s->streams)
            rows.push_back({s.get(), &h});
    bool sameShape = rows.size() == m_rows.size();
    for (std::size_t i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows[i].feed->exchange == m_rows[i].feed->exchange
            && rows[i].stream->stream == m_rows[i].stream->stream;
    if (sameShape) {
        m_rows = std::move(rows);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const net::FeedHealthSnapshot* FeedHealthModel::snapshot(const QString& exchange) const
{
    const auto it = m_byExchange.find(exchange);
    return it == m_byExchange.end() ? nullptr : it->get();
}

int FeedHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FeedHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeedHealthModel::detail(const Row& r) const
{
    const net::StreamHealth& h = *r.stream;
    if (h.state == net::StreamState::Reconnecting) {
        const QString retry = health::retryText(h, m_nowMs);
        const QString why = h.lastError.isEmpty() ? QString() : h.lastError + QStringLiteral(" — ");
        return why + (retry.isEmpty() ? health::stateText(h.state) : retry);
    }
    if (h.progress >= 0)
        return tr("%1% done · at %2 UTC").arg(qRound(h.progress * 100)).arg(formatUtc(h.positionMs, true));
    if (h.positionMs > 0)
        return tr("feed clock %1 UTC").arg(formatUtc(h.positionMs, true));
    if (h.state == net::StreamState::Unavailable)
        return r.feed->message;
    return {};
}

QVariant FeedHealthModel::raw(const Row& r, int column) const
{
    const net::StreamHealth& h = *r.stream;
    switch (column) {
    case SourceColumn:
        return r.feed->exchange;
    case StreamColumn:
        return h.stream;
    case StateColumn:
        return static_cast<int>(h.state);
    case RateColumn:
        return h.messagesPerSecond;
    case LagColumn:
        return h.lagMs;
    case MessagesColumn:
        return static_cast<qulonglong>(h.messages);
    case ReconnectsColumn:
        return static_cast<qulonglong>(h.reconnects);
    case GapsColumn:
        return static_cast<qulonglong>(h.gapsBackfilled);
    case RejectedColumn:
        return static_cast<qulonglong>(h.rejected);
    case DuplicatesColumn:
        return static_cast<qulonglong>(h.duplicates);
    case LastMessageColumn:
        return h.lastMessageMs;
    case DetailColumn:
        return detail(r);
    }
    return {};
}

QVariant FeedHealthModel::display(const Row& r, int column) const
{
    const net::StreamHealth& h = *r.stream;
    QLocale c = QLocale::c();
    c.setNumberOptions({}); // with group separators: 123,456
    const bool local = health::isLocalSource(*r.feed);
    switch (column) {
    case SourceColumn:
        return health::exchangeTitle(r.feed->exchange);
    case StreamColumn:
        return h.stream;
    case StateColumn:
        return health::stateText(h.state);
    case RateColumn:
        return c.toString(h.messagesPerSecond, 'f', h.messagesPerSecond < 10 ? 1 : 0);
    case LagColumn:
        return local || h.messages == 0 ? QStringLiteral("—") : lagText(h.lagMs);
    case MessagesColumn:
    case ReconnectsColumn:
    case GapsColumn:
    case RejectedColumn:
    case DuplicatesColumn:
        return c.toString(raw(r, column).toULongLong());
    case LastMessageColumn:
        if (h.lastMessageMs <= 0)
            return tr("never");
        return tr("%1 s ago")
            .arg(c.toString(std::max<qint64>(0, m_nowMs - h.lastMessageMs) / 1000.0, 'f', 1));
    case DetailColumn:
        return detail(r);
    }
    return {};
}

QVariant FeedHealthModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& r = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(r, index.column());
    case RawValueRole:
        return raw(r, index.column());
    case Qt::ToolTipRole:
        if (index.column() == StateColumn)
            return health::stateHelp(r.stream->state);
        if (index.column() == DetailColumn && !r.feed->message.isEmpty())
            return tr("%1\nLast event: %2").arg(columnHelp(DetailColumn), r.feed->message);
        return columnHelp(index.column());
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return health::stateColour(r.stream->state);
        if (index.column() == RejectedColumn && r.stream->rejected > 0)
            return health::stateColour(net::StreamState::Reconnecting);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= RateColumn && index.column() <= DuplicatesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant FeedHealthModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole)
        return columnHelp(section);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case StreamColumn:
        return tr("Stream");
    case StateColumn:
        return tr("State");
    case RateColumn:
        return tr("Msgs/s");
    case LagColumn:
        return tr("Lag");
    case MessagesColumn:
        return tr("Messages");
    case ReconnectsColumn:
        return tr("Reconnects");
    case GapsColumn:
        return tr("Gaps filled");
    case RejectedColumn:
        return tr("Rejected");
    case DuplicatesColumn:
        return tr("Duplicates");
    case LastMessageColumn:
        return tr("Last message");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

QString FeedHealthModel::columnHelp(int column)
{
    switch (column) {
    case SourceColumn:
        return tr("The exchange (or the simulator / replay) the row belongs to.");
    case StreamColumn:
        return tr("A connection (Binance \"market\" and \"public\", Bybit \"linear\"), a kind of message "
                  "on it (aggTrade, depth, markPrice ...), the REST pollers (\"rest\"), or for the simulator "
                  "and replay the kind of event.");
    case StateColumn:
        return tr("live: data arriving; connecting; stale: silent too long, being replaced; reconnecting: "
                  "waiting to reconnect; unavailable: the exchange refuses this client; stopped.");
    case RateColumn:
        return tr("Messages (events for the simulator and replay) per second over the last second.");
    case LagColumn:
        return tr("Local receive time minus the exchange's event time of the newest message: network "
                  "delay plus any clock difference. Not applicable to the simulator and replay.");
    case MessagesColumn:
        return tr("Messages received on this stream since start.");
    case ReconnectsColumn:
        return tr("How often this connection was re-established after it ended or went silent.");
    case GapsColumn:
        return tr("Holes found (missing trade ids, order-book sequence breaks) and filled from REST, so no "
                  "trade is lost.");
    case RejectedColumn:
        return tr("Messages that failed to parse or were out of sequence; each is counted and skipped, the "
                  "rest of the stream is unaffected.");
    case DuplicatesColumn:
        return tr("Trades dropped because their id was already seen (e.g. during a reconnect overlap).");
    case LastMessageColumn:
        return tr("Wall-clock time since the last message on this stream.");
    case DetailColumn:
        return tr("What is happening now: the reason a connection ended and the next attempt, or for "
                  "replay the share done and the replay clock, for the simulator its clock.");
    }
    return {};
}

} // namespace perp
