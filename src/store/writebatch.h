// SPDX-License-Identifier: MIT
#pragma once

#include "candlestore.h"
#include "engine/alerts/firedalert.h"
#include "historystore.h"

#include <memory>
#include <utility>
#include <vector>

namespace perp::store {

// Everything to store from one flush of the engine, written in one transaction.
struct WriteBatch
{
    std::vector<CandleRow> candles;
    std::vector<LiquidationRecord> liquidations;
    std::vector<std::pair<SymbolId, OpenInterestPoint>> openInterest;
    std::vector<std::pair<SymbolId, FundingPoint>> funding;
    std::vector<BiasRecord> biasRows;
    std::vector<SignalRecord> signalRows;
    std::vector<alerts::FiredAlert> alerts;

    std::size_t rows() const
    {
        return candles.size() + liquidations.size() + openInterest.size() + funding.size() + biasRows.size()
            + signalRows.size() + alerts.size();
    }
    bool empty() const { return rows() == 0; }
};
using WriteBatchPtr = std::shared_ptr<const WriteBatch>;

} // namespace perp::store
