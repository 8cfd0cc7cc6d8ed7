// SPDX-License-Identifier: MIT
#pragma once

#include "appoptions.h"
#include "feed/feedsource.h"

#include <memory>

namespace perp {

// The FeedSource the options ask for, or nullptr with a message for the user when that
// source cannot be used in this build.
std::unique_ptr<FeedSource> createFeedSource(const AppOptions& options, QString* error);

} // namespace perp
