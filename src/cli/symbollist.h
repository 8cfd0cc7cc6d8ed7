// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"

#include <QString>
#include <vector>

namespace perp::cli {

// Appends the symbols of a comma-separated --symbols value ("btcusdt, ETHUSDT") to `out`.
// Only the 21 default perps are accepted; `kind` names them in the error ("default",
// "simulated"). Returns the error text, empty when every name was known.
QString parseSymbolList(const QString& text, const char* kind, std::vector<SymbolId>& out);

} // namespace perp::cli
