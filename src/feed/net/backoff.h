// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <random>

namespace perp::net {

// Exponential backoff with full jitter: the n-th delay is uniform in
// [base*2^n / 2, base*2^n], capped at maxMs. reset() after a healthy connection.
class Backoff
{
public:
    Backoff(int baseMs = 250, int maxMs = 30'000, std::uint64_t seed = std::random_device {}());

    int next();
    void reset() { m_attempt = 0; }
    int attempts() const { return m_attempt; }
    void setLimits(int baseMs, int maxMs);

private:
    int m_baseMs;
    int m_maxMs;
    int m_attempt = 0;
    std::mt19937_64 m_rng;
};

} // namespace perp::net
