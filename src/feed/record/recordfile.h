// SPDX-License-Identifier: MIT
#pragma once

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

namespace perp::record {

// One output file of a recording, compressed by its name: ".zst" zstd, ".gz" gzip,
// anything else plain text. sync() ends the current zstd frame / gzip member and
// flushes to the OS, so a file cut off later (crash, power loss) still decodes
// completely up to the last sync: readers see concatenated frames or members.
class RecordFile
{
public:
    virtual ~RecordFile();

    // Null with `error` set when the file cannot be created.
    static std::unique_ptr<RecordFile> create(const std::string& path, std::string& error);

    // False after the first write error (see error()); nothing more is written then.
    bool write(std::string_view data);
    bool sync();
    // Syncs and closes; also done by the destructor. fsyncs the file.
    bool close();

    const std::string& path() const { return m_path; }
    std::uint64_t bytesOnDisk() const { return m_onDisk; }
    const std::string& error() const { return m_error; }
    const char* compression() const { return m_compression; }

protected:
    RecordFile(std::FILE* file, std::string path, const char* compression);
    // Compress (or copy) `data`; `end` closes the current frame/member.
    virtual bool encode(std::string_view data, bool end) = 0;
    bool put(const void* data, std::size_t n);

    std::string m_error;

private:
    std::FILE* m_file;
    std::string m_path;
    const char* m_compression;
    std::uint64_t m_onDisk = 0;
    bool m_dirty = false;
};

// "dir/btc.rec.zst" part 1 -> itself; part 3 -> "dir/btc-3.rec.zst".
std::string partPath(const std::string& base, int part);

} // namespace perp::record
