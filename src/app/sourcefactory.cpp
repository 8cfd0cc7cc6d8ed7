// SPDX-License-Identifier: MIT
#include "sourcefactory.h"

#include "feed/net/exchangefeeds.h"
#include "feed/replay/replayfeed.h"
#include "feed/sim/simfeed.h"

#include <QDateTime>
#include <QFileInfo>
#include <QUrl>

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
    case SourceKind::Replay: {
        const QStringList files = options.replayFile.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& f : files)
            if (!QFileInfo::exists(f)) {
                *error = QStringLiteral("--source replay: no such file '%1'").arg(f);
                return nullptr;
            }
        return std::make_unique<replay::ReplayFeed>(files, options.speed);
    }
    case SourceKind::Binance:
    case SourceKind::Bybit:
    case SourceKind::Okx: {
        const QString name = options.source == SourceKind::Binance ? QStringLiteral("binance")
            : options.source == SourceKind::Bybit                  ? QStringLiteral("bybit")
                                                                   : QStringLiteral("okx");
        QString failure;
        net::ExchangeFeed made = net::makeExchangeFeed(name, QUrl(options.exchangeUrl), {}, failure);
        if (!made.feed) {
            *error = failure;
            return nullptr;
        }
        return std::move(made.feed);
    }
    }
    *error = QStringLiteral("unknown source");
    return nullptr;
}

} // namespace perp
