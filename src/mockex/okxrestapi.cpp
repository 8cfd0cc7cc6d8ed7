// SPDX-License-Identifier: MIT
#include "okxrestapi.h"

#include "okxjson.h"
#include "restapi.h"

#include <algorithm>

namespace perp::mockex {

namespace {

HttpResponse fail(const QByteArray& code, const QByteArray& msg)
{
    return HttpResponse::json(400, okx::error(code, msg));
}

std::optional<TimeMs> barOf(const QString& bar)
{
    static const std::pair<const char*, TimeMs> table[] = {{"1m", kMinuteMs}, {"3m", 3 * kMinuteMs},
        {"5m", 5 * kMinuteMs}, {"15m", 15 * kMinuteMs}, {"30m", 30 * kMinuteMs}, {"1H", kHourMs},
        {"2H", 2 * kHourMs}, {"4H", 4 * kHourMs}, {"6H", 6 * kHourMs}, {"12H", 12 * kHourMs}, {"1D", kDayMs}};
    for (const auto& [name, ms] : table)
        if (bar == QLatin1String(name))
            return ms;
    return std::nullopt;
}

qint64 num(const HttpRequest& req, const char* key, qint64 fallback)
{
    bool ok = false;
    const qint64 v = req.query.queryItemValue(key).toLongLong(&ok);
    return ok ? v : fallback;
}

// "BTC-USDT-SWAP" -> the market of BTCUSDT, or null.
SymbolMarket* swapOf(Market& market, const QString& instId)
{
    if (!instId.endsWith(QLatin1String("-USDT-SWAP")))
        return nullptr;
    const auto id = findSymbol(instId.chopped(10).toStdString() + "USDT");
    return id ? market.find(*id) : nullptr;
}

HttpResponse candles(const HttpRequest& req, const SymbolMarket& s, TimeMs now, bool history)
{
    const QString bar
        = req.query.hasQueryItem("bar") ? req.query.queryItemValue("bar") : QStringLiteral("1m");
    const auto tf = barOf(bar);
    if (!tf)
        return fail("51000", "Parameter bar error");
    const qint64 limit = std::clamp<qint64>(num(req, "limit", 100), 1, history ? 100 : 300);
    const TimeMs after = num(req, "after", std::numeric_limits<TimeMs>::max()); // earlier than
    const TimeMs before = num(req, "before", std::numeric_limits<TimeMs>::min()); // newer than
    std::vector<Candle> c = aggregateKlines(s.klines, *tf, 0, std::numeric_limits<TimeMs>::max());
    std::erase_if(c, [&](const Candle& x) { return x.openTime >= after || x.openTime <= before; });
    if (static_cast<qint64>(c.size()) > limit)
        c.erase(c.begin(), c.end() - limit);
    std::reverse(c.begin(), c.end());
    return HttpResponse::json(200, okx::candles(s.id, c, now));
}

HttpResponse trades(const HttpRequest& req, const SymbolMarket& s, bool history)
{
    const qint64 limit = std::clamp<qint64>(num(req, "limit", 100), 1, history ? 100 : 500);
    if (req.query.hasQueryItem("type") && req.query.queryItemValue("type") != "1")
        return fail("51000", "Parameter type error: only tradeId pagination (1) is served here");
    const std::int64_t after = num(req, "after", std::numeric_limits<std::int64_t>::max());
    const std::int64_t before = num(req, "before", std::numeric_limits<std::int64_t>::min());
    // Ids are consecutive from firstTradeId, so the tape index is id - firstTradeId.
    const auto n = static_cast<std::int64_t>(s.trades.size());
    const std::int64_t hi = std::clamp<std::int64_t>(
        after == std::numeric_limits<std::int64_t>::max() ? n : after - s.firstTradeId, 0, n);
    const std::int64_t lo = std::clamp<std::int64_t>(
        before == std::numeric_limits<std::int64_t>::min() ? 0 : before - s.firstTradeId + 1, 0, n);
    std::vector<SentTrade> page;
    for (std::int64_t i = hi - 1; i >= lo && static_cast<qint64>(page.size()) < limit; --i)
        page.push_back(s.trades[static_cast<std::size_t>(i)]);
    return HttpResponse::json(200, okx::tradeRows(s.id, page));
}

} // namespace

HttpResponse okxRest(Market& market, const HttpRequest& req)
{
    const QByteArray& path = req.path;
    const TimeMs now = market.now();
    if (req.method != "GET")
        return HttpResponse::json(405, okx::error("50000", "Only GET is supported by this server."));
    if (path == "/api/v5/public/time")
        return HttpResponse::json(
            200, okx::envelope(R"([{"ts":")" + QByteArray::number(static_cast<qlonglong>(now)) + "\"}]"));
    const QString instType = req.query.queryItemValue("instType");
    if (path == "/api/v5/public/instruments" || path == "/api/v5/public/open-interest") {
        if (instType != QLatin1String("SWAP"))
            return fail("51000", "Parameter instType error");
        if (path == "/api/v5/public/instruments")
            return HttpResponse::json(200, okx::instruments(market.symbols()));
        const QString inst = req.query.queryItemValue("instId");
        QByteArray rows = "[";
        for (SymbolId id : market.symbols()) {
            const SymbolMarket& s = *market.find(id);
            if (!inst.isEmpty() && okx::instId(id) != inst.toUtf8())
                continue;
            rows += (rows.size() > 1 ? "," : "") + okx::openInterestRow(s, now);
        }
        return HttpResponse::json(200, okx::envelope(rows + ']'));
    }
    const bool known = path == "/api/v5/market/candles" || path == "/api/v5/market/history-candles"
        || path == "/api/v5/market/trades" || path == "/api/v5/market/history-trades";
    if (!known)
        return HttpResponse::json(404, okx::error("50000", "Unknown path."));
    SymbolMarket* s = swapOf(market, req.query.queryItemValue("instId"));
    if (!s)
        return fail("51001", "Instrument ID does not exist");
    if (path.endsWith("candles"))
        return candles(req, *s, now, path.contains("history"));
    return trades(req, *s, path.contains("history"));
}

} // namespace perp::mockex
