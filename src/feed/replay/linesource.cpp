// SPDX-License-Identifier: MIT
#include "linesource.h"

#include <zlib.h>
#include <zstd.h>

#include <cstring>

namespace perp::replay {

namespace {

class PlainSource final : public LineSource
{
public:
    explicit PlainSource(std::FILE* f)
        : LineSource(f, "none")
    { }

protected:
    std::size_t readSome(char* out, std::size_t n) override
    {
        const auto got = std::fread(out, 1, n, m_file);
        if (got == 0 && std::ferror(m_file))
            m_error = "read error";
        return got;
    }
};

class GzipSource final : public LineSource
{
public:
    explicit GzipSource(std::FILE* f)
        : LineSource(f, "gzip")
    {
        m_z.zalloc = Z_NULL;
        m_z.zfree = Z_NULL;
        m_z.opaque = Z_NULL;
        m_ok = inflateInit2(&m_z, 15 + 32) == Z_OK; // gzip or zlib header
        if (!m_ok)
            m_error = "cannot initialize zlib";
    }
    ~GzipSource() override { inflateEnd(&m_z); }

protected:
    std::size_t readSome(char* out, std::size_t n) override
    {
        if (!m_ok)
            return 0;
        m_z.next_out = reinterpret_cast<Bytef*>(out);
        m_z.avail_out = static_cast<uInt>(n);
        while (m_z.avail_out == n) {
            if (m_z.avail_in == 0) {
                const auto got = std::fread(m_in, 1, sizeof m_in, m_file);
                if (got == 0) {
                    if (!m_streamEnded)
                        m_error = "truncated gzip stream";
                    break;
                }
                m_z.next_in = reinterpret_cast<Bytef*>(m_in);
                m_z.avail_in = static_cast<uInt>(got);
            }
            const int rc = inflate(&m_z, Z_NO_FLUSH);
            m_streamEnded = rc == Z_STREAM_END;
            if (rc == Z_STREAM_END) {
                if (m_z.avail_in == 0 && std::feof(m_file))
                    break;
                inflateReset(&m_z); // concatenated gzip members
            } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
                m_error = std::string("corrupt gzip data: ") + (m_z.msg ? m_z.msg : "error");
                m_ok = false;
                break;
            }
        }
        return n - m_z.avail_out;
    }

private:
    z_stream m_z {};
    char m_in[1 << 16];
    bool m_ok = false;
    bool m_streamEnded = false;
};

class ZstdSource final : public LineSource
{
public:
    explicit ZstdSource(std::FILE* f)
        : LineSource(f, "zstd")
        , m_ctx(ZSTD_createDStream())
    { }
    ~ZstdSource() override { ZSTD_freeDStream(m_ctx); }

protected:
    std::size_t readSome(char* out, std::size_t n) override
    {
        ZSTD_outBuffer o {out, n, 0};
        while (o.pos == 0 && m_ok) {
            if (m_in.pos == m_in.size) {
                const auto got = std::fread(m_inBuf, 1, sizeof m_inBuf, m_file);
                if (got == 0) {
                    if (m_pending != 0)
                        m_error = "truncated zstd stream";
                    break;
                }
                m_in = ZSTD_inBuffer {m_inBuf, got, 0};
            }
            const auto rc = ZSTD_decompressStream(m_ctx, &o, &m_in);
            if (ZSTD_isError(rc)) {
                m_error = std::string("corrupt zstd data: ") + ZSTD_getErrorName(rc);
                m_ok = false;
            }
            m_pending = ZSTD_isError(rc) ? 0 : rc;
        }
        return o.pos;
    }

private:
    ZSTD_DStream* m_ctx;
    char m_inBuf[1 << 16];
    ZSTD_inBuffer m_in {m_inBuf, 0, 0};
    std::size_t m_pending = 0;
    bool m_ok = true;
};

} // namespace

LineSource::LineSource(std::FILE* file, const char* compression)
    : m_file(file)
    , m_compression(compression)
    , m_buf(1 << 20)
{
    if (std::fseek(file, 0, SEEK_END) == 0) {
        m_size = std::ftell(file);
        std::fseek(file, 0, SEEK_SET);
    }
}

LineSource::~LineSource()
{
    std::fclose(m_file);
}

std::unique_ptr<LineSource> LineSource::open(const std::string& path, std::string& error)
{
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) {
        error = "cannot open " + path + ": " + std::strerror(errno);
        return nullptr;
    }
    unsigned char magic[4] = {0, 0, 0, 0};
    const auto got = std::fread(magic, 1, 4, f);
    std::rewind(f);
    if (got >= 2 && magic[0] == 0x1f && magic[1] == 0x8b)
        return std::make_unique<GzipSource>(f);
    if (got == 4 && magic[0] == 0x28 && magic[1] == 0xb5 && magic[2] == 0x2f && magic[3] == 0xfd)
        return std::make_unique<ZstdSource>(f);
    return std::make_unique<PlainSource>(f);
}

double LineSource::progress() const
{
    if (m_size <= 0)
        return m_eof ? 1.0 : 0.0;
    const auto pos = std::ftell(m_file);
    return pos < 0 ? 0.0 : std::min(1.0, static_cast<double>(pos) / static_cast<double>(m_size));
}

bool LineSource::next(std::string_view& line)
{
    for (;;) {
        const char* start = m_buf.data() + m_begin;
        if (const void* nl = std::memchr(start, '\n', m_end - m_begin)) {
            const auto len = static_cast<std::size_t>(static_cast<const char*>(nl) - start);
            line = std::string_view(start, len);
            m_begin += len + 1;
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            ++m_line;
            return true;
        }
        if (m_eof) {
            if (m_begin == m_end)
                return false;
            line = std::string_view(start, m_end - m_begin); // last line without a newline
            m_begin = m_end;
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            ++m_line;
            return true;
        }
        // Compact, grow if one line fills the buffer, then read more.
        if (m_begin > 0) {
            std::memmove(m_buf.data(), m_buf.data() + m_begin, m_end - m_begin);
            m_end -= m_begin;
            m_begin = 0;
        }
        if (m_end == m_buf.size())
            m_buf.resize(m_buf.size() * 2);
        const auto got = readSome(m_buf.data() + m_end, m_buf.size() - m_end);
        m_end += got;
        if (got == 0)
            m_eof = true;
    }
}

} // namespace perp::replay
