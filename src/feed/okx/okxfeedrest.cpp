// SPDX-License-Identifier: MIT
// OkxFeed, REST side: instruments (ctVal), history-trades backfill and open-interest
// polling (the 1m kline backfill is net::KlineBackfill). The stream side is in okxfeed.cpp.
#include "okxfeed.h"

#include "okxrest.h"

namespace perp::okx {

namespace {

constexpr int kTradePage = 100; // history-trades limit
constexpr int kHoleTries = 3; // empty answers before a hole counts as missing on the exchange too

std::string_view view(const QByteArray& b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

} // namespace

void OkxFeed::loadInstruments()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("instType"), QStringLiteral("SWAP"));
    m_rest.get(QStringLiteral("/api/v5/public/instruments"), q, [this](const net::RestReply& reply) {
        if (!m_running)
            return;
        if (reply.status == 403) {
            onUnavailable(QStringLiteral("OKX refuses connections from this location (HTTP 403)"));
            return;
        }
        const QString fallback = QStringLiteral("; using the built-in contract values (dated)");
        if (!reply.ok) {
            noteRestError(reply.error + fallback);
        } else {
            const feed::Frame f {view(reply.body), nowUs(), "okx /api/v5/public/instruments", 0};
            const feed::ParseResult r = readInstruments(f, m_parser.contracts(), m_instrumentsLoaded);
            if (!r.ok())
                noteRestError(QString::fromStdString(r.error->toString()) + fallback);
            else
                m_health.noteMessage(kHealthRest, 0);
        }
        openStream();
    });
}

void OkxFeed::requestTrades(SymbolId id, Fetch kind)
{
    PerSymbol& s = m_symbols[id];
    s.inFlight = true;
    s.lastBackfillMs = m_clock.elapsed();
    if (kind == Fetch::Tail)
        s.wantTail = false;
    // Pages go down from `after` (exclusive), newest first.
    const std::int64_t after = kind == Fetch::Gap ? s.trades.firstAhead()
        : kind == Fetch::Head                     ? s.headCursor
                                                  : 0;
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("instId"), s.instId);
    q.addQueryItem(QStringLiteral("limit"), QString::number(kTradePage));
    if (after > 0) {
        q.addQueryItem(QStringLiteral("type"), QStringLiteral("1"));
        q.addQueryItem(QStringLiteral("after"), QString::number(after));
    }
    m_rest.get(QStringLiteral("/api/v5/market/history-trades"), q,
        [this, id, kind, after](const net::RestReply& reply) {
            PerSymbol& sym = m_symbols[id];
            sym.inFlight = false;
            if (!m_running)
                return;
            if (!reply.ok) {
                noteRestError(reply.error);
                sym.wantTail |= kind == Fetch::Tail && reply.status != 451;
                return;
            }
            const feed::Frame f {view(reply.body), nowUs(), "okx /api/v5/market/history-trades", 0};
            std::vector<MarketEvent> events;
            const feed::ParseResult r = readTrades(f, m_parser.contracts(), events);
            if (!r.ok()) {
                noteRestError(QString::fromStdString(r.error->toString()));
                return;
            }
            m_health.noteMessage(kHealthRest, 0);
            const bool fullPage = events.size() >= static_cast<std::size_t>(kTradePage);
            if (kind == Fetch::Head) {
                bool reachedStart = !fullPage;
                for (const MarketEvent& e : events) {
                    const auto& t = std::get<Trade>(e);
                    reachedStart |= t.h.exchangeTime < m_sessionStartMs;
                    sym.headCursor = std::min(sym.headCursor, t.id);
                }
                sym.wantHead = !reachedStart;
            }
            const std::int64_t holeLow = sym.trades.contiguous();
            const std::uint64_t before = m_tradesBackfilled;
            accept(events, nullptr, true);
            if (m_tradesBackfilled > before)
                m_health.noteGapBackfilled(kHealthWs);
            if (kind == Fetch::Gap) {
                const bool progressed
                    = sym.trades.contiguous() != holeLow || sym.trades.firstAhead() != after;
                sym.holeTries = progressed ? 0 : sym.holeTries + 1;
                if (sym.holeTries >= kHoleTries && after > holeLow + 1) {
                    // The exchange has no trades with these ids either: account for them and go on.
                    m_health.setMessage(
                        QStringLiteral("OKX %1: trade ids %2..%3 are missing on the exchange too")
                            .arg(sym.instId)
                            .arg(holeLow + 1)
                            .arg(after - 1));
                    for (std::int64_t i = holeLow + 1; i < after; ++i)
                        sym.trades.offer(i, m_clock.elapsed());
                    sym.holeTries = 0;
                }
            }
            if (fullPage && kind != Fetch::Tail)
                sym.lastBackfillMs = -1'000'000; // more below: continue at once
        });
}

void OkxFeed::pollOpenInterest()
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("instType"), QStringLiteral("SWAP"));
    m_rest.get(QStringLiteral("/api/v5/public/open-interest"), q, [this](const net::RestReply& reply) {
        if (!m_running)
            return;
        if (!reply.ok) {
            noteRestError(reply.error);
            return;
        }
        const feed::Frame f {view(reply.body), nowUs(), "okx /api/v5/public/open-interest", 0};
        std::vector<MarketEvent> events;
        const feed::ParseResult r = readOpenInterest(
            f,
            [this](std::string_view inst) -> std::optional<SymbolId> {
                const auto it = m_byInstId.find(std::string(inst));
                return it == m_byInstId.end() ? std::nullopt : std::optional<SymbolId>(it->second);
            },
            events);
        if (!r.ok()) {
            noteRestError(QString::fromStdString(r.error->toString()));
            return;
        }
        m_health.noteMessage(kHealthRest, 0);
        accept(events, nullptr, true);
    });
}

} // namespace perp::okx
