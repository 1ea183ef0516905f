#include "data/CsvReader.h"

#include <cstring>
#include <filesystem>

namespace almanac {

namespace {
constexpr size_t kChunkBytes = 1 << 20;
constexpr size_t kSniffBytes = 64 << 10;
} // namespace

CsvReader::~CsvReader()
{
    if (m_file) std::fclose(m_file);
}

Status CsvReader::error(int64_t row, const std::string& what) const
{
    return Status::invalidInput(m_fileName + ": row " + std::to_string(row) + ": " + what);
}

Status CsvReader::error(int64_t row, const std::string& column, const std::string& what) const
{
    return Status::invalidInput(m_fileName + ": row " + std::to_string(row) + ", " + column + ": " + what);
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string& path,
                                                    const CsvDialectOverrides& overrides)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_fileName = path;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Status::ioError(path + ": is a folder, not a file");
    reader->m_file = std::fopen(path.c_str(), "rb");
    if (!reader->m_file)
        return Status::ioError(path + ": cannot open: " + std::strerror(errno));
    if (std::fseek(reader->m_file, 0, SEEK_END) == 0) {
        long size = std::ftell(reader->m_file);
        reader->m_totalBytes = size > 0 ? uint64_t(size) : 0;
        std::fseek(reader->m_file, 0, SEEK_SET);
    }
    reader->m_buffer.resize(kChunkBytes);
    reader->refill();
    auto dialect = sniffCsvDialect(
        std::string_view(reader->m_buffer.data(), std::min(reader->m_end, kSniffBytes)), path, overrides);
    if (!dialect.isOk()) return dialect.status();
    reader->m_dialect = *dialect;
    if (reader->m_dialect.hasBom) reader->m_pos = 3;
    return reader;
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromString(std::string text, const std::string& name,
                                                          const CsvDialectOverrides& overrides)
{
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_fileName = name;
    reader->m_totalBytes = text.size();
    reader->m_buffer.assign(text.begin(), text.end());
    reader->m_end = reader->m_buffer.size();
    reader->m_eof = true;
    auto dialect = sniffCsvDialect(std::string_view(text).substr(0, kSniffBytes), name, overrides);
    if (!dialect.isOk()) return dialect.status();
    reader->m_dialect = *dialect;
    if (reader->m_dialect.hasBom) reader->m_pos = 3;
    return reader;
}

bool CsvReader::refill()
{
    m_consumed += m_pos;
    if (m_eof || !m_file) {
        m_end = m_pos = 0;
        return false;
    }
    m_pos = 0;
    m_end = std::fread(m_buffer.data(), 1, m_buffer.size(), m_file);
    if (m_end < m_buffer.size()) m_eof = true;
    return m_end > 0;
}

Status CsvReader::next(CsvRecord& record, bool& hasRecord)
{
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    const char delimiter = m_dialect.delimiter;
    const char quote = m_dialect.quote;

    while (true) {
        m_recordText.clear();
        m_fieldEnds.clear();
        State state = State::FieldStart;
        size_t fieldStart = 0;
        bool anyChar = false;
        bool recordDone = false;
        const int64_t row = m_row + 1;

        while (!recordDone) {
            if (m_pos >= m_end && !refill()) break;
            const char* data = m_buffer.data();
            if (m_skipLineFeed) {
                m_skipLineFeed = false;
                if (data[m_pos] == '\n') { ++m_pos; continue; }
            }
            while (m_pos < m_end) {
                const char c = data[m_pos++];
                if (c == '\0')
                    return error(row, "binary data (a NUL byte) is not CSV text");
                if (state == State::Quoted) {
                    if (c == quote) state = State::QuoteInQuoted;
                    else m_recordText.push_back(c);
                } else if (c == delimiter) {
                    m_fieldEnds.push_back(m_recordText.size());
                    state = State::FieldStart;
                    anyChar = true;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        if (m_pos < m_end) { if (data[m_pos] == '\n') ++m_pos; }
                        else m_skipLineFeed = true;
                    }
                    recordDone = true;
                    break;
                } else if (c == quote && state == State::FieldStart) {
                    state = State::Quoted;
                    anyChar = true;
                } else if (c == quote && state == State::QuoteInQuoted) {
                    m_recordText.push_back(quote); // doubled quote inside quotes
                    state = State::Quoted;
                } else {
                    // Text after a closing quote, or a stray quote mid-field, is kept as written.
                    m_recordText.push_back(c);
                    state = State::Unquoted;
                    anyChar = true;
                }
                if (m_recordText.size() - fieldStart > kMaxFieldBytes)
                    return error(row, "column " + std::to_string(m_fieldEnds.size() + 1), "field longer than " + std::to_string(kMaxFieldBytes)
                                          + " bytes (an unterminated quote?)");
                if (state == State::FieldStart) fieldStart = m_recordText.size();
            }
        }
        if (state == State::Quoted)
            return error(row, "column " + std::to_string(m_fieldEnds.size() + 1), "unterminated quoted field");
        if (!recordDone && !anyChar && m_recordText.empty()) {
            hasRecord = false; // end of input
            return Status::ok();
        }
        m_row = row;
        if (!anyChar && m_recordText.empty()) continue; // a blank line
        m_fieldEnds.push_back(m_recordText.size());
        record.fields.clear();
        size_t start = 0;
        for (size_t end : m_fieldEnds) {
            record.fields.emplace_back(m_recordText.data() + start, end - start);
            start = end;
        }
        record.row = row;
        hasRecord = true;
        return Status::ok();
    }
}

} // namespace almanac
