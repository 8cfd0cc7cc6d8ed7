// SPDX-License-Identifier: MIT
#include "simfeed.h"

#include "simulator.h"

#include <QMetaMethod>
#include <algorithm>
#include <cmath>

namespace perp::sim {

namespace {
const int registeredTruth = qRegisterMetaType<std::shared_ptr<const std::vector<perp::sim::GroundTruth>>>(
    "std::shared_ptr<const std::vector<perp::sim::GroundTruth>>");
}

SimFeed::SimFeed(SimConfig config, QObject* parent)
    : FeedSource(parent)
    , m_config(std::move(config))
    , m_timer(this)
{
    connect(&m_timer, &QTimer::timeout, this, &SimFeed::tick);
}

SimFeed::~SimFeed() = default;

QString SimFeed::description() const
{
    const QString speed = m_config.speed <= 0 ? QStringLiteral("max speed")
                                              : QString::number(m_config.speed, 'g', 4) + QStringLiteral("x");
    QString text = QStringLiteral("SIMULATED · seed %1 · %2").arg(m_config.seed).arg(speed);
    if (m_config.scenario != Scenario::Balanced)
        text += QStringLiteral(" · ")
            + QString::fromLatin1(scenarioName(m_config.scenario).data(),
                static_cast<qsizetype>(scenarioName(m_config.scenario).size()));
    return text;
}

void SimFeed::start()
{
    if (!m_sim) {
        m_sim = std::make_unique<Simulator>(m_config);
        m_nextTruth = m_sim->now();
    }
    m_wall.start();
    m_lastWallMs = 0;
    m_lastTruthWallMs = -1;
    m_carryMs = 0;
    const bool catchingUp = m_sim->now() < m_config.startTime + m_config.historyMs;
    m_timer.start(m_config.speed <= 0 || catchingUp ? 0 : kTickMs);
    emit statusChanged(description());
}

void SimFeed::stop()
{
    m_timer.stop();
}

void SimFeed::tick()
{
    TimeMs target;
    const TimeMs historyEnd = m_config.startTime + m_config.historyMs;
    if (m_config.speed <= 0) {
        target = m_sim->now() + kMaxSpeedChunkMs;
    } else if (m_sim->now() < historyEnd) {
        // Catching up on history: flat out, then pace from here on.
        target = std::min(m_sim->now() + kMaxSpeedChunkMs, historyEnd);
        m_lastWallMs = m_wall.elapsed();
        m_carryMs = 0;
    } else {
        const qint64 wall = m_wall.elapsed();
        m_carryMs += static_cast<double>(wall - m_lastWallMs) * m_config.speed;
        m_lastWallMs = wall;
        const double whole = std::floor(m_carryMs);
        m_carryMs -= whole;
        target = m_sim->now() + static_cast<TimeMs>(whole);
        // Steps are whole; keep the remainder for the next tick.
        const TimeMs reach = target - (target - m_sim->now()) % Simulator::kStepMs;
        m_carryMs += static_cast<double>(target - reach);
        target = reach;
    }
    auto batch = std::make_shared<EventBatch>();
    m_sim->advanceTo(target, batch->events);
    if (!batch->events.empty())
        emit batchReady(std::move(batch));
    if (m_config.speed > 0 && m_timer.interval() == 0 && m_sim->now() >= historyEnd)
        m_timer.setInterval(kTickMs); // history done: pace at `speed` from now on
    // Ground truth about once per simulated second; flat out, at most every kTruthMinWallMs
    // of wall time (copying every position thousands of times a second would cost more
    // than the simulation).
    const bool due = m_sim->now() >= m_nextTruth
        && (m_config.speed > 0 || m_lastTruthWallMs < 0
            || m_wall.elapsed() - m_lastTruthWallMs >= kTruthMinWallMs);
    if (due && isSignalConnected(QMetaMethod::fromSignal(&SimFeed::groundTruthReady))) {
        auto truth = std::make_shared<const std::vector<GroundTruth>>(m_sim->groundTruth());
        m_nextTruth = m_sim->now() + 1000;
        m_lastTruthWallMs = m_wall.elapsed();
        emit groundTruthReady(std::move(truth));
    }
}

} // namespace perp::sim
