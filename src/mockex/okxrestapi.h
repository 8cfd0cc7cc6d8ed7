// SPDX-License-Identifier: MIT
#pragma once

#include "httpserver.h"
#include "market.h"

namespace perp::mockex {

// The OKX v5 REST subset under /api/v5: public/time, public/instruments (SWAP),
// market/candles and history-candles (after/before by time), market/trades and
// history-trades (after/before by trade id, newest first), public/open-interest.
HttpResponse okxRest(Market& market, const HttpRequest& req);

} // namespace perp::mockex
