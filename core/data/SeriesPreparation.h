#pragma once
// Turns rows of a target dataset into regular series: the forecast frequency, aggregation of
// several rows per period, and filling of gaps and missing values.
//
// Defaults follow the cloud service's featurization: sum to the forecast frequency, fill gaps in
// the middle of a series with zero, and extend series that end early to the dataset's end with
// zero ("back fill"). Series start at their own first observation (no front fill).
#include "data/DatasetLoader.h"
#include "data/TimeSeries.h"
#include "jobs/JobContext.h"
#include "util/Status.h"

#include <map>
#include <optional>
#include <string>

namespace almanac {

enum class Aggregation { Sum, Mean, Min, Max };
std::optional<Aggregation> aggregationFromName(std::string_view name);
const char* aggregationName(Aggregation aggregation);

struct FillRule {
    enum class Method { Zero, Nan, Mean, Median, Min, Max, Value, Last };
    Method method = Method::Zero;
    double value = 0;

    // "zero", "nan", "mean", "median", "min", "max", "last", or a number (fill with that value).
    static std::optional<FillRule> parse(std::string_view text);
    std::string name() const;
    // The value to fill with, given the series' observed (non-NaN) values and the last of them.
    double resolve(const std::vector<double>& observed, double last) const;
};

struct PreparationOptions {
    std::optional<Frequency> frequency; // nullopt: inferred from the data
    Aggregation aggregation = Aggregation::Sum;
    FillRule middleFill;                 // gaps and missing values inside a series
    FillRule backFill;                   // from a series' end to the dataset's end
};

// Preparation options as stored with a dataset ("frequency", "aggregation", "fill_middle",
// "fill_back" -> text); unknown or missing entries keep their defaults.
PreparationOptions preparationFromSettings(const std::map<std::string, std::string>& settings);
std::map<std::string, std::string> preparationSettings(const PreparationOptions& options);

// The frequency a dataset's timestamps are recorded at (per item), nullopt if it has none.
std::optional<Frequency> inferDatasetFrequency(const LoadedDataset& dataset);

// A series spans at most this many periods (570 years hourly, 9.5 years by the minute): more is
// a mistaken frequency or timestamp, and would take gigabytes.
constexpr int64_t kMaxSeriesPeriods = 5'000'000;

// Refuses, up front, a forecast whose output could not be held (series x horizon x quantiles
// beyond kMaxForecastValues, with the size it would have) or whose dates pass 9999-12-31.
constexpr double kMaxForecastValues = 5e8;
Status checkForecastFits(const SeriesSet& data, int horizon, size_t quantiles);

Result<SeriesSet> prepareTargetSeries(const LoadedDataset& dataset, const PreparationOptions& options,
                                      const JobContext& job = {});

} // namespace almanac
