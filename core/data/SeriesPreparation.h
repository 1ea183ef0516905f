#pragma once
// Turns rows of a target dataset into regular series: the forecast frequency, aggregation of
// several rows per period, and filling of gaps and missing values.
//
// Defaults follow the cloud service's featurization (sum to the forecast frequency, a period
// without a row is zero, series that end early are extended to the dataset's end with zero: "back
// fill"), except that an empty cell and a long stretch without a row in any series stay missing
// (FillRule::Method::Automatic): they are not zero demand. Series start at their own first
// observation (no front fill).
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
    // Automatic (gaps inside a series only): a period whose rows have no value stays missing; a
    // period without a row is zero (nothing sold, so nothing recorded) unless it lies in a
    // stretch of at least longGapPeriods() in which no series has a row: the data was not
    // collected then (a log missing days 20-31 of every month), so it stays missing too.
    enum class Method { Zero, Nan, Mean, Median, Min, Max, Value, Last, Automatic };
    Method method = Method::Zero;
    double value = 0;

    // "auto", "zero", "nan", "mean", "median", "min", "max", "last", or a number (fill with that value).
    static std::optional<FillRule> parse(std::string_view text);
    std::string name() const;
    // The value to fill with, given the series' observed (non-NaN) values and the last of them.
    double resolve(const std::vector<double>& observed, double last) const;
};

// The shortest stretch without a row in any series that counts as data not collected: a week
// (and at least two periods): 7 days, 168 hours, 2 weeks, 2 months...
int64_t longGapPeriods(const Frequency& frequency);

struct PreparationOptions {
    std::optional<Frequency> frequency; // nullopt: inferred from the data
    Aggregation aggregation = Aggregation::Sum;
    FillRule middleFill{FillRule::Method::Automatic}; // gaps and missing values inside a series
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

// One line on the stretches in which no series has a row, and what the middle fill rule made of
// them; empty when there are none.
std::string collectionGapNote(const SeriesSet& data, const PreparationOptions& options);

Result<SeriesSet> prepareTargetSeries(const LoadedDataset& dataset, const PreparationOptions& options,
                                      const JobContext& job = {});

} // namespace almanac
