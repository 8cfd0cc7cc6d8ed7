// SPDX-License-Identifier: MIT
#pragma once

#include "feed/feedsource.h"
#include "simconfig.h"

#include <QElapsedTimer>
#include <QTimer>
#include <memory>

namespace perp::sim {

class Simulator;

// The simulator as a FeedSource: advances the simulated clock on a timer
// (speed x wall time, or flat out when speed is 0) and emits event batches.
class SimFeed : public FeedSource
{
    Q_OBJECT
public:
    explicit SimFeed(SimConfig config, QObject* parent = nullptr);
    ~SimFeed() override;

    QString description() const override;
    bool isSimulated() const override { return true; }

public slots:
    void start() override;
    void stop() override;

signals:
    // Every open position per symbol, about once per simulated second; for evaluation only.
    void groundTruthReady(std::shared_ptr<const std::vector<perp::sim::GroundTruth>> truth);

public:
    // Simulated ms advanced per timer tick when running flat out (speed 0).
    static constexpr TimeMs kMaxSpeedChunkMs = 2000;
    // Timer period when following wall time.
    static constexpr int kTickMs = 50;
    // Least wall time between two ground-truth signals when running flat out.
    static constexpr qint64 kTruthMinWallMs = 50;

    // The simulator itself (for evaluation code living on the same thread); null before start().
    const Simulator* simulator() const { return m_sim.get(); }

private:
    void tick();

    SimConfig m_config;
    std::unique_ptr<Simulator> m_sim;
    QTimer m_timer;
    QElapsedTimer m_wall;
    qint64 m_lastWallMs = 0;
    qint64 m_lastTruthWallMs = -1;
    double m_carryMs = 0; // simulated ms owed but not yet whole
    TimeMs m_nextTruth = 0;
};

} // namespace perp::sim

Q_DECLARE_METATYPE(std::shared_ptr<const std::vector<perp::sim::GroundTruth>>)
