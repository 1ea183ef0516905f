#pragma once
// Row-by-row output of a table to a CSV or XLSX file, chosen by the file's extension, so every
// export (forecasts, metrics, recommendations) is written once for both formats.
#include "util/Status.h"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace almanac {

class TabularWriter {
public:
    virtual ~TabularWriter() = default;
    virtual void field(std::string_view text) = 0;
    virtual void number(double value) = 0; // NaN: an empty cell
    // A date (dateOnly) or date and time, in the data's wall-clock seconds: ISO-8601 text in CSV,
    // a date cell with a date format in XLSX.
    virtual void date(int64_t seconds, bool dateOnly) = 0;
    virtual void endRow() = 0;
    virtual Status close() = 0;
};

// ".xlsx" (any case) writes a workbook with one sheet named sheetName; anything else CSV.
Result<std::unique_ptr<TabularWriter>> openTabularWriter(const std::string& path,
                                                         const std::string& sheetName = "Sheet1");

} // namespace almanac
