// SPDX-License-Identifier: MIT
#pragma once

#include "types.h"

#include <array>
#include <cstdint>

namespace perp::sig {

// Exponentially weighted mean and variance of a card's raw values: the "rolling
// standard deviation over the mode's lookback" with O(1) memory. The first samples
// are averaged equally so a short history is not dominated by its first value.
struct RollingStats
{
    double mean = 0;
    double var = 0;
    std::uint32_t count = 0;

    void add(double x, double alpha);
    double stdev() const;
};

// Parameters turning a z-score into direction and strength.
inline constexpr double kDeadBand = 0.5; // |z| below this is neutral
inline constexpr double kFullStrengthZ = 3.0; // |z| at or above this is strength 1
inline constexpr std::uint32_t kWarmupSamples = 20; // quality ramps up over these samples
inline constexpr std::uint32_t kMinSamples = 5; // below this z is not defined

// One card for one symbol in one mode.
struct Reading
{
    bool valid = false; // false: missing, see `missing`
    std::uint32_t missing = 0; // Input bits that were missing or stale
    double raw = 0; // primary frame's raw value
    double z = 0; // raw / rolling stdev
    std::int8_t direction = 0; // -1, 0, +1
    double strength = 0; // 0..1
    double agreement = 0; // 0..1, across the 1m / 5m / 1h frames
    double quality = 0; // 0..1, freshness, warm-up and frame coverage
    double confidence = 0; // agreement x quality
    std::array<double, kFrameCount> frameRaw {}; // raw per frame
    std::uint8_t frameValid = 0; // bit per frame
};

// Direction and strength from z.
std::int8_t directionOf(double z);
double strengthOf(double z);
// Agreement of the frames with `direction`: the share of valid frames whose raw has
// the same sign. For a neutral reading: 1 - |mean sign| (frames balanced = sure it is neutral).
double agreementOf(const std::array<double, kFrameCount>& raw, std::uint8_t validMask, std::int8_t direction);

// Fills z, direction, strength, agreement and confidence of a reading whose raw,
// frame values and input quality are set; updates the rolling stats with raw.
void finishReading(Reading& r, RollingStats& stats, double alpha, double inputQuality);

} // namespace perp::sig
