// SPDX-License-Identifier: MIT
#include "okxcontracts.h"

#include "feed/parse/wide.h"

namespace perp::okx {

ContractTable::ContractTable()
{
    // Dated defaults for the 21 default perps (instId -> ctVal in base units).
    static const std::pair<const char*, const char*> defaults[] = {
        {"BTC-USDT-SWAP", "0.01"},
        {"ETH-USDT-SWAP", "0.1"},
        {"SOL-USDT-SWAP", "1"},
        {"XRP-USDT-SWAP", "100"},
        {"DOGE-USDT-SWAP", "1000"},
        {"BNB-USDT-SWAP", "0.01"},
        {"ADA-USDT-SWAP", "100"},
        {"AVAX-USDT-SWAP", "1"},
        {"LINK-USDT-SWAP", "1"},
        {"DOT-USDT-SWAP", "1"},
        {"LTC-USDT-SWAP", "1"},
        {"BCH-USDT-SWAP", "0.1"},
        {"TRX-USDT-SWAP", "1000"},
        {"SUI-USDT-SWAP", "1"},
        {"APT-USDT-SWAP", "1"},
        {"ARB-USDT-SWAP", "10"},
        {"OP-USDT-SWAP", "1"},
        {"NEAR-USDT-SWAP", "10"},
        {"ATOM-USDT-SWAP", "1"},
        {"FIL-USDT-SWAP", "0.1"},
        {"INJ-USDT-SWAP", "0.1"},
    };
    for (const auto& [inst, val] : defaults)
        m_ctVal.emplace(inst, *Qty::parse(val));
}

std::optional<Qty> ContractTable::contractValue(std::string_view instId) const
{
    if (auto it = m_ctVal.find(std::string(instId)); it != m_ctVal.end())
        return it->second;
    return std::nullopt;
}

void ContractTable::set(std::string_view instId, Qty ctVal)
{
    m_ctVal[std::string(instId)] = ctVal;
}

std::string normalizeInstrument(std::string_view instId)
{
    if (instId.ends_with("-SWAP"))
        instId.remove_suffix(5);
    std::string out;
    out.reserve(instId.size());
    for (char c : instId)
        if (c != '-')
            out += c;
    return out;
}

Qty contractsToBase(Qty contracts, Qty ctVal)
{
    const feed::Int128 p = static_cast<feed::Int128>(contracts.raw) * ctVal.raw;
    const feed::Int128 half = Qty::scale / 2;
    return Qty::fromRaw(static_cast<std::int64_t>((p + (p >= 0 ? half : -half)) / Qty::scale));
}

} // namespace perp::okx
