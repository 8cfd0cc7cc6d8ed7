// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "feed/parse/frame.h"

#include <string_view>
#include <vector>

namespace perp::binance {

// Readers for the Binance USD-M REST history lists (arrays of objects, oldest first).
// Timestamps are accepted as JSON numbers or digit strings (the docs show strings, the
// live API sends numbers). The first bad element fails the whole body, naming its index.

// /futures/data/openInterestHist: sumOpenInterest at each period's timestamp -> OpenInterest.
feed::ParseResult readOpenInterestHist(const feed::Frame& f, std::vector<MarketEvent>& out);

// /fapi/v1/fundingRate: settled rates -> MarkFunding (fundingRate, markPrice when given,
// indexPrice 0 = unknown, nextFundingTime 0), exchange time = fundingTime.
feed::ParseResult readFundingRates(const feed::Frame& f, std::vector<MarketEvent>& out);

// The /futures/data ratio lists -> Metric of `kind`: longShortRatio for the account and
// position ratios, buySellRatio for takerlongshortRatio (whose elements name no symbol:
// `symbol` is used, as it is whenever an element has none).
feed::ParseResult readRatios(
    const feed::Frame& f, MetricKind kind, std::string_view symbol, std::vector<MarketEvent>& out);

// The REST path (under /futures/data) that serves a metric kind.
const char* ratioPath(MetricKind kind);

} // namespace perp::binance
