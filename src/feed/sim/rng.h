// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstdint>

namespace perp::sim {

// splitmix64: seeds other generators and derives independent sub-seeds.
constexpr std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256** with its own distributions, so a seed gives the same stream with
// every standard library (std distributions are implementation-defined).
class Rng
{
public:
    explicit Rng(std::uint64_t seed = 1) { reseed(seed); }

    void reseed(std::uint64_t seed)
    {
        std::uint64_t sm = seed;
        for (auto& s : m_s)
            s = splitmix64(sm);
        m_hasSpare = false;
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    // Uniform in (0, 1]: safe for log().
    double uniformPositive() { return 1.0 - uniform(); }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    bool chance(double p) { return uniform() < p; }
    // Uniform integer in [lo, hi].
    std::int64_t integer(std::int64_t lo, std::int64_t hi)
    {
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(next() % span);
    }
    // Standard normal (Box-Muller, spare value kept).
    double normal()
    {
        if (m_hasSpare) {
            m_hasSpare = false;
            return m_spare;
        }
        const double r = std::sqrt(-2.0 * std::log(uniformPositive()));
        const double a = 6.283185307179586 * uniform();
        m_spare = r * std::sin(a);
        m_hasSpare = true;
        return r * std::cos(a);
    }
    // Exponential with the given mean.
    double exponential(double mean) { return -std::log(uniformPositive()) * mean; }
    // Log-normal with the given median and log-sigma.
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_s[4] = {};
    double m_spare = 0;
    bool m_hasSpare = false;
};

} // namespace perp::sim
