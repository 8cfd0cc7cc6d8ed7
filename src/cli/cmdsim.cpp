// SPDX-License-Identifier: MIT
// perpscope-cli sim: runs the market simulator through the engine and writes candles.
#include "candlecsv.h"
#include "command.h"
#include "symbollist.h"

#include "core/candle.h"
#include "engine/engine.h"
#include "feed/sim/simulator.h"
#include "store/historysession.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>
#include <QThread>
#include <array>

namespace {

using namespace perp;

struct SimOptions
{
    sim::SimConfig config;
    SymbolId symbol = 0;
    Timeframe timeframe = Timeframe::M1;
    qint64 minutes = 60;
    QString csv;
};

int fail(const QString& text)
{
    QTextStream(stderr) << "perpscope-cli sim: " << text << "\n";
    return 2;
}

// Parses the options; returns an error text or an empty string.
QString parse(const QCommandLineParser& p, SimOptions& o)
{
    bool ok = false;
    o.config.seed = p.value("seed").toULongLong(&ok);
    if (!ok)
        return QStringLiteral("--seed '%1' is not a non-negative integer").arg(p.value("seed"));
    o.minutes = p.value("minutes").toLongLong(&ok);
    if (!ok || o.minutes <= 0 || o.minutes > 60LL * 24 * 365)
        return QStringLiteral("--minutes '%1' must be a whole number from 1 to 525600")
            .arg(p.value("minutes"));
    const QString speed = p.value("speed");
    if (speed == QLatin1String("max")) {
        o.config.speed = 0;
    } else {
        o.config.speed = speed.toDouble(&ok);
        if (!ok || o.config.speed <= 0 || o.config.speed > 1e6)
            return QStringLiteral("--speed '%1' must be 'max' or a number above 0").arg(speed);
    }
    const auto scenario = sim::parseScenario(p.value("scenario").toStdString());
    if (!scenario)
        return QStringLiteral("--scenario '%1' is unknown (balanced, retail, funds)")
            .arg(p.value("scenario"));
    o.config.scenario = *scenario;
    const auto symbol = findSymbol(p.value("symbol").toUpper().toStdString());
    if (!symbol || *symbol >= kDefaultSymbolCount)
        return QStringLiteral("--symbol '%1' is not one of the 21 simulated perps").arg(p.value("symbol"));
    o.symbol = *symbol;
    if (p.isSet("symbols") && p.value("symbols") != QLatin1String("all")) {
        if (const QString err = cli::parseSymbolList(p.value("symbols"), "simulated", o.config.symbols);
            !err.isEmpty())
            return err;
        if (std::find(o.config.symbols.begin(), o.config.symbols.end(), o.symbol) == o.config.symbols.end())
            o.config.symbols.push_back(o.symbol);
    }
    const auto tf = parseTimeframe(p.value("candles").toStdString());
    if (!tf)
        return QStringLiteral("--candles '%1' is not a timeframe (1m 5m 15m 1h 4h 1d)")
            .arg(p.value("candles"));
    o.timeframe = *tf;
    o.csv = p.value("csv");
    return {};
}

struct Counts
{
    std::array<std::uint64_t, std::variant_size_v<MarketEvent>> byType {};
    double liqLongQty = 0, liqShortQty = 0;
    std::uint64_t liqLong = 0, liqShort = 0;
};

void count(const EventBatch& b, SymbolId symbol, Counts& c)
{
    for (const auto& e : b.events) {
        ++c.byType[e.index()];
        if (const auto* l = std::get_if<Liquidation>(&e); l && l->h.symbol == symbol) {
            (l->liquidated == PositionSide::Long ? c.liqLong : c.liqShort) += 1;
            (l->liquidated == PositionSide::Long ? c.liqLongQty : c.liqShortQty) += l->qty.toDouble();
        }
    }
}

int runSim(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Runs the market simulator through the engine and writes the candles "
                       "of one symbol as CSV. All prices are SIMULATED."));
    p.addHelpOption();
    p.addOptions({
        {"seed", "Random seed (same seed, same market).", "N", "1"},
        {"minutes", "Simulated minutes to run.", "M", "60"},
        {"speed", "'max' (as fast as possible) or simulated seconds per real second.", "S", "max"},
        {"symbol", "Symbol whose candles are written, e.g. BTCUSDT.", "SYMBOL", "BTCUSDT"},
        {"symbols", "Comma-separated symbols to simulate (default: all 21).", "LIST", "all"},
        {"candles", "Candle timeframe: 1m 5m 15m 1h 4h 1d.", "TF", "1m"},
        {"csv", "Write the candles to this CSV file.", "FILE"},
        {"data-dir",
            "Also keep what is simulated (candles of every timeframe, liquidations, open "
            "interest, funding) in the history database in DIR, as the app does.",
            "DIR"},
        {"scenario", "Trader population: balanced, retail (25-125x, short-lived), funds (2-10x, long-lived).",
            "NAME", "balanced"},
    });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet("help")) {
        QString help = p.helpText();
        help.replace(
            QRegularExpression(QStringLiteral("^Usage: \\S+")), QStringLiteral("Usage: ") + args.front());
        QTextStream(stdout) << help;
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().front()));
    SimOptions o;
    if (const QString err = parse(p, o); !err.isEmpty())
        return fail(err);

    const TimeMs tfMs = timeframeMs(o.timeframe);
    const auto capacity
        = static_cast<std::size_t>(std::max<qint64>(20'000, o.minutes * kMinuteMs / tfMs + 16));
    Engine engine(capacity);
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
            QTextStream(stderr) << "perpscope-cli sim: " << history.recoveryMessage() << "\n";
    }
    sim::Simulator simulator(o.config);
    const TimeMs end = simulator.now() + o.minutes * kMinuteMs;
    Counts counts;
    QElapsedTimer wall;
    wall.start();
    while (simulator.now() < end) {
        TimeMs target = std::min(end, simulator.now() + 60'000);
        if (o.config.speed > 0) {
            QThread::msleep(50);
            const auto due = o.config.startTime
                + static_cast<TimeMs>(static_cast<double>(wall.elapsed()) * o.config.speed);
            target = std::min(end, std::max(simulator.now() + sim::Simulator::kStepMs, due));
        }
        EventBatch batch;
        simulator.advanceTo(target, batch.events);
        count(batch, o.symbol, counts);
        engine.apply(batch);
        history.afterBatch(batch, engine);
    }
    history.close(&engine);
    const double wallSec = static_cast<double>(wall.elapsed()) / 1000.0;

    const CandleBook* book = engine.book(o.symbol);
    if (!o.csv.isEmpty() && !cli::writeCandlesCsv(o.csv, book->series(o.timeframe).candles())) {
        QTextStream(stderr) << "perpscope-cli sim: cannot write '" << o.csv << "'\n";
        return 1;
    }
    QTextStream out(stdout);
    const auto s = engine.summary(o.symbol);
    out << "SIMULATED market · seed " << o.config.seed << " · scenario "
        << QString::fromStdString(std::string(sim::scenarioName(o.config.scenario))) << " · "
        << simulator.symbols().size() << (simulator.symbols().size() == 1 ? " symbol · " : " symbols · ")
        << o.minutes << " simulated minutes in " << QString::number(wallSec, 'f', 2) << " s\n";
    const char* names[]
        = {"trades", "liquidations", "mark/funding", "open interest", "book updates", "metrics"};
    out << "events:";
    for (std::size_t i = 0; i < counts.byType.size(); ++i)
        out << " " << names[i] << "=" << counts.byType[i];
    out << "\n"
        << QString::fromStdString(symbolName(o.symbol)) << ": last " << s.last << ", mark " << s.mark
        << ", funding " << QString::number(s.fundingRate * 100, 'f', 4) << "%, open interest "
        << s.openInterest << ", candles " << book->series(o.timeframe).size() << " x "
        << QString::fromLatin1(timeframeName(o.timeframe).data()) << "\n"
        << "liquidations (" << QString::fromStdString(symbolName(o.symbol)) << "): longs " << counts.liqLong
        << " (" << counts.liqLongQty << "), shorts " << counts.liqShort << " (" << counts.liqShortQty
        << "); all symbols " << simulator.liquidationCount() << "\n"
        << "regime now: " << simulator.regimeName() << "\n";
    if (!o.csv.isEmpty())
        out << "candles written to " << o.csv << "\n";
    if (p.isSet("data-dir")) {
        out << "history: " << history.rowsWritten() << " rows stored in " << history.dataDir() << "\n";
        if (history.failures() > 0) {
            QTextStream(stderr) << "perpscope-cli sim: " << history.failures() << " history writes failed\n";
            return 1;
        }
    }
    return 0;
}

} // namespace

PERP_CLI_COMMAND("sim", "Run the market simulator and write candles (SIMULATED data)", runSim)
