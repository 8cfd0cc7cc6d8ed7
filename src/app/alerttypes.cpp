// SPDX-License-Identifier: MIT
#include "alerttypes.h"

namespace perp {

void registerAlertTypes()
{
    qRegisterMetaType<perp::RuleList>("perp::RuleList");
    qRegisterMetaType<perp::FiredAlertList>("perp::FiredAlertList");
}

} // namespace perp
