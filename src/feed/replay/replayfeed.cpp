// SPDX-License-Identifier: MIT
#include "replayfeed.h"

#include "replayreader.h"

#include <algorithm>
#include <limits>

namespace perp::replay {

namespace {
constexpr int kTickMs = 20;
constexpr std::size_t kMaxBatch = 20'000; // events per batch at max speed
} // namespace

ReplayFeed::ReplayFeed(QStringList files, double speed, QObject* parent)
    : FeedSource(parent)
    , m_files(std::move(files))
    , m_speed(std::max(0.0, speed))
    , m_timer(this)
{
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
    const QString speed = m_speed <= 0 ? QStringLiteral("max speed") : QString::number(m_speed, 'g', 4) + "x";
    const QString name = m_files.size() == 1 ? m_files.front().section('/', -1)
                                             : QStringLiteral("%1 files").arg(m_files.size());
    QString text = QStringLiteral("REPLAY · %1 · %2").arg(name, speed);
    if (m_paused)
        text += QStringLiteral(" · paused");
    if (m_stats.rejected > 0)
        text += QStringLiteral(" · %1 lines rejected").arg(m_stats.rejected);
    return text;
}

bool ReplayFeed::load()
{
    m_loaded = true;
    QStringList errors;
    for (const QString& path : m_files) {
        std::string error;
        auto reader = ReplayReader::open(path.toStdString(), error);
        if (!reader) {
            errors << QString::fromStdString(error);
            continue;
        }
        ReplayChunk chunk;
        while (reader->read(chunk)) {
            for (auto& e : chunk.events)
                m_events.push_back(std::move(e));
            chunk.clear();
        }
        m_stats.merge(reader->stats());
    }
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
        emit failed(QStringLiteral("replay: no events to replay. ") + errors.join(QStringLiteral("; ")));
        return false;
    }
    return true;
}

void ReplayFeed::start()
{
    if (!m_loaded && !load())
        return;
    m_running = true;
    emit statusChanged(description());
    if (!m_paused) {
        reanchor();
        m_timer.start(m_speed <= 0 ? 0 : kTickMs);
    }
}

void ReplayFeed::stop()
{
    m_running = false;
    m_timer.stop();
}

void ReplayFeed::pause()
{
    m_paused = true;
    m_timer.stop();
    emit statusChanged(description());
}

void ReplayFeed::step(int count)
{
    if (!m_loaded && !load())
        return;
    emitUpTo(std::min(m_events.size(), m_next + static_cast<std::size_t>(std::max(0, count))));
    reanchor();
}

void ReplayFeed::setSpeed(double speed)
{
    m_speed = std::max(0.0, speed);
    reanchor();
    if (m_timer.isActive())
        m_timer.start(m_speed <= 0 ? 0 : kTickMs);
    emit statusChanged(description());
}

void ReplayFeed::seek(TimeMs exchangeTime)
{
    if (!m_loaded && !load())
        return;
    // Exchange times are not sorted across files or streams: take the first event at or after it.
    std::size_t target = m_events.size();
    for (std::size_t i = 0; i < m_events.size(); ++i)
        if (header(m_events[i]).exchangeTime >= exchangeTime) {
            target = i;
            break;
        }
    if (target < m_next)
        emit rewound();
    m_next = target;
    reanchor();
    emit progressChanged(m_events.empty() ? 1.0 : double(m_next) / double(m_events.size()),
        m_next < m_events.size() ? header(m_events[m_next]).exchangeTime : 0);
}

void ReplayFeed::seekFraction(double fraction)
{
    if (!m_loaded && !load())
        return;
    const auto i = static_cast<std::size_t>(std::clamp(fraction, 0.0, 1.0) * double(m_events.size()));
    seek(i < m_events.size() ? header(m_events[i]).exchangeTime : std::numeric_limits<TimeMs>::max());
}

void ReplayFeed::reanchor()
{
    if (!m_wall.isValid())
        m_wall.start();
    m_anchorWallMs = m_wall.elapsed();
    m_anchorKey = m_next < m_keys.size() ? m_keys[m_next] : 0;
    if (m_running && !m_paused && !m_timer.isActive() && m_next < m_events.size())
        m_timer.start(m_speed <= 0 ? 0 : kTickMs);
}

void ReplayFeed::tick()
{
    std::size_t end = m_events.size();
    if (m_speed <= 0) {
        end = std::min(end, m_next + kMaxBatch);
    } else {
        const double elapsedUs = double(m_wall.elapsed() - m_anchorWallMs) * 1000.0 * m_speed;
        const TimeUs now = m_anchorKey + static_cast<TimeUs>(elapsedUs);
        end = static_cast<std::size_t>(
            std::upper_bound(m_keys.begin() + static_cast<std::ptrdiff_t>(m_next), m_keys.end(), now)
            - m_keys.begin());
        end = std::min(end, m_next + kMaxBatch);
    }
    emitUpTo(end);
}

void ReplayFeed::emitUpTo(std::size_t end)
{
    const bool advanced = end > m_next;
    if (advanced) {
        auto batch = std::make_shared<EventBatch>();
        batch->events.assign(m_events.begin() + static_cast<std::ptrdiff_t>(m_next),
            m_events.begin() + static_cast<std::ptrdiff_t>(end));
        m_next = end;
        emit batchReady(std::move(batch));
        emit progressChanged(
            double(m_next) / double(m_events.size()), header(m_events[m_next - 1]).exchangeTime);
    }
    if (advanced && m_next >= m_events.size()) {
        m_timer.stop();
        m_running = false;
        emit finished();
    }
}

} // namespace perp::replay
