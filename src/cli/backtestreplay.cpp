// SPDX-License-Identifier: MIT
#include "backtestreplay.h"

#include "feed/replay/replayreader.h"

#include <QFileInfo>

namespace perp::cli {

bool replayInSteps(const QStringList& files, TimeMs stepMs,
    const std::function<void(std::vector<MarketEvent>& events)>& step, ReplayHistoryInfo& info,
    QString& error)
{
    std::vector<MarketEvent> pending;
    TimeMs stepEnd = 0; // exchange time where the current step ends; 0 before the first event
    for (const QString& path : files) {
        std::string openError;
        auto reader = replay::ReplayReader::open(path.toStdString(), openError);
        if (!reader) {
            error = QStringLiteral("%1: %2").arg(path, QString::fromStdString(openError));
            return false;
        }
        info.names << QFileInfo(path).fileName();
        replay::ReplayChunk chunk;
        while (reader->read(chunk)) {
            for (MarketEvent& e : chunk.events) {
                const EventHeader& h = header(e);
                const TimeMs t = h.exchangeTime;
                if (t > 0) {
                    if (stepEnd == 0)
                        stepEnd = floorTo(t, stepMs) + stepMs;
                    if (t >= stepEnd) {
                        // Steps without events change nothing: a quiet stretch is skipped whole.
                        step(pending);
                        pending.clear();
                        stepEnd = floorTo(t, stepMs) + stepMs;
                    }
                    if (info.firstTime == 0 || t < info.firstTime)
                        info.firstTime = t;
                    info.lastTime = std::max(info.lastTime, t);
                }
                info.symbols.insert(h.symbol);
                ++info.events;
                pending.push_back(std::move(e));
            }
            info.klinesSkipped += chunk.klines.size();
            chunk.clear();
        }
        const replay::ReplayStats& s = reader->stats();
        info.lines += s.lines;
        info.rejected += s.rejected;
        for (const auto& r : s.rejects) {
            if (info.rejectExamples.size() >= 5)
                break;
            info.rejectExamples << QString::fromStdString(r.toString());
        }
    }
    if (!pending.empty())
        step(pending);
    return true;
}

} // namespace perp::cli
