// SPDX-License-Identifier: MIT
#pragma once

#include "engine/alerts/firedalert.h"
#include "engine/alerts/rule.h"

#include <QMetaType>

#include <vector>

namespace perp {

// What crosses threads between the alert centre (GUI) and the engine thread: copies, never shared.
using RuleList = std::vector<alerts::Rule>;
using FiredAlertList = std::vector<alerts::FiredAlert>;

// Registers the types above for queued signals (idempotent).
void registerAlertTypes();

} // namespace perp

Q_DECLARE_METATYPE(perp::RuleList)
Q_DECLARE_METATYPE(perp::FiredAlertList)
