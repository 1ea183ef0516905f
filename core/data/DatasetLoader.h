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
};

struct LoadedDataset {
    DatasetSchema schema;
    DataTable table;
    CsvDialect dialect;
    TimestampFormat timestampFormat = TimestampFormat::Auto;
    std::vector<std::string> ignoredHeaders;
    std::string fileName;
};

constexpr size_t kMaxIdentifierLength = 256;

Result<LoadedDataset> loadDataset(const std::string& path, const ImportOptions& options,
                                  const JobContext& job = {});
// The same from text in memory (tests, paste); name stands for the file in messages.
Result<LoadedDataset> loadDatasetFromString(std::string text, const std::string& name,
                                            const ImportOptions& options, const JobContext& job = {});

} // namespace almanac
