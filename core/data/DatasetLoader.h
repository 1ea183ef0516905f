#pragma once
// Reads a CSV file into a typed DataTable for one schema, validating every value.
#include "data/ColumnMapping.h"
#include "data/CsvDialect.h"
#include "data/DataTable.h"
#include "data/Timestamp.h"
#include "jobs/JobContext.h"
#include "util/Status.h"

#include <map>
#include <string>
#include <vector>

namespace almanac {

struct ImportOptions {
    DatasetType type = DatasetType::Target;
    std::string domain;                        // empty: the type's default domain
    std::map<std::string, std::string> mapping; // field -> header
    std::vector<std::string> dimensions;       // extra series-identifying columns
    TimestampFormat timestampFormat = TimestampFormat::Auto;
    CsvDialectOverrides dialect;
    // A row with an unreadable value (or the wrong number of fields) is left out and counted
    // instead of failing the load; the file's format, header and mapping must still be right.
    bool skipBadRows = false;
};

// The rows skipBadRows left out: how many, and the first few errors (file, row, column).
struct SkippedRows {
    static constexpr size_t kKeptErrors = 10;
    int64_t count = 0;
    std::vector<std::string> firstErrors;
};

struct LoadedDataset {
    DatasetSchema schema;
    DataTable table;
    CsvDialect dialect;
    TimestampFormat timestampFormat = TimestampFormat::Auto;
    std::vector<std::string> ignoredHeaders;
    std::string fileName;
    SkippedRows skipped;
};

constexpr size_t kMaxIdentifierLength = 256;

Result<LoadedDataset> loadDataset(const std::string& path, const ImportOptions& options,
                                  const JobContext& job = {});
// The same from text in memory (tests, paste); name stands for the file in messages.
Result<LoadedDataset> loadDatasetFromString(std::string text, const std::string& name,
                                            const ImportOptions& options, const JobContext& job = {});

} // namespace almanac
