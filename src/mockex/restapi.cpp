// SPDX-License-Identifier: MIT
#include "restapi.h"

#include "binancejson.h"
#include "bybitjson.h"
#include "okxjson.h"
#include "okxrestapi.h"

#include <algorithm>

namespace perp::mockex {

namespace {

constexpr int kWeightLimit = 2400;

std::optional<TimeMs> binanceInterval(const QString& i)
{
    static const std::pair<const char*, TimeMs> table[]
        = {{"1m", kMinuteMs}, {"3m", 3 * kMinuteMs}, {"5m", 5 * kMinuteMs}, {"15m", 15 * kMinuteMs},
            {"30m", 30 * kMinuteMs}, {"1h", kHourMs}, {"2h", 2 * kHourMs}, {"4h", 4 * kHourMs},
            {"6h", 6 * kHourMs}, {"8h", 8 * kHourMs}, {"12h", 12 * kHourMs}, {"1d", kDayMs}};
    for (const auto& [name, ms] : table)
        if (i == QLatin1String(name))
            return ms;
    return std::nullopt;
}

std::optional<TimeMs> bybitInterval(const QString& i)
{
    if (i == "D")
        return kDayMs;
    bool ok = false;
    const int minutes = i.toInt(&ok);
    static const int allowed[] = {1, 3, 5, 15, 30, 60, 120, 240, 360, 720};
    if (!ok || std::find(std::begin(allowed), std::end(allowed), minutes) == std::end(allowed))
        return std::nullopt;
    return minutes * kMinuteMs;
}

qint64 num(const HttpRequest& req, const char* key, qint64 fallback)
{
    bool ok = false;
    const qint64 v = req.query.queryItemValue(key).toLongLong(&ok);
    return ok ? v : fallback;
}

HttpResponse binanceError(int status, int code, const QByteArray& msg)
{
    return HttpResponse::json(status, binance::error(code, msg));
}

// The /futures/data selection: points on the period grid within [startTime, endTime],
// at most `limit` (default 30, max 500): the first ones after startTime alone, else the latest.
template <typename P> std::vector<P> periodSlice(const HttpRequest& req, const std::vector<P>& all, TimeMs tf)
{
    const qint64 limit = std::clamp<qint64>(num(req, "limit", 30), 1, 500);
    const TimeMs from = num(req, "startTime", 0);
    const TimeMs to = num(req, "endTime", std::numeric_limits<TimeMs>::max());
    std::vector<P> pts;
    for (const P& p : all)
        if (p.time % tf == 0 && p.time >= from && p.time <= to)
            pts.push_back(p);
    if (static_cast<qint64>(pts.size()) > limit) {
        if (req.query.hasQueryItem("startTime") && !req.query.hasQueryItem("endTime"))
            pts.resize(static_cast<std::size_t>(limit));
        else
            pts.erase(pts.begin(), pts.end() - limit);
    }
    return pts;
}

struct TimedCandle
{
    TimeMs time;
    Candle c;
};

} // namespace

std::vector<Candle> aggregateKlines(
    const std::map<TimeMs, Candle>& oneMinute, TimeMs tfMs, TimeMs from, TimeMs to)
{
    std::vector<Candle> out;
    for (auto it = oneMinute.lower_bound(floorTo(from, tfMs)); it != oneMinute.end() && it->first <= to;
         ++it) {
        const Candle& c = it->second;
        const TimeMs open = floorTo(c.openTime, tfMs);
        if (out.empty() || out.back().openTime != open) {
            Candle agg = c;
            agg.openTime = open;
            out.push_back(agg);
            continue;
        }
        Candle& a = out.back();
        a.high = std::max(a.high, c.high);
        a.low = std::min(a.low, c.low);
        a.close = c.close;
        a.volume += c.volume;
        a.buyVolume += c.buyVolume;
        a.sellVolume += c.sellVolume;
        a.trades += c.trades;
    }
    return out;
}

RestApi::RestApi(Market& market, FaultInjector& faults, StatsFn stats)
    : m_market(market)
    , m_faults(faults)
    , m_stats(std::move(stats))
{
    m_minute.start();
}

SymbolMarket* RestApi::symbolParam(const HttpRequest& req, const char* key)
{
    const std::string name = req.query.queryItemValue(key).toUpper().toStdString();
    const auto id = findSymbol(name);
    return id ? m_market.find(*id) : nullptr;
}

HttpResponse RestApi::handle(const HttpRequest& req)
{
    HttpResponse r;
    if (m_faults.options().geoBlock && !req.path.startsWith("/mockex/"))
        return HttpResponse::json(451,
            binance::error(0,
                "Service unavailable from a restricted location according to "
                "'b. Eligibility' in https://www.binance.com/en/terms."));
    if (req.path.startsWith("/mockex/")) {
        if (req.path == "/mockex/stats")
            r = HttpResponse::json(200, m_stats());
        else
            r = HttpResponse::json(404, R"({"error":"unknown mockex endpoint"})");
        return r;
    }
    if (req.method != "GET") {
        r = binanceError(405, -1, "Only GET is supported by this server.");
    } else if (req.path.startsWith("/fapi/") || req.path.startsWith("/futures/data/")) {
        if (m_minute.elapsed() >= 60'000) {
            m_minute.restart();
            m_usedWeight = 0;
        }
        if (m_faults.answer429() || m_usedWeight >= kWeightLimit) {
            r = binanceError(
                429, -1003, "Too many requests; current limit of IP(127.0.0.1) is 2400 requests per minute.");
            r.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("1")));
        } else {
            int weight = 1;
            r = binance(req, weight);
            m_usedWeight += weight;
        }
        r.headers.append(qMakePair(QByteArray("X-MBX-USED-WEIGHT-1m"), QByteArray::number(m_usedWeight)));
    } else if (req.path.startsWith("/v5/market/")) {
        if (m_faults.answer429())
            r = HttpResponse::json(200, bybit::error(10006, "Too many visits!", m_market.now()));
        else
            r = bybit(req);
        r.headers.append(qMakePair(QByteArray("X-Bapi-Limit"), QByteArray("600")));
    } else if (req.path.startsWith("/api/v5/")) {
        r = m_faults.answer429() ? HttpResponse::json(429, okx::error("50011", "Too Many Requests"))
                                 : okxRest(m_market, req);
    } else {
        r = binanceError(404, -1, "Unknown path.");
    }
    r.delayMs = m_faults.options().slowRestMs;
    return r;
}

HttpResponse RestApi::binance(const HttpRequest& req, int& weight)
{
    const QByteArray& path = req.path;
    const TimeMs now = m_market.now();
    if (path == "/fapi/v1/exchangeInfo")
        return HttpResponse::json(200, binance::exchangeInfo(m_market.symbols(), now));
    if (path == "/fapi/v1/ping")
        return HttpResponse::json(200, "{}");
    if (path == "/fapi/v1/time")
        return HttpResponse::json(
            200, R"({"serverTime":)" + QByteArray::number(static_cast<qlonglong>(now)) + '}');
    static const QByteArray known[] = {"/fapi/v1/klines", "/fapi/v1/aggTrades", "/fapi/v1/openInterest",
        "/fapi/v1/depth", "/fapi/v1/premiumIndex", "/fapi/v1/fundingRate", "/futures/data/openInterestHist",
        "/futures/data/globalLongShortAccountRatio", "/futures/data/topLongShortPositionRatio",
        "/futures/data/topLongShortAccountRatio", "/futures/data/takerlongshortRatio"};
    if (std::find(std::begin(known), std::end(known), path) == std::end(known))
        return binanceError(404, -1, "Unknown path.");
    const bool needsSymbol = path != "/fapi/v1/premiumIndex" && path != "/fapi/v1/fundingRate";
    SymbolMarket* s = symbolParam(req);
    if (!s && (needsSymbol || req.query.hasQueryItem("symbol")))
        return binanceError(400, -1121, "Invalid symbol.");
    if (path == "/fapi/v1/klines")
        return klines(req, *s, weight);
    if (path == "/fapi/v1/aggTrades") {
        weight = 20;
        return aggTrades(req, *s);
    }
    if (path == "/fapi/v1/openInterest")
        return HttpResponse::json(200, binance::openInterest(*s, now));
    if (path == "/fapi/v1/depth") {
        const int limit = static_cast<int>(num(req, "limit", 500));
        static const int allowed[] = {5, 10, 20, 50, 100, 500, 1000};
        if (std::find(std::begin(allowed), std::end(allowed), limit) == std::end(allowed))
            return binanceError(400, -1100, "Illegal characters found in parameter 'limit'.");
        weight = limit <= 50 ? 2 : limit <= 100 ? 5 : limit <= 500 ? 10 : 20;
        return HttpResponse::json(200, binance::depthSnapshot(*s->book, limit, now));
    }
    if (path == "/fapi/v1/premiumIndex") {
        if (s)
            return HttpResponse::json(200, binance::premiumIndex(*s, now));
        weight = 10;
        QByteArray out = "[";
        for (SymbolId id : m_market.symbols())
            out += (out.size() > 1 ? "," : "") + binance::premiumIndex(*m_market.find(id), now);
        return HttpResponse::json(200, out + ']');
    }
    if (path == "/fapi/v1/fundingRate") {
        const qint64 limit = std::clamp<qint64>(num(req, "limit", 100), 1, 1000);
        const TimeMs from = num(req, "startTime", 0);
        const TimeMs to = num(req, "endTime", std::numeric_limits<TimeMs>::max());
        QByteArray out = "[";
        for (SymbolId id : m_market.symbols()) {
            SymbolMarket& m = *m_market.find(id);
            if (s && s != &m)
                continue;
            std::vector<FundingPoint> pts;
            for (const FundingPoint& p : m.funding)
                if (p.time >= from && p.time <= to)
                    pts.push_back(p);
            if (static_cast<qint64>(pts.size()) > limit)
                pts.erase(pts.begin(), pts.end() - limit);
            const QByteArray part = binance::fundingRates(m, pts);
            if (part.size() > 2)
                out += (out.size() > 1 ? "," : "") + part.mid(1, part.size() - 2);
        }
        return HttpResponse::json(200, out + ']');
    }
    if (path.startsWith("/futures/data/")) {
        weight = 0;
        const auto tf = binanceInterval(req.query.queryItemValue("period"));
        if (!tf || *tf < 5 * kMinuteMs || *tf > kDayMs)
            return binanceError(
                400, -1102, "Mandatory parameter 'period' was not sent, was empty/null, or malformed.");
        if (path == "/futures/data/openInterestHist")
            return HttpResponse::json(
                200, binance::openInterestHist(*s, periodSlice(req, s->oiHistory, *tf)));
        if (path == "/futures/data/takerlongshortRatio") {
            // Closed periods with volume on both sides; timestamp = the period's start.
            std::vector<TimedCandle> periods;
            for (const Candle& c : aggregateKlines(s->klines, *tf, 0, now))
                if (c.openTime + *tf <= now && c.buyVolume.raw > 0 && c.sellVolume.raw > 0)
                    periods.push_back({c.openTime, c});
            std::vector<Candle> picked;
            for (const TimedCandle& t : periodSlice(req, periods, *tf))
                picked.push_back(t.c);
            return HttpResponse::json(200, binance::takerRatios(picked));
        }
        const int which = path.endsWith("globalLongShortAccountRatio") ? 0
            : path.endsWith("PositionRatio")                           ? 1
                                                                       : 2;
        return HttpResponse::json(
            200, binance::longShortRatios(*s, periodSlice(req, s->positioning, *tf), which));
    }
    return binanceError(404, -1, "Unknown path.");
}

HttpResponse RestApi::klines(const HttpRequest& req, SymbolMarket& s, int& weight)
{
    const auto tf = binanceInterval(req.query.queryItemValue("interval"));
    if (!tf)
        return binanceError(400, -1120, "Invalid interval.");
    const qint64 limit = std::clamp<qint64>(num(req, "limit", 500), 1, 1500);
    weight = limit < 100 ? 1 : limit < 500 ? 2 : limit <= 1000 ? 5 : 10;
    const bool hasStart = req.query.hasQueryItem("startTime");
    const TimeMs from = num(req, "startTime", 0);
    const TimeMs to = num(req, "endTime", std::numeric_limits<TimeMs>::max());
    std::vector<Candle> candles = aggregateKlines(s.klines, *tf, from, to);
    std::erase_if(candles, [&](const Candle& c) { return c.openTime < from; });
    if (static_cast<qint64>(candles.size()) > limit) {
        if (hasStart)
            candles.resize(static_cast<std::size_t>(limit));
        else
            candles.erase(candles.begin(), candles.end() - limit);
    }
    QByteArray out = "[";
    for (std::size_t i = 0; i < candles.size(); ++i)
        out += (i ? "," : "") + binance::klineRow(candles[i]);
    return HttpResponse::json(200, out + ']');
}

HttpResponse RestApi::aggTrades(const HttpRequest& req, SymbolMarket& s)
{
    const qint64 limit = std::clamp<qint64>(num(req, "limit", 500), 1, 1000);
    std::span<const SentTrade> all(s.trades);
    if (req.query.hasQueryItem("fromId")) {
        const qint64 from = num(req, "fromId", 0);
        const qint64 offset = std::clamp<qint64>(from - s.firstTradeId, 0, static_cast<qint64>(all.size()));
        const auto rest = all.subspan(static_cast<std::size_t>(offset));
        return HttpResponse::json(
            200, binance::aggTrades(rest.first(std::min<std::size_t>(rest.size(), limit))));
    }
    if (req.query.hasQueryItem("startTime") || req.query.hasQueryItem("endTime")) {
        const TimeMs from = num(req, "startTime", 0);
        const TimeMs to = num(req, "endTime", std::numeric_limits<TimeMs>::max());
        auto lo = std::lower_bound(
            all.begin(), all.end(), from, [](const SentTrade& t, TimeMs v) { return t.time < v; });
        auto hi
            = std::upper_bound(lo, all.end(), to, [](TimeMs v, const SentTrade& t) { return v < t.time; });
        const auto range = std::span<const SentTrade>(lo, hi);
        return HttpResponse::json(
            200, binance::aggTrades(range.first(std::min<std::size_t>(range.size(), limit))));
    }
    return HttpResponse::json(200, binance::aggTrades(all.last(std::min<std::size_t>(all.size(), limit))));
}

HttpResponse RestApi::bybit(const HttpRequest& req)
{
    const TimeMs now = m_market.now();
    auto fail = [&](int code, const QByteArray& msg) {
        return HttpResponse::json(200, bybit::error(code, msg, now));
    };
    if (req.query.queryItemValue("category") != "linear")
        return fail(10001, "Illegal category");
    const QByteArray& path = req.path;
    SymbolMarket* s = symbolParam(req);
    if (path == "/v5/market/risk-limit") {
        // Pages of 30 rows (cursor = the next row), so clients must follow nextPageCursor.
        const int cursor = static_cast<int>(num(req, "cursor", 0));
        const std::vector<SymbolId> one {s ? s->id : SymbolId {}};
        return HttpResponse::json(200,
            bybit::envelope(
                bybit::riskLimit(s ? std::span<const SymbolId>(one) : m_market.symbols(), cursor, 30), now));
    }
    if (!s)
        return fail(10001, "params error: symbol invalid");
    if (path == "/v5/market/kline") {
        const auto tf = bybitInterval(req.query.queryItemValue("interval"));
        if (!tf)
            return fail(10001, "Invalid period!");
        const qint64 limit = std::clamp<qint64>(num(req, "limit", 200), 1, 1000);
        const TimeMs from = num(req, "start", 0);
        std::vector<Candle> c
            = aggregateKlines(s->klines, *tf, from, num(req, "end", std::numeric_limits<TimeMs>::max()));
        std::erase_if(c, [&](const Candle& x) { return x.openTime < from; });
        if (static_cast<qint64>(c.size()) > limit)
            c.erase(c.begin(), c.end() - limit);
        std::reverse(c.begin(), c.end());
        return HttpResponse::json(200, bybit::envelope(bybit::klines(s->id, c), now));
    }
    if (path == "/v5/market/open-interest") {
        const QString it = req.query.queryItemValue("intervalTime");
        static const std::pair<const char*, TimeMs> table[]
            = {{"5min", 5 * kMinuteMs}, {"15min", 15 * kMinuteMs}, {"30min", 30 * kMinuteMs}, {"1h", kHourMs},
                {"4h", 4 * kHourMs}, {"1d", kDayMs}};
        TimeMs tf = 0;
        for (const auto& [name, ms] : table)
            if (it == QLatin1String(name))
                tf = ms;
        if (tf == 0)
            return fail(10001, "Invalid intervalTime");
        const qint64 limit = std::clamp<qint64>(num(req, "limit", 50), 1, 200);
        const TimeMs from = num(req, "startTime", 0);
        const TimeMs to = num(req, "endTime", std::numeric_limits<TimeMs>::max());
        std::vector<OiPoint> pts;
        for (auto p = s->oiHistory.rbegin(); p != s->oiHistory.rend(); ++p)
            if (p->time % tf == 0 && p->time >= from && p->time <= to)
                pts.push_back(*p);
        if (static_cast<qint64>(pts.size()) > limit)
            pts.resize(static_cast<std::size_t>(limit));
        return HttpResponse::json(200, bybit::envelope(bybit::openInterest(s->id, pts, ""), now));
    }
    if (path == "/v5/market/recent-trade") {
        const qint64 limit = std::clamp<qint64>(num(req, "limit", 500), 1, 1000);
        std::vector<SentTrade> t(
            s->trades.end() - std::min<qint64>(limit, static_cast<qint64>(s->trades.size())),
            s->trades.end());
        std::reverse(t.begin(), t.end());
        return HttpResponse::json(200, bybit::envelope(bybit::recentTrades(s->id, t), now));
    }
    return HttpResponse::json(404, bybit::error(10001, "Unknown path", now));
}

} // namespace perp::mockex
