// SPDX-License-Identifier: MIT
#include "replayloader.h"

#include <QFileInfo>

namespace perp::replay {

ReplayLoader::ReplayLoader(QStringList files)
    : m_files(std::move(files))
{
    for (const QString& f : m_files) {
        m_sizes.push_back(std::max<double>(1.0, static_cast<double>(QFileInfo(f).size())));
        m_totalSize += m_sizes.back();
    }
}

bool ReplayLoader::loadSome(std::vector<MarketEvent>& out, std::size_t maxLines)
{
    while (!done()) {
        if (!m_reader) {
            std::string error;
            m_reader = ReplayReader::open(m_files[static_cast<qsizetype>(m_index)].toStdString(), error);
            if (!m_reader) {
                m_errors << QString::fromStdString(error);
                m_doneSize += m_sizes[m_index++];
                continue;
            }
        }
        m_chunk.clear();
        const bool more = m_reader->read(m_chunk, maxLines);
        for (auto& e : m_chunk.events)
            out.push_back(std::move(e));
        if (!more) {
            m_stats.merge(m_reader->stats());
            m_reader.reset();
            m_doneSize += m_sizes[m_index++];
        }
        return !done();
    }
    return false;
}

double ReplayLoader::progress() const
{
    if (done() || m_totalSize <= 0)
        return 1.0;
    const double current = m_reader ? m_reader->progress() * m_sizes[m_index] : 0.0;
    return std::min(1.0, (m_doneSize + current) / m_totalSize);
}

} // namespace perp::replay
