// SPDX-License-Identifier: MIT
#pragma once

#include "replayreader.h"

#include <QStringList>

#include <memory>
#include <vector>

namespace perp::replay {

// Reads a list of replay files a slice at a time, so a feed can load on its own thread
// and report progress in between. Files that cannot be opened are reported and skipped.
class ReplayLoader
{
public:
    explicit ReplayLoader(QStringList files);

    // Decodes up to `maxLines` more lines, appending events to `out`. False once all
    // files are read.
    bool loadSome(std::vector<MarketEvent>& out, std::size_t maxLines);
    // 0..1 by the bytes of all files consumed.
    double progress() const;
    bool done() const { return m_index >= static_cast<std::size_t>(m_files.size()); }

    const ReplayStats& stats() const { return m_stats; }
    const QStringList& errors() const { return m_errors; }

private:
    QStringList m_files;
    std::vector<double> m_sizes;
    double m_totalSize = 0;
    double m_doneSize = 0;
    std::size_t m_index = 0;
    std::unique_ptr<ReplayReader> m_reader;
    ReplayChunk m_chunk;
    ReplayStats m_stats;
    QStringList m_errors;
};

} // namespace perp::replay
