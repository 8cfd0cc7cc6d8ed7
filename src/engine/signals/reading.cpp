// SPDX-License-Identifier: MIT
#include "reading.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace perp::sig {

void RollingStats::add(double x, double alpha)
{
    ++count;
    const double a = std::max(alpha, 1.0 / static_cast<double>(count));
    const double d = x - mean;
    mean += a * d;
    var = (1.0 - a) * (var + a * d * d);
}

double RollingStats::stdev() const
{
    return count >= kMinSamples ? std::sqrt(std::max(var, 0.0)) : 0.0;
}

std::int8_t directionOf(double z)
{
    return z > kDeadBand ? 1 : (z < -kDeadBand ? -1 : 0);
}

double strengthOf(double z)
{
    const double a = std::abs(z);
    if (a <= kDeadBand)
        return 0.0;
    return std::clamp((a - kDeadBand) / (kFullStrengthZ - kDeadBand), 0.0, 1.0);
}

double agreementOf(const std::array<double, kFrameCount>& raw, std::uint8_t validMask, std::int8_t direction)
{
    int valid = 0, same = 0, signSum = 0;
    for (std::size_t f = 0; f < kFrameCount; ++f) {
        if (!(validMask & (1u << f)))
            continue;
        ++valid;
        const int s = raw[f] > 0 ? 1 : (raw[f] < 0 ? -1 : 0);
        signSum += s;
        same += direction != 0 && s == direction;
    }
    if (valid == 0)
        return 0.0;
    if (direction != 0)
        return static_cast<double>(same) / valid;
    return 1.0 - std::abs(static_cast<double>(signSum)) / valid;
}

void finishReading(Reading& r, RollingStats& stats, double alpha, double inputQuality)
{
    stats.add(r.raw, alpha);
    const double sd = stats.stdev();
    r.z = sd > 0 ? r.raw / sd : 0.0;
    r.direction = directionOf(r.z);
    r.strength = strengthOf(r.z);
    r.agreement = agreementOf(r.frameRaw, r.frameValid, r.direction);
    const double warm = std::min(1.0, static_cast<double>(stats.count) / kWarmupSamples);
    const double coverage = 0.5 + 0.5 * std::popcount(r.frameValid) / static_cast<double>(kFrameCount);
    r.quality = std::clamp(inputQuality, 0.0, 1.0) * warm * coverage;
    r.confidence = r.agreement * r.quality;
}

} // namespace perp::sig
