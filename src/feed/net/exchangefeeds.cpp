// SPDX-License-Identifier: MIT
#include "exchangefeeds.h"

#include "feed/binance/binancefeed.h"
#include "feed/bybit/bybitfeed.h"
#include "feed/okx/okxfeed.h"
#include "wsconnection.h"

namespace perp::net {

namespace {

// Every adapter has the same shape: a FeedConfig with forBaseUrl, symbols and klineBackfill,
// and a feed with health() and book().
template <class Feed, class Config>
ExchangeFeed makeFeed(const QUrl& exchangeUrl, std::vector<SymbolId> symbols, int klineBackfill)
{
    Config c = exchangeUrl.isEmpty() ? Config {} : Config::forBaseUrl(exchangeUrl);
    c.symbols = std::move(symbols);
    c.klineBackfill = klineBackfill;
    auto f = std::make_unique<Feed>(c);
    ExchangeFeed out;
    out.health = &f->health();
    out.book = [p = f.get()](SymbolId id) { return p->book(id); };
    out.feed = std::move(f);
    return out;
}

} // namespace

QStringList exchangeNames()
{
    return {QStringLiteral("binance"), QStringLiteral("bybit"), QStringLiteral("okx")};
}

ExchangeFeed makeExchangeFeed(const QString& exchange, const QUrl& exchangeUrl, std::vector<SymbolId> symbols,
    QString& error, int klineBackfill)
{
    ExchangeFeed out;
    if (!exchangeUrl.isEmpty()
        && (!exchangeUrl.isValid()
            || (exchangeUrl.scheme() != QLatin1String("http")
                && exchangeUrl.scheme() != QLatin1String("https"))
            || exchangeUrl.host().isEmpty())) {
        error = QStringLiteral("exchange URL '%1' is not an http(s) URL").arg(exchangeUrl.toString());
        return out;
    }
    const QString name = exchange.toLower();
    if (name == QLatin1String("binance")) {
        out = makeFeed<binance::BinanceFeed, binance::FeedConfig>(
            exchangeUrl, std::move(symbols), klineBackfill);
    } else if (name == QLatin1String("bybit")) {
        out = makeFeed<bybit::BybitFeed, bybit::FeedConfig>(exchangeUrl, std::move(symbols), klineBackfill);
    } else if (name == QLatin1String("okx")) {
        out = makeFeed<okx::OkxFeed, okx::FeedConfig>(exchangeUrl, std::move(symbols), klineBackfill);
    } else {
        error = QStringLiteral("unknown exchange '%1' (known: %2)").arg(exchange, exchangeNames().join(", "));
    }
    if (out.feed) {
        // Why a connection ended and when the next attempt comes, for the feed-health view.
        for (WsConnection* c : out.feed->findChildren<WsConnection*>())
            out.health->watch(c);
    }
    return out;
}

} // namespace perp::net
