#pragma once
// What a global deep model reads at each step of a series (DeepAR's inputs, Salinas et al. §3):
// lagged targets chosen by frequency, calendar features, the series' age, related series known
// through the horizon, and static categories (the series' identity and its dimension values).
// The layout is fixed at training and stored with the model, so a reloaded model reads newer
// data exactly as it read the training data.
#include "data/Frequency.h"
#include "data/TimeSeries.h"
#include "util/ModelBytes.h"
#include "util/Status.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace almanac::deep {

enum class TimeFeature : uint8_t { MinuteOfHour, HourOfDay, DayOfWeek, DayOfMonth, DayOfYear, WeekOfYear, MonthOfYear };

// The lags worth feeding for a frequency: the last few periods, then each main season (and its
// neighbours) a few times over, as GluonTS's lag sets do; none beyond longest - 1.
std::vector<int> lagsForFrequency(const Frequency& frequency, size_t longest);
std::vector<TimeFeature> timeFeaturesForFrequency(const Frequency& frequency);
// The feature's value for a period, in [-0.5, 0.5].
double timeFeatureValue(TimeFeature feature, const Frequency& frequency, int64_t period);

struct SeriesLayout {
    Frequency frequency;
    int contextLength = 0;
    std::vector<int> lags;                  // ascending
    std::vector<TimeFeature> timeFeatures;
    // A built-in calendar (--param holidays=US): two more calendar inputs, whether a period holds
    // a holiday and whether the day before or after one falls in it. Empty: none.
    std::string holidayCountry;
    std::set<int64_t> holidayDays; // days since 1970-01-01; from holidayCountry, not stored
    std::vector<double> relatedMean, relatedScale; // standardisation of each related series
    // [0]: item ids, then one per dimension column, then one per item metadata attribute; index 0
    // stands for a value never seen.
    std::vector<std::map<std::string, int64_t>> vocabularies;

    int maxLag() const { return lags.empty() ? 0 : lags.back(); }
    size_t relatedCount() const { return relatedMean.size(); }
    size_t holidayWidth() const { return holidayCountry.empty() ? 0 : 2; }
    // Inputs per step that do not depend on the target: calendar (holidays included), age, related series.
    size_t calendarWidth() const { return timeFeatures.size() + holidayWidth(); }
    size_t knownWidth() const { return calendarWidth() + 1 + relatedCount(); }
    size_t dynamicWidth() const { return lags.size() + knownWidth(); }
    std::vector<int64_t> cardinalities() const;

    // withHolidays: the layout of a model format that stores the holiday calendar.
    void write(ByteWriter& out, bool withHolidays = true) const;
    static Result<SeriesLayout> read(ByteReader& in, bool withHolidays = true);
};

SeriesLayout layoutOf(const SeriesSet& data, int contextLength, const std::string& holidayCountry = {});

// The category indices of a series: [item, dimension..., attribute...].
std::vector<int64_t> categoriesOf(const SeriesLayout& layout, const TimeSeries& series);

// How a window's targets are brought to the network's range: (value - loc) / scale.
struct WindowScaling {
    double loc = 0.0;
    double scale = 1.0;
};
// From the observed targets in [from, to) (indices into series.values); the whole earlier
// history where none is observed there, else (0, 1). Not centred: DeepAR's mean scaling, loc 0
// and scale the mean absolute value (counts stay counts). Centred: loc the mean and scale the
// standard deviation, which keeps the detail of a series that moves little around a high level
// (with mean scaling such a series reaches the network as 1.00 ± 0.01).
WindowScaling scalingOf(const TimeSeries& series, int64_t from, int64_t to, bool centred);

// Fills `steps` consecutive steps starting at index `first` (may be negative: before the series
// begins) into dynamic[steps × dynamicWidth] and, when given, target/mask[steps]. Targets at or
// past observedEnd, or missing, are masked out; lags read only values before observedEnd.
// How an item with no history (cold start) is scaled: the scalings of the trained series,
// averaged (the log of the scale, and the location) per category value; a cold item takes the
// average over the values it has, of the dimensions and attributes, not its never-seen identity.
struct ColdStartScaling {
    std::vector<std::vector<double>> logScale, loc; // [vocabulary][index]; [0] unused
    double overallLogScale = 0.0, overallLoc = 0.0;
    bool empty() const { return logScale.empty(); }

    static ColdStartScaling of(const std::vector<std::vector<int64_t>>& categories,
                               const std::vector<WindowScaling>& scalings, const std::vector<int64_t>& cardinalities);
    WindowScaling scalingFor(const std::vector<int64_t>& categories) const;
    void write(ByteWriter& out) const;
    static Result<ColdStartScaling> read(ByteReader& in);
};

// What a model learns for cold items from the trained histories: the scalings of their last
// contexts before trainEnd, by category value, and whether every trained value is >= 0 (so that
// a cold item's forecasts are too).
struct ColdStartLearnt {
    ColdStartScaling scaling;
    bool nonNegative = true;
};
ColdStartLearnt learnColdStart(const SeriesLayout& layout, const SeriesSet& data, const std::vector<int64_t>& trainEnd,
                               int contextLength, bool centred);

// Whether a series has no observed value: a cold item, forecast from its categories alone.
bool hasNoHistory(const TimeSeries& series);

// The series as a cold item at index `origin` would be: starting there (its age counted from
// there), with the values and known inputs from there on and no past covariates. Training on
// such windows is what teaches a model to forecast an item from its metadata and related series.
TimeSeries asNewItemAt(const TimeSeries& series, int64_t origin);

void fillSteps(const SeriesLayout& layout, const TimeSeries& series, int64_t first, int steps, int64_t observedEnd,
               const WindowScaling& scaling, float* dynamic, float* target, float* mask);

// The known inputs (calendar, age, related) of `steps` steps from index first into out[steps × knownWidth].
void fillKnown(const SeriesLayout& layout, const TimeSeries& series, int64_t first, int steps, float* out);

} // namespace almanac::deep
