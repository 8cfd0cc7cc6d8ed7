// SPDX-License-Identifier: MIT
// perpscope-cli liq-eval: measures the liquidation estimate against the simulator's truth.
#include "command.h"
#include "liqevalbandrecord.h"
#include "liqevaloracle.h"
#include "liqevalrealized.h"
#include "liqevalreplay.h"
#include "symbollist.h"

#include "engine/liq/atrtracker.h"
#include "engine/liq/clusterfinder.h"
#include "engine/liq/liqmetrics.h"
#include "engine/liq/liquidationestimator.h"
#include "engine/liq/realizedliquidations.h"
#include "feed/sim/simulator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <array>
#include <cmath>

namespace {

using namespace perp;

struct EvalOptions
{
    std::vector<sim::Scenario> scenarios {
        sim::Scenario::Balanced, sim::Scenario::RetailHighLeverage, sim::Scenario::LowLeverageFunds};
    std::vector<std::uint64_t> seeds {1};
    std::vector<SymbolId> symbols {0, 1, 2, 3, 4};
    double hours = 24;
    int checkpoints = 8;
    double range = 0.10;
    double binStep = 0.005;
    bool withoutOi = false;
    bool truthWithStops = false;
    double populationScale = 1;
    QString out;
};

// Figures averaged over checkpoints; kFigureNames gives their JSON names.
enum Figure : std::size_t {
    Corr,
    Capture,
    Coverage,
    SmoothedTruthCorr,
    OracleCorr,
    OracleCapture,
    OracleCoverage,
    TruthCapture,
    TruthCoverage,
    TruthBestCapture,
    FigureCount
};
constexpr const char* kFigureNames[FigureCount] = {"profile_correlation", "top5_capture", "top5_coverage",
    "reference_smoothed_truth_correlation", "reference_known_entries_correlation",
    "reference_known_entries_top5_capture", "reference_known_entries_top5_coverage",
    "reference_truth_top5_capture", "reference_truth_top5_coverage", "reference_truth_best5_capture"};

struct Sums
{
    std::array<double, FigureCount> v {};
    int n = 0;
    void add(const std::array<double, FigureCount>& x)
    {
        for (std::size_t i = 0; i < FigureCount; ++i)
            v[i] += x[i];
        ++n;
    }
    void add(const Sums& o)
    {
        for (std::size_t i = 0; i < FigureCount; ++i)
            v[i] += o.v[i];
        n += o.n;
    }
    std::array<double, FigureCount> mean() const
    {
        auto m = v;
        for (auto& x : m)
            x /= n > 0 ? n : 1;
        return m;
    }
};

double round4(double v)
{
    return std::round(v * 1e4) / 1e4;
}

QJsonObject figures(const Sums& s)
{
    QJsonObject j {{"samples", s.n}};
    const auto m = s.mean();
    for (std::size_t i = 0; i < FigureCount; ++i)
        j.insert(QLatin1String(kFigureNames[i]), round4(m[i]));
    return j;
}

// reference_known_entries_* (liqevaloracle.h): an estimate that knew every position's entry,
// side, size and opening time, the path since, and the scenario's leverage mix, but not each
// position's leverage: correlation with the truth and its top-5 bands' capture and coverage,
// the bound for a feed-only estimate. reference_truth_top5_*: bands drawn on the truth itself
// (perfect knowledge) by the cluster finder. reference_truth_best5_capture: the most any five
// bands covering at most 15% of the range can capture of the truth (liq::bestCapture).
//
// Reference for profile_correlation: the truth against itself smoothed by a Gaussian of
// 0.5% (log price). An estimate that knew every position but not each one's exact
// leverage/entry would be about this smooth; the figure shows how lumpy the truth is.
double smoothedSelfCorrelation(const std::vector<double>& truth, double binStep)
{
    const double sigma = 0.005 / binStep;
    std::vector<double> sm(truth.size(), 0.0);
    for (std::size_t i = 0; i < truth.size(); ++i) {
        if (truth[i] == 0)
            continue;
        for (std::size_t j = 0; j < truth.size(); ++j) {
            const double d = (static_cast<double>(i) - static_cast<double>(j)) / sigma;
            sm[j] += truth[i] * std::exp(-0.5 * d * d);
        }
    }
    return liq::correlation(sm, truth);
}

int fail(const QString& text)
{
    QTextStream(stderr) << "perpscope-cli liq-eval: " << text << "\n";
    return 2;
}

// Prints the result and, with --out, writes it to that file too.
int print(const QJsonObject& result, const QString& out)
{
    const QByteArray json = QJsonDocument(result).toJson(QJsonDocument::Indented);
    QTextStream(stdout) << json;
    if (!out.isEmpty()) {
        QFile f(out);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(json) != json.size())
            return fail(QStringLiteral("cannot write '%1'").arg(out));
    }
    return 0;
}

QString parse(const QCommandLineParser& p, EvalOptions& o)
{
    if (p.isSet("scenarios")) {
        o.scenarios.clear();
        for (const QString& name : p.value("scenarios").split(',', Qt::SkipEmptyParts)) {
            const auto s = sim::parseScenario(name.trimmed().toStdString());
            if (!s)
                return QStringLiteral("--scenarios: '%1' is unknown (balanced, retail, funds)").arg(name);
            o.scenarios.push_back(*s);
        }
    }
    if (p.isSet("seeds")) {
        o.seeds.clear();
        for (const QString& v : p.value("seeds").split(',', Qt::SkipEmptyParts)) {
            bool ok = false;
            o.seeds.push_back(v.trimmed().toULongLong(&ok));
            if (!ok)
                return QStringLiteral("--seeds: '%1' is not a non-negative integer").arg(v);
        }
    }
    if (p.isSet("symbols")) {
        o.symbols.clear();
        if (const QString err = cli::parseSymbolList(p.value("symbols"), "simulated", o.symbols);
            !err.isEmpty())
            return err;
    }
    bool ok = false;
    o.hours = p.value("hours").toDouble(&ok);
    if (!ok || o.hours <= 0 || o.hours > 24 * 30)
        return QStringLiteral("--hours '%1' must be a number above 0 and at most 720").arg(p.value("hours"));
    o.checkpoints = p.value("checkpoints").toInt(&ok);
    if (!ok || o.checkpoints < 1 || o.checkpoints > 1000)
        return QStringLiteral("--checkpoints '%1' must be 1..1000").arg(p.value("checkpoints"));
    const double binPct = p.value("bin-pct").toDouble(&ok);
    if (!ok || binPct < 0.05 || binPct > 2)
        return QStringLiteral("--bin-pct '%1' must be 0.05..2").arg(p.value("bin-pct"));
    o.binStep = binPct / 100.0;
    o.populationScale = p.value("population-scale").toDouble(&ok);
    if (!ok || o.populationScale < 0.25 || o.populationScale > 64)
        return QStringLiteral("--population-scale '%1' must be 0.25..64").arg(p.value("population-scale"));
    o.withoutOi = p.isSet("without-oi");
    o.truthWithStops = p.isSet("truth-with-stops");
    o.out = p.value("out");
    if (o.scenarios.empty() || o.seeds.empty() || o.symbols.empty())
        return QStringLiteral("nothing to evaluate (empty scenario, seed or symbol list)");
    return {};
}

// One simulated run: estimators see only trades, OI, mark and realized liquidations.
QJsonObject runOne(sim::Scenario scenario, std::uint64_t seed, const EvalOptions& o, Sums& total,
    cli::PooledBandRecord& record)
{
    sim::SimConfig cfg;
    cfg.seed = seed;
    cfg.speed = 0;
    cfg.scenario = scenario;
    cfg.symbols = o.symbols;
    cfg.populationScale = o.populationScale;
    sim::Simulator simulator(cfg);
    const TimeMs start = simulator.now();
    const auto durationMs = static_cast<TimeMs>(o.hours * kHourMs);

    struct PerSymbol
    {
        explicit PerSymbol(SymbolId id)
            : estimator(id)
        { }
        liq::LiquidationEstimator estimator;
        liq::ClusterFinder finder;
        liq::AtrTracker atr;
        cli::PricePath path;
        liq::BandScorecard card;
        Sums sums;
        std::uint64_t realized = 0;
    };
    std::map<SymbolId, std::unique_ptr<PerSymbol>> state;
    const cli::KnownEntriesOracle oracle(scenario, seed);
    for (SymbolId id : simulator.symbols())
        state[id] = std::make_unique<PerSymbol>(id);

    // Checkpoints evenly spaced over the last three quarters of the run (the first quarter
    // lets the estimate build up from nothing while the truth starts with a population).
    std::vector<TimeMs> checkpoints;
    for (int i = 1; i <= o.checkpoints; ++i)
        checkpoints.push_back(start + durationMs / 4 + (durationMs - durationMs / 4) * i / o.checkpoints);

    const TimeMs warm = start + durationMs / 4;
    std::vector<MarketEvent> events;
    std::size_t next = 0;
    for (TimeMs t = start; next < checkpoints.size();) {
        t = std::min(t + 1000, checkpoints[next]);
        events.clear();
        simulator.advanceTo(t, events);
        for (const auto& e : events) {
            if (std::holds_alternative<BookUpdate>(e) || std::holds_alternative<Metric>(e))
                continue;
            if (o.withoutOi && std::holds_alternative<OpenInterest>(e))
                continue;
            auto it = state.find(header(e).symbol);
            if (it == state.end())
                continue;
            it->second->estimator.apply(e);
            if (const auto* tr = std::get_if<Trade>(&e)) {
                it->second->atr.add(tr->h.exchangeTime, tr->price.toDouble());
                it->second->path.add(tr->h.exchangeTime, tr->price.toDouble());
            } else if (const auto* l = std::get_if<Liquidation>(&e)) {
                ++it->second->realized;
                if (const auto realized = liq::toRealized(*l))
                    it->second->card.onLiquidation(*realized);
            }
        }
        // The bands a trader saw, once a minute after the warm-up: later realized
        // liquidations are scored against them (the app's track record).
        if (t >= warm && t % kMinuteMs == 0) {
            for (auto& [id, s] : state)
                if (s->estimator.price() > 0)
                    s->card.onBands(
                        t, s->estimator.price(), s->finder.update(s->estimator.profile(), s->atr.atr()));
        }
        if (t < checkpoints[next])
            continue;
        ++next;
        for (const auto& truth : simulator.groundTruth()) {
            auto it = state.find(truth.symbol);
            if (it == state.end())
                continue;
            auto& s = *it->second;
            const double price = s.estimator.price();
            if (price <= 0)
                continue;
            std::vector<liq::KnownLevel> levels;
            // Truth: positions that will be liquidated at their liquidation price if price gets
            // there. Market-maker inventory is excluded (a hedged book, not a leveraged bet), and
            // so are positions with a stop-loss (it sits between price and the liquidation price,
            // so they close at the stop; --truth-with-stops keeps them).
            for (const auto& p : truth.positions)
                if (!p.marketMaker && (o.truthWithStops || p.stopPrice <= 0))
                    levels.push_back({p.liquidationPrice, p.qty * p.entryPrice});
            const liq::LiqProfile profile = s.estimator.profile();
            const auto& bands = s.finder.update(profile, s.atr.atr());
            const std::span<const liq::LiqBand> top5(bands.data(), std::min<std::size_t>(5, bands.size()));
            const liq::EvalBins bins {price, o.range, o.binStep};
            const auto truthDensity = liq::densityOf(levels, bins);
            const auto estDensity = liq::densityOf(profile, bins);
            s.path.prepare();
            const auto oracleLevels = oracle.levels(truth, price, s.path, o.truthWithStops);
            const auto top5Of = [](const std::vector<liq::LiqBand>& all) {
                return std::vector<liq::LiqBand>(
                    all.begin(), all.begin() + std::min<std::ptrdiff_t>(5, std::ssize(all)));
            };
            const auto oracleBands = top5Of(liq::ClusterFinder::find(
                cli::profileOf(oracleLevels, price, t), s.atr.atr(), s.finder.config()));
            const auto truthBands = top5Of(
                liq::ClusterFinder::find(cli::profileOf(levels, price, t), s.atr.atr(), s.finder.config()));
            s.sums.add(std::array<double, FigureCount> {liq::correlation(estDensity, truthDensity),
                liq::capture(top5, levels, price, o.range), liq::coverage(top5, price, o.range),
                smoothedSelfCorrelation(truthDensity, o.binStep),
                liq::correlation(liq::densityOf(oracleLevels, bins), truthDensity),
                liq::capture(oracleBands, levels, price, o.range), liq::coverage(oracleBands, price, o.range),
                liq::capture(truthBands, levels, price, o.range), liq::coverage(truthBands, price, o.range),
                liq::bestCapture(levels, price, o.range, 5, 0.15)});
        }
    }
    QJsonArray perSymbol;
    Sums run;
    cli::PooledBandRecord runRecord;
    for (const auto& [id, s] : state) {
        runRecord.add(s->card.records(simulator.now()));
        QJsonObject j = figures(s->sums);
        j.insert("symbol", QString::fromStdString(symbolName(id)));
        j.insert("realized_liquidations", static_cast<qint64>(s->realized));
        j.insert("confidence", QString::fromLatin1(liq::confidenceName(s->estimator.confidence())));
        QJsonArray w;
        for (double x : s->estimator.weights())
            w.append(round4(x));
        j.insert("leverage_weights", w);
        perSymbol.append(j);
        run.add(s->sums);
    }
    total.add(run);
    QJsonObject j = figures(run);
    j.insert("scenario",
        QString::fromLatin1(
            sim::scenarioName(scenario).data(), static_cast<qsizetype>(sim::scenarioName(scenario).size())));
    j.insert("seed", QString::number(seed));
    j.insert("realized_vs_earlier_bands", runRecord.toJson());
    record.add(runRecord);
    j.insert("symbols", perSymbol);
    return j;
}

int runLiqEval(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Runs the SIMULATED market and compares the estimated liquidation levels (built only from "
        "trades, open interest, mark price and realized liquidations) with the simulator's true "
        "positions at several checkpoints. Prints JSON: profile_correlation (estimated vs true "
        "liquidation notional by log-price bin within +-10% of price), top5_capture (share of the "
        "true notional within +-10% that lies inside the 5 largest estimated bands) and "
        "top5_coverage (share of the +-10% range those bands cover). With --replay or --realized it "
        "scores recorded data instead: realized liquidations against the bands drawn before them."));
    p.addHelpOption();
    p.addOptions({
        {"scenarios", "Comma-separated: balanced, retail, funds (default: all three).", "LIST"},
        {"seeds", "Comma-separated seeds (default 1).", "LIST"},
        {"symbols", "Comma-separated symbols (default BTCUSDT,ETHUSDT,SOLUSDT,XRPUSDT,DOGEUSDT).", "LIST"},
        {"hours", "Simulated hours per run.", "H", "24"},
        {"checkpoints", "Comparisons per run, evenly spaced after the first quarter.", "N", "8"},
        {"bin-pct", "Width of the comparison bins in % (log-price).", "PCT", "0.5"},
        {"population-scale",
            "Simulated traders K times as many, each 1/K the size (same open interest and flow; "
            "a smoother true liquidation map).",
            "K", "1"},
        {"without-oi", "Hide open interest from the estimator (evaluates the volume fallback)."},
        {"truth-with-stops",
            "Count positions with a stop-loss in the truth (by default they are left out: they close "
            "at their stop, before their liquidation price)."},
        {"out", "Also write the JSON to this file.", "FILE"},
        {"realized",
            "Instead of the simulator: recorded 30-minute bars with realized liquidations and OI "
            "(Coinglass CSV); scores the bands predicted before each bar.",
            "CSV"},
        {"realized-symbol", "Symbol of the --realized data.", "SYMBOL", "BTCUSDT"},
        {"warmup-bars", "Bars fed before scoring starts (--realized).", "N", "48"},
        {"replay",
            "Instead of the simulator: recordings with realized liquidations (any format `replay` "
            "reads, e.g. raw-feed recordings), comma-separated, read in order in 1 s steps as the app "
            "would. Every realized liquidation within +-10% of price is scored against the top-5 "
            "ESTIMATED bands drawn before it (latest, 1 h and 4 h before), over the whole recording: "
            "realized_vs_earlier_bands per symbol and pooled (top5_capture, top5_coverage, "
            "lift_over_uniform = capture / coverage). Malformed lines are counted and skipped.",
            "FILE[,FILE]"},
    });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet("help")) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument '%1'").arg(p.positionalArguments().front()));
    EvalOptions o;
    if (const QString err = parse(p, o); !err.isEmpty())
        return fail(err);
    if (p.isSet("replay")) {
        const QStringList files = p.value("replay").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (files.isEmpty())
            return fail(QStringLiteral("--replay needs a file, e.g. --replay capture.rec.zst"));
        QString err;
        const QJsonObject r = cli::evaluateReplay(files, err);
        if (!err.isEmpty())
            return fail(err);
        return print(r, o.out);
    }
    if (p.isSet("realized")) {
        bool ok = false;
        const int warmup = p.value("warmup-bars").toInt(&ok);
        if (!ok || warmup < 1)
            return fail(
                QStringLiteral("--warmup-bars '%1' must be a positive integer").arg(p.value("warmup-bars")));
        QString err;
        const QJsonObject r
            = cli::evaluateRealized(p.value("realized"), p.value("realized-symbol"), warmup, err);
        if (!err.isEmpty())
            return fail(err);
        QTextStream(stdout) << QJsonDocument(r).toJson(QJsonDocument::Indented);
        return 0;
    }

    QJsonArray runs;
    Sums total;
    cli::PooledBandRecord record;
    std::vector<Sums> perScenario;
    for (auto scenario : o.scenarios) {
        Sums sc;
        for (auto seed : o.seeds)
            runs.append(runOne(scenario, seed, o, sc, record));
        perScenario.push_back(sc);
    }
    // The mean over scenarios weights each scenario equally.
    Sums mean;
    for (const auto& s : perScenario)
        mean.add(s.mean());
    QJsonObject root {{"simulated", true}, {"hours", o.hours}, {"checkpoints", o.checkpoints},
        {"range_pct", o.range * 100}, {"bin_pct", o.binStep * 100}, {"population_scale", o.populationScale},
        {"open_interest", !o.withoutOi}, {"truth_with_stops", o.truthWithStops}, {"runs", runs},
        {"mean", figures(mean)}, {"realized_vs_earlier_bands", record.toJson()}};
    return print(root, o.out);
}

} // namespace

PERP_CLI_COMMAND(
    "liq-eval", "Measure the liquidation estimate against the simulator's truth (SIMULATED)", runLiqEval)
