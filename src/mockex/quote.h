// SPDX-License-Identifier: MIT
#pragma once

#include "core/decimal.h"

namespace perp::mockex {

// price x qty in quote currency, exact to 8 decimals (128-bit intermediate).
inline Price quoteOf(Price p, Qty q)
{
    __extension__ using Wide = __int128;
    return Price::fromRaw(static_cast<std::int64_t>(static_cast<Wide>(p.raw) * q.raw / Qty::scale));
}

} // namespace perp::mockex
