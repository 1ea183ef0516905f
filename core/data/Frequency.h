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

    Frequency() = default;
    Frequency(Unit unit, int multiple = 1) : m_unit(unit), m_multiple(multiple) {}

    // "H", "D", "W", "M", "Q", "Y", "1min", "5min", "10min", "15min", "30min" (also "1H", "min").
    static std::optional<Frequency> parse(std::string_view text);
    std::string name() const;

    Unit unit() const { return m_unit; }
    int multiple() const { return m_multiple; }

    int64_t periodIndex(int64_t seconds) const;  // the period a timestamp falls in
    int64_t periodStart(int64_t index) const;    // the first second of a period
    // Typical length in seconds, for comparing frequencies (a month counts as 30.44 days).
    double nominalSeconds() const;
    bool isDateOnly() const { return m_unit >= Unit::Day; }
    // The main seasonal period, in periods: 24 for hourly, 7 for daily, 52 weekly, 12 monthly...
    int defaultSeason() const;
    // Further seasonal periods worth modelling (hourly: 168 for the week).
    std::vector<int> seasonalPeriods() const;

    bool operator==(const Frequency& o) const { return m_unit == o.m_unit && m_multiple == o.m_multiple; }

private:
    Unit m_unit = Unit::Day;
    int m_multiple = 1;
};

// The frequency that best explains the spacing of sorted, distinct timestamps of each series
// (the most common gap), nullopt when no series has two timestamps.
std::optional<Frequency> inferFrequency(const std::vector<std::vector<int64_t>>& seriesTimes);

} // namespace almanac
