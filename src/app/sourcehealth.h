// SPDX-License-Identifier: MIT
#pragma once

#include "feed/feedsource.h"
#include "feed/net/feedhealth.h"

namespace perp {

// The health model of a source, before it moves to its feed thread: an exchange adapter's
// own FeedHealth, or for the simulator and replay one that counts their batches (events/s
// per event kind, the feed clock and, for replay, the share of the files done).
net::FeedHealth* attachFeedHealth(FeedSource* source);

} // namespace perp
