#pragma once
// How a CSV file is written: found by sniffing a sample, overridable by the user.
#include "util/Status.h"

#include <string>
#include <string_view>
#include <vector>

namespace almanac {

enum class TextEncoding { Utf8, Windows1252 };

struct CsvDialect {
    char delimiter = ',';
    char quote = '"';
    bool decimalComma = false;
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
};

// Overrides the user may give; unset members are detected.
struct CsvDialectOverrides {
    char delimiter = 0;        // 0: detect
    int decimalComma = -1;     // -1: detect, 0: no, 1: yes
    int encoding = -1;         // -1: detect, else TextEncoding
};

// Detects delimiter (`,` `;` tab `|`), encoding and decimal separator from the first bytes of a file.
Result<CsvDialect> sniffCsvDialect(std::string_view sample, const std::string& fileName,
                                   const CsvDialectOverrides& overrides = {});

std::string delimiterName(char delimiter);

} // namespace almanac
