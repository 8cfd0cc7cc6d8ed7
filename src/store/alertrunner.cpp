// SPDX-License-Identifier: MIT
#include "alertrunner.h"

#include "alertrulesjson.h"

namespace perp::store {

bool AlertRunner::open(const QString& rulesPath, const QString& logPath, bool replay, QString* error)
{
    RulesParseResult rules = importRulesFile(rulesPath);
    if (!rules.ok()) {
        if (error)
            *error = rules.error;
        return false;
    }
    m_logging = !logPath.isEmpty();
    if (m_logging && !m_log.open(logPath, false, error))
        return false;
    m_evaluator.setRules(std::move(rules.rules));
    m_replay = replay;
    return true;
}

alerts::AlertInput& AlertRunner::begin(const Engine& engine)
{
    m_input = m_collector.build(engine, m_replay);
    return m_input;
}

const std::vector<alerts::FiredAlert>& AlertRunner::finish()
{
    m_fired = m_evaluator.evaluate(m_input);
    m_total += qint64(m_fired.size());
    if (m_logging)
        for (const auto& a : m_fired)
            m_logFailed = !m_log.write(a) || m_logFailed;
    return m_fired;
}

} // namespace perp::store
