#include "data/ColumnMapping.h"

#include <algorithm>

namespace almanac {

namespace {

std::string normalized(std::string_view header)
{
    // "Item ID", "item-id" and "ITEM_ID" are the same column to a user.
    std::string out;
    for (char c : toLower(header)) {
        if (c == ' ' || c == '-') out.push_back('_');
        else if (c != '"') out.push_back(c);
    }
    while (!out.empty() && out.back() == '_') out.pop_back();
    while (!out.empty() && out.front() == '_') out.erase(out.begin());
    return out;
}

std::string joinHeaders(const std::vector<std::string>& header)
{
    std::string out;
    for (const std::string& h : header) out += (out.empty() ? "" : ", ") + h;
    return out;
}

} // namespace

Result<ColumnMapping> mapColumns(const DatasetSchema& schema, const std::vector<std::string>& header,
                                 const std::map<std::string, std::string>& explicitMap,
                                 const std::vector<std::string>& dimensions, const std::string& fileName)
{
    std::vector<std::string> norm;
    for (const std::string& h : header) norm.push_back(normalized(h));
    std::vector<bool> used(header.size(), false);
    std::vector<MappedColumn> mapped;
    const std::string where = fileName + ": row 1: ";

    auto findHeader = [&](const std::string& wanted) -> int {
        const std::string n = normalized(wanted);
        for (size_t i = 0; i < norm.size(); ++i)
            if (!used[i] && norm[i] == n) return int(i);
        return -1;
    };
    auto take = [&](int index, const std::string& field, FieldRole role, FieldType type) {
        used[size_t(index)] = true;
        mapped.push_back({index, header[size_t(index)], field, role, type});
    };

    std::vector<std::string> leftOut; // fields mapped to "" on purpose: never matched by name
    for (const auto& [field, column] : explicitMap) {
        const FieldSpec* spec = schema.field(field);
        if (!spec)
            return Status::invalidInput(where + "--map names field '" + field + "', which the "
                                        + schema.domain + " " + datasetTypeName(schema.type)
                                        + " schema does not have");
        if (column.empty()) {
            leftOut.push_back(spec->name);
            continue;
        }
        int index = findHeader(column);
        if (index < 0)
            return Status::invalidInput(where + "--map " + field + "=" + column + ": no column '" + column
                                        + "' in the header (" + joinHeaders(header) + ")");
        take(index, spec->name, spec->role, spec->type);
    }
    // Exact names first, so that a synonym of one field never steals another field's own column.
    for (int pass = 0; pass < 2; ++pass) {
        for (const FieldSpec& spec : schema.fields) {
            bool done = std::any_of(mapped.begin(), mapped.end(),
                                    [&](const MappedColumn& m) { return m.fieldName == spec.name; });
            if (done || std::find(leftOut.begin(), leftOut.end(), spec.name) != leftOut.end()) continue;
            int index = findHeader(spec.name);
            for (size_t s = 0; pass == 1 && index < 0 && s < spec.synonyms.size(); ++s)
                index = findHeader(spec.synonyms[s]);
            if (index >= 0) take(index, spec.name, spec.role, spec.type);
        }
    }
    for (const FieldSpec& spec : schema.fields) {
        if (!spec.required) continue;
        bool found = std::any_of(mapped.begin(), mapped.end(),
                                 [&](const MappedColumn& m) { return m.fieldName == spec.name; });
        if (!found)
            return Status::invalidInput(where + "no column for required field '" + spec.name
                                        + "' (header: " + joinHeaders(header) + "); use --map "
                                        + spec.name + "=COLUMN");
    }
    for (const std::string& dimension : dimensions) {
        auto already = std::find_if(mapped.begin(), mapped.end(), [&](const MappedColumn& m) {
            return normalized(m.header) == normalized(dimension);
        });
        if (already != mapped.end()) {
            already->role = FieldRole::Dimension;
            already->type = FieldType::String;
            continue;
        }
        int index = findHeader(dimension);
        if (index < 0)
            return Status::invalidInput(where + "dimension column '" + dimension + "' is not in the header ("
                                        + joinHeaders(header) + ")");
        take(index, header[size_t(index)], FieldRole::Dimension, FieldType::String);
    }
    ColumnMapping mapping;
    for (size_t i = 0; i < header.size(); ++i) {
        if (used[i]) continue;
        if (header[i].empty() && schema.extraColumnsIgnored) continue;
        if (schema.extraColumnsIgnored) {
            mapping.ignoredHeaders.push_back(header[i]);
            continue;
        }
        FieldType type = schema.extraColumnRole == FieldRole::Feature ? FieldType::Number : FieldType::String;
        std::string name = header[i].empty() ? "column_" + std::to_string(i + 1) : header[i];
        take(int(i), name, schema.extraColumnRole, type);
    }
    std::sort(mapped.begin(), mapped.end(),
              [](const MappedColumn& a, const MappedColumn& b) { return a.columnIndex < b.columnIndex; });
    mapping.columns = std::move(mapped);
    return mapping;
}

std::map<std::string, std::string> suggestColumnMapping(const DatasetSchema& schema, const std::vector<std::string>& header)
{
    DatasetSchema relaxed = schema;
    for (FieldSpec& f : relaxed.fields) f.required = false;
    std::map<std::string, std::string> out;
    auto mapping = mapColumns(relaxed, header, {}, {}, {});
    if (!mapping.isOk()) return out;
    for (const MappedColumn& m : mapping->columns)
        if (schema.field(m.fieldName)) out[m.fieldName] = m.header;
    return out;
}

} // namespace almanac
