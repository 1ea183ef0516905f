#pragma once
// Forecast frequencies and the calendar arithmetic behind them. Periods are numbered
// consecutively (a "period index") so that gaps and horizons are plain integer arithmetic.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

class Frequency {
public:
    enum class Unit { Minute, Hour, Day, Week, Month, Quarter, Year };

    // Where a period lies and how it is dated (the cloud service's "time alignment boundary"):
    // weeks start on a weekday; months, quarters and years are dated on their first day, on
    // their last day, or on a day of the month; quarters and years may start in another month
    // (fiscal years). The default is Monday weeks and calendar periods dated on their first day.
    enum class DayLabel { First, Last, DayOfMonth };

    Frequency() = default;
    Frequency(Unit unit, int multiple = 1) : m_unit(unit), m_multiple(multiple) {}

    // "H", "D", "W", "M", "Q", "Y", "1min", "5min", "10min", "15min", "30min" (also "1H", "min"),
    // with an alignment: "W-FRI"; "M-END", "M-15"; "Q-END", "Q-FEB" (quarters starting in
    // February), "Q-FEB-END"; "Y-APR", "Y-END". A name with an alignment fixes it; one without
    // leaves it to the data (alignedTo).
    static std::optional<Frequency> parse(std::string_view text);
    std::string name() const;
    std::string baseName() const; // without the alignment: "W", "M"...

    // This frequency aligned as timestamps recorded at it are (the most common weekday, day of
    // the month, first month of the period), unless the name fixed the alignment.
    Frequency alignedTo(const std::vector<int64_t>& times) const;
    bool alignmentGiven() const { return m_alignmentGiven; }
    int weekday() const { return m_weekday; }          // weeks: 0 = Monday ... 6 = Sunday
    int firstMonth() const { return m_monthOffset; }   // quarters, years: 0 = January ...
    DayLabel dayLabel() const { return m_dayLabel; }

    Unit unit() const { return m_unit; }
    int multiple() const { return m_multiple; }

    int64_t periodIndex(int64_t seconds) const;  // the period a timestamp falls in
    // The timestamp that dates a period: its first second, or the day its alignment names.
    int64_t periodStart(int64_t index) const;
    // Typical length in seconds, for comparing frequencies (a month counts as 30.44 days).
    double nominalSeconds() const;
    bool isDateOnly() const { return m_unit >= Unit::Day; }
    // The main seasonal period, in periods: 24 for hourly, 7 for daily, 52 weekly, 12 monthly...
    int defaultSeason() const;
    // Further seasonal periods worth modelling (hourly: 168 for the week).
    std::vector<int> seasonalPeriods() const;

    bool operator==(const Frequency& o) const
    {
        return m_unit == o.m_unit && m_multiple == o.m_multiple && m_weekday == o.m_weekday
               && m_monthOffset == o.m_monthOffset && m_dayLabel == o.m_dayLabel && m_day == o.m_day;
    }

private:
    int monthsPerPeriod() const;

    Unit m_unit = Unit::Day;
    int m_multiple = 1;
    bool m_alignmentGiven = false;
    int m_weekday = 0;
    int m_monthOffset = 0;
    DayLabel m_dayLabel = DayLabel::First;
    int m_day = 1; // DayOfMonth: 2..28
};

// The frequency that best explains the spacing of sorted, distinct timestamps of each series
// (the most common gap), nullopt when no series has two timestamps.
std::optional<Frequency> inferFrequency(const std::vector<std::vector<int64_t>>& seriesTimes);

} // namespace almanac
