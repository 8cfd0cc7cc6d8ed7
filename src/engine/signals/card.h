// SPDX-License-Identifier: MIT
#pragma once

#include "frame.h"
#include "types.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace perp::sig {

// Static facts about a card, shown to traders and printed by `perpscope-cli signals`.
struct CardInfo
{
    std::string id; // stable, e.g. "flow.cvd_slope"
    Category category = Category::PriceMomentum;
    std::string name;
    std::string measures; // what it measures
    std::string reading; // how to read it (positive raw = bullish, always)
    std::string formula;
    std::uint32_t inputs = InCandles;
    int bars = 20; // lookback in bars of the evaluated frame
    // True when the value is the same for every symbol (market-wide): computed once per frame and cycle.
    bool marketWide = false;
};

// One signal. compute() returns the raw value, signed so that positive is bullish
// and zero is neutral, or nullopt when the frame lacks the data it needs.
class SignalCard
{
public:
    virtual ~SignalCard() = default;
    virtual const CardInfo& info() const = 0;
    virtual std::optional<double> compute(const CardInput& in) const = 0;
};

using CardFn = std::function<std::optional<double>(const CardInput&, int bars)>;

// A card defined by its info and a pure function; every built-in card is one.
class FnCard final : public SignalCard
{
public:
    FnCard(CardInfo info, CardFn fn)
        : m_info(std::move(info))
        , m_fn(std::move(fn))
    { }
    const CardInfo& info() const override { return m_info; }
    std::optional<double> compute(const CardInput& in) const override { return m_fn(in, m_info.bars); }

private:
    CardInfo m_info;
    CardFn m_fn;
};

using CardList = std::vector<std::unique_ptr<SignalCard>>;

// Helper for the category files.
inline void addCard(CardList& out, CardInfo info, CardFn fn)
{
    out.push_back(std::make_unique<FnCard>(std::move(info), std::move(fn)));
}

// Every built-in card, in a fixed order (category, then file order).
CardList builtinCards();

// One function per category file.
void addMomentumCards(CardList& out);
void addTrendCards(CardList& out);
void addMeanReversionCards(CardList& out);
void addVolatilityCards(CardList& out);
void addVolumeCards(CardList& out);
void addOrderFlowCards(CardList& out);
void addLargeTradeCards(CardList& out);
void addOrderBookCards(CardList& out);
void addLiquidityCards(CardList& out);
void addFundingCards(CardList& out);
void addOpenInterestCards(CardList& out);
void addLiquidationCards(CardList& out);
void addBasisCards(CardList& out);
void addPositioningCards(CardList& out);
void addSmartMoneyCards(CardList& out);
void addCrossExchangeCards(CardList& out);
void addStructureCards(CardList& out);
void addSupportResistanceCards(CardList& out);
void addRelativeStrengthCards(CardList& out);
void addCorrelationCards(CardList& out);
void addBreadthCards(CardList& out);
void addVolumeProfileCards(CardList& out);
void addSessionCards(CardList& out);
void addRegimeCards(CardList& out);
void addAlphaCards(CardList& out);

} // namespace perp::sig
