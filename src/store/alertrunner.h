// SPDX-License-Identifier: MIT
#pragma once

#include "alertjson.h"
#include "engine/alerts/evaluator.h"
#include "engine/alerts/marketinput.h"

#include <QString>

namespace perp::store {

// Alerts for a headless run (perpscope-cli backtest/replay/sim --alerts RULES.json
// --alert-log OUT.jsonl), on the engine thread:
//
//   AlertRunner alerts;
//   if (!alerts.open(rulesPath, logPath, /*replay=*/true, &error)) fail(error);
//   engine.apply(batch); alerts.observe(batch);
//   AlertInput& in = alerts.begin(engine);   // price, funding, ATR, realized liquidations
//   ... fill in.symbols[i].modes / bands / zones / cascade from the signal and liquidation engines
//   alerts.finish();                         // evaluates and appends fired alerts to the log
class AlertRunner
{
public:
    // Reads the rules (a bad file is an error naming file and position) and opens the
    // log (truncated); an empty logPath keeps fired alerts in memory only.
    bool open(const QString& rulesPath, const QString& logPath, bool replay, QString* error = nullptr);
    void setRules(std::vector<alerts::Rule> rules) { m_evaluator.setRules(std::move(rules)); }

    void observe(const EventBatch& batch) { m_collector.observe(batch); }
    alerts::AlertInput& begin(const Engine& engine);
    // Returns the alerts fired by this evaluation (also written to the log).
    const std::vector<alerts::FiredAlert>& finish();

    const alerts::Evaluator& evaluator() const { return m_evaluator; }
    qint64 firedTotal() const { return m_total; }
    bool logFailed() const { return m_logFailed; }

private:
    alerts::Evaluator m_evaluator;
    alerts::MarketInputCollector m_collector;
    alerts::AlertInput m_input;
    std::vector<alerts::FiredAlert> m_fired;
    AlertLogWriter m_log;
    bool m_logging = false;
    bool m_replay = false;
    bool m_logFailed = false;
    qint64 m_total = 0;
};

} // namespace perp::store
