// SPDX-License-Identifier: MIT
#pragma once

#include "feed/replay/replayreader.h"

#include <QDir>
#include <QString>
#include <QTest>

#include <string>
#include <vector>

namespace perp::test {

struct ReadResult
{
    bool opened = false;
    std::string error;
    std::string format;
    replay::ReplayStats stats;
    std::vector<MarketEvent> events;
    std::vector<replay::Kline> klines;
};

inline ReadResult readAll(const std::string& path, const replay::ReplayOptions& opt = {})
{
    ReadResult r;
    auto reader = replay::ReplayReader::open(path, r.error, opt);
    if (!reader)
        return r;
    r.opened = true;
    r.format = reader->formatName();
    replay::ReplayChunk chunk;
    while (reader->read(chunk, 1000)) {
        r.events.insert(r.events.end(), std::make_move_iterator(chunk.events.begin()),
            std::make_move_iterator(chunk.events.end()));
        r.klines.insert(r.klines.end(), chunk.klines.begin(), chunk.klines.end());
        chunk.clear();
    }
    r.stats = reader->stats();
    return r;
}

inline std::vector<Trade> tradesOf(const std::vector<MarketEvent>& events)
{
    std::vector<Trade> out;
    for (const auto& e : events)
        if (const auto* t = std::get_if<Trade>(&e))
            out.push_back(*t);
    return out;
}

// Real data directory, or empty (the caller QSKIPs).
inline QString sharedData()
{
    return qEnvironmentVariable("PERPSCOPE_SHARED_DATA");
}

inline QString scratchDir(const char* name)
{
    const QString base = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath());
    const QString dir = base + "/" + name;
    QDir(dir).removeRecursively();
    QDir().mkpath(dir);
    return dir;
}

} // namespace perp::test

#define PERP_REAL_DATA(var)                                                                                  \
    const QString var = perp::test::sharedData();                                                            \
    if (var.isEmpty() || !QDir(var).exists())                                                                \
        QSKIP("PERPSCOPE_SHARED_DATA is not set or missing: real-data checks skipped");
