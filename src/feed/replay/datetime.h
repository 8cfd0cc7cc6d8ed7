// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <optional>
#include <string_view>

namespace perp::replay {

// Days since 1970-01-01 of a proleptic Gregorian date.
std::int64_t daysFromCivil(int y, unsigned m, unsigned d);

// UTC date-time text to ms: "2025-10-22T09:36:42.306000", "2025-10-22 09:36:42",
// "2021-12-31 23:01:00.000000", "01-01-2024 00:00" (DD-MM-YYYY). A trailing "Z" is
// accepted; other zones are not. Fractions beyond ms are truncated.
std::optional<TimeMs> parseUtcDateTime(std::string_view text);

// A timestamp number of unknown unit to microseconds: >= 1e17 ns, >= 1e14 us,
// >= 1e11 ms, else seconds; "1626992741.06217" is seconds with a fraction.
std::optional<TimeUs> parseTimestampUs(std::string_view text);

} // namespace perp::replay
