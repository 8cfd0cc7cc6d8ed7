// SPDX-License-Identifier: MIT
#pragma once

#include "core/events.h"
#include "database.h"

#include <span>
#include <string>
#include <vector>

namespace perp::store {

struct LiquidationRecord
{
    SymbolId symbol = 0;
    TimeMs time = 0;
    Price price;
    Qty qty;
    PositionSide liquidated = PositionSide::Long;
    Venue venue = Venue::Sim;
    bool operator==(const LiquidationRecord&) const = default;
};

struct OpenInterestPoint
{
    TimeMs time = 0;
    Qty openInterest;
    bool operator==(const OpenInterestPoint&) const = default;
};

struct FundingPoint
{
    TimeMs time = 0;
    double rate = 0;
    Price mark;
    bool operator==(const FundingPoint&) const = default;
};

struct BiasRecord
{
    SymbolId symbol = 0;
    std::string mode;
    TimeMs time = 0;
    double bias = 0;
    double confidence = 0;
    std::string state;
    bool operator==(const BiasRecord&) const = default;
};

struct SignalRecord
{
    SymbolId symbol = 0;
    std::string mode;
    TimeMs time = 0;
    std::string category;
    double value = 0;
    std::string state;
    bool operator==(const SignalRecord&) const = default;
};

// Time series besides candles: realized liquidations, open interest, funding, and
// the bias / signal history. Writes run in one transaction per call (joining the
// caller's, if any); a point at an already stored time replaces it. Reads return
// from <= time < to, oldest first.
class HistoryStore
{
public:
    explicit HistoryStore(Database& db)
        : m_db(db)
    { }

    bool addLiquidations(std::span<const LiquidationRecord> rows, QString* error = nullptr);
    std::vector<LiquidationRecord> liquidations(SymbolId symbol, TimeMs from, TimeMs to);

    bool addOpenInterest(SymbolId symbol, std::span<const OpenInterestPoint> rows, QString* error = nullptr);
    std::vector<OpenInterestPoint> openInterest(SymbolId symbol, TimeMs from, TimeMs to);

    bool addFunding(SymbolId symbol, std::span<const FundingPoint> rows, QString* error = nullptr);
    std::vector<FundingPoint> funding(SymbolId symbol, TimeMs from, TimeMs to);

    bool addBias(std::span<const BiasRecord> rows, QString* error = nullptr);
    std::vector<BiasRecord> biasHistory(SymbolId symbol, const std::string& mode, TimeMs from, TimeMs to);

    bool addSignals(std::span<const SignalRecord> rows, QString* error = nullptr);
    std::vector<SignalRecord> signalHistory(SymbolId symbol, const std::string& mode, TimeMs from, TimeMs to);

private:
    Database& m_db;
};

} // namespace perp::store
