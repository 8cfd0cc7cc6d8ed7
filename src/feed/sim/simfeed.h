// SPDX-License-Identifier: MIT
#pragma once

#include "feed/feedsource.h"
#include "simconfig.h"

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

private:
    void tick();

    SimConfig m_config;
    std::unique_ptr<Simulator> m_sim;
    QTimer m_timer;
    qint64 m_lastWallMs = 0;
};

} // namespace perp::sim
