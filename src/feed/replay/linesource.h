// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace perp::replay {

// Reads a file line by line, decompressing gzip or zstd (detected by magic bytes).
// A line is valid until the next call. Trailing '\r' is removed.
class LineSource
{
public:
    virtual ~LineSource();

    // Opens `path`; on failure returns null and sets `error`.
    static std::unique_ptr<LineSource> open(const std::string& path, std::string& error);

    // False at the end of the file or after a read/decompression error (see error()).
    bool next(std::string_view& line);
    std::uint64_t lineNumber() const { return m_line; }
    // Empty unless the stream ended on an error (e.g. truncated gzip).
    const std::string& error() const { return m_error; }
    // Fraction of the file's (compressed) bytes consumed, 0..1.
    double progress() const;
    const char* compression() const { return m_compression; }

protected:
    LineSource(std::FILE* file, const char* compression);
    // Fills up to n bytes; returns the count, 0 at the end. Sets m_error on failure.
    virtual std::size_t readSome(char* out, std::size_t n) = 0;

    std::FILE* m_file;
    std::string m_error;

private:
    const char* m_compression;
    std::vector<char> m_buf;
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    bool m_eof = false;
    std::uint64_t m_line = 0;
    std::int64_t m_size = 0;
};

} // namespace perp::replay
