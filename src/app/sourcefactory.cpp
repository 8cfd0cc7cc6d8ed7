// SPDX-License-Identifier: MIT
#include "sourcefactory.h"

#include "feed/sim/simfeed.h"

#include <QDateTime>

namespace perp {

std::unique_ptr<FeedSource> createFeedSource(const AppOptions& options, QString* error)
{
    switch (options.source) {
    case SourceKind::Sim: {
        sim::SimConfig config;
        config.seed = options.seed;
        config.speed = options.speed;
        // The simulated clock ends its history at the current minute, so times read naturally.
        config.historyMs = static_cast<TimeMs>(options.historyMinutes) * kMinuteMs;
        config.startTime = floorTo(QDateTime::currentMSecsSinceEpoch(), kMinuteMs) - config.historyMs;
        return std::make_unique<sim::SimFeed>(config);
    }
    case SourceKind::Replay:
        *error = QStringLiteral("--source replay:%1 is not available yet in this build (record/replay comes "
                                "with a later version). Use --source sim.")
                     .arg(options.replayFile);
        return nullptr;
    case SourceKind::Binance:
    case SourceKind::Bybit:
    case SourceKind::Okx: {
        const char* names[] = {"", "", "binance", "bybit", "okx"};
        *error
            = QStringLiteral("--source %1 is not available yet in this build (live exchange feeds come with "
                             "a later version). Use --source sim.")
                  .arg(QLatin1String(names[static_cast<int>(options.source)]));
        return nullptr;
    }
    }
    *error = QStringLiteral("unknown source");
    return nullptr;
}

} // namespace perp
