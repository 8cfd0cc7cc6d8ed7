// SPDX-License-Identifier: MIT
#pragma once

#include "core/time.h"

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace perp::record {

class RecordFile;

// The recording file format, version 1 (text lines, UTF-8; the file may be zstd or
// gzip compressed as a whole, see RecordFile):
//
//   #perpscope-record v1 <ISO start time> <free text>
//   <receive_us> <venue> ws:<connection> <raw frame>
//   <receive_us> <venue> rest:<path>?<query> <raw response body>
//
// receive_us is the local receive time in microseconds since the Unix epoch; venue is
// binance, bybit or okx; the frame or body follows the third space verbatim except that
// CR and LF become spaces (JSON needs neither outside strings, where they are escaped).
// Only successful (HTTP 200) REST bodies are recorded. Every part of a rotated
// recording starts with the header line. perp::replay::ReplayReader reads it back
// through the exchanges' own parsers.
inline constexpr std::string_view kRecordMagic = "#perpscope-record v1";

struct RecorderOptions
{
    std::string path; // first part; later parts from partPath()
    std::uint64_t rotateBytes = 0; // start a new part after this many bytes on disk (0: never)
    int flushMs = 1000; // longest a frame waits before it is written and synced
    std::uint64_t maxPendingBytes = 256ull << 20; // frames beyond this are dropped and counted
    std::string note; // free text for the header line
};

struct RecorderStats
{
    std::uint64_t frames = 0;
    std::uint64_t rawBytes = 0; // line bytes before compression
    std::uint64_t diskBytes = 0;
    std::uint64_t dropped = 0; // frames lost because the writer fell behind or failed
    std::vector<std::string> files;
    std::string error; // the first write error, empty if none
};

// Writes raw frames to a recording. record() may be called from any thread and only
// appends to a buffer under a lock; a writer thread of its own compresses, writes and
// syncs at least every flushMs, and rotates parts by size. close() (or the destructor)
// writes everything still buffered, syncs and closes the file.
class FrameRecorder
{
public:
    // Null with `error` set when the first file cannot be created.
    static std::shared_ptr<FrameRecorder> open(RecorderOptions options, std::string& error);
    ~FrameRecorder();
    FrameRecorder(const FrameRecorder&) = delete;
    FrameRecorder& operator=(const FrameRecorder&) = delete;

    void record(TimeUs receiveUs, std::string_view venue, std::string_view channel, std::string_view payload);
    void close();

    RecorderStats stats() const;
    const std::string& path() const { return m_options.path; }

private:
    explicit FrameRecorder(RecorderOptions options);
    void run();
    bool writeOut(const std::string& data);
    bool startPart(std::string& error);
    std::string headerLine() const;

    RecorderOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::string m_pending;
    bool m_closing = false;
    bool m_failed = false;
    RecorderStats m_stats;
    // Writer thread only (and open()/close() while it is not running).
    std::unique_ptr<RecordFile> m_file;
    int m_part = 0;
    std::uint64_t m_doneOnDisk = 0; // bytes of finished parts
    std::thread m_thread;
};

} // namespace perp::record
