// SPDX-License-Identifier: MIT
#pragma once

#include "binanceparser.h"
#include "core/candle.h"
#include "feed/feedsource.h"
#include "feed/net/depthsync.h"
#include "feed/net/feedhealth.h"
#include "feed/net/klinebackfill.h"
#include "feed/net/restclient.h"
#include "feed/net/tradetracker.h"
#include "feed/net/wsconnection.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <array>
#include <functional>
#include <map>
#include <memory>

namespace perp::binance {

class MetricsPoller;

struct FeedConfig
{
    QUrl wsBase {QStringLiteral("wss://fstream.binance.com")};
    QUrl restBase {QStringLiteral("https://fapi.binance.com")};
    std::vector<SymbolId> symbols; // empty: the 21 defaults
    int openInterestPollMs = 10'000;
    int klineBackfill = 500; // 1m candles per symbol fetched on start (0: none); see net::KlineBackfill
    // 5m points per symbol of openInterestHist and the four ratio series fetched on start
    // (0: none; at most 500, Binance keeps 30 days), and settled funding rates (0: none).
    int metricsBackfill = 288;
    int fundingBackfill = 90;
    // The ratio series (5m periods) are polled this often (0: never).
    int metricsPollMs = 300'000;
    bool depth = true; // diff depth + bookTicker on /public
    int tradeGapGraceMs = 300; // how long a reordered trade may take before REST backfill
    // At most one aggTrades backfill (weight 20) per symbol this often; each fetches up to
    // 1000 trades, so one covers every hole so far. Full pages continue at once.
    int backfillIntervalMs = 1000;
    int depthBehindGraceMs = 500;
    int staleTradesMs = 15'000; // no aggTrade on any symbol for this long: reconnect /market
    int staleMarkMs = 5'000; // markPrice@1s silent this long: reconnect /market
    int staleDepthMs = 5'000; // depth silent this long: reconnect /public
    int batchIntervalMs = 50;
    net::WsOptions ws;
    net::RestOptions rest;

    // One base URL for both (e.g. "http://127.0.0.1:9000" for perpscope-mockex):
    // WebSockets at ws(s)://same-host, REST at the URL itself.
    static FeedConfig forBaseUrl(const QUrl& url);
};

// Binance USD-M live data: /market (aggTrade, markPrice@1s, forceOrder) and /public
// (depth@100ms, bookTicker) combined-stream connections, REST kline backfill, open
// interest polling, history backfill (openInterestHist, fundingRate and the 5m long/short
// and taker ratios, as EventBatch::history batches) with the ratios polled every 5 min,
// U/u/pu depth sync with re-snapshots, trade-id gap backfill from
// /fapi/v1/aggTrades and duplicate dropping by id.
class BinanceFeed : public FeedSource
{
    Q_OBJECT
public:
    explicit BinanceFeed(FeedConfig config, QObject* parent = nullptr);
    ~BinanceFeed() override;

    QString description() const override;
    bool canRecord() const override { return true; }
    void setRecorder(std::shared_ptr<record::FrameRecorder> recorder) override;
    net::FeedHealth& health() { return m_health; }
    const net::LocalBook* book(SymbolId id) const;
    std::int64_t lastContiguousTradeId(SymbolId id) const;
    std::uint64_t tradesEmitted() const { return m_tradesEmitted; }
    std::uint64_t tradesBackfilled() const { return m_tradesBackfilled; }

public slots:
    void start() override;
    void stop() override;

private:
    struct PerSymbol
    {
        QByteArray lower; // "btcusdt"
        net::TradeTracker trades;
        net::DepthSync depth;
        bool backfillWanted = false;
        bool backfillInFlight = false;
        bool snapshotInFlight = false;
        bool synced = false; // had a first snapshot
        bool lostBeforeAnchor = false; // a trade frame was lost before the first trade arrived
        bool headBackfillDone = false;
        bool oiInFlight = false;
        qint64 lastBackfillMs = -1'000'000;
        std::int64_t behindTarget = 0;
        qint64 behindSinceMs = 0;
    };

    void onMessage(const QByteArray& text, qint64 receiveUs, bool market);
    void salvage(const QByteArray& text);
    void accept(std::vector<MarketEvent>& events, bool fromRest);
    void maintain();
    void flush();
    void requestBackfill(SymbolId id);
    // Trades between the session start and the first trade seen (lost before the anchor).
    void requestHeadBackfill(SymbolId id, TimeMs firstTradeTime);
    void requestSnapshot(SymbolId id);
    void pollOpenInterest();
    // GET path?symbol=S for a one-object answer the stream parser reads (openInterest, premiumIndex).
    void fetchSnapshotObject(const QString& path, SymbolId id);
    void onUnavailable(const QString& message);
    PerSymbol* symbol(SymbolId id);
    QUrl streamUrl(const QString& route, const QStringList& streams) const;

    FeedConfig m_config;
    net::FeedHealth m_health;
    net::RestClient m_rest;
    std::unique_ptr<net::WsConnection> m_market;
    std::unique_ptr<net::WsConnection> m_public;
    net::KlineBackfill* m_klines; // child
    MetricsPoller* m_metrics; // child
    Parser m_parser;
    Parser m_restParser;
    std::map<SymbolId, PerSymbol> m_symbols;
    std::vector<MarketEvent> m_scratch;
    std::vector<MarketEvent> m_pending;
    QTimer m_flushTimer {this}, m_maintainTimer {this}, m_oiTimer {this};
    QElapsedTimer m_clock;
    std::uint64_t m_frameNo = 0;
    TimeMs m_sessionStartMs = -1; // exchange clock when start() ran (GET /fapi/v1/time), -1 unknown
    std::uint64_t m_tradesEmitted = 0;
    std::uint64_t m_tradesBackfilled = 0;
    bool m_running = false;
};

} // namespace perp::binance
