// SPDX-License-Identifier: MIT
#pragma once

#include "linesource.h"
#include "replaytypes.h"

#include <memory>
#include <string>

namespace perp::replay {

struct ReplayOptions
{
    std::string symbolOverride; // for CSVs whose file name does not name the symbol
};

// Reads one recorded file of any supported format (detected from its content:
// gzip/zstd/plain, then timestamped frames, cryptofeed JSON lines or a known CSV)
// and yields its events in file order. A line that cannot be decoded is counted,
// kept as an example with file and line number, and skipped; everything else is
// processed as if that line were absent.
class ReplayReader
{
public:
    // Null with `error` set when the file cannot be opened or its format is unknown.
    static std::unique_ptr<ReplayReader> open(
        const std::string& path, std::string& error, const ReplayOptions& options = {});

    // Decodes up to `maxLines` more lines into `out` (appending). False once the
    // file is exhausted and nothing was added.
    bool read(ReplayChunk& out, std::size_t maxLines = 4096);

    const ReplayStats& stats() const { return m_stats; }
    const std::string& path() const { return m_path; }
    std::string formatName() const;
    double progress() const { return m_lines->progress(); }

private:
    ReplayReader(std::string path, std::unique_ptr<LineSource> lines, std::unique_ptr<LineDecoder> decoder,
        std::string firstLine);
    void decodeLine(std::string_view text, std::uint64_t lineNo, ReplayChunk& out);

    std::string m_path;
    std::string m_name; // file name for messages
    std::unique_ptr<LineSource> m_lines;
    std::unique_ptr<LineDecoder> m_decoder;
    std::string m_firstLine; // read for detection, decoded first
    std::uint64_t m_firstLineNo = 0;
    bool m_firstPending = true;
    bool m_finished = false;
    ReplayStats m_stats;
};

} // namespace perp::replay
