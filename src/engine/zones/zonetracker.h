// SPDX-License-Identifier: MIT
#pragma once

#include "zone.h"

#include <vector>

namespace perp::zones {

// Step 7: ranks zones and keeps their identity across updates. A zone takes the id of the
// previous update's zone it overlaps most, if the overlap is at least `matchOverlap` of
// the narrower of the two (strongest zones choose first; each previous id is used once);
// otherwise it gets a new id. Every zone of an update is remembered (not only the
// published ones), so a zone that drops out of the top list keeps its id when it returns.
class ZoneTracker
{
public:
    explicit ZoneTracker(double matchOverlap = 0.3)
        : m_matchOverlap(matchOverlap)
    { }

    // Returns the zones strongest first (ties: nearer to price, then lower), at most maxZones.
    std::vector<Zone> publish(std::vector<Zone> zones, double price, std::size_t maxZones);
    // Takes zones kept from an earlier run (e.g. the history database) as the previous
    // update, so their ids carry on; new ids continue above the largest.
    void restore(const std::vector<Zone>& zones);

private:
    double m_matchOverlap;
    std::vector<Zone> m_previous;
    std::uint64_t m_nextId = 1;
};

} // namespace perp::zones
