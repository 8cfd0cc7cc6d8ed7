// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <cstdint>
#include <string>

namespace perp::alerts {

// One alert that fired: what the alert centre lists, the log stores and the
// webhook sends.
struct FiredAlert
{
    std::int64_t id = 0; // assigned by the alert log when stored (0 before)
    TimeMs time = 0; // engine time of the evaluation that fired it
    std::string rule; // rule id
    std::string symbol; // symbol name, e.g. "SOLUSDT"
    std::string mode; // signal mode, empty for mode-less conditions
    double value = 0; // the observed value that crossed
    double threshold = 0; // the threshold it was compared against
    std::string message; // the rule's template with placeholders filled in
    bool replay = false; // fired while replaying recorded data
    bool acknowledged = false;

    bool operator==(const FiredAlert&) const = default;
};

} // namespace perp::alerts
