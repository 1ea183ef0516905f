#pragma once
// Timestamps as seconds since 1970-01-01 in the data's own wall-clock time. Offsets such as
// "+02:00" are accepted and dropped: a store's sales day is its local day.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace almanac {

enum class TimestampFormat {
    Auto,
    Iso,            // 2017-06-30, 2017-06-30T23:00:00, 2017-06-30 23:00, optional fraction and offset
    MonthDayYear,   // 6/30/2017, 6/30/2017 23:00, optional AM/PM
    DayMonthYear,   // 30/06/2017 ...
    DayMonthYearDot,// 30.06.2017 ...
    UnixSeconds,
    UnixMillis,
    // Period formats common in business files; each reads as the first day of its period.
    YearQuarter,    // 1998 Q1, 1998Q1, 1998-Q1, 1998-q1, Q1 1998
    YearMonth,      // 2017-06, 2017/06
    MonthNameYear,  // Jun 2017, June 2017, Jun-2017, Jun-17
    IsoWeek,        // 2017-W05, 2017W05, 2017-W05-3 (ISO-8601 weeks: Monday, or the day given)
    Year,           // 1998 (four digits)
};

const char* timestampFormatName(TimestampFormat format);
// Accepts the names above in lower case ("iso", "mdy", "dmy", "dmy-dot", "unix", "unix-ms",
// "year-quarter", "year-month", "month-year", "iso-week", "year").
bool timestampFormatFromName(std::string_view name, TimestampFormat& format);

bool parseTimestamp(std::string_view text, TimestampFormat format, int64_t& secondsOut);

// The format that reads the most samples, Auto if none reads any. Slash dates default to month
// first unless first components above 12 show the day comes first. Integers count as Unix
// seconds when plausible (after 1973) or when integersAreUnixSeconds.
TimestampFormat detectTimestampFormat(const std::vector<std::string>& samples, bool integersAreUnixSeconds = false);

int64_t daysFromCivil(int year, int month, int day);
void civilFromDays(int64_t days, int& year, int& month, int& day);
int daysInMonth(int year, int month);

// ISO-8601: "2017-06-30" when dateOnly, else "2017-06-30T23:00:00".
std::string formatTimestamp(int64_t seconds, bool dateOnly);

constexpr int64_t kSecondsPerDay = 86400;

} // namespace almanac
