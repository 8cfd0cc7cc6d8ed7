// SPDX-License-Identifier: MIT
#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QUrl>

namespace perp {

namespace {

ParsedOptions fail(const QString& message)
{
    ParsedOptions r;
    r.exit = true;
    r.exitCode = 2;
    r.message = QStringLiteral("perpscope: %1\n").arg(message);
    return r;
}

QString knownSymbols()
{
    QStringList names;
    for (const auto& s : defaultSymbols())
        names << QString::fromStdString(s.name);
    return names.join(QLatin1Char(' '));
}

} // namespace

ParsedOptions parseAppOptions(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "PerpScope: candles, liquidation estimates and signals for crypto perpetual futures.\n"
        "Without --source it runs on the built-in market simulator (clearly marked SIMULATED)."));
    const QCommandLineOption help(
        {QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption version(
        QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption source(QStringLiteral("source"),
        QStringLiteral("Market data source: sim (default), replay:FILE, binance, "
                       "bybit or okx."),
        QStringLiteral("source"), QStringLiteral("sim"));
    const QCommandLineOption seed(QStringLiteral("seed"),
        QStringLiteral("Simulator seed (default 1). Same seed, "
                       "same market."),
        QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption speed(QStringLiteral("speed"),
        QStringLiteral("Simulated seconds per real second, or 'max' for as fast as "
                       "possible. Default 60: one simulated minute per second, so 1m "
                       "candles visibly form."),
        QStringLiteral("x"), QStringLiteral("60"));
    const QCommandLineOption history(QStringLiteral("history"),
        QStringLiteral("Minutes of simulated history to produce at full speed before the "
                       "simulator runs at --speed (default 240), so the chart opens with context."),
        QStringLiteral("minutes"), QStringLiteral("240"));
    const QCommandLineOption symbol(QStringLiteral("symbol"),
        QStringLiteral("Symbol to chart (default BTCUSDT)."), QStringLiteral("name"),
        QStringLiteral("BTCUSDT"));
    const QCommandLineOption timeframe(QStringLiteral("timeframe"),
        QStringLiteral("Candle timeframe: 1m 5m 15m 1h 4h 1d (default 1m)."), QStringLiteral("tf"),
        QStringLiteral("1m"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QStringLiteral("Write a PNG of the main window after --quit-after ms "
                       "(default 5000), print where it is and exit."),
        QStringLiteral("file"));
    const QCommandLineOption quitAfter(QStringLiteral("quit-after"),
        QStringLiteral("Exit after this many milliseconds."), QStringLiteral("ms"));
    const QCommandLineOption exchangeUrl(QStringLiteral("exchange-url"),
        QStringLiteral("For --source binance or bybit: send REST and WebSocket traffic to this base "
                       "instead of the exchange, e.g. http://127.0.0.1:9000 for perpscope-mockex."),
        QStringLiteral("url"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        QStringLiteral("Keep history (candles, liquidations, funding, alert rules and the alert "
                       "log; SQLite) in this directory instead of the platform's data directory."),
        QStringLiteral("dir"));
    p.addOptions({help, version, source, seed, speed, history, symbol, timeframe, screenshot, quitAfter,
        exchangeUrl, dataDir});

    if (!p.parse(args))
        return fail(p.errorText() + QStringLiteral(" (see --help)"));
    if (!p.positionalArguments().isEmpty())
        return fail(
            QStringLiteral("unexpected argument '%1' (see --help)").arg(p.positionalArguments().first()));
    ParsedOptions r;
    if (p.isSet(help)) {
        r.exit = true;
        r.message = p.helpText();
        return r;
    }
    if (p.isSet(version)) {
        r.exit = true;
        r.message = QStringLiteral("perpscope %1\n").arg(QStringLiteral(PERPSCOPE_VERSION));
        return r;
    }

    AppOptions& o = r.options;
    const QString src = p.value(source);
    if (src == QLatin1String("sim")) {
        o.source = SourceKind::Sim;
    } else if (src.startsWith(QLatin1String("replay:")) && src.size() > 7) {
        o.source = SourceKind::Replay;
        o.replayFile = src.mid(7);
    } else if (src == QLatin1String("binance")) {
        o.source = SourceKind::Binance;
    } else if (src == QLatin1String("bybit")) {
        o.source = SourceKind::Bybit;
    } else if (src == QLatin1String("okx")) {
        o.source = SourceKind::Okx;
    } else {
        return fail(
            QStringLiteral("unknown --source '%1': use sim, replay:FILE, binance, bybit or okx").arg(src));
    }

    bool ok = false;
    o.seed = p.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed '%1' is not a non-negative integer").arg(p.value(seed)));
    const QString sp = p.value(speed);
    if (sp == QLatin1String("max")) {
        o.speed = 0;
    } else {
        o.speed = sp.toDouble(&ok);
        if (!ok || !(o.speed > 0) || o.speed > 1e6)
            return fail(QStringLiteral("--speed '%1' must be a number > 0 (up to 1000000) or 'max'").arg(sp));
    }
    o.historyMinutes = p.value(history).toInt(&ok);
    if (!ok || o.historyMinutes < 0 || o.historyMinutes > 7 * 24 * 60)
        return fail(QStringLiteral("--history '%1' must be 0 to 10080 minutes").arg(p.value(history)));
    const QString sym = p.value(symbol).toUpper();
    const auto id = findSymbol(sym.toStdString());
    if (!id || *id >= kDefaultSymbolCount)
        return fail(
            QStringLiteral("unknown --symbol '%1'; known symbols: %2").arg(p.value(symbol), knownSymbols()));
    o.symbol = *id;
    const auto tf = parseTimeframe(p.value(timeframe).toStdString());
    if (!tf)
        return fail(
            QStringLiteral("unknown --timeframe '%1': use 1m 5m 15m 1h 4h or 1d").arg(p.value(timeframe)));
    o.timeframe = *tf;
    o.screenshotFile = p.value(screenshot);
    if (p.isSet(quitAfter)) {
        o.quitAfterMs = p.value(quitAfter).toInt(&ok);
        if (!ok || o.quitAfterMs < 0)
            return fail(
                QStringLiteral("--quit-after '%1' is not a number of milliseconds").arg(p.value(quitAfter)));
    }
    o.exchangeUrl = p.value(exchangeUrl);
    if (p.isSet(exchangeUrl) && !QUrl(o.exchangeUrl, QUrl::StrictMode).isValid())
        return fail(QStringLiteral("--exchange-url '%1' is not a valid URL").arg(o.exchangeUrl));
    o.dataDir = p.value(dataDir);
    if (p.isSet(dataDir) && o.dataDir.isEmpty())
        return fail(QStringLiteral("--data-dir needs a directory"));
    if (p.isSet(screenshot) && o.screenshotFile.isEmpty())
        return fail(QStringLiteral("--screenshot needs a file name"));
    return r;
}

} // namespace perp
