// SPDX-License-Identifier: MIT
// Replay mode of liq-eval: the liquidation state of each symbol is fed a recording step by
// step, like the engine in the app, and its bands' track record (liq::BandScorecard) is kept
// over the whole recording instead of the app's last 24 h.
#include "liqevalreplay.h"

#include "backtestreplay.h"
#include "liqevalbandrecord.h"

#include "engine/liq/liqstate.h"

#include <QDateTime>
#include <QJsonArray>
#include <cmath>
#include <map>
#include <memory>

namespace perp::cli {

namespace {

constexpr TimeMs kStepMs = 1000;
// Longer than any recording: every scored liquidation stays in the record.
constexpr TimeMs kWholeRecording = 10 * 366 * 24 * kHourMs;

struct SymbolRun
{
    explicit SymbolRun(SymbolId id)
        : state(id, {}, kWholeRecording)
    { }
    liq::LiqState state;
    std::uint64_t liquidations = 0;
    double notional = 0;
    bool dirty = false;
};

QString utc(TimeMs t)
{
    return t > 0 ? QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODateWithMs) : QString();
}

} // namespace

QJsonObject evaluateReplay(const QStringList& files, QString& error)
{
    std::map<SymbolId, std::unique_ptr<SymbolRun>> runs;
    const auto step = [&](std::vector<MarketEvent>& events) {
        for (const MarketEvent& e : events) {
            // As Engine::apply: the liquidation state sees everything but books and metrics.
            if (std::holds_alternative<BookUpdate>(e) || std::holds_alternative<Metric>(e))
                continue;
            const SymbolId id = header(e).symbol;
            auto& run = runs[id];
            if (!run)
                run = std::make_unique<SymbolRun>(id);
            run->state.apply(e);
            run->dirty = true;
            if (const auto* l = std::get_if<Liquidation>(&e)) {
                if (const auto realized = liq::toRealized(*l)) {
                    ++run->liquidations;
                    run->notional += realized->notional;
                }
            }
        }
        // As Engine::refreshLiquidity after each batch: the bands are redrawn where events came.
        for (auto& [id, run] : runs) {
            if (run->dirty)
                run->state.refresh();
            run->dirty = false;
        }
    };
    ReplayHistoryInfo info;
    if (!replayInSteps(files, kStepMs, step, info, error))
        return {};
    if (info.events == 0) {
        error = QStringLiteral("no market events in %1 (%2 lines read, %3 rejected%4)")
                    .arg(files.join(", "))
                    .arg(info.lines)
                    .arg(info.rejected)
                    .arg(info.rejectExamples.isEmpty() ? QString() : ": " + info.rejectExamples.front());
        return {};
    }
    if (info.lastTime - info.firstTime >= kWholeRecording) {
        error = QStringLiteral("the recordings span %1 hours, more than liq-eval scores at once")
                    .arg(info.hours(), 0, 'f', 1);
        return {};
    }
    QJsonArray symbols;
    PooledBandRecord pooled;
    for (const auto& [id, run] : runs) {
        const auto record = run->state.scorecard().records(info.lastTime);
        PooledBandRecord one;
        one.add(record);
        pooled.add(one);
        symbols.append(QJsonObject {{"symbol", QString::fromStdString(symbolName(id))},
            {"realized_liquidations", static_cast<qint64>(run->liquidations)},
            {"realized_notional", std::round(run->notional * 100) / 100},
            {"confidence", QString::fromLatin1(liq::confidenceName(run->state.estimator().confidence()))},
            {"realized_vs_earlier_bands", one.toJson()}});
    }
    return QJsonObject {{"simulated", false}, {"source", "replay:" + info.names.join(',')},
        {"files", QJsonArray::fromStringList(info.names)}, {"events", static_cast<qint64>(info.events)},
        {"lines", static_cast<qint64>(info.lines)}, {"rejected", static_cast<qint64>(info.rejected)},
        {"reject_examples", QJsonArray::fromStringList(info.rejectExamples)},
        {"first_time", utc(info.firstTime)}, {"last_time", utc(info.lastTime)},
        {"hours", std::round(info.hours() * 1e4) / 1e4}, {"step_ms", static_cast<qint64>(kStepMs)},
        {"range_pct", 10}, {"top_bands", 5}, {"symbols", symbols},
        {"realized_vs_earlier_bands", pooled.toJson()}};
}

} // namespace perp::cli
