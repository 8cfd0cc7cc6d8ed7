// SPDX-License-Identifier: MIT
#include "recordfile.h"

#include <zlib.h>
#include <zstd.h>

#include <cerrno>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace perp::record {

namespace {

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

class PlainFile final : public RecordFile
{
public:
    PlainFile(std::FILE* f, std::string path)
        : RecordFile(f, std::move(path), "none")
    { }
    ~PlainFile() override { close(); }

protected:
    bool encode(std::string_view data, bool) override { return put(data.data(), data.size()); }
};

class ZstdFile final : public RecordFile
{
public:
    ZstdFile(std::FILE* f, std::string path)
        : RecordFile(f, std::move(path), "zstd")
        , m_ctx(ZSTD_createCCtx())
        , m_out(ZSTD_CStreamOutSize())
    {
        ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_compressionLevel, 3);
        ZSTD_CCtx_setParameter(m_ctx, ZSTD_c_checksumFlag, 1);
    }
    ~ZstdFile() override
    {
        close();
        ZSTD_freeCCtx(m_ctx);
    }

protected:
    bool encode(std::string_view data, bool end) override
    {
        ZSTD_inBuffer in {data.data(), data.size(), 0};
        const ZSTD_EndDirective mode = end ? ZSTD_e_end : ZSTD_e_continue;
        for (;;) {
            ZSTD_outBuffer out {m_out.data(), m_out.size(), 0};
            const std::size_t left = ZSTD_compressStream2(m_ctx, &out, &in, mode);
            if (ZSTD_isError(left)) {
                m_error = std::string("zstd: ") + ZSTD_getErrorName(left);
                return false;
            }
            if (!put(m_out.data(), out.pos))
                return false;
            if (end ? left == 0 : in.pos == in.size)
                return true;
        }
    }

private:
    ZSTD_CCtx* m_ctx;
    std::vector<char> m_out;
};

class GzipFile final : public RecordFile
{
public:
    GzipFile(std::FILE* f, std::string path)
        : RecordFile(f, std::move(path), "gzip")
        , m_out(1 << 16)
    {
        m_ok = deflateInit2(&m_z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) == Z_OK;
        if (!m_ok)
            m_error = "cannot initialize zlib";
    }
    ~GzipFile() override
    {
        close();
        deflateEnd(&m_z);
    }

protected:
    bool encode(std::string_view data, bool end) override
    {
        if (!m_ok)
            return false;
        if (data.empty() && !end)
            return true;
        if (end && !m_memberOpen && data.empty())
            return true; // nothing since the last member: no empty member
        m_memberOpen = true;
        m_z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        m_z.avail_in = static_cast<uInt>(data.size());
        for (;;) {
            m_z.next_out = reinterpret_cast<Bytef*>(m_out.data());
            m_z.avail_out = static_cast<uInt>(m_out.size());
            const int rc = deflate(&m_z, end ? Z_FINISH : Z_NO_FLUSH);
            if (rc == Z_STREAM_ERROR) {
                m_error = "gzip: deflate failed";
                return false;
            }
            if (!put(m_out.data(), m_out.size() - m_z.avail_out))
                return false;
            if (end && rc == Z_STREAM_END) {
                deflateReset(&m_z); // the next data starts a new member
                m_memberOpen = false;
                return true;
            }
            if (!end && m_z.avail_in == 0 && m_z.avail_out != 0)
                return true;
        }
    }

private:
    z_stream m_z {};
    std::vector<char> m_out;
    bool m_ok = false;
    bool m_memberOpen = false;
};

} // namespace

RecordFile::RecordFile(std::FILE* file, std::string path, const char* compression)
    : m_file(file)
    , m_path(std::move(path))
    , m_compression(compression)
{ }

RecordFile::~RecordFile()
{
    if (m_file)
        std::fclose(m_file);
}

std::unique_ptr<RecordFile> RecordFile::create(const std::string& path, std::string& error)
{
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        error = "cannot create " + path + ": " + std::strerror(errno);
        return nullptr;
    }
    if (endsWith(path, ".zst") || endsWith(path, ".zstd"))
        return std::make_unique<ZstdFile>(f, path);
    if (endsWith(path, ".gz"))
        return std::make_unique<GzipFile>(f, path);
    return std::make_unique<PlainFile>(f, path);
}

bool RecordFile::put(const void* data, std::size_t n)
{
    if (n == 0)
        return true;
    if (std::fwrite(data, 1, n, m_file) != n) {
        m_error = "cannot write " + m_path + ": " + std::strerror(errno);
        return false;
    }
    m_onDisk += n;
    return true;
}

bool RecordFile::write(std::string_view data)
{
    if (!m_error.empty() || !m_file)
        return false;
    m_dirty = m_dirty || !data.empty();
    return encode(data, false);
}

bool RecordFile::sync()
{
    if (!m_error.empty() || !m_file)
        return false;
    if (m_dirty && !encode({}, true))
        return false;
    m_dirty = false;
    if (std::fflush(m_file) != 0) {
        m_error = "cannot write " + m_path + ": " + std::strerror(errno);
        return false;
    }
    return true;
}

bool RecordFile::close()
{
    if (!m_file)
        return m_error.empty();
    const bool ok = sync();
    ::fsync(fileno(m_file));
    std::fclose(m_file);
    m_file = nullptr;
    return ok;
}

std::string partPath(const std::string& base, int part)
{
    if (part <= 1)
        return base;
    const auto slash = base.find_last_of('/');
    const auto nameStart = slash == std::string::npos ? 0 : slash + 1;
    auto dot = base.find('.', nameStart + 1);
    if (dot == std::string::npos)
        dot = base.size();
    return base.substr(0, dot) + "-" + std::to_string(part) + base.substr(dot);
}

} // namespace perp::record
