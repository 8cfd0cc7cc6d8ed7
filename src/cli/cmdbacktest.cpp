// SPDX-License-Identifier: MIT
// perpscope-cli backtest --source sim --seed N --hours H [--json] (or --source replay:FILE[,FILE]):
// runs the engine with all signal cards over simulated or recorded history and scores every
// signal and composite mode.
#include "backtestreplay.h"
#include "command.h"
#include "engine/alerts/liqinput.h"
#include "engine/alerts/signalinput.h"
#include "engine/alerts/zoneinput.h"
#include "store/alertrunner.h"

#include "engine/engine.h"
#include "engine/signals/backtest.h"
#include "feed/sim/simulator.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>
#include <cmath>

namespace {

using namespace perp;

int fail(const QString& text)
{
    QTextStream(stderr) << "perpscope-cli backtest: " << text << "\n";
    return 2;
}

int runBacktest(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        "Runs the signal engine over simulated or recorded history and reports, per signal and per composite "
        "mode "
        "(scalp 5 min, day 1 h, swing 4 h horizons): hit rate, rank IC, number of calls and calibration, "
        "next to the coin-flip and always-long baselines. The same options give byte-identical output.");
    p.addHelpOption();
    p.addOption({"source",
        "History source: 'sim' (the built-in market simulator) or 'replay:FILE[,FILE...]' (recorded "
        "data in any format `perpscope-cli replay` reads, replayed in exchange-time order of the files).",
        "source", "sim"});
    p.addOption({"seed", "Simulator seed (with replay: the seed of the coin-flip baseline).", "n", "1"});
    p.addOption({"hours", "Simulated hours (0.1 .. 720).", "h", "6"});
    p.addOption({"scenario", "Simulator scenario: balanced, retail, funds.", "name", "balanced"});
    p.addOption({"json", "Print the full report as JSON (default: a short table)."});
    p.addOption({"alerts", "Alert rules (JSON, as exported by the app) evaluated every 10 simulated seconds.",
        "rules.json"});
    p.addOption({"alert-log", "With --alerts: write each fired alert as one JSON line here.", "out.jsonl"});
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet("help")) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().first()));
    const QString source = p.value("source");
    const bool replaying = source.startsWith(QLatin1String("replay:"));
    const QStringList replayFiles = source.mid(7).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (source != QLatin1String("sim") && !replaying)
        return fail(QStringLiteral("--source '%1' is not supported; use 'sim' or 'replay:FILE'").arg(source));
    if (replaying && replayFiles.isEmpty())
        return fail(QStringLiteral("--source replay: needs a file, e.g. replay:capture.gz"));
    for (const QString& f : replayFiles)
        if (!QFileInfo(f).isFile())
            return fail(QStringLiteral("--source replay: no such file '%1'").arg(f));
    if (replaying && p.isSet("hours"))
        return fail(QStringLiteral("--hours applies to the simulator; a replay covers its files"));
    bool ok = false;
    const auto seed = p.value("seed").toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed '%1' is not a non-negative integer").arg(p.value("seed")));
    const double hours = p.value("hours").toDouble(&ok);
    if (!ok || !(hours >= 0.1) || hours > 720)
        return fail(QStringLiteral("--hours '%1' must be a number from 0.1 to 720").arg(p.value("hours")));
    const auto scenario = sim::parseScenario(p.value("scenario").toStdString());
    if (!scenario)
        return fail(
            QStringLiteral("--scenario '%1' is unknown (balanced, retail, funds)").arg(p.value("scenario")));

    store::AlertRunner alertRunner;
    const bool withAlerts = p.isSet("alerts");
    if (!withAlerts && p.isSet("alert-log"))
        return fail(QStringLiteral("--alert-log needs --alerts RULES.json"));
    if (withAlerts) {
        QString error;
        if (!alertRunner.open(p.value("alerts"), p.value("alert-log"), replaying, &error))
            return fail(error);
    }

    Engine engine;
    sig::Backtest backtest(engine.signalEngine(), seed);
    QElapsedTimer timer;
    timer.start();
    std::uint64_t count = 0;
    // One step of history: the events of 10 s, then what the app does every engine cycle.
    const auto step = [&](std::vector<MarketEvent>& events) {
        for (const auto& e : events)
            engine.apply(e);
        engine.refreshLiquidity(); // estimated liquidation bands, read by the liquidation cards
        count += events.size();
        if (withAlerts) {
            alertRunner.observe(EventBatch {std::move(events)});
            alerts::AlertInput& input = alertRunner.begin(engine);
            alerts::fillLiquidity(input, engine);
            alerts::fillSignals(input, engine);
            alerts::fillZones(input, engine);
            alertRunner.finish();
        }
    };

    sig::Backtest::RunInfo info;
    info.seed = seed;
    if (replaying) {
        cli::ReplayHistoryInfo read;
        QString error;
        if (!cli::replayInSteps(replayFiles, 10'000, step, read, error))
            return fail(error);
        info.source = "replay:" + read.names.join(',').toStdString();
        info.hours = read.hours();
        info.scenario = "recorded";
        info.symbols = read.symbols.size();
        QTextStream err(stderr);
        err << "backtest: " << read.lines << " lines read, " << read.rejected << " rejected";
        if (read.klinesSkipped > 0)
            err << ", " << read.klinesSkipped << " klines skipped (bars carry no trades to score)";
        err << "\n";
        for (const QString& r : read.rejectExamples)
            err << "  rejected " << r << "\n";
        if (read.events == 0)
            return fail(QStringLiteral("no market events in %1").arg(replayFiles.join(", ")));
    } else {
        sim::SimConfig cfg;
        cfg.seed = seed;
        cfg.speed = 0;
        cfg.scenario = *scenario;
        sim::Simulator simulator(cfg);
        const TimeMs end = cfg.startTime + static_cast<TimeMs>(std::llround(hours * 3600.0)) * 1000;
        std::vector<MarketEvent> events;
        for (TimeMs t = cfg.startTime; t < end;) {
            t = std::min(end, t + 10'000);
            events.clear();
            simulator.advanceTo(t, events);
            step(events);
        }
        info.source = "sim";
        info.hours = hours;
        info.scenario = std::string(sim::scenarioName(*scenario));
        info.symbols = simulator.symbols().size();
    }
    info.events = count;
    QTextStream out(stdout);
    if (p.isSet("json")) {
        out << QString::fromStdString(backtest.toJson(info)) << "\n";
    } else {
        out << "backtest: " << QString::fromStdString(info.source) << " seed " << seed << ", " << info.hours
            << " h, " << count << " events\n";
        for (auto m : sig::kAllModes) {
            const auto& s = backtest.scores(m);
            const auto& c = s.composite;
            out << QString::fromUtf8(sig::modeName(m).data()).leftJustified(6) << " composite: " << c.calls
                << " calls, hit rate " << (c.calls > 0 ? c.hits / c.calls : 0.0) << ", IC "
                << (c.icCount > 0 ? c.icSum / c.icCount : 0.0) << "; always long "
                << (s.evaluations > 0 ? s.upMoves / s.evaluations : 0.0) << ", coin flip "
                << (s.evaluations > 0 ? s.coinHits / s.evaluations : 0.0) << "\n";
        }
        out << "(--json for every signal and the calibration)\n";
    }
    QTextStream(stderr) << "backtest: " << count << " events in " << timer.elapsed() / 1000.0 << " s\n";
    if (withAlerts) {
        QTextStream(stderr) << "alerts fired: " << alertRunner.firedTotal() << "\n";
        if (alertRunner.logFailed())
            return fail(QStringLiteral("could not write the alert log '%1'").arg(p.value("alert-log")));
    }
    return 0;
}

} // namespace

PERP_CLI_COMMAND(
    "backtest", "Score every signal and composite mode over simulated or recorded history", runBacktest)
