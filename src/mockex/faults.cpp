// SPDX-License-Identifier: MIT
#include "faults.h"

namespace perp::mockex {

namespace {
constexpr qint64 kStallStartMs = 2000;
}

FaultInjector::FaultInjector(const FaultOptions& options, std::uint64_t seed)
    : m_options(options)
    , m_rng(seed ^ 0x9e3779b97f4a7c15ULL)
{ }

bool FaultInjector::chance(double rate)
{
    if (rate <= 0)
        return false;
    return std::uniform_real_distribution<double>(0, 1)(m_rng) < rate;
}

std::vector<QByteArray> FaultInjector::damage(const QByteArray& message)
{
    if (chance(m_options.malformedRate)) {
        ++m_counts.malformed;
        QByteArray bad = message;
        // Break the JSON syntax in the middle: an unquoted word where a value belongs.
        bad.insert(bad.size() / 2, "\x01garbage,,:}");
        return {bad};
    }
    if (chance(m_options.truncateRate)) {
        ++m_counts.truncated;
        return {message.left(message.size() / 2)};
    }
    if (chance(m_options.duplicateRate)) {
        ++m_counts.duplicated;
        return {message, message};
    }
    return {message};
}

bool FaultInjector::holdForReorder()
{
    if (!chance(m_options.reorderRate))
        return false;
    ++m_counts.reordered;
    return true;
}

bool FaultInjector::dropDepth()
{
    if (!chance(m_options.depthGapRate))
        return false;
    ++m_counts.depthGaps;
    return true;
}

bool FaultInjector::answer429()
{
    if (!chance(m_options.http429Rate))
        return false;
    ++m_counts.http429;
    return true;
}

void FaultInjector::startClock()
{
    if (!m_clock.isValid())
        m_clock.start();
}

bool FaultInjector::stalled(const QByteArray& stream)
{
    if (m_options.stallSeconds <= 0 || !m_clock.isValid())
        return false;
    const qint64 t = m_clock.elapsed();
    if (t < kStallStartMs || t >= kStallStartMs + static_cast<qint64>(m_options.stallSeconds * 1000))
        return false;
    const QByteArray want = m_options.stallStream.toUtf8();
    const bool match = stream == want || stream.endsWith('@' + want) || stream.startsWith(want + '.')
        || stream.contains('@' + want + '@');
    if (match)
        ++m_counts.stalled;
    return match;
}

} // namespace perp::mockex
