#include "data/CsvPreview.h"

#include "data/CsvReader.h"
#include "data/NumberParsing.h"
#include "data/TextEncoding.h"

namespace almanac {

namespace {

// A column is a number when every non-missing value parses as one, a timestamp when its values
// parse in the format the majority uses; else text. Integers are not taken for Unix times here:
// a preview calls quantities numbers.
void inferColumnTypes(CsvPreview& preview)
{
    const size_t columns = preview.header.size();
    preview.columnTypes.assign(columns, FieldType::String);
    std::vector<std::string> timestampSamples;
    for (size_t c = 0; c < columns; ++c) {
        bool allNumbers = true, any = false;
        std::vector<std::string> samples;
        for (const auto& row : preview.rows) {
            if (c >= row.size() || isMissingToken(row[c])) continue;
            any = true;
            double value = 0;
            if (!parseNumber(row[c], preview.dialect.decimalComma, value)) allNumbers = false;
            samples.push_back(row[c]);
        }
        if (!any) continue;
        if (allNumbers) {
            preview.columnTypes[c] = FieldType::Number;
            continue;
        }
        const TimestampFormat format = detectTimestampFormat(samples);
        size_t parsed = 0;
        for (const std::string& s : samples) {
            int64_t t = 0;
            if (format != TimestampFormat::Auto && parseTimestamp(s, format, t)) ++parsed;
        }
        if (parsed == samples.size()) {
            preview.columnTypes[c] = FieldType::Timestamp;
            if (preview.timestampFormat == TimestampFormat::Auto) preview.timestampFormat = format;
        }
    }
}

} // namespace

Result<CsvPreview> previewCsv(const std::string& path, const CsvDialectOverrides& overrides, size_t maxRows)
{
    auto reader = CsvReader::open(path, overrides);
    if (!reader.isOk()) return reader.status();
    CsvPreview preview;
    preview.dialect = (*reader)->dialect();
    preview.fileBytes = (*reader)->totalBytes();
    const bool windows1252 = preview.dialect.encoding == TextEncoding::Windows1252;
    CsvRecord record;
    bool has = false;
    ALMANAC_RETURN_IF_ERROR((*reader)->next(record, has));
    if (!has) return Status::invalidInput(path + ": the file is empty");
    for (std::string_view f : record.fields) preview.header.push_back(toUtf8(f, windows1252));
    while (preview.rows.size() < maxRows) {
        ALMANAC_RETURN_IF_ERROR((*reader)->next(record, has));
        if (!has) break;
        std::vector<std::string> row;
        row.reserve(record.fields.size());
        for (std::string_view f : record.fields) row.push_back(toUtf8(f, windows1252));
        preview.rows.push_back(std::move(row));
    }
    inferColumnTypes(preview);
    return preview;
}

} // namespace almanac
