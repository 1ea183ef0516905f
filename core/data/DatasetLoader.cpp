#include "data/DatasetLoader.h"

#include "data/CsvReader.h"
#include "data/NumberParsing.h"
#include "data/TextEncoding.h"

#include <cmath>

namespace almanac {

namespace {

constexpr size_t kDetectionSampleRows = 1000;
constexpr int64_t kProgressEveryRows = 1 << 16;

std::string quoted(std::string_view value)
{
    constexpr size_t kShown = 60;
    std::string shown = toUtf8(value.substr(0, kShown));
    return "'" + shown + (value.size() > kShown ? "…'" : "'");
}

class Loader {
public:
    Loader(CsvReader& reader, const ImportOptions& options, const JobContext& job)
        : m_reader(reader), m_options(options), m_job(job)
    {
    }

    Result<LoadedDataset> run();

private:
    Status bindColumns(const CsvRecord& header);
    Status detectTimestampFormats(const std::vector<std::vector<std::string>>& sample,
                                  const std::vector<int64_t>& sampleRows);
    // Room in every column for the rows the file holds, estimated from the sample's bytes: a
    // column that doubles as it grows holds its old and its new copy at once, which on a
    // multi-gigabyte file is the import's peak. Room never written is never touched, so an
    // estimate on the high side costs no memory.
    void reserveForFile(size_t sampleRows);
    Status addRecord(const std::vector<std::string_view>& fields, int64_t row);
    // addRecord, or with skipBadRows a row error counted and the row left out.
    Status addOrSkip(const std::vector<std::string_view>& fields, int64_t row);
    Status fieldError(int64_t row, const MappedColumn& column, const std::string& what) const
    {
        return Status::invalidInput(m_reader.fileName() + ": row " + std::to_string(row) + ", column "
                                    + std::to_string(column.columnIndex + 1) + " ('" + column.header
                                    + "'): " + what);
    }

    CsvReader& m_reader;
    const ImportOptions& m_options;
    const JobContext& m_job;
    LoadedDataset m_result;
    ColumnMapping m_mapping;
    size_t m_headerWidth = 0;
    std::vector<TimestampFormat> m_timeFormats; // per mapped column
    // One row's values, all read and checked before any is stored, so a bad row leaves no trace.
    struct ParsedValue {
        double number = 0;
        int64_t seconds = 0;
        std::string_view text;
    };
    std::vector<ParsedValue> m_parsed;
};

Status Loader::bindColumns(const CsvRecord& headerRecord)
{
    std::vector<std::string> header;
    for (std::string_view h : headerRecord.fields) {
        std::string text = toUtf8(h, m_reader.dialect().encoding == TextEncoding::Windows1252);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.erase(text.begin());
        header.push_back(text);
    }
    m_headerWidth = header.size();
    auto mapping = mapColumns(m_result.schema, header, m_options.mapping, m_options.dimensions,
                              m_reader.fileName());
    if (!mapping.isOk()) return mapping.status();
    m_mapping = std::move(*mapping);
    m_result.ignoredHeaders = m_mapping.ignoredHeaders;
    for (const MappedColumn& m : m_mapping.columns)
        m_result.table.columns.push_back(DataColumn::describe(m.fieldName, m.header, m.role, m.type));
    m_timeFormats.assign(m_mapping.columns.size(), m_options.timestampFormat);
    return Status::ok();
}

Status Loader::detectTimestampFormats(const std::vector<std::vector<std::string>>& sample,
                                      const std::vector<int64_t>& sampleRows)
{
    for (size_t c = 0; c < m_mapping.columns.size(); ++c) {
        const MappedColumn& column = m_mapping.columns[c];
        if (column.type != FieldType::Timestamp || m_timeFormats[c] != TimestampFormat::Auto) continue;
        std::vector<std::string> values;
        std::vector<int64_t> rows;
        const bool unixByContract = !isForecastType(m_result.schema.type) || m_result.schema.type == DatasetType::Items;
        for (size_t r = 0; r < sample.size(); ++r) {
            if (size_t(column.columnIndex) >= sample[r].size()) continue;
            // Rows to be skipped do not decide the format (they are reported when read).
            const std::string& value = sample[r][size_t(column.columnIndex)];
            if (m_options.skipBadRows && detectTimestampFormat({value}, unixByContract) == TimestampFormat::Auto) continue;
            values.push_back(sample[r][size_t(column.columnIndex)]);
            rows.push_back(sampleRows[r]);
        }
        // Personalization schemas document their timestamps as Unix seconds.
        m_timeFormats[c] = detectTimestampFormat(values, unixByContract);
        if (m_timeFormats[c] == TimestampFormat::Auto) {
            // Name the first value no format reads, so the user sees what to fix.
            for (size_t r = 0; r < values.size(); ++r) {
                if (!values[r].empty() && detectTimestampFormat({values[r]}, unixByContract) == TimestampFormat::Auto)
                    return fieldError(rows[r], column, quoted(values[r]) + " is not a timestamp "
                                      "(expected e.g. 2017-06-30, 2017-06-30T23:00:00, 6/30/2017 23:00, "
                                      "30.06.2017, 2017-06, Jun 2017, 2017 Q2, 2017-W26, 2017 or Unix seconds)");
            }
            return fieldError(rows.empty() ? 2 : rows.front(), column, "no timestamp values in the first rows");
        }
        m_result.timestampFormat = m_timeFormats[c];
    }
    return Status::ok();
}

void Loader::reserveForFile(size_t sampleRows)
{
    const uint64_t read = m_reader.bytesRead(), total = m_reader.totalBytes();
    if (sampleRows == 0 || read == 0 || total <= read) return;
    const double rows = double(sampleRows) * double(total) / double(read) * 1.1 + 16;
    if (rows > 4e9) return;
    for (DataColumn& column : m_result.table.columns) {
        switch (column.type) {
        case FieldType::Number: column.numbers.reserve(size_t(rows)); break;
        case FieldType::Timestamp: column.times.reserve(size_t(rows)); break;
        case FieldType::String: column.codes.reserve(size_t(rows)); break;
        }
    }
}

Status Loader::addRecord(const std::vector<std::string_view>& fields, int64_t row)
{
    if (fields.size() != m_headerWidth) {
        // Trailing empty fields from spreadsheet exports ("a,b,c,,") are harmless.
        bool onlyEmptyExtra = fields.size() > m_headerWidth;
        for (size_t i = m_headerWidth; onlyEmptyExtra && i < fields.size(); ++i)
            onlyEmptyExtra = fields[i].empty();
        if (!onlyEmptyExtra)
            return Status::invalidInput(m_reader.fileName() + ": row " + std::to_string(row) + ": "
                                        + std::to_string(fields.size()) + " fields, but the header has "
                                        + std::to_string(m_headerWidth));
    }
    const bool latin = m_reader.dialect().encoding == TextEncoding::Windows1252;
    m_parsed.resize(m_mapping.columns.size());
    for (size_t c = 0; c < m_mapping.columns.size(); ++c) {
        const MappedColumn& spec = m_mapping.columns[c];
        ParsedValue& parsed = m_parsed[c];
        std::string_view value = fields[size_t(spec.columnIndex)];
        switch (spec.type) {
        case FieldType::Number:
            if (!parseNumber(value, m_reader.dialect().decimalComma, parsed.number))
                return fieldError(row, spec, quoted(value) + " is not a number");
            break;
        case FieldType::Timestamp:
            if (value.empty() && spec.role != FieldRole::Timestamp) {
                parsed.seconds = INT64_MIN; // an optional timestamp left empty
            } else if (!parseTimestamp(value, m_timeFormats[c], parsed.seconds)) {
                return fieldError(row, spec, quoted(value) + " is not a valid timestamp (format "
                                  + timestampFormatName(m_timeFormats[c]) + ")");
            }
            break;
        case FieldType::String: {
            const bool identifier = spec.role == FieldRole::Item || spec.role == FieldRole::User
                || spec.role == FieldRole::Dimension;
            if (identifier) {
                while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
                while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
                if (value.empty() && spec.role != FieldRole::Dimension)
                    return fieldError(row, spec, "the identifier is empty");
                if (value.size() > kMaxIdentifierLength)
                    return fieldError(row, spec, "identifier longer than "
                                      + std::to_string(kMaxIdentifierLength) + " characters");
            }
            parsed.text = value;
            break;
        }
        }
    }
    for (size_t c = 0; c < m_mapping.columns.size(); ++c) {
        DataColumn& column = m_result.table.columns[c];
        const ParsedValue& parsed = m_parsed[c];
        switch (m_mapping.columns[c].type) {
        case FieldType::Number: column.numbers.push_back(parsed.number); break;
        case FieldType::Timestamp: column.times.push_back(parsed.seconds); break;
        case FieldType::String: {
            bool ascii = true;
            for (char ch : parsed.text)
                if (static_cast<unsigned char>(ch) >= 0x80) { ascii = false; break; }
            column.codes.push_back(ascii ? column.strings->intern(parsed.text)
                                         : column.strings->intern(toUtf8(parsed.text, latin)));
            break;
        }
        }
    }
    ++m_result.table.rowCount;
    return Status::ok();
}

Status Loader::addOrSkip(const std::vector<std::string_view>& fields, int64_t row)
{
    Status added = addRecord(fields, row);
    if (added.isOk() || !m_options.skipBadRows) return added;
    SkippedRows& skipped = m_result.skipped;
    ++skipped.count;
    if (skipped.firstErrors.size() < SkippedRows::kKeptErrors) skipped.firstErrors.push_back(added.message());
    return Status::ok();
}

Result<LoadedDataset> Loader::run()
{
    const std::string domain = m_options.domain.empty() ? defaultDomain(m_options.type) : toUpper(m_options.domain);
    auto schema = schemaFor(domain, m_options.type);
    if (!schema)
        return Status::invalidInput(m_reader.fileName() + ": the " + domain + " domain has no "
                                    + datasetTypeName(m_options.type) + " dataset (see `almanac-cli schemas`)");
    m_result.schema = *schema;
    m_result.dialect = m_reader.dialect();
    m_result.fileName = m_reader.fileName();

    CsvRecord record;
    bool has = false;
    ALMANAC_RETURN_IF_ERROR(m_reader.next(record, has));
    if (!has) return Status::invalidInput(m_reader.fileName() + ": row 1: the file is empty");
    ALMANAC_RETURN_IF_ERROR(bindColumns(record));

    // Formats are detected from the first rows, then every row must follow them.
    std::vector<std::vector<std::string>> sample;
    std::vector<int64_t> sampleRows;
    while (sample.size() < kDetectionSampleRows) {
        ALMANAC_RETURN_IF_ERROR(m_reader.next(record, has));
        if (!has) break;
        sample.emplace_back(record.fields.begin(), record.fields.end());
        sampleRows.push_back(record.row);
    }
    if (sample.empty())
        return Status::invalidInput(m_reader.fileName() + ": row 2: the file has a header but no data rows");
    ALMANAC_RETURN_IF_ERROR(detectTimestampFormats(sample, sampleRows));
    reserveForFile(sample.size());
    std::vector<std::string_view> views;
    for (size_t i = 0; i < sample.size(); ++i) {
        views.assign(sample[i].begin(), sample[i].end());
        ALMANAC_RETURN_IF_ERROR(addOrSkip(views, sampleRows[i]));
    }
    sample.clear();

    const double total = double(std::max<uint64_t>(m_reader.totalBytes(), 1));
    while (true) {
        ALMANAC_RETURN_IF_ERROR(m_reader.next(record, has));
        if (!has) break;
        ALMANAC_RETURN_IF_ERROR(addOrSkip(record.fields, record.row));
        if (record.row % kProgressEveryRows == 0) {
            if (m_job.isCancelled()) return Status::cancelled();
            m_job.report(double(m_reader.bytesRead()) / total, "reading " + m_reader.fileName());
        }
    }
    m_job.report(1.0, "reading " + m_reader.fileName());
    if (m_result.table.rowCount == 0 && m_result.skipped.count > 0)
        return Status::invalidInput(m_reader.fileName() + ": none of the " + std::to_string(m_result.skipped.count)
                                    + " data rows can be read; the first error: " + m_result.skipped.firstErrors.front());
    return std::move(m_result);
}

Result<LoadedDataset> loadWith(Result<std::unique_ptr<CsvReader>> reader, const ImportOptions& options,
                               const JobContext& job)
{
    if (!reader.isOk()) return reader.status();
    Loader loader(**reader, options, job);
    return loader.run();
}

} // namespace

Result<LoadedDataset> loadDataset(const std::string& path, const ImportOptions& options, const JobContext& job)
{
    return loadWith(CsvReader::open(path, options.dialect), options, job);
}

Result<LoadedDataset> loadDatasetFromString(std::string text, const std::string& name,
                                            const ImportOptions& options, const JobContext& job)
{
    return loadWith(CsvReader::fromString(std::move(text), name, options.dialect), options, job);
}

} // namespace almanac
