// SPDX-License-Identifier: MIT
#include "card.h"

namespace perp::sig {

CardList builtinCards()
{
    CardList out;
    addMomentumCards(out);
    addTrendCards(out);
    addMeanReversionCards(out);
    addVolatilityCards(out);
    addVolumeCards(out);
    addOrderFlowCards(out);
    addLargeTradeCards(out);
    addOrderBookCards(out);
    addLiquidityCards(out);
    addFundingCards(out);
    addOpenInterestCards(out);
    addLiquidationCards(out);
    addBasisCards(out);
    addPositioningCards(out);
    addSmartMoneyCards(out);
    addCrossExchangeCards(out);
    addStructureCards(out);
    addSupportResistanceCards(out);
    addRelativeStrengthCards(out);
    addCorrelationCards(out);
    addBreadthCards(out);
    addVolumeProfileCards(out);
    addSessionCards(out);
    addRegimeCards(out);
    addAlphaCards(out);
    return out;
}

} // namespace perp::sig
