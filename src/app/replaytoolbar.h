// SPDX-License-Identifier: MIT
#pragma once

#include "feed/replay/replayfeed.h"

#include <QToolBar>
#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QProgressBar;
class QSlider;

namespace perp {

class MainWindow;
class MarketPipeline;

// Replay controls, shown only for replay sources: play/pause (Space), step one event batch
// (Right) or one candle of the chart's timeframe (Shift+Right), speed 1x..60x or max
// (Ctrl++ / Ctrl+-, also ] and [; plain + and - zoom the chart), a timeline slider over the
// files' time range with the replay time, and a progress bar for loading, seeking and the
// position. It talks to the ReplayFeed on the feed thread only through queued calls and
// shows the ReplayState the feed sends back.
class ReplayToolBar : public QToolBar
{
    Q_OBJECT
public:
    // `candleMs` gives the chart's candle length for "step one candle".
    ReplayToolBar(replay::ReplayFeed* feed, std::function<qint64()> candleMs, QWidget* parent = nullptr);

    // Adds the bar to the window's bottom when the pipeline replays files; null otherwise.
    static ReplayToolBar* install(MainWindow* window, MarketPipeline* pipeline);

    static const std::vector<double>& speeds(); // 0 = max
    const replay::ReplayState& state() const { return m_state; }
    QAction* playAction() const { return m_play; }
    QAction* stepAction() const { return m_step; }
    QAction* stepCandleAction() const { return m_stepCandle; }
    QAction* fasterAction() const { return m_faster; }
    QAction* slowerAction() const { return m_slower; }
    QComboBox* speedBox() const { return m_speed; }
    QSlider* timeline() const { return m_timeline; }
    QProgressBar* progressBar() const { return m_progress; }
    QLabel* timeLabel() const { return m_time; }
    // The replay time a timeline position stands for.
    qint64 timeAt(int sliderValue) const;
    int sliderValueAt(qint64 timeMs) const;

    void seekTo(qint64 timeMs);
    void setSpeed(double speed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showState(const perp::replay::ReplayState& state);
    void retranslate();
    void call(void (replay::ReplayFeed::*slot)());
    void shiftSpeed(int by);

    replay::ReplayFeed* m_feed;
    std::function<qint64()> m_candleMs;
    replay::ReplayState m_state;
    QAction* m_play;
    QAction* m_step;
    QAction* m_stepCandle;
    QAction* m_faster;
    QAction* m_slower;
    QComboBox* m_speed;
    QSlider* m_timeline;
    QLabel* m_time;
    QLabel* m_position;
    QProgressBar* m_progress;
    bool m_updating = false;
};

} // namespace perp
