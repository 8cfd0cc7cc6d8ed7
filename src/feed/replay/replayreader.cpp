// SPDX-License-Identifier: MIT
#include "replayreader.h"

#include "csvdecoder.h"
#include "datetime.h"
#include "jsondecoders.h"
#include "recordingdecoder.h"

#include <cctype>

namespace perp::replay {

namespace {

bool looksTimestamped(std::string_view line)
{
    std::size_t i = 0;
    while (i < line.size() && (std::isdigit(static_cast<unsigned char>(line[i])) || line[i] == '.'))
        ++i;
    if (i == 0 || i >= line.size())
        return false;
    if (line[i] == ':')
        ++i;
    while (i < line.size() && line[i] == ' ')
        ++i;
    return i < line.size() && line[i] == '{'
        && parseTimestampUs(line.substr(0, line.find_first_of(": "))).has_value();
}

std::unique_ptr<LineDecoder> detect(std::string_view first, const std::string& path, const ReplayOptions& opt)
{
    if (first.starts_with("#perpscope-record"))
        return std::make_unique<RecordingDecoder>();
    if (first.starts_with("{")) {
        if (first.find("\"conn\"") != std::string_view::npos
            || (first.find("\"t\":") != std::string_view::npos
                && first.find("\"header\"") != std::string_view::npos))
            return std::make_unique<CryptofeedJsonlDecoder>();
        return std::make_unique<TimestampedJsonDecoder>(path);
    }
    if (first.find(" <-> ") != std::string_view::npos || looksTimestamped(first))
        return std::make_unique<TimestampedJsonDecoder>(path);
    if (auto kind = detectCsv(first, path))
        return std::make_unique<CsvDecoder>(*kind, path, opt.symbolOverride);
    return nullptr;
}

} // namespace

ReplayReader::ReplayReader(std::string path, std::unique_ptr<LineSource> lines,
    std::unique_ptr<LineDecoder> decoder, std::string firstLine)
    : m_path(std::move(path))
    , m_lines(std::move(lines))
    , m_decoder(std::move(decoder))
    , m_firstLine(std::move(firstLine))
    , m_firstLineNo(m_lines->lineNumber())
{
    const auto slash = m_path.find_last_of('/');
    m_name = slash == std::string::npos ? m_path : m_path.substr(slash + 1);
}

std::unique_ptr<ReplayReader> ReplayReader::open(
    const std::string& path, std::string& error, const ReplayOptions& options)
{
    auto lines = LineSource::open(path, error);
    if (!lines)
        return nullptr;
    std::string_view first;
    while (lines->next(first)) {
        if (!first.empty())
            break;
    }
    if (first.empty()) {
        error = path + ": " + (lines->error().empty() ? "empty file" : lines->error());
        return nullptr;
    }
    auto decoder = detect(first, path, options);
    if (!decoder) {
        error = path + ": unrecognized format (first line: '" + std::string(first.substr(0, 80)) + "')";
        return nullptr;
    }
    return std::unique_ptr<ReplayReader>(
        new ReplayReader(path, std::move(lines), std::move(decoder), std::string(first)));
}

std::string ReplayReader::formatName() const
{
    std::string name = m_decoder->formatName();
    if (std::string_view(m_lines->compression()) != "none")
        name += std::string(" (") + m_lines->compression() + ")";
    return name;
}

void ReplayReader::decodeLine(std::string_view text, std::uint64_t lineNo, ReplayChunk& out)
{
    if (text.empty())
        return;
    ++m_stats.lines;
    const auto events = out.events.size();
    const auto klines = out.klines.size();
    const auto r = m_decoder->decode(feed::Frame {text, 0, m_name, lineNo}, out);
    if (!r.ok()) {
        m_stats.reject(*r.error);
        return;
    }
    if (r.ignored)
        ++m_stats.ignored;
    for (auto i = events; i < out.events.size(); ++i)
        m_stats.count(out.events[i]);
    m_stats.klines += out.klines.size() - klines;
}

bool ReplayReader::read(ReplayChunk& out, std::size_t maxLines)
{
    const auto before = out.events.size() + out.klines.size();
    std::size_t n = 0;
    if (m_firstPending) {
        m_firstPending = false;
        decodeLine(m_firstLine, m_firstLineNo, out);
        ++n;
    }
    std::string_view line;
    while (n < maxLines && !m_finished) {
        if (!m_lines->next(line)) {
            m_finished = true;
            if (!m_lines->error().empty())
                m_stats.reject(feed::ParseError {m_name, m_lines->lineNumber(), m_lines->error()});
            break;
        }
        decodeLine(line, m_lines->lineNumber(), out);
        ++n;
    }
    return !m_finished || out.events.size() + out.klines.size() > before;
}

} // namespace perp::replay
