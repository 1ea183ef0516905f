#include "data/CsvDialect.h"

#include "data/TextEncoding.h"

#include <algorithm>
#include <map>

namespace almanac {

std::string delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',': return "comma";
    case ';': return "semicolon";
    case '\t': return "tab";
    case '|': return "pipe";
    default: return std::string(1, delimiter);
    }
}

namespace {

// Field counts of the first records of the sample when split by this delimiter (quote-aware).
std::vector<int> fieldCounts(std::string_view sample, char delimiter, int maxRecords)
{
    std::vector<int> counts;
    int fields = 1;
    bool inQuotes = false;
    bool lineHasText = false;
    for (size_t i = 0; i < sample.size() && int(counts.size()) < maxRecords; ++i) {
        char c = sample[i];
        if (c == '"') inQuotes = !inQuotes;
        else if (inQuotes) continue;
        else if (c == delimiter) ++fields;
        else if (c == '\n' || c == '\r') {
            if (lineHasText || fields > 1) counts.push_back(fields);
            fields = 1;
            lineHasText = false;
            continue;
        }
        lineHasText = true;
    }
    // The last line of a sample may be cut short: only count it when the sample is the whole file.
    return counts;
}

// How well a delimiter explains the sample: records agreeing on one field count > 1.
double delimiterScore(std::string_view sample, char delimiter)
{
    std::vector<int> counts = fieldCounts(sample, delimiter, 200);
    if (counts.empty()) {
        // A one-line file: count its fields directly.
        int fields = 1 + int(std::count(sample.begin(), sample.end(), delimiter));
        return fields > 1 ? fields : 0;
    }
    std::map<int, int> histogram;
    for (int c : counts) ++histogram[c];
    auto mode = std::max_element(histogram.begin(), histogram.end(),
                                 [](auto& a, auto& b) { return a.second < b.second; });
    if (mode->first <= 1) return 0;
    double agreement = double(mode->second) / double(counts.size());
    // Agreement matters most; more columns break ties between equally consistent candidates.
    return agreement * 1000.0 + std::min(mode->first, 100);
}

} // namespace

Result<CsvDialect> sniffCsvDialect(std::string_view sample, const std::string& fileName,
                                   const CsvDialectOverrides& overrides)
{
    CsvDialect dialect;
    if (sample.size() >= 2 && ((uint8_t(sample[0]) == 0xFF && uint8_t(sample[1]) == 0xFE)
                               || (uint8_t(sample[0]) == 0xFE && uint8_t(sample[1]) == 0xFF)))
        return Status::invalidInput(fileName + ": row 1: the file is UTF-16; save it as UTF-8 CSV");
    if (sample.size() >= 3 && uint8_t(sample[0]) == 0xEF && uint8_t(sample[1]) == 0xBB
        && uint8_t(sample[2]) == 0xBF) {
        dialect.hasBom = true;
        sample.remove_prefix(3);
    }

    if (overrides.delimiter) {
        dialect.delimiter = overrides.delimiter;
    } else {
        double best = 0;
        for (char candidate : {',', ';', '\t', '|'}) {
            double score = delimiterScore(sample, candidate);
            if (score > best) {
                best = score;
                dialect.delimiter = candidate;
            }
        }
    }

    dialect.decimalComma = overrides.decimalComma >= 0 ? overrides.decimalComma == 1
                                                        : dialect.delimiter == ';';

    if (overrides.encoding >= 0) {
        dialect.encoding = TextEncoding(overrides.encoding);
    } else {
        // A multi-byte character may be cut at the sample's end: judge the sample without its tail.
        std::string_view judged = sample;
        if (judged.size() > 4) {
            size_t cut = judged.size();
            while (cut > judged.size() - 4 && (uint8_t(judged[cut - 1]) & 0x80)) --cut;
            judged = judged.substr(0, cut);
        }
        dialect.encoding = dialect.hasBom || isValidUtf8(judged) ? TextEncoding::Utf8
                                                                 : TextEncoding::Windows1252;
    }
    return dialect;
}

} // namespace almanac
