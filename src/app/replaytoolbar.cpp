// SPDX-License-Identifier: MIT
#include "replaytoolbar.h"

#include "mainwindow.h"
#include "marketpipeline.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSlider>
#include <QStyle>

namespace perp {

namespace {
constexpr int kSliderSteps = 10'000;
using Phase = replay::ReplayState::Phase;

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(" UTC");
}
} // namespace

const std::vector<double>& ReplayToolBar::speeds()
{
    static const std::vector<double> s {1, 2, 5, 10, 60, 0};
    return s;
}

ReplayToolBar::ReplayToolBar(replay::ReplayFeed* feed, std::function<qint64()> candleMs, QWidget* parent)
    : QToolBar(parent)
    , m_feed(feed)
    , m_candleMs(std::move(candleMs))
    , m_play(new QAction(this))
    , m_step(new QAction(this))
    , m_stepCandle(new QAction(this))
    , m_faster(new QAction(this))
    , m_slower(new QAction(this))
    , m_speed(new QComboBox(this))
    , m_timeline(new QSlider(Qt::Horizontal, this))
    , m_time(new QLabel(this))
    , m_position(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("replayToolBar"));
    m_play->setObjectName(QStringLiteral("replayPlay"));
    m_play->setShortcut(Qt::Key_Space);
    m_step->setObjectName(QStringLiteral("replayStep"));
    m_step->setShortcut(Qt::Key_Right);
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSkipForward));
    m_stepCandle->setObjectName(QStringLiteral("replayStepCandle"));
    m_stepCandle->setShortcut(Qt::SHIFT | Qt::Key_Right);
    m_stepCandle->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_faster->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Plus), QKeySequence(Qt::CTRL | Qt::Key_Equal),
        QKeySequence(Qt::Key_BracketRight)});
    m_slower->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence(Qt::Key_BracketLeft)});
    for (QAction* a : {m_play, m_step, m_stepCandle, m_faster, m_slower})
        a->setShortcutContext(Qt::WindowShortcut);
    addAction(m_play);
    addAction(m_step);
    addAction(m_stepCandle);
    for (double s : speeds())
        m_speed->addItem(s > 0 ? QStringLiteral("%1x").arg(s) : QString(), s);
    addAction(m_slower);
    addWidget(m_speed);
    addAction(m_faster);
    m_timeline->setObjectName(QStringLiteral("replayTimeline"));
    m_timeline->setRange(0, kSliderSteps);
    m_timeline->setPageStep(kSliderSteps / 20);
    m_timeline->setMinimumWidth(320);
    addWidget(m_timeline);
    m_time->setObjectName(QStringLiteral("replayTime"));
    m_time->setMinimumWidth(
        m_time->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00 UTC  ")));
    addWidget(m_time);
    m_progress->setObjectName(QStringLiteral("replayProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(180);
    addWidget(m_progress);
    addWidget(m_position);

    connect(m_play, &QAction::triggered, this, [this] { call(&replay::ReplayFeed::togglePause); });
    connect(m_step, &QAction::triggered, this, [this] { call(&replay::ReplayFeed::stepBatch); });
    connect(m_stepCandle, &QAction::triggered, this, [this] {
        const qint64 ms = m_candleMs ? m_candleMs() : 60'000;
        QMetaObject::invokeMethod(
            m_feed, [f = m_feed, ms] { f->stepCandle(ms); }, Qt::QueuedConnection);
    });
    connect(m_faster, &QAction::triggered, this, [this] { shiftSpeed(+1); });
    connect(m_slower, &QAction::triggered, this, [this] { shiftSpeed(-1); });
    connect(
        m_speed, &QComboBox::activated, this, [this](int i) { setSpeed(m_speed->itemData(i).toDouble()); });
    connect(m_timeline, &QSlider::sliderMoved, this, [this](int v) { m_time->setText(timeText(timeAt(v))); });
    connect(m_timeline, &QSlider::sliderReleased, this, [this] { seekTo(timeAt(m_timeline->value())); });
    connect(m_timeline, &QSlider::valueChanged, this, [this](int v) {
        if (!m_updating && !m_timeline->isSliderDown())
            seekTo(timeAt(v)); // a click on the track or a key on the slider
    });
    connect(feed, &replay::ReplayFeed::stateChanged, this, &ReplayToolBar::showState);
    retranslate();
    showState(m_state);
}

ReplayToolBar* ReplayToolBar::install(MainWindow* window, MarketPipeline* pipeline)
{
    auto* feed = qobject_cast<replay::ReplayFeed*>(pipeline->feedSource());
    if (!feed)
        return nullptr;
    auto* bar = new ReplayToolBar(
        feed, [window] { return static_cast<qint64>(timeframeMs(window->view().timeframe)); }, window);
    window->addToolBar(Qt::BottomToolBarArea, bar);
    return bar;
}

void ReplayToolBar::call(void (replay::ReplayFeed::*slot)())
{
    QMetaObject::invokeMethod(
        m_feed, [f = m_feed, slot] { (f->*slot)(); }, Qt::QueuedConnection);
}

void ReplayToolBar::setSpeed(double speed)
{
    QMetaObject::invokeMethod(
        m_feed, [f = m_feed, speed] { f->setSpeed(speed); }, Qt::QueuedConnection);
}

void ReplayToolBar::shiftSpeed(int by)
{
    const int i = std::clamp(m_speed->currentIndex() + by, 0, m_speed->count() - 1);
    m_speed->setCurrentIndex(i);
    setSpeed(m_speed->itemData(i).toDouble());
}

void ReplayToolBar::seekTo(qint64 timeMs)
{
    QMetaObject::invokeMethod(
        m_feed, [f = m_feed, timeMs] { f->seek(timeMs); }, Qt::QueuedConnection);
}

qint64 ReplayToolBar::timeAt(int v) const
{
    const double span = double(m_state.endMs - m_state.beginMs);
    return m_state.beginMs + static_cast<qint64>(span * v / kSliderSteps + 0.5);
}

int ReplayToolBar::sliderValueAt(qint64 t) const
{
    const double span = double(m_state.endMs - m_state.beginMs);
    if (span <= 0)
        return 0;
    return std::clamp(
        static_cast<int>(double(t - m_state.beginMs) / span * kSliderSteps + 0.5), 0, kSliderSteps);
}

void ReplayToolBar::showState(const replay::ReplayState& s)
{
    m_state = s;
    const bool ready = s.phase != Phase::Idle && s.phase != Phase::Loading && s.phase != Phase::Failed;
    m_play->setEnabled(ready && s.phase != Phase::Finished);
    m_step->setEnabled(ready && s.phase != Phase::Seeking && s.phase != Phase::Finished);
    m_stepCandle->setEnabled(m_step->isEnabled());
    m_timeline->setEnabled(ready);
    m_play->setIcon(style()->standardIcon(s.paused ? QStyle::SP_MediaPlay : QStyle::SP_MediaPause));
    m_play->setText(s.paused ? tr("Play") : tr("Pause"));
    for (int i = 0; i < m_speed->count(); ++i)
        if (m_speed->itemData(i).toDouble() == s.speed)
            m_speed->setCurrentIndex(i);
    m_updating = true;
    if (!m_timeline->isSliderDown())
        m_timeline->setValue(sliderValueAt(s.phase == Phase::Seeking ? s.targetMs : s.currentMs));
    m_updating = false;
    if (!m_timeline->isSliderDown())
        m_time->setText(ready ? timeText(s.currentMs) : QString());
    const QLocale loc;
    switch (s.phase) {
    case Phase::Idle:
    case Phase::Loading:
        m_progress->setValue(static_cast<int>(s.loadFraction * 100));
        m_progress->setFormat(tr("loading %p%"));
        break;
    case Phase::Seeking:
        m_progress->setValue(static_cast<int>(s.seekFraction * 100));
        m_progress->setFormat(tr("seeking %p%"));
        break;
    case Phase::Failed:
        m_progress->setValue(0);
        m_progress->setFormat(tr("no events"));
        break;
    default:
        m_progress->setValue(static_cast<int>(s.fraction() * 100));
        m_progress->setFormat(s.phase == Phase::Finished ? tr("finished %p%") : tr("position %p%"));
    }
    m_position->setText(
        tr("%1 / %2 events").arg(loc.toString(qulonglong(s.position)), loc.toString(qulonglong(s.total))));
}

void ReplayToolBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}

void ReplayToolBar::retranslate()
{
    setWindowTitle(tr("Replay"));
    m_play->setToolTip(tr("Play or pause the replay (Space)"));
    m_step->setText(tr("Step"));
    m_step->setToolTip(tr("Step one event batch: the events of the next received frame (Right)"));
    m_stepCandle->setText(tr("Step candle"));
    m_stepCandle->setToolTip(tr("Step one candle of the chart's timeframe: up to the first trade of the next "
                                "candle (Shift+Right)"));
    m_faster->setText(tr("Faster"));
    m_faster->setToolTip(tr("Next replay speed (Ctrl++ or ])"));
    m_slower->setText(tr("Slower"));
    m_slower->setToolTip(tr("Previous replay speed (Ctrl+- or [)"));
    m_speed->setItemText(m_speed->count() - 1, tr("max"));
    m_speed->setToolTip(
        tr("Replay speed: recorded seconds per wall-clock second; max = as fast as the engine "
           "takes it (Ctrl++ / Ctrl+-, or ] / [)"));
    m_timeline->setToolTip(tr("Timeline of the recording, by local receive time. Drag or click to seek: "
                              "forward replays everything up to there at max speed; back restarts the "
                              "engine and replays from the start (the chart is rebuilt)."));
    m_time->setToolTip(tr("Replay time: the receive time of the last event replayed (UTC)"));
    m_progress->setToolTip(tr("Loading progress of the files, then seeking progress, then the share of the "
                              "recording's events replayed"));
    m_position->setToolTip(tr("Events replayed / events in the recording (trades, liquidations, marks, "
                              "open interest, book updates)"));
    showState(m_state);
}

} // namespace perp
