// SPDX-License-Identifier: MIT
// perpscope-cli replay: reads recorded market data through the engine and writes candles.
#include "candlecsv.h"
#include "command.h"

#include "core/candle.h"
#include "engine/engine.h"
#include "feed/replay/klineaggregator.h"
#include "feed/replay/replayreader.h"
#include "store/historysession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <map>

namespace {

using namespace perp;

int fail(const QString& text)
{
    QTextStream(stderr) << "perpscope-cli replay: " << text << "\n";
    return 2;
}

struct FileReport
{
    QString path;
    QString format;
    QString openError;
    replay::ReplayStats stats;
};

QJsonObject statsJson(const replay::ReplayStats& s)
{
    return QJsonObject {{"lines", qint64(s.lines)}, {"trades", qint64(s.trades)},
        {"liquidations", qint64(s.liquidations)}, {"mark_funding", qint64(s.markFunding)},
        {"open_interest", qint64(s.openInterest)}, {"book_updates", qint64(s.bookUpdates)},
        {"metrics", qint64(s.metrics)}, {"klines", qint64(s.klines)}, {"ignored", qint64(s.ignored)},
        {"rejected", qint64(s.rejected)}};
}

QString statsText(const replay::ReplayStats& s)
{
    return QStringLiteral(
        "trades=%1 liquidations=%2 mark/funding=%3 open-interest=%4 book-updates=%5 metrics=%6 "
        "klines=%7 ignored=%8 rejected=%9")
        .arg(s.trades)
        .arg(s.liquidations)
        .arg(s.markFunding)
        .arg(s.openInterest)
        .arg(s.bookUpdates)
        .arg(s.metrics)
        .arg(s.klines)
        .arg(s.ignored)
        .arg(s.rejected);
}

int runReplay(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Replays recorded market data (hftbacktest and cryptofeed captures, data.binance.vision CSVs, "
        "liquidation "
        "CSVs) through the engine, prints counts by event type and rejected lines, and writes candles."));
    p.addHelpOption();
    p.addPositionalArgument("FILE", "Recorded files, read in the order given.", "FILE...");
    p.addOptions({
        {"symbol", "Symbol whose candles are written (default: the one with most trades or klines).",
            "SYMBOL"},
        {"candles", "Candle timeframe: 1m 5m 15m 1h 4h 1d.", "TF", "1m"},
        {"csv", "Write the candles to this CSV file.", "FILE"},
        {"json", "Print the report as JSON."},
        {"show-rejects", "How many rejected lines to list (default 20).", "N", "20"},
        {"data-dir",
            "Also keep what is replayed (candles of every timeframe from trades, liquidations, "
            "open interest, funding) in the history database in DIR, as the app does.",
            "DIR"},
    });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet("help")) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return fail(QStringLiteral("no FILE given (see --help)"));
    const auto tf = parseTimeframe(p.value("candles").toStdString());
    if (!tf)
        return fail(
            QStringLiteral("--candles '%1' is not a timeframe (1m 5m 15m 1h 4h 1d)").arg(p.value("candles")));
    bool ok = false;
    const int showRejects = p.value("show-rejects").toInt(&ok);
    if (!ok || showRejects < 0)
        return fail(
            QStringLiteral("--show-rejects '%1' must be a whole number >= 0").arg(p.value("show-rejects")));

    Engine engine(1'000'000);
    store::HistorySession history;
    if (p.isSet("data-dir")) {
        store::HistorySession::Options ho;
        ho.dataDir = p.value("data-dir");
        if (ho.dataDir.isEmpty())
            return fail(QStringLiteral("--data-dir needs a directory"));
        QString error;
        if (!history.open(ho, &error))
            return fail(QStringLiteral("history: %1").arg(error));
        if (!history.recoveryMessage().isEmpty())
            QTextStream(stderr) << "perpscope-cli replay: " << history.recoveryMessage() << "\n";
    }
    replay::KlineAggregator klines(timeframeMs(*tf));
    std::vector<FileReport> reports;
    replay::ReplayStats total;
    std::map<SymbolId, std::uint64_t> activity; // trades + klines per symbol
    std::map<SymbolId, std::uint64_t> anyEvents; // every event per symbol, when there are no trades
    QElapsedTimer wall;
    wall.start();
    for (const QString& path : files) {
        FileReport rep;
        rep.path = path;
        std::string error;
        auto reader = replay::ReplayReader::open(path.toStdString(), error);
        if (!reader) {
            rep.openError = QString::fromStdString(error);
            reports.push_back(rep);
            continue;
        }
        rep.format = QString::fromStdString(reader->formatName());
        replay::ReplayChunk chunk;
        EventBatch batch;
        while (reader->read(chunk)) {
            for (const auto& e : chunk.events) {
                ++anyEvents[header(e).symbol];
                if (std::holds_alternative<Trade>(e))
                    ++activity[header(e).symbol];
            }
            for (const auto& k : chunk.klines) {
                ++activity[k.symbol];
                if (auto why = klines.add(k); !why.empty())
                    return fail(rep.path + ": " + QString::fromStdString(why));
            }
            batch.events = std::move(chunk.events);
            engine.apply(batch);
            history.afterBatch(batch, engine);
            chunk.clear();
        }
        rep.stats = reader->stats();
        total.merge(rep.stats);
        reports.push_back(rep);
    }
    history.close(&engine);
    const double seconds = static_cast<double>(wall.elapsed()) / 1000.0;
    if (p.isSet("data-dir")) {
        // On stderr, so --json output stays one JSON document.
        QTextStream(stderr) << "history: " << history.rowsWritten() << " rows stored in " << history.dataDir()
                            << "\n";
        if (history.failures() > 0)
            return fail(QStringLiteral("%1 history writes failed").arg(history.failures()));
    }

    SymbolId symbol = 0;
    if (p.isSet("symbol")) {
        const auto id = findSymbol(p.value("symbol").toUpper().toStdString());
        if (!id)
            return fail(QStringLiteral("--symbol '%1' does not occur in these files").arg(p.value("symbol")));
        symbol = *id;
    } else if (!activity.empty() || !anyEvents.empty()) {
        const auto& counts = activity.empty() ? anyEvents : activity;
        symbol = std::max_element(counts.begin(), counts.end(), [](const auto& a, const auto& b) {
            return a.second < b.second;
        })->first;
    }
    std::vector<Candle> candles;
    if (const CandleBook* book = engine.book(symbol); book && book->series(*tf).size() > 0) {
        const auto& c = book->series(*tf).candles();
        candles.assign(c.begin(), c.end());
    } else {
        candles = klines.candles(symbol);
    }
    const QString csv = p.value("csv");
    if (!csv.isEmpty() && !cli::writeCandlesCsv(csv, candles)) {
        QTextStream(stderr) << "perpscope-cli replay: cannot write '" << csv << "'\n";
        return 1;
    }

    bool anyOpenError = false;
    QTextStream out(stdout);
    const QString symName = QString::fromStdString(symbolName(symbol));
    const QString tfName = QString::fromLatin1(timeframeName(*tf).data());
    const auto shown = std::min<std::size_t>(total.rejects.size(), static_cast<std::size_t>(showRejects));
    if (p.isSet("json")) {
        QJsonArray fileArr;
        for (const auto& r : reports) {
            anyOpenError |= !r.openError.isEmpty();
            QJsonObject o = r.openError.isEmpty() ? statsJson(r.stats) : QJsonObject {{"error", r.openError}};
            o.insert("path", r.path);
            o.insert("format", r.format);
            fileArr.append(o);
        }
        QJsonArray rejArr;
        for (std::size_t i = 0; i < shown; ++i) {
            const auto& e = total.rejects[i];
            rejArr.append(QJsonObject {{"source", QString::fromStdString(e.source)}, {"line", qint64(e.line)},
                {"reason", QString::fromStdString(e.reason)}});
        }
        QJsonObject root {{"files", fileArr}, {"totals", statsJson(total)}, {"symbol", symName},
            {"timeframe", tfName}, {"candles", qint64(candles.size())}, {"rejects", rejArr},
            {"seconds", seconds}};
        if (!csv.isEmpty())
            root.insert("csv", csv);
        out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return anyOpenError ? 1 : 0;
    }
    out << "replay of " << files.size() << " file(s) in " << QString::number(seconds, 'f', 2) << " s\n";
    for (const auto& r : reports) {
        if (!r.openError.isEmpty()) {
            anyOpenError = true;
            out << "  " << r.path << ": NOT READ: " << r.openError << "\n";
            continue;
        }
        out << "  " << r.path << ": " << r.format << ", " << r.stats.lines << " lines\n    "
            << statsText(r.stats) << "\n";
    }
    out << "events: " << statsText(total) << "\n";
    out << symName << ": " << candles.size() << " candles x " << tfName;
    if (!candles.empty()) {
        Qty volume;
        for (const auto& c : candles)
            volume += c.volume;
        out << " from " << QString::fromStdString(formatIsoMs(candles.front().openTime)) << ", volume "
            << volume.toString().c_str() << ", last close " << candles.back().close.toString().c_str();
    }
    out << "\n";
    if (total.rejected > 0) {
        out << "rejected lines (" << shown << " of " << total.rejected << " shown):\n";
        for (std::size_t i = 0; i < shown; ++i)
            out << "  " << QString::fromStdString(total.rejects[i].toString()) << "\n";
    }
    if (!csv.isEmpty())
        out << "candles written to " << csv << "\n";
    return anyOpenError ? 1 : 0;
}

} // namespace

PERP_CLI_COMMAND("replay", "Replay recorded market data files and write candles", runReplay)
