// SPDX-License-Identifier: MIT
#pragma once

#include "bybitparser.h"
#include "core/candle.h"
#include "feed/feedsource.h"
#include "feed/net/feedhealth.h"
#include "feed/net/klinebackfill.h"
#include "feed/net/localbook.h"
#include "feed/net/restclient.h"
#include "feed/net/wsconnection.h"

#include <QElapsedTimer>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>
#include <unordered_set>

namespace perp::bybit {

struct FeedConfig
{
    QUrl wsUrl {QStringLiteral("wss://stream.bybit.com/v5/public/linear")};
    QUrl restBase {QStringLiteral("https://api.bybit.com")};
    std::vector<SymbolId> symbols; // empty: the 21 defaults
    int klineBackfill = 200; // 1m candles per symbol fetched on start (0: none); see net::KlineBackfill
    // Maintenance-margin tiers (/v5/market/risk-limit) fetched on start and this often
    // after (0: never), handed on as FeedSource::marginTiersReady.
    int riskLimitRefreshMs = 6 * 3'600'000;
    bool depth = true; // orderbook.50
    int staleTradesMs = 15'000; // no publicTrade on any symbol for this long: reconnect
    int staleBookMs = 10'000; // no orderbook message for this long: reconnect
    // After a reconnect a symbol's trades are fetched from REST as soon as its first live trade
    // arrives (so the page overlaps the live stream); quiet symbols are fetched after this delay.
    int backfillDelayMs = 500;
    int batchIntervalMs = 50;
    std::size_t rememberTradeIds = 100'000; // per symbol, for dropping duplicates
    // stableAfterMs 1 s: a dropped connection that worked for 1 s is reopened after the base
    // backoff; at worst one connection per ~1.2 s, 250 per 5 min (Bybit allows 500).
    net::WsOptions ws {.stableAfterMs = 1000};
    net::RestOptions rest;

    // One base URL for both (e.g. "http://127.0.0.1:9000" for perpscope-mockex).
    static FeedConfig forBaseUrl(const QUrl& url);
};

// Bybit v5 public linear: publicTrade, allLiquidation, tickers (merged) and
// orderbook.50 on one supervised connection with the 20 s ping. Trade ids are UUIDs,
// so holes cannot be seen in the ids: after a reconnect or a damaged trade frame the
// last 1000 trades are fetched from /v5/market/recent-trade and merged by id. That
// endpoint has no paging: when a full page holds no trade seen before, older trades of
// the gap may be lost, and FeedHealth counts it (gapsUnrecoverable) with the time span.
// A damaged or out-of-order book message re-subscribes the book for a fresh snapshot.
class BybitFeed : public FeedSource
{
    Q_OBJECT
public:
    explicit BybitFeed(FeedConfig config, QObject* parent = nullptr);
    ~BybitFeed() override;

    QString description() const override;
    bool canRecord() const override { return true; }
    void setRecorder(std::shared_ptr<record::FrameRecorder> recorder) override;
    net::FeedHealth& health() { return m_health; }
    const net::LocalBook* book(SymbolId id) const;

public slots:
    void start() override;
    void stop() override;

private:
    struct PerSymbol
    {
        QString name;
        std::unordered_set<std::int64_t> seen;
        std::deque<std::int64_t> seenOrder;
        net::LocalBook book;
        bool bookValid = false;
        bool backfillInFlight = false;
        bool backfillOnNextTrade = false; // reconnected: fetch REST once a live trade arrived
        TimeMs lastTradeMs = -1; // exchange time of the newest trade accepted
        TimeMs gapFromMs = -1; // lastTradeMs when the connection was lost, -1 if none pending
    };

    void onMessage(const QByteArray& text, qint64 receiveUs);
    void salvage(const QByteArray& text);
    void accept(std::vector<MarketEvent>& events, bool fromRest);
    bool remember(PerSymbol& s, std::int64_t id);
    void resubscribeBook(SymbolId id);
    void requestBackfill(SymbolId id);
    // After a recent-trade page: count an unrecoverable gap when the page may not reach back.
    void checkPageCoverage(PerSymbol& s, const std::vector<MarketEvent>& page, TimeMs gapFromMs);
    // One page of /v5/market/risk-limit; the last page hands the tiers on.
    void fetchRiskLimits(const QString& cursor);
    void flush();
    void onUnavailable(const QString& message);
    QString subscribeFrame(const QString& op, const QStringList& topics) const;

    FeedConfig m_config;
    net::FeedHealth m_health;
    net::RestClient m_rest;
    std::unique_ptr<net::WsConnection> m_ws;
    net::KlineBackfill* m_klines; // child
    Parser m_parser;
    std::map<SymbolId, PerSymbol> m_symbols;
    std::vector<MarketEvent> m_scratch;
    std::vector<MarketEvent> m_pending;
    QTimer m_flushTimer {this};
    QTimer m_riskTimer {this};
    std::map<std::string, std::vector<MarginTier>> m_riskPages; // tiers of the pages so far
    bool m_riskInFlight = false;
    int m_riskPagesRead = 0;
    std::uint64_t m_frameNo = 0;
    // Exchange time of the first message of this session (-1 before it): REST trades
    // older than that are history, not holes.
    TimeMs m_sessionStartMs = -1;
    mutable int m_reqId = 0;
    bool m_running = false;
};

} // namespace perp::bybit
