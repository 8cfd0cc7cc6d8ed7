// SPDX-License-Identifier: MIT
#include "symbols.h"

#include <algorithm>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <unordered_map>

namespace perp {

std::string_view venueName(Venue v)
{
    switch (v) {
    case Venue::Sim:
        return "sim";
    case Venue::Binance:
        return "binance";
    case Venue::Bybit:
        return "bybit";
    case Venue::Okx:
        return "okx";
    case Venue::Replay:
        return "replay";
    }
    return "unknown";
}

namespace {

// Tier tables follow the shape of Binance USD-M brackets (cum_n = floor_n * dMMR + cum_{n-1}).
// They are dated snapshots meant as defaults; the liquidation model can refresh them.
std::vector<MarginTier> makeTiers(std::initializer_list<std::pair<double, double>> capsAndMmr,
                                  std::initializer_list<double> leverages)
{
    std::vector<MarginTier> out;
    double floor = 0, prevMmr = 0, cum = 0;
    auto lev = leverages.begin();
    for (auto [cap, mmr] : capsAndMmr) {
        cum += floor * (mmr - prevMmr);
        out.push_back({cap, lev != leverages.end() ? *lev++ : 1.0, mmr, cum});
        floor = cap;
        prevMmr = mmr;
    }
    return out;
}

std::vector<MarginTier> majorTiers() // BTC, ETH
{
    return makeTiers({{300e3, 0.004},
                      {800e3, 0.005},
                      {3e6, 0.0065},
                      {12e6, 0.01},
                      {70e6, 0.02},
                      {100e6, 0.025},
                      {230e6, 0.05},
                      {480e6, 0.10},
                      {600e6, 0.125},
                      {800e6, 0.15},
                      {1.2e9, 0.25},
                      {1.8e9, 0.5}},
                     {125, 100, 75, 50, 25, 20, 10, 5, 4, 3, 2, 1});
}

std::vector<MarginTier> largeAltTiers() // SOL, XRP, DOGE, BNB
{
    return makeTiers({{50e3, 0.005},
                      {250e3, 0.01},
                      {1e6, 0.02},
                      {5e6, 0.025},
                      {10e6, 0.05},
                      {20e6, 0.10},
                      {50e6, 0.125},
                      {100e6, 0.15},
                      {200e6, 0.25},
                      {500e6, 0.5}},
                     {75, 50, 25, 20, 10, 5, 4, 3, 2, 1});
}

std::vector<MarginTier> altTiers()
{
    return makeTiers({{5e3, 0.01},
                      {25e3, 0.015},
                      {100e3, 0.02},
                      {250e3, 0.025},
                      {1e6, 0.05},
                      {5e6, 0.10},
                      {10e6, 0.125},
                      {15e6, 0.15},
                      {25e6, 0.25},
                      {50e6, 0.5}},
                     {75, 50, 25, 20, 10, 5, 4, 3, 2, 1});
}

SymbolInfo make(std::string base, const char* tick, const char* step, double ref, std::vector<MarginTier> tiers)
{
    return SymbolInfo{base + "USDT", base, *Price::parse(tick), *Qty::parse(step), ref, std::move(tiers)};
}

const std::vector<SymbolInfo>& defaults()
{
    static const std::vector<SymbolInfo> list = {
        make("BTC", "0.1", "0.001", 97000, majorTiers()),
        make("ETH", "0.01", "0.001", 3400, majorTiers()),
        make("SOL", "0.01", "0.01", 190, largeAltTiers()),
        make("XRP", "0.0001", "0.1", 2.2, largeAltTiers()),
        make("DOGE", "0.00001", "1", 0.32, largeAltTiers()),
        make("BNB", "0.01", "0.01", 650, largeAltTiers()),
        make("ADA", "0.0001", "1", 0.9, altTiers()),
        make("AVAX", "0.001", "0.1", 36, altTiers()),
        make("LINK", "0.001", "0.01", 22, altTiers()),
        make("DOT", "0.001", "0.1", 7.5, altTiers()),
        make("LTC", "0.01", "0.001", 105, altTiers()),
        make("BCH", "0.01", "0.001", 450, altTiers()),
        make("TRX", "0.00001", "1", 0.25, altTiers()),
        make("SUI", "0.0001", "0.1", 4.1, altTiers()),
        make("APT", "0.001", "0.1", 11, altTiers()),
        make("ARB", "0.0001", "0.1", 0.8, altTiers()),
        make("OP", "0.0001", "0.1", 2.0, altTiers()),
        make("NEAR", "0.001", "0.1", 5.5, altTiers()),
        make("ATOM", "0.001", "0.01", 7.0, altTiers()),
        make("FIL", "0.001", "0.1", 5.2, altTiers()),
        make("INJ", "0.001", "0.1", 24, altTiers()),
    };
    return list;
}

struct Registry
{
    std::shared_mutex mutex;
    std::deque<SymbolInfo> extra; // stable addresses
    std::unordered_map<std::string, SymbolId> byName;
};

Registry& registry()
{
    static Registry r;
    return r;
}

std::optional<SymbolId> findDefault(std::string_view name)
{
    const auto& list = defaults();
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].name == name)
            return static_cast<SymbolId>(i);
    return std::nullopt;
}

} // namespace

std::span<const SymbolInfo> defaultSymbols()
{
    return defaults();
}

std::optional<SymbolId> findSymbol(std::string_view name)
{
    if (auto id = findDefault(name))
        return id;
    auto& r = registry();
    std::shared_lock lock(r.mutex);
    if (auto it = r.byName.find(std::string(name)); it != r.byName.end())
        return it->second;
    return std::nullopt;
}

SymbolId internSymbol(std::string_view name)
{
    if (auto id = findSymbol(name))
        return *id;
    auto& r = registry();
    std::unique_lock lock(r.mutex);
    if (auto it = r.byName.find(std::string(name)); it != r.byName.end())
        return it->second;
    const auto id = static_cast<SymbolId>(kDefaultSymbolCount + r.extra.size());
    std::string base(name);
    for (std::string_view quote : {"USDT", "USDC", "USD"})
        if (base.size() > quote.size() && base.ends_with(quote)) {
            base.resize(base.size() - quote.size());
            break;
        }
    r.extra.push_back(SymbolInfo{std::string(name), base, Price::fromRaw(1), Qty::fromRaw(1), 0.0, altTiers()});
    r.byName.emplace(std::string(name), id);
    return id;
}

const SymbolInfo& symbolInfo(SymbolId id)
{
    if (id < kDefaultSymbolCount)
        return defaults()[id];
    auto& r = registry();
    std::shared_lock lock(r.mutex);
    const std::size_t i = id - kDefaultSymbolCount;
    if (i < r.extra.size())
        return r.extra[i];
    static const SymbolInfo unknown{"UNKNOWN", "UNKNOWN", Price::fromRaw(1), Qty::fromRaw(1), 0.0, altTiers()};
    return unknown;
}

std::string symbolName(SymbolId id)
{
    return symbolInfo(id).name;
}

const MarginTier& tierFor(std::span<const MarginTier> tiers, double notional)
{
    auto it = std::lower_bound(tiers.begin(), tiers.end(), notional,
                               [](const MarginTier& t, double n) { return t.notionalCap < n; });
    return it == tiers.end() ? tiers.back() : *it;
}

} // namespace perp
