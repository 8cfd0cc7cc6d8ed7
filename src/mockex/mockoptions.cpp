// SPDX-License-Identifier: MIT
#include "mockoptions.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace perp::mockex {

namespace {

bool readRate(const QCommandLineParser& p, const QString& name, double& out, QString& error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < 0 || v > 1) {
        error = QStringLiteral("--%1: expected a rate between 0 and 1, got '%2'").arg(name, p.value(name));
        return false;
    }
    out = v;
    return true;
}

bool readNumber(const QCommandLineParser& p, const QString& name, double& out, QString& error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const double v = p.value(name).toDouble(&ok);
    if (!ok || v < 0) {
        error = QStringLiteral("--%1: expected a non-negative number, got '%2'").arg(name, p.value(name));
        return false;
    }
    out = v;
    return true;
}

} // namespace

std::optional<MockOptions> parseOptions(const QStringList& args, QString& error, bool& helpShown)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        "A local exchange server speaking the Binance USD-M and Bybit v5 public subsets on 127.0.0.1,\n"
        "fed by the PerpScope market simulator (or a replay of recorded data). For tests and demos.\n"
        "Trades, books and klines are also kept by the server: GET /mockex/stats reports what it sent.");
    p.addHelpOption();
    p.addOptions({
        {"port", "TCP port on 127.0.0.1 (0 picks a free one).", "port", "0"},
        {"source", "sim (the simulator) or replay:FILE[,FILE...] (recorded data, paced by --speed).", "src",
            "sim"},
        {"seed", "Simulator seed.", "n", "1"},
        {"speed", "Simulated seconds per real second.", "x", "60"},
        {"symbols", "Comma-separated symbols (default: the 21 defaults).", "list"},
        {"wait-for-client", "Start the market with the first WebSocket subscription."},
        {"run-for", "Stop the market after this many simulated seconds.", "s"},
        {"ping-interval", "Seconds between server ping frames.", "s", "180"},
        {"drop-every", "Close every WebSocket connection every N seconds.", "s"},
        {"stall",
            "Silence a stream (name, kind or Bybit topic) for SECONDS, from 2 s after the first "
            "subscription.",
            "STREAM:SECONDS"},
        {"malformed-rate", "Share of messages replaced by malformed JSON.", "r"},
        {"truncate-rate", "Share of messages cut short.", "r"},
        {"duplicate-rate", "Share of messages sent twice.", "r"},
        {"reorder-rate", "Share of messages swapped with the next one.", "r"},
        {"depth-gap-rate", "Share of depth updates never sent (breaks U/u/pu).", "r"},
        {{"http-429-rate", "rest-429-rate"}, "Share of REST requests answered 429.", "r"},
        {"geo-block", "Answer everything with HTTP 451, like Binance from a restricted location."},
        {"slow-rest", "Delay every REST answer by MS milliseconds.", "ms"},
    });
    helpShown = false;
    if (!p.parse(args)) {
        error = p.errorText();
        return std::nullopt;
    }
    if (p.isSet("help")) {
        QTextStream(stdout) << p.helpText();
        helpShown = true;
        return std::nullopt;
    }
    MockOptions o;
    bool ok = true;
    const uint port = p.value("port").toUInt(&ok);
    if (!ok || port > 65535) {
        error = QStringLiteral("--port: expected 0..65535, got '%1'").arg(p.value("port"));
        return std::nullopt;
    }
    o.port = static_cast<quint16>(port);
    o.seed = p.value("seed").toULongLong(&ok);
    if (!ok) {
        error = QStringLiteral("--seed: expected an unsigned integer, got '%1'").arg(p.value("seed"));
        return std::nullopt;
    }
    o.waitForClient = p.isSet("wait-for-client");
    o.source = p.value("source");
    if (o.source != QLatin1String("sim") && !o.source.startsWith(QLatin1String("replay:"))) {
        error = QStringLiteral("--source: expected sim or replay:FILE, got '%1'").arg(o.source);
        return std::nullopt;
    }
    if (p.isSet("symbols"))
        o.symbols = p.value("symbols").toUpper().split(',', Qt::SkipEmptyParts);
    double slow = 0;
    FaultOptions& f = o.faults;
    if (!readNumber(p, "speed", o.speed, error) || !readNumber(p, "run-for", o.runForSeconds, error)
        || !readNumber(p, "ping-interval", o.pingIntervalSeconds, error)
        || !readNumber(p, "drop-every", f.dropEverySeconds, error) || !readNumber(p, "slow-rest", slow, error)
        || !readRate(p, "malformed-rate", f.malformedRate, error)
        || !readRate(p, "truncate-rate", f.truncateRate, error)
        || !readRate(p, "duplicate-rate", f.duplicateRate, error)
        || !readRate(p, "reorder-rate", f.reorderRate, error)
        || !readRate(p, "depth-gap-rate", f.depthGapRate, error)
        || !readRate(p, "http-429-rate", f.http429Rate, error))
        return std::nullopt;
    f.slowRestMs = static_cast<int>(slow);
    f.geoBlock = p.isSet("geo-block");
    if (p.isSet("stall")) {
        const QString v = p.value("stall");
        const qsizetype colon = v.lastIndexOf(':');
        bool okSec = false;
        const double secs = colon > 0 ? v.mid(colon + 1).toDouble(&okSec) : 0;
        if (colon <= 0 || !okSec || secs <= 0) {
            error = QStringLiteral("--stall: expected STREAM:SECONDS, got '%1'").arg(v);
            return std::nullopt;
        }
        f.stallStream = v.left(colon);
        f.stallSeconds = secs;
    }
    return o;
}

} // namespace perp::mockex
