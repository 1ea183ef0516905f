#pragma once
// The first rows of a CSV file with what was detected about it: the import wizard's live preview
// (a pure parser beside the GUI, as PlotJuggler's loader, but run on a worker thread).
#include "data/CsvDialect.h"
#include "data/Schema.h"
#include "data/Timestamp.h"
#include "util/Status.h"

#include <string>
#include <vector>

namespace almanac {

struct CsvPreview {
    CsvDialect dialect;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows; // UTF-8, at most the rows asked for
    std::vector<FieldType> columnTypes;         // what each column's previewed values look like
    TimestampFormat timestampFormat = TimestampFormat::Auto; // of the timestamp-looking columns
    uint64_t fileBytes = 0;
};

Result<CsvPreview> previewCsv(const std::string& path, const CsvDialectOverrides& overrides = {}, size_t maxRows = 200);

} // namespace almanac
