#include "util/CsvWriter.h"

#include "util/NumberFormat.h"

#include <cerrno>
#include <cstring>

namespace almanac {

CsvWriter::~CsvWriter()
{
    if (m_file) close();
}

Status CsvWriter::open(const std::string& path)
{
    m_path = path;
    m_file = std::fopen(path.c_str(), "wb");
    if (!m_file) return Status::ioError(path + ": cannot write: " + std::strerror(errno));
    m_buffer.reserve(1 << 20);
    return Status::ok();
}

void CsvWriter::field(std::string_view value)
{
    if (m_rowStarted) m_buffer.push_back(',');
    m_rowStarted = true;
    if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
        m_buffer.append(value);
        return;
    }
    m_buffer.push_back('"');
    for (char c : value) {
        if (c == '"') m_buffer.push_back('"');
        m_buffer.push_back(c);
    }
    m_buffer.push_back('"');
}

void CsvWriter::number(double value) { field(formatNumber(value)); }

void CsvWriter::endRow()
{
    m_buffer.push_back('\n');
    m_rowStarted = false;
    if (m_buffer.size() >= (1 << 20)) flush();
}

void CsvWriter::flush()
{
    if (!m_file || m_buffer.empty()) return;
    if (std::fwrite(m_buffer.data(), 1, m_buffer.size(), m_file) != m_buffer.size()) m_failed = true;
    m_buffer.clear();
}

Status CsvWriter::close()
{
    if (!m_file) return Status::ok();
    flush();
    const bool closeFailed = std::fclose(m_file) != 0;
    m_file = nullptr;
    if (m_failed || closeFailed) return Status::ioError(m_path + ": write failed: " + std::strerror(errno));
    return Status::ok();
}

} // namespace almanac
