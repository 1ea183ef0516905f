// The CSV reader with dialect, header mapping and timestamp detection, as every import uses it:
// any bytes must end in a dataset or a Status, never a crash, a leak or undefined behaviour.
#include "data/DatasetLoader.h"
#include "data/SeriesPreparation.h"
#include "data/Timestamp.h"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const std::string text(reinterpret_cast<const char*>(data), size);
    // The first byte picks the schema, so one corpus covers target series and interactions, and
    // whether bad rows are skipped (each row then checked whole before it is stored).
    almanac::ImportOptions options;
    options.type = size > 0 && (data[0] & 1) ? almanac::DatasetType::Interactions : almanac::DatasetType::Target;
    options.skipBadRows = size > 0 && (data[0] & 2);
    auto loaded = almanac::loadDatasetFromString(text, "fuzz.csv", options);
    if (loaded.isOk() && options.type == almanac::DatasetType::Target) {
        // Preparation reads the parsed timestamps: frequency inference, alignment, limits, and
        // (by default) the search for stretches no series has a row for.
        auto series = almanac::prepareTargetSeries(*loaded, {});
        if (series.isOk()) (void)almanac::collectionGapNote(*series, {});
    }
    int64_t seconds = 0;
    for (auto format : {almanac::TimestampFormat::Auto, almanac::TimestampFormat::YearQuarter, almanac::TimestampFormat::IsoWeek,
                        almanac::TimestampFormat::MonthNameYear})
        (void)almanac::parseTimestamp(text.substr(0, 64), format, seconds);
    return 0;
}
