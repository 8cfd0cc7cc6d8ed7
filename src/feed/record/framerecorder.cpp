// SPDX-License-Identifier: MIT
#include "framerecorder.h"

#include "recordfile.h"

#include <algorithm>
#include <chrono>

namespace perp::record {

std::shared_ptr<FrameRecorder> FrameRecorder::open(RecorderOptions options, std::string& error)
{
    std::shared_ptr<FrameRecorder> r(new FrameRecorder(std::move(options)));
    if (!r->startPart(error))
        return nullptr;
    r->m_thread = std::thread([p = r.get()] { p->run(); });
    return r;
}

FrameRecorder::FrameRecorder(RecorderOptions options)
    : m_options(std::move(options))
{ }

FrameRecorder::~FrameRecorder()
{
    close();
}

std::string FrameRecorder::headerLine() const
{
    std::string h(kRecordMagic);
    h += ' ';
    h += formatIsoMs(nowUs() / 1000);
    if (!m_options.note.empty()) {
        h += ' ';
        for (char c : m_options.note)
            h += c == '\n' || c == '\r' ? ' ' : c;
    }
    h += '\n';
    return h;
}

bool FrameRecorder::startPart(std::string& error)
{
    if (m_file) {
        m_file->close();
        m_doneOnDisk += m_file->bytesOnDisk();
    }
    ++m_part;
    const std::string path = partPath(m_options.path, m_part);
    m_file = RecordFile::create(path, error);
    if (!m_file)
        return false;
    {
        std::lock_guard lock(m_mutex);
        m_stats.files.push_back(path);
    }
    if (!m_file->write(headerLine()) || !m_file->sync()) {
        error = m_file->error();
        return false;
    }
    return true;
}

void FrameRecorder::record(
    TimeUs receiveUs, std::string_view venue, std::string_view channel, std::string_view payload)
{
    std::lock_guard lock(m_mutex);
    if (m_closing || m_failed || m_pending.size() >= m_options.maxPendingBytes) {
        ++m_stats.dropped;
        return;
    }
    const std::size_t start = m_pending.size();
    m_pending += std::to_string(receiveUs);
    m_pending += ' ';
    m_pending += venue;
    m_pending += ' ';
    m_pending += channel;
    m_pending += ' ';
    const std::size_t body = m_pending.size();
    m_pending += payload;
    for (std::size_t i = body; i < m_pending.size(); ++i)
        if (m_pending[i] == '\n' || m_pending[i] == '\r')
            m_pending[i] = ' ';
    m_pending += '\n';
    ++m_stats.frames;
    m_stats.rawBytes += m_pending.size() - start;
    if (m_pending.size() >= (4u << 20))
        m_wake.notify_one();
}

bool FrameRecorder::writeOut(const std::string& data)
{
    std::string error;
    bool ok = m_file->write(data) && m_file->sync();
    if (ok && m_options.rotateBytes > 0 && m_file->bytesOnDisk() >= m_options.rotateBytes)
        ok = startPart(error);
    std::lock_guard lock(m_mutex);
    m_stats.diskBytes = m_doneOnDisk + (m_file ? m_file->bytesOnDisk() : 0);
    if (!ok && m_stats.error.empty()) {
        m_stats.error = error.empty() && m_file ? m_file->error() : error;
        m_failed = true;
    }
    return ok;
}

void FrameRecorder::run()
{
    std::string batch;
    for (;;) {
        bool closing = false;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait_for(lock, std::chrono::milliseconds(m_options.flushMs),
                [this] { return m_closing || m_pending.size() >= (4u << 20); });
            batch.swap(m_pending);
            m_pending.clear();
            closing = m_closing;
            if (m_failed) {
                m_stats.dropped += static_cast<std::uint64_t>(std::count(batch.begin(), batch.end(), '\n'));
                batch.clear();
            }
        }
        if (!batch.empty() && !writeOut(batch)) {
            std::lock_guard lock(m_mutex);
            m_stats.dropped += static_cast<std::uint64_t>(std::count(batch.begin(), batch.end(), '\n'));
        }
        batch.clear();
        if (closing)
            break;
    }
    if (m_file) {
        m_file->close();
        std::lock_guard lock(m_mutex);
        m_stats.diskBytes = m_doneOnDisk + m_file->bytesOnDisk();
        if (!m_file->error().empty() && m_stats.error.empty())
            m_stats.error = m_file->error();
    }
}

void FrameRecorder::close()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_closing)
            return;
        m_closing = true;
    }
    m_wake.notify_one();
    if (m_thread.joinable())
        m_thread.join();
}

RecorderStats FrameRecorder::stats() const
{
    std::lock_guard lock(m_mutex);
    return m_stats;
}

} // namespace perp::record
