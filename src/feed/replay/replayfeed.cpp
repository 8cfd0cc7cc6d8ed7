// SPDX-License-Identifier: MIT
#include "replayfeed.h"

#include "replayloader.h"

#include <algorithm>
#include <limits>

namespace perp::replay {

namespace {
constexpr int kTickMs = 20;
constexpr std::size_t kMaxBatch = 20'000; // events per batch at max speed and while seeking
constexpr std::size_t kLoadLines = 4096; // lines read per loading step
constexpr int kLoadSliceMs = 40; // loading time per timer tick
constexpr int kPublishMs = 100; // state updates during playback at most this often
using Phase = ReplayState::Phase;
} // namespace

ReplayFeed::ReplayFeed(QStringList files, double speed, QObject* parent)
    : FeedSource(parent)
    , m_files(std::move(files))
    , m_timer(this)
{
    qRegisterMetaType<perp::replay::ReplayState>("perp::replay::ReplayState");
    m_state.speed = std::max(0.0, speed);
    connect(&m_timer, &QTimer::timeout, this, &ReplayFeed::tick);
}

ReplayFeed::~ReplayFeed() = default;

QStringList ReplayFeed::filesFromSpec(const QString& spec)
{
    if (!spec.startsWith(QLatin1String("replay:")))
        return {};
    return spec.mid(7).split(',', Qt::SkipEmptyParts);
}

QString ReplayFeed::description() const
{
    const QString speed
        = m_state.speed <= 0 ? QStringLiteral("max speed") : QString::number(m_state.speed, 'g', 4) + "x";
    const QString name = m_files.size() == 1 ? m_files.front().section('/', -1)
                                             : QStringLiteral("%1 files").arg(m_files.size());
    QString text = QStringLiteral("REPLAY · %1 · %2").arg(name, speed);
    if (m_state.paused)
        text += QStringLiteral(" · paused");
    if (m_stats.rejected > 0)
        text += QStringLiteral(" · %1 lines rejected").arg(m_stats.rejected);
    return text;
}

bool ReplayFeed::ready() const
{
    return m_state.phase != Phase::Idle && m_state.phase != Phase::Loading && m_state.phase != Phase::Failed;
}

void ReplayFeed::start()
{
    m_running = true;
    if (m_state.phase == Phase::Idle) {
        m_loader = std::make_unique<ReplayLoader>(m_files);
        m_state.phase = Phase::Loading;
        publish();
        loadSlice(); // small files are ready at once
    } else if (m_state.phase == Phase::Paused && !m_state.paused) {
        m_state.phase = Phase::Playing;
        reanchor();
    }
    schedule();
}

void ReplayFeed::stop()
{
    m_running = false;
    m_timer.stop();
}

void ReplayFeed::tick()
{
    switch (m_state.phase) {
    case Phase::Loading:
        loadSlice();
        break;
    case Phase::Seeking:
        seekTick();
        break;
    case Phase::Playing:
        playTick();
        break;
    default:
        m_timer.stop();
    }
}

void ReplayFeed::schedule()
{
    const bool busy = m_state.phase == Phase::Loading || m_state.phase == Phase::Seeking
        || (m_state.phase == Phase::Playing && m_state.speed <= 0);
    if (!m_running || !(busy || m_state.phase == Phase::Playing)) {
        m_timer.stop();
        return;
    }
    const int interval = busy ? 0 : kTickMs;
    if (!m_timer.isActive() || m_timer.interval() != interval)
        m_timer.start(interval);
}

void ReplayFeed::publish(bool force)
{
    if (!force && m_published.isValid() && m_published.elapsed() < kPublishMs)
        return;
    m_published.start();
    m_state.position = m_next;
    m_state.total = m_events.size();
    emit stateChanged(m_state);
    emit progressChanged(m_state.fraction(), m_state.currentMs);
}

void ReplayFeed::loadSlice()
{
    // Read for up to a slice of time, then let the event loop run (controls, progress).
    QElapsedTimer slice;
    slice.start();
    bool more = true;
    while (more && slice.elapsed() < kLoadSliceMs)
        more = m_loader->loadSome(m_events, kLoadLines);
    m_state.loadFraction = m_loader->progress();
    m_state.rejected = m_loader->stats().rejected;
    if (more) {
        publish(false);
        return;
    }
    finishLoading();
}

void ReplayFeed::finishLoading()
{
    m_stats = m_loader->stats();
    QStringList errors = m_loader->errors();
    m_loader.reset();
    m_state.loadFraction = 1.0;
    m_state.rejected = m_stats.rejected;
    m_keys.reserve(m_events.size());
    TimeUs last = 0;
    for (const auto& e : m_events) {
        const auto& h = header(e);
        last = std::max(last, h.receiveTime > 0 ? h.receiveTime : h.exchangeTime * 1000);
        m_keys.push_back(last);
    }
    if (m_stats.klines > 0)
        errors << QStringLiteral("%1 klines skipped: bars are not events (use perpscope-cli replay)")
                      .arg(m_stats.klines);
    if (!errors.isEmpty())
        emit statusChanged(errors.join(QStringLiteral("; ")));
    if (m_events.empty()) {
        m_state.phase = Phase::Failed;
        schedule();
        publish();
        emit failed(QStringLiteral("replay: no events to replay. ") + errors.join(QStringLiteral("; ")));
        return;
    }
    m_state.beginMs = m_keys.front() / 1000;
    m_state.endMs = m_keys.back() / 1000;
    m_state.currentMs = m_state.beginMs;
    m_state.phase = m_state.paused ? Phase::Paused : Phase::Playing;
    reanchor();
    emit statusChanged(description());
    if (m_pendingSeek) {
        m_pendingSeek = false;
        seek(m_pendingSeekMs);
        return;
    }
    schedule();
    publish();
}

void ReplayFeed::play()
{
    m_state.paused = false;
    if (m_state.phase == Phase::Paused)
        m_state.phase = Phase::Playing;
    reanchor();
    schedule();
    publish();
    emit statusChanged(description());
}

void ReplayFeed::pause()
{
    m_state.paused = true;
    if (m_state.phase == Phase::Playing)
        m_state.phase = Phase::Paused;
    schedule();
    publish();
    emit statusChanged(description());
}

void ReplayFeed::togglePause()
{
    if (m_state.paused)
        play();
    else
        pause();
}

void ReplayFeed::step(int count)
{
    if (!ready() || m_state.phase == Phase::Seeking)
        return;
    emitUpTo(std::min(m_events.size(), m_next + static_cast<std::size_t>(std::max(0, count))));
    reanchor();
    publish();
}

void ReplayFeed::stepBatch()
{
    if (!ready() || m_state.phase == Phase::Seeking || m_next >= m_events.size())
        return;
    const auto end = std::upper_bound(
        m_keys.begin() + static_cast<std::ptrdiff_t>(m_next), m_keys.end(), m_keys[m_next]);
    emitUpTo(static_cast<std::size_t>(end - m_keys.begin()));
    reanchor();
    publish();
}

void ReplayFeed::stepCandle(qint64 candleMs)
{
    if (!ready() || m_state.phase == Phase::Seeking || candleMs <= 0)
        return;
    const TimeMs boundary = m_lastTradeTime < 0 ? std::numeric_limits<TimeMs>::min()
                                                : floorTo(m_lastTradeTime, candleMs) + candleMs;
    std::size_t end = m_events.size();
    for (std::size_t i = m_next; i < m_events.size(); ++i) {
        const auto* t = std::get_if<Trade>(&m_events[i]);
        if (t && t->h.exchangeTime >= boundary) {
            end = i + 1;
            break;
        }
    }
    emitUpTo(end);
    reanchor();
    publish();
}

void ReplayFeed::setSpeed(double speed)
{
    m_state.speed = std::max(0.0, speed);
    reanchor();
    schedule();
    publish();
    emit statusChanged(description());
}

void ReplayFeed::seek(qint64 replayTimeMs)
{
    if (!ready()) {
        m_pendingSeek = true;
        m_pendingSeekMs = replayTimeMs;
        return;
    }
    const TimeUs key = replayTimeMs > std::numeric_limits<TimeUs>::max() / 1000
        ? std::numeric_limits<TimeUs>::max()
        : static_cast<TimeUs>(replayTimeMs) * 1000;
    m_state.targetMs = replayTimeMs;
    seekToIndex(
        static_cast<std::size_t>(std::lower_bound(m_keys.begin(), m_keys.end(), key) - m_keys.begin()));
}

void ReplayFeed::seekFraction(double fraction)
{
    if (!ready())
        return;
    const auto i = static_cast<std::size_t>(std::clamp(fraction, 0.0, 1.0) * double(m_events.size()));
    seek(i < m_keys.size() ? m_keys[i] / 1000 : m_state.endMs + 1);
}

void ReplayFeed::seekToIndex(std::size_t target)
{
    target = std::min(target, m_events.size());
    if (target < m_next) {
        // Back: whatever was built from later events is wrong now; start over.
        emit rewound();
        m_next = 0;
        m_lastTradeTime = -1;
        m_state.currentMs = m_state.beginMs;
    }
    m_seekTarget = target;
    m_state.seekFraction = 0;
    m_state.phase = Phase::Seeking;
    publish();
    seekTick(); // a short way is done at once
    schedule();
}

void ReplayFeed::seekTick()
{
    const std::size_t from = m_next;
    if (m_next < m_seekTarget)
        emitUpTo(std::min(m_seekTarget, m_next + kMaxBatch));
    if (m_state.phase != Phase::Seeking)
        return; // finished at the end of the file
    m_state.seekFraction = m_seekTarget > 0 ? double(m_next) / double(m_seekTarget) : 1.0;
    if (m_next >= m_seekTarget) {
        m_state.phase = m_state.paused ? Phase::Paused : Phase::Playing;
        m_state.seekFraction = 1.0;
        if (m_next == from && m_next < m_keys.size())
            m_state.currentMs = m_next > 0 ? m_keys[m_next - 1] / 1000 : m_state.beginMs;
        reanchor();
        schedule();
        publish();
    }
}

void ReplayFeed::reanchor()
{
    if (!m_wall.isValid())
        m_wall.start();
    m_anchorWallMs = m_wall.elapsed();
    m_anchorKey = m_next < m_keys.size() ? m_keys[m_next] : 0;
}

void ReplayFeed::playTick()
{
    std::size_t end = m_events.size();
    if (m_state.speed > 0) {
        const double elapsedUs = double(m_wall.elapsed() - m_anchorWallMs) * 1000.0 * m_state.speed;
        const TimeUs now = m_anchorKey + static_cast<TimeUs>(elapsedUs);
        end = static_cast<std::size_t>(
            std::upper_bound(m_keys.begin() + static_cast<std::ptrdiff_t>(m_next), m_keys.end(), now)
            - m_keys.begin());
    }
    emitUpTo(std::min(end, m_next + kMaxBatch));
}

void ReplayFeed::emitUpTo(std::size_t end)
{
    if (end <= m_next)
        return;
    auto batch = std::make_shared<EventBatch>();
    batch->events.assign(m_events.begin() + static_cast<std::ptrdiff_t>(m_next),
        m_events.begin() + static_cast<std::ptrdiff_t>(end));
    for (std::size_t i = end; i-- > m_next;)
        if (const auto* t = std::get_if<Trade>(&m_events[i])) {
            m_lastTradeTime = t->h.exchangeTime;
            break;
        }
    m_next = end;
    m_state.currentMs = m_keys[end - 1] / 1000;
    emit batchReady(std::move(batch));
    if (m_next >= m_events.size()) {
        m_state.phase = Phase::Finished;
        schedule();
        publish();
        emit finished();
        return;
    }
    publish(false);
}

} // namespace perp::replay
