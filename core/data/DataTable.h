#pragma once
// A dataset held in memory column by column, typed by its schema.
#include "data/Schema.h"
#include "data/StringPool.h"

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace almanac {

struct DataColumn {
    std::string name;         // schema field name, or the file's header for extra columns
    std::string sourceHeader; // the header in the file it came from
    FieldRole role = FieldRole::Attribute;
    FieldType type = FieldType::String;
    std::vector<double> numbers;   // FieldType::Number (NaN where missing)
    std::vector<int64_t> times;    // FieldType::Timestamp
    std::vector<uint32_t> codes;   // FieldType::String, codes into strings
    std::shared_ptr<StringPool> strings = std::make_shared<StringPool>();

    // An empty column of the given description.
    static DataColumn describe(std::string name, std::string sourceHeader, FieldRole role, FieldType type)
    {
        DataColumn column;
        column.name = std::move(name);
        column.sourceHeader = std::move(sourceHeader);
        column.role = role;
        column.type = type;
        return column;
    }

    const std::string& text(size_t row) const { return strings->value(codes[row]); }
    size_t size() const
    {
        return type == FieldType::Number ? numbers.size() : type == FieldType::Timestamp ? times.size() : codes.size();
    }
};

struct DataTable {
    std::vector<DataColumn> columns;
    size_t rowCount = 0;

    const DataColumn* columnWithRole(FieldRole role) const
    {
        for (const DataColumn& c : columns)
            if (c.role == role) return &c;
        return nullptr;
    }
    std::vector<const DataColumn*> columnsWithRole(FieldRole role) const
    {
        std::vector<const DataColumn*> out;
        for (const DataColumn& c : columns)
            if (c.role == role) out.push_back(&c);
        return out;
    }
    const DataColumn* column(const std::string& name) const
    {
        for (const DataColumn& c : columns)
            if (toLower(c.name) == toLower(name)) return &c;
        return nullptr;
    }
};

} // namespace almanac
