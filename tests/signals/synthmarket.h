// SPDX-License-Identifier: MIT
#pragma once

// A small deterministic market generator for the signal tests and the benchmark.
// Each symbol's drift is redrawn independently every minute, so the past says
// nothing about the future. Optionally plants a predictive signal: every 10 s the
// top-trader long/short *account* ratio is published as exp(-d * plantScale), where
// d is the mean drift of the next 5 minutes. Only smart.size_vs_count reads that
// ratio (raw = ln positionRatio - ln accountRatio), so it alone knows the future.

#include "core/events.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <deque>
#include <random>
#include <vector>

namespace perp::sig::test {

struct SynthConfig
{
    std::uint64_t seed = 1;
    int symbols = 21;
    TimeMs start = 1767225600000; // 2026-01-01T00:00:00Z
    bool plant = true;
    int tradesPerSecond = 2;
    bool book = true;
    double driftPerSecond = 0.00003; // stdev of each minute's drift
    double noisePerSecond = 0.0004;
    double plantScale = 3000;
};

class SynthMarket
{
public:
    explicit SynthMarket(SynthConfig c)
        : m_c(c)
        , m_rng(c.seed)
        , m_now(c.start)
    {
        for (int s = 0; s < c.symbols; ++s) {
            const double ref = 10.0 * std::pow(1.7, s % 9);
            Sym st {std::log(ref), {}, 1e6 / ref, 0};
            for (int k = 0; k < 6; ++k)
                st.drifts.push_back(c.driftPerSecond * normal());
            m_sym.push_back(st);
        }
    }

    TimeMs now() const { return m_now; }

    // Events of the next simulated second, in time order.
    std::vector<MarketEvent> step()
    {
        std::vector<MarketEvent> out;
        const std::int64_t sec = (m_now - m_c.start) / 1000;
        for (int s = 0; s < m_c.symbols; ++s) {
            auto& st = m_sym[static_cast<std::size_t>(s)];
            const auto id = static_cast<SymbolId>(s);
            if (sec > 0 && sec % 60 == 0) {
                st.drifts.pop_front();
                st.drifts.push_back(m_c.driftPerSecond * normal());
            }
            const double r = st.drifts.front() + m_c.noisePerSecond * normal();
            st.logp += r;
            const double p = std::exp(st.logp);
            for (int k = 0; k < m_c.tradesPerSecond; ++k) {
                Trade t;
                t.h = header(id, m_now + 100 + k * 300 + s);
                t.price = Price::fromDouble(p * (1 + 0.0001 * normal()));
                t.qty = Qty::fromDouble(std::max(0.001, 1000.0 / p * std::exp(0.8 * normal())));
                t.takerSide = uniform() < (r > 0 ? 0.6 : 0.4) ? Side::Buy : Side::Sell;
                t.id = ++st.tradeId;
                out.push_back(t);
            }
            if (sec % 10 == 0) {
                st.oi *= std::exp(0.002 * normal());
                OpenInterest o;
                o.h = header(id, m_now + 50 + s);
                o.openInterest = Qty::fromDouble(st.oi);
                out.push_back(o);
            }
            if (sec % 3 == 0) {
                MarkFunding m;
                m.h = header(id, m_now + 20 + s);
                m.indexPrice = Price::fromDouble(p);
                m.markPrice = Price::fromDouble(p * (1 + 0.0002 * normal()));
                m.fundingRate = 0.0001 + 0.00005 * normal();
                m.nextFundingTime = (m_now / (8 * kHourMs) + 1) * 8 * kHourMs;
                out.push_back(m);
            }
            if (m_c.book && sec % 5 == 0) {
                BookUpdate b;
                b.h = header(id, m_now + 30 + s);
                b.kind = BookKind::Snapshot;
                for (int lv = 1; lv <= 20; ++lv) {
                    b.bids.push_back({Price::fromDouble(p * (1 - 0.0002 * lv)),
                        Qty::fromDouble(500.0 / p * (1 + uniform()))});
                    b.asks.push_back({Price::fromDouble(p * (1 + 0.0002 * lv)),
                        Qty::fromDouble(500.0 / p * (1 + uniform()))});
                }
                out.push_back(b);
            }
            if (sec % 60 == 0) {
                Metric ls;
                ls.h = header(id, m_now + 40 + s);
                ls.kind = MetricKind::GlobalLongShortAccountRatio;
                ls.value = std::exp(0.2 * normal());
                out.push_back(ls);
                Metric pos = ls;
                pos.kind = MetricKind::TopTraderLongShortPositionRatio;
                pos.value = std::exp(0.05 * normal());
                out.push_back(pos);
            }
            if (sec % 10 == 0) {
                // Mean drift over the next 300 s: the rest of this minute, four whole minutes, the start of
                // the sixth.
                const double into = static_cast<double>(sec % 60);
                double ahead = st.drifts[0] * (60 - into) + st.drifts[5] * into;
                for (int k = 1; k < 5; ++k)
                    ahead += st.drifts[static_cast<std::size_t>(k)] * 60;
                Metric acc;
                acc.h = header(id, m_now + 45 + s);
                acc.kind = MetricKind::TopTraderLongShortAccountRatio;
                acc.value = m_c.plant ? std::exp(-ahead / 300.0 * m_c.plantScale) : std::exp(0.2 * normal());
                out.push_back(acc);
            }
            if (uniform() < 0.01) {
                Liquidation l;
                l.h = header(id, m_now + 700 + s);
                l.price = Price::fromDouble(p);
                l.qty = Qty::fromDouble(5000.0 / p);
                l.liquidated = uniform() < 0.5 ? PositionSide::Long : PositionSide::Short;
                out.push_back(l);
            }
        }
        std::stable_sort(out.begin(), out.end(), [](const MarketEvent& a, const MarketEvent& b) {
            return perp::header(a).exchangeTime < perp::header(b).exchangeTime;
        });
        m_now += 1000;
        return out;
    }

private:
    struct Sym
    {
        double logp;
        std::deque<double> drifts; // this minute's drift, then the next five
        double oi;
        std::int64_t tradeId;
    };
    EventHeader header(SymbolId id, TimeMs t) const
    {
        EventHeader h;
        h.symbol = id;
        h.venue = Venue::Sim;
        h.exchangeTime = t;
        h.receiveTime = t * 1000;
        return h;
    }
    // Uniform in [0, 1) from raw engine bits (portable, unlike std distributions).
    double uniform() { return static_cast<double>(m_rng() >> 11) * 0x1.0p-53; }
    double normal()
    {
        const double u1 = std::max(uniform(), 1e-300), u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

    SynthConfig m_c;
    std::mt19937_64 m_rng;
    TimeMs m_now;
    std::vector<Sym> m_sym;
};

} // namespace perp::sig::test
