#pragma once
// Buffered RFC 4180 output: fields quoted only when they must be.
#include "util/Status.h"

#include <cstdio>
#include <string>
#include <string_view>

namespace almanac {

class CsvWriter {
public:
    CsvWriter() = default;
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    Status open(const std::string& path);
    void field(std::string_view value);
    void number(double value);
    void endRow();
    Status close(); // flushes; reports any write error (a full disk) here

private:
    std::FILE* m_file = nullptr;
    std::string m_path;
    std::string m_buffer;
    bool m_rowStarted = false;
    bool m_failed = false;
    void flush();
};

} // namespace almanac
