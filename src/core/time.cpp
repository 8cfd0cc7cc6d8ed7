// SPDX-License-Identifier: MIT
#include "time.h"

#include <chrono>
#include <cstdio>

namespace perp {

TimeUs nowUs()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

std::string formatIsoMs(TimeMs t)
{
    using namespace std::chrono;
    const sys_days day{days{floorTo(t, kDayMs) / kDayMs}};
    const year_month_day ymd{day};
    const TimeMs inDay = t - floorTo(t, kDayMs);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02lld:%02lld:%02lld.%03lldZ", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                  static_cast<long long>(inDay / kHourMs), static_cast<long long>(inDay / kMinuteMs % 60),
                  static_cast<long long>(inDay / 1000 % 60), static_cast<long long>(inDay % 1000));
    return buf;
}

} // namespace perp
