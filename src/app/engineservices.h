// SPDX-License-Identifier: MIT
#pragma once

#include "alerttypes.h"
#include "engine/alerts/evaluator.h"
#include "engine/alerts/marketinput.h"
#include "engine/engine.h"
#include "store/historysession.h"

#include <QElapsedTimer>
#include <QObject>
#include <array>
#include <set>

namespace perp {

// What the engine thread does besides the market: keeps history in SQLite (seeds the
// engine from it at start, writes candles and more after every batch) and evaluates
// the alert rules once per engine cycle, logging what fires. Owned by the EngineWorker
// and living on its thread; the GUI talks to it only through queued signals and slots
// carrying copies.
class EngineServices : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool history = false; // keep history (SQLite) at all
        QString dataDir; // empty = the platform's data directory
        bool replay = false; // the source replays recorded data: fired alerts are marked replay
        // Newest candles per symbol and timeframe put into the engine at start: 21 symbols x
        // 6 timeframes x 2000 keeps the start fast and still shows 33 hours of 1m candles.
        std::size_t seedPerSeries = 2'000;
        // The signal learner's state is saved this often (wall time) while it learns, and on stop.
        int learnerSaveIntervalMs = 300'000;
    };

    explicit EngineServices(QObject* parent = nullptr);
    ~EngineServices() override;

    // Before the engine thread starts.
    void configure(const Options& options) { m_options = options; }
    const Options& options() const { return m_options; }

    // Engine thread.
    void start(Engine& engine);
    void afterBatch(const EventBatch& batch, const Engine& engine);
    // Candles of `symbol` from `from` on were filled from the exchange's backfill: store them.
    void afterFill(SymbolId symbol, TimeMs from);
    // True when the user's margin-tiers.json (data directory) sets this symbol's tiers; the
    // exchange's refresh then leaves them alone.
    bool hasUserTiers(SymbolId symbol) const { return m_userTiers.contains(symbol); }
    void stop(const Engine& engine);
    bool historyOpen() const { return m_history.isOpen(); }
    const alerts::Evaluator& evaluator() const { return m_evaluator; }

public slots:
    void setRules(perp::RuleList rules);
    void acknowledge(qint64 id);
    void acknowledgeAll();
    void requestHistory(int limit);

signals:
    // A line for the status bar (error = show it as a problem).
    void historyStatus(const QString& text, bool error);
    // The stored rules, once the session is open.
    void rulesLoaded(perp::RuleList rules);
    void alertsFired(perp::FiredAlertList fired);
    void alertHistory(perp::FiredAlertList alerts);

private:
    void evaluate(const Engine& engine);
    void recordBias(const Engine& engine);
    void loadSpent();
    void saveSpent();
    void loadUserTiers(Engine& engine);
    void saveZones(const Engine& engine);
    void restoreZones(Engine& engine);
    // The text to add to the history line.
    QString restoreLearner(Engine& engine, bool* failed);
    void saveLearner(const Engine& engine);

    Options m_options;
    store::HistorySession m_history;
    alerts::MarketInputCollector m_collector;
    alerts::Evaluator m_evaluator;
    bool m_stopped = false;
    std::set<SymbolId> m_userTiers;
    std::size_t m_spentSaved = 0;
    std::array<TimeMs, 3> m_biasRecorded {}; // newest composite cycle stored, per mode
    TimeMs m_zonesSaved = 0; // engine time zones were last stored
    QElapsedTimer m_learnerClock; // since the learner state was last saved
    std::uint64_t m_learnerSavedCycles = 0; // signal engine cycles at that save
};

} // namespace perp
