// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <string>

namespace perp {

// Milliseconds since the Unix epoch, UTC. Exchange timestamps use this unit.
using TimeMs = std::int64_t;
// Microseconds since the Unix epoch, UTC. Local receive time uses this unit.
using TimeUs = std::int64_t;

constexpr TimeMs kMinuteMs = 60'000;
constexpr TimeMs kHourMs = 60 * kMinuteMs;
constexpr TimeMs kDayMs = 24 * kHourMs;

// Floor division that is correct for negative times too.
constexpr TimeMs floorTo(TimeMs t, TimeMs step)
{
    const TimeMs q = t / step;
    return (t % step != 0 && t < 0 ? q - 1 : q) * step;
}

// Wall-clock time of this process.
TimeUs nowUs();
// ISO-8601 UTC text, e.g. "2024-07-19T00:00:02.812Z".
std::string formatIsoMs(TimeMs t);

} // namespace perp
