// SPDX-License-Identifier: MIT
#include "zoneinput.h"

namespace perp::alerts {

Zone toAlertZone(const zones::Zone& zone)
{
    Zone z;
    z.id = "#" + std::to_string(zone.id);
    z.low = zone.low;
    z.high = zone.high;
    z.state = std::string(zones::stateName(zone.state));
    return z;
}

void fillZones(AlertInput& input, const Engine& engine)
{
    for (SymbolInput& s : input.symbols) {
        const auto id = findSymbol(s.symbol);
        if (!id)
            continue;
        s.zones.clear();
        for (const zones::Zone& z : engine.zones(*id))
            s.zones.push_back(toAlertZone(z));
    }
}

} // namespace perp::alerts
