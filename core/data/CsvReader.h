#pragma once
// A streaming RFC 4180 reader: constant memory in the file size, one record at a time.
#include "data/CsvDialect.h"
#include "util/Status.h"

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

// One record; the views stay valid until the next call to CsvReader::next().
struct CsvRecord {
    std::vector<std::string_view> fields;
    int64_t row = 0; // 1-based record number, the header being row 1
    size_t size() const { return fields.size(); }
};

class CsvReader {
public:
    static constexpr size_t kMaxFieldBytes = 1 << 20;

    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;
    ~CsvReader();

    // Opens the file and sniffs its dialect (overrides win over detection).
    static Result<std::unique_ptr<CsvReader>> open(const std::string& path,
                                                   const CsvDialectOverrides& overrides = {});
    // Reads from memory (tests, clipboard paste); the reader keeps its own copy.
    static Result<std::unique_ptr<CsvReader>> fromString(std::string text, const std::string& name,
                                                         const CsvDialectOverrides& overrides = {});

    // Fills record and sets hasRecord; at end of file hasRecord is false. Blank lines are skipped.
    Status next(CsvRecord& record, bool& hasRecord);

    const CsvDialect& dialect() const { return m_dialect; }
    const std::string& fileName() const { return m_fileName; }
    uint64_t bytesRead() const { return m_consumed + m_pos; }
    uint64_t totalBytes() const { return m_totalBytes; }

private:
    CsvReader() = default;
    bool refill();
    Status error(int64_t row, const std::string& what) const;
    Status error(int64_t row, const std::string& column, const std::string& what) const;

    std::FILE* m_file = nullptr;
    std::string m_fileName;
    CsvDialect m_dialect;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    bool m_eof = false;
    bool m_skipLineFeed = false;
    uint64_t m_consumed = 0;
    uint64_t m_totalBytes = 0;
    int64_t m_row = 0;
    std::string m_recordText;
    std::vector<size_t> m_fieldEnds;
};

} // namespace almanac
