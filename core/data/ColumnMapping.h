#pragma once
// Matches a file's header to a schema's fields: explicit --map first, then the field's own name,
// then common synonyms, all case-insensitive.
#include "data/Schema.h"
#include "util/Status.h"

#include <map>
#include <string>
#include <vector>

namespace almanac {

struct MappedColumn {
    int columnIndex = -1;      // in the file
    std::string header;
    std::string fieldName;     // schema field, or the header for extra columns
    FieldRole role = FieldRole::Attribute;
    FieldType type = FieldType::String;
};

struct ColumnMapping {
    std::vector<MappedColumn> columns; // the columns to read, in file order
    std::vector<std::string> ignoredHeaders;
};

// explicitMap: field name -> header (an empty header leaves the field out, even where a column
// would match it by name). dimensions: headers that identify a series with the item.
Result<ColumnMapping> mapColumns(const DatasetSchema& schema, const std::vector<std::string>& header,
                                 const std::map<std::string, std::string>& explicitMap,
                                 const std::vector<std::string>& dimensions, const std::string& fileName);

// The schema fields a header would fill without any --map (field -> header), required or not:
// the suggestions an import wizard starts from.
std::map<std::string, std::string> suggestColumnMapping(const DatasetSchema& schema, const std::vector<std::string>& header);

} // namespace almanac
