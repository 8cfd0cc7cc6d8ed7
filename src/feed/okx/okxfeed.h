// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"
#include "feed/feedsource.h"
#include "feed/net/feedhealth.h"
#include "feed/net/klinebackfill.h"
#include "feed/net/localbook.h"
#include "feed/net/restclient.h"
#include "feed/net/tradetracker.h"
#include "feed/net/wsconnection.h"
#include "okxparser.h"

#include <QElapsedTimer>
#include <QTimer>
#include <deque>
#include <map>
#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace perp::okx {

// Health stream names: the WebSocket connection and the REST side.
inline const QString kHealthWs = QStringLiteral("public");
inline const QString kHealthRest = QStringLiteral("rest");
inline const QString kHistoryTask = QStringLiteral("OKX 1m history");

struct FeedConfig
{
    QUrl wsUrl {QStringLiteral("wss://ws.okx.com:8443/ws/v5/public")};
    QUrl restBase {QStringLiteral("https://www.okx.com")};
    std::vector<SymbolId> symbols; // empty: the 21 defaults
    int klineBackfill = 300; // 1m candles per symbol fetched on start (0: none); see net::KlineBackfill
    int candlePage = 300; // candles per request (OKX allows at most 300)
    int openInterestPollMs = 10'000; // REST open interest of all swaps (0: stream only)
    bool depth = true; // books5
    int staleTradesMs = 15'000; // no trade on any symbol for this long: reconnect
    int staleBookMs = 10'000; // no books5 message for this long: reconnect
    int pingIntervalMs = 25'000; // text "ping"; OKX closes connections idle for 30 s
    int pongTimeoutMs = 10'000; // no "pong" this long after a ping: reconnect
    int tradeGapGraceMs = 300; // how long a reordered trade may take before REST backfill
    int backfillIntervalMs = 500; // at most one history-trades request per symbol this often
    int backfillDelayMs = 500; // after a reconnect, wait for live trades to flow before REST
    int batchIntervalMs = 50;
    net::WsOptions ws;
    net::RestOptions rest;

    // One base URL for both (e.g. "http://127.0.0.1:9000" for perpscope-mockex):
    // REST at the URL, the WebSocket at ws(s)://same-host/ws/v5/public.
    static FeedConfig forBaseUrl(const QUrl& url);
};

// OKX v5 public SWAP data: trades, liquidation-orders (instType SWAP), funding-rate,
// mark-price, index-tickers, open-interest and books5 on one supervised connection
// with the text ping. Contract sizes become base units with ctVal from
// /api/v5/public/instruments, fetched before the stream opens (the dated built-in
// table is the fallback). Trade ids are consecutive per instrument: a hole (ids
// skipped, a damaged trade frame, a reconnect) is filled from
// /api/v5/market/history-trades, paging down with `after`; duplicates are dropped by id.
class OkxFeed : public FeedSource
{
    Q_OBJECT
public:
    explicit OkxFeed(FeedConfig config, QObject* parent = nullptr);
    ~OkxFeed() override;

    QString description() const override;
    bool canRecord() const override { return true; }
    void setRecorder(std::shared_ptr<record::FrameRecorder> recorder) override;
    net::FeedHealth& health() { return m_health; }
    const net::LocalBook* book(SymbolId id) const;
    const ContractTable& contracts() const { return m_parser.contracts(); }
    std::size_t instrumentsLoaded() const { return m_instrumentsLoaded; }
    std::uint64_t pongs() const { return m_pongs; }
    std::uint64_t tradesBackfilled() const { return m_tradesBackfilled; }

public slots:
    void start() override;
    void stop() override;

private:
    enum class Fetch { Gap, Head, Tail };
    struct PerSymbol
    {
        QString instId; // "BTC-USDT-SWAP"
        net::TradeTracker trades;
        net::LocalBook book;
        bool lostBeforeAnchor = false; // a trade frame was lost before the first trade arrived
        bool wantHead = false; // fetch below the first trade down to the session start
        bool wantTail = false; // fetch the latest trades (after a reconnect or damage)
        bool inFlight = false;
        std::int64_t headCursor = 0; // lowest id fetched below the anchor so far
        int holeTries = 0; // gap fetches in a row that filled nothing
        qint64 lastBackfillMs = -1'000'000;
    };

    void loadInstruments();
    void openStream();
    void onMessage(const QByteArray& text, qint64 receiveUs);
    void salvage(const QByteArray& text);
    void accept(std::vector<MarketEvent>& events, const std::vector<std::int32_t>* counts, bool fromRest);
    bool firstLiquidation(const Liquidation& l);
    void maintain();
    void requestTrades(SymbolId id, Fetch kind);
    void pollOpenInterest();
    void sendPing();
    void flush();
    void onUnavailable(const QString& message);
    void noteRestError(const QString& message);
    PerSymbol* symbol(SymbolId id);

    FeedConfig m_config;
    net::FeedHealth m_health;
    net::RestClient m_rest;
    std::unique_ptr<net::WsConnection> m_ws;
    net::KlineBackfill* m_klines; // child
    Parser m_parser;
    std::map<SymbolId, PerSymbol> m_symbols;
    std::unordered_map<std::string, SymbolId> m_byInstId;
    // Liquidations carry no id: a repeated (symbol, time, price, size, side) is a duplicate.
    std::unordered_set<std::uint64_t> m_liqSeen;
    std::deque<std::uint64_t> m_liqOrder;
    std::vector<MarketEvent> m_scratch;
    std::vector<MarketEvent> m_pending;
    QTimer m_flushTimer {this}, m_maintainTimer {this}, m_oiTimer {this}, m_pingTimer {this};
    QElapsedTimer m_clock;
    qint64 m_pingSentMs = -1; // -1: no ping waiting for its pong
    std::uint64_t m_frameNo = 0;
    // Exchange clock at start (GET /api/v5/public/time), else the first message's time:
    // REST trades older than that are history, not holes.
    TimeMs m_sessionStartMs = -1;
    std::size_t m_instrumentsLoaded = 0;
    std::uint64_t m_pongs = 0;
    std::uint64_t m_tradesBackfilled = 0;
    bool m_running = false;
};

} // namespace perp::okx
