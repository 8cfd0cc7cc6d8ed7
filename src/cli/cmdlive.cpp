// SPDX-License-Identifier: MIT
// perpscope-cli live: runs a live exchange adapter (Binance USD-M, Bybit linear or OKX SWAP)
// for a while and prints what arrived: trades, volumes, book tops, feed health.
#include "command.h"
#include "symbollist.h"

#include "engine/engine.h"
#include "feed/net/exchangefeeds.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

namespace {

using namespace perp;

int fail(const QString& text, int code = 2)
{
    QTextStream(stderr) << "perpscope-cli live: " << text << "\n";
    return code;
}

QJsonObject healthJson(const net::FeedHealthSnapshot& h)
{
    QJsonArray streams;
    for (const net::StreamHealth& s : h.streams)
        streams.append(QJsonObject {{"stream", s.stream}, {"state", net::streamStateName(s.state)},
            {"messages", static_cast<qint64>(s.messages)}, {"reconnects", static_cast<qint64>(s.reconnects)},
            {"gapsBackfilled", static_cast<qint64>(s.gapsBackfilled)},
            {"gapsUnrecoverable", static_cast<qint64>(s.gapsUnrecoverable)},
            {"lastUnrecoverable", s.lastUnrecoverable}, {"rejected", static_cast<qint64>(s.rejected)},
            {"duplicates", static_cast<qint64>(s.duplicates)}});
    return QJsonObject {
        {"exchange", h.exchange}, {"available", h.available}, {"message", h.message}, {"streams", streams}};
}

int runLive(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Connects to an exchange's public market data (or perpscope-mockex through --exchange-url),\n"
        "runs for a while and prints trades, volumes, book tops and feed health per symbol."));
    p.addHelpOption();
    p.addOptions({
        {"exchange", "binance, bybit or okx.", "NAME", "binance"},
        {"exchange-url",
            "Base URL replacing the exchange's own (REST and WebSocket), e.g. http://127.0.0.1:9000.", "URL"},
        {"symbols", "Comma-separated symbols (default: the 21 defaults).", "LIST"},
        {"seconds", "How long to listen.", "S", "10"},
        {"json", "Print the result as JSON."},
    });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet("help")) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    bool ok = false;
    const double seconds = p.value("seconds").toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 86'400)
        return fail(
            QStringLiteral("--seconds '%1' must be a number from 0 to 86400").arg(p.value("seconds")));
    std::vector<SymbolId> symbols;
    if (p.isSet("symbols")) {
        if (const QString err = cli::parseSymbolList(p.value("symbols"), "default", symbols); !err.isEmpty())
            return fail(err);
    }
    const QString exchange = p.value("exchange").toLower();
    const QUrl url = p.isSet("exchange-url") ? QUrl(p.value("exchange-url")) : QUrl();
    if (p.isSet("exchange-url") && url.isEmpty())
        return fail(QStringLiteral("--exchange-url is empty"));
    QString error;
    net::ExchangeFeed made = net::makeExchangeFeed(exchange, url, symbols, error, 0);
    if (!made.feed)
        return fail(error);
    std::unique_ptr<FeedSource> feed = std::move(made.feed);
    net::FeedHealth* health = made.health;
    const auto bookOf = made.book;
    if (symbols.empty())
        for (SymbolId id = 0; id < kDefaultSymbolCount; ++id)
            symbols.push_back(id);

    Engine engine;
    QEventLoop loop;
    QString failure;
    QObject::connect(
        feed.get(), &FeedSource::batchReady, &loop, [&](const EventBatchPtr& b) { engine.apply(*b); });
    QObject::connect(feed.get(), &FeedSource::failed, &loop, [&](const QString& why) {
        failure = why;
        loop.quit();
    });
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    QTextStream err(stderr);
    err << feed->description() << " · listening " << seconds << " s\n";
    err.flush();
    feed->start();
    loop.exec();
    feed->stop();

    const auto h = health->snapshot();
    QJsonArray rows;
    for (SymbolId id : symbols) {
        const SymbolSummary s = engine.summary(id);
        const net::LocalBook* book = bookOf(id);
        const double bid = book && !book->bids().empty() ? book->bids().begin()->first.toDouble() : 0;
        const double ask = book && !book->asks().empty() ? book->asks().begin()->first.toDouble() : 0;
        rows.append(QJsonObject {{"symbol", QString::fromStdString(symbolName(id))},
            {"trades", static_cast<qint64>(s.trades)}, {"last", s.last}, {"mark", s.mark},
            {"openInterest", s.openInterest}, {"liquidations", static_cast<qint64>(s.liquidations)},
            {"bestBid", bid}, {"bestAsk", ask}});
    }
    QTextStream out(stdout);
    if (p.isSet("json")) {
        out << QJsonDocument(QJsonObject {{"symbols", rows}, {"health", healthJson(*h)}, {"error", failure}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg("symbol", -10)
                   .arg("trades", 8)
                   .arg("last", 14)
                   .arg("mark", 14)
                   .arg("open int.", 14)
                   .arg("best bid", 14)
                   .arg("best ask", 14);
        for (const QJsonValue& v : rows) {
            const QJsonObject r = v.toObject();
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(r["symbol"].toString(), -10)
                       .arg(r["trades"].toInteger(), 8)
                       .arg(r["last"].toDouble(), 14, 'g', 10)
                       .arg(r["mark"].toDouble(), 14, 'g', 10)
                       .arg(r["openInterest"].toDouble(), 14, 'g', 10)
                       .arg(r["bestBid"].toDouble(), 14, 'g', 10)
                       .arg(r["bestAsk"].toDouble(), 14, 'g', 10);
        }
        out << "\nfeed health (" << h->exchange << (h->available ? "" : ", UNAVAILABLE") << ")\n";
        for (const net::StreamHealth& s : h->streams)
            out << "  " << s.stream.leftJustified(14) << ' '
                << net::streamStateName(s.state).leftJustified(12) << " msgs " << s.messages << " ("
                << QString::number(s.messagesPerSecond, 'f', 1) << "/s)"
                << ", reconnects " << s.reconnects << ", gaps backfilled " << s.gapsBackfilled
                << ", rejected " << s.rejected << ", duplicates dropped " << s.duplicates << "\n";
        if (!h->message.isEmpty())
            out << "  last note: " << h->message << "\n";
    }
    out.flush();
    if (!failure.isEmpty())
        return fail(failure, 3);
    return 0;
}

} // namespace

PERP_CLI_COMMAND(
    "live", "Listen to Binance, Bybit or OKX live data (or perpscope-mockex) and print a summary", runLive)
