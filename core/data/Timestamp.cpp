#include "data/Timestamp.h"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace almanac {

int64_t daysFromCivil(int year, int month, int day)
{
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    year -= month <= 2;
    const int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = unsigned((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int64_t(doe) - 719468;
}

void civilFromDays(int64_t z, int& year, int& month, int& day)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y = int64_t(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(y + (month <= 2));
}

int daysInMonth(int year, int month)
{
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month == 2) return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
    return kDays[month - 1];
}

std::string formatTimestamp(int64_t seconds, bool dateOnly)
{
    int64_t days = seconds >= 0 ? seconds / kSecondsPerDay : -((-seconds + kSecondsPerDay - 1) / kSecondsPerDay);
    int64_t rest = seconds - days * kSecondsPerDay;
    int y, m, d;
    civilFromDays(days, y, m, d);
    char buf[32];
    if (dateOnly)
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    else
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, int(rest / 3600),
                      int(rest / 60 % 60), int(rest % 60));
    return buf;
}

const char* timestampFormatName(TimestampFormat format)
{
    switch (format) {
    case TimestampFormat::Auto: return "auto";
    case TimestampFormat::Iso: return "iso";
    case TimestampFormat::MonthDayYear: return "mdy";
    case TimestampFormat::DayMonthYear: return "dmy";
    case TimestampFormat::DayMonthYearDot: return "dmy-dot";
    case TimestampFormat::UnixSeconds: return "unix";
    case TimestampFormat::UnixMillis: return "unix-ms";
    case TimestampFormat::YearQuarter: return "year-quarter";
    case TimestampFormat::YearMonth: return "year-month";
    case TimestampFormat::MonthNameYear: return "month-year";
    case TimestampFormat::IsoWeek: return "iso-week";
    case TimestampFormat::Year: return "year";
    }
    return "auto";
}

bool timestampFormatFromName(std::string_view name, TimestampFormat& format)
{
    for (TimestampFormat f : {TimestampFormat::Auto, TimestampFormat::Iso, TimestampFormat::MonthDayYear,
                              TimestampFormat::DayMonthYear, TimestampFormat::DayMonthYearDot,
                              TimestampFormat::UnixSeconds, TimestampFormat::UnixMillis, TimestampFormat::YearQuarter,
                              TimestampFormat::YearMonth, TimestampFormat::MonthNameYear, TimestampFormat::IsoWeek,
                              TimestampFormat::Year}) {
        if (name == timestampFormatName(f)) {
            format = f;
            return true;
        }
    }
    return false;
}

namespace {

class Cursor {
public:
    explicit Cursor(std::string_view text) : m_text(text) {}
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    bool take(char c)
    {
        if (peek() != c) return false;
        ++m_pos;
        return true;
    }
    // Reads between minDigits and maxDigits decimal digits.
    bool number(int minDigits, int maxDigits, int& value)
    {
        value = 0;
        int n = 0;
        while (n < maxDigits && std::isdigit(static_cast<unsigned char>(peek()))) {
            value = value * 10 + (m_text[m_pos++] - '0');
            ++n;
        }
        return n >= minDigits;
    }
    void skipSpaces()
    {
        while (peek() == ' ') ++m_pos;
    }
    std::string_view rest() const { return m_text.substr(std::min(m_pos, m_text.size())); }

private:
    std::string_view m_text;
    size_t m_pos = 0;
};

bool validDate(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m); }

// "HH:MM[:SS[.fff]]" with optional AM/PM, zone offset or Z; an absent time is midnight.
bool parseTimeOfDay(Cursor& c, int64_t& secondsOfDay)
{
    secondsOfDay = 0;
    if (c.atEnd()) return true;
    if (!c.take('T') && !c.take(' ')) return false;
    c.skipSpaces();
    int h, mi, s = 0;
    if (!c.number(1, 2, h) || !c.take(':') || !c.number(2, 2, mi)) return false;
    if (c.take(':')) {
        if (!c.number(2, 2, s)) return false;
        if (c.take('.') || c.take(',')) {
            int frac;
            if (!c.number(1, 9, frac)) return false;
        }
    }
    c.skipSpaces();
    std::string_view rest = c.rest();
    if (rest == "AM" || rest == "am" || rest == "PM" || rest == "pm") {
        if (h < 1 || h > 12) return false;
        bool pm = rest[0] == 'P' || rest[0] == 'p';
        h = (h % 12) + (pm ? 12 : 0);
    } else if (!rest.empty()) {
        if (!c.take('Z') && !c.take('z')) {
            if (!c.take('+') && !c.take('-')) return false;
            int oh, om = 0;
            if (!c.number(2, 2, oh)) return false;
            c.take(':');
            c.number(0, 2, om);
        }
        if (!c.atEnd()) return false;
    }
    if (h > 23 || mi > 59 || s > 60) return false;
    secondsOfDay = int64_t(h) * 3600 + mi * 60 + std::min(s, 59);
    return true;
}

bool parseIso(std::string_view text, int64_t& out)
{
    Cursor c(text);
    int y, m, d;
    if (!c.number(4, 4, y)) return false;
    char sep = c.peek();
    if (sep != '-' && sep != '/') return false;
    c.take(sep);
    if (!c.number(1, 2, m) || !c.take(sep) || !c.number(1, 2, d) || !validDate(y, m, d)) return false;
    int64_t tod;
    if (!parseTimeOfDay(c, tod)) return false;
    out = daysFromCivil(y, m, d) * kSecondsPerDay + tod;
    return true;
}

int expandYear(int year, int digits) { return digits <= 2 ? (year < 70 ? 2000 + year : 1900 + year) : year; }

bool parseThreePart(std::string_view text, char sep, bool monthFirst, int64_t& out)
{
    Cursor c(text);
    int a, b, y;
    if (!c.number(1, 2, a) || !c.take(sep) || !c.number(1, 2, b) || !c.take(sep)) return false;
    std::string_view beforeYear = c.rest();
    if (!c.number(2, 4, y)) return false;
    int yearDigits = int(beforeYear.size() - c.rest().size());
    if (yearDigits == 3) return false;
    y = expandYear(y, yearDigits);
    int m = monthFirst ? a : b;
    int d = monthFirst ? b : a;
    if (!validDate(y, m, d)) return false;
    int64_t tod;
    if (!parseTimeOfDay(c, tod)) return false;
    out = daysFromCivil(y, m, d) * kSecondsPerDay + tod;
    return true;
}

bool parseUnix(std::string_view text, int64_t scale, int64_t& out)
{
    if (text.empty() || text.size() > 19) return false;
    int64_t value = 0;
    size_t i = 0;
    bool negative = text[0] == '-';
    if (negative) ++i;
    size_t digits = 0;
    for (; i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])); ++i, ++digits) {
        // 18 digits always fit an int64 (found by fuzzing: 19 nines overflowed); no real
        // timestamp, even in milliseconds, needs more.
        if (digits == 18) return false;
        value = value * 10 + (text[i] - '0');
    }
    if (!digits) return false;
    if (i < text.size()) {
        // Fractional seconds ("1489000000.25") are allowed; the fraction is dropped.
        if (text[i] != '.') return false;
        for (++i; i < text.size(); ++i)
            if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
    }
    out = (negative ? -value : value) / scale;
    return true;
}

bool isAlpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

int64_t dateSeconds(int y, int m, int d) { return daysFromCivil(y, m, d) * kSecondsPerDay; }

bool acceptedYear(int y) { return y >= 1 && y <= 9999; }

// "1998 Q1", "1998Q1", "1998-Q1", "Q1 1998", "Q1-1998": the quarter's first day.
bool parseYearQuarter(std::string_view text, int64_t& out)
{
    Cursor c(text);
    int y, q;
    if (c.peek() == 'Q' || c.peek() == 'q') {
        c.take(c.peek());
        if (!c.number(1, 1, q)) return false;
        if (!c.take(' ') && !c.take('-') && !c.take('/')) return false;
        c.skipSpaces();
        if (!c.number(4, 4, y)) return false;
    } else {
        if (!c.number(4, 4, y)) return false;
        if (!c.take(' ')) c.take('-') || c.take('/');
        c.skipSpaces();
        if (!c.take('Q') && !c.take('q')) return false;
        if (!c.number(1, 1, q)) return false;
    }
    if (!c.atEnd() || q < 1 || q > 4 || !acceptedYear(y)) return false;
    out = dateSeconds(y, 3 * (q - 1) + 1, 1);
    return true;
}

// "2017-06", "2017/06": the month's first day.
bool parseYearMonth(std::string_view text, int64_t& out)
{
    Cursor c(text);
    int y, m;
    if (!c.number(4, 4, y) || !(c.take('-') || c.take('/')) || !c.number(2, 2, m) || !c.atEnd()) return false;
    if (m < 1 || m > 12 || !acceptedYear(y)) return false;
    out = dateSeconds(y, m, 1);
    return true;
}

// "Jun 2017", "June 2017", "Jun-2017", "Jun-17", "Jun. 2017": the month's first day. English
// month names, as spreadsheets write them.
bool parseMonthNameYear(std::string_view text, int64_t& out)
{
    static const char* const kNames[] = {"january", "february", "march", "april", "may", "june", "july",
                                         "august", "september", "october", "november", "december"};
    size_t letters = 0;
    while (letters < text.size() && isAlpha(text[letters])) ++letters;
    if (letters < 3) return false;
    std::string word(text.substr(0, letters));
    for (char& ch : word) ch = char(std::tolower(static_cast<unsigned char>(ch)));
    int month = 0;
    for (int i = 0; i < 12 && !month; ++i) {
        const std::string full = kNames[i];
        if (word == full || (word.size() == 3 && full.compare(0, 3, word) == 0) || (word == "sept" && i == 8)) month = i + 1;
    }
    if (!month) return false;
    Cursor c(text.substr(letters));
    c.take('.');
    if (!c.take(' ') && !c.take('-') && !c.take('/')) return false;
    c.skipSpaces();
    std::string_view beforeYear = c.rest();
    int y;
    if (!c.number(2, 4, y) || !c.atEnd()) return false;
    const size_t digits = beforeYear.size();
    if (digits == 3) return false;
    y = expandYear(y, int(digits));
    if (!acceptedYear(y)) return false;
    out = dateSeconds(y, month, 1);
    return true;
}

// "2017-W05", "2017W05", "2017-W05-3": ISO-8601 week dates. Week 1 holds January 4th.
bool parseIsoWeek(std::string_view text, int64_t& out)
{
    Cursor c(text);
    int y, w, d = 1;
    if (!c.number(4, 4, y)) return false;
    const bool dashed = c.take('-');
    if (!c.take('W') && !c.take('w')) return false;
    if (!c.number(2, 2, w)) return false;
    if (dashed ? c.take('-') : false) {
        if (!c.number(1, 1, d)) return false;
    } else if (!dashed && !c.atEnd()) {
        if (!c.number(1, 1, d)) return false;
    }
    if (!c.atEnd() || d < 1 || d > 7 || w < 1 || !acceptedYear(y)) return false;
    const int64_t jan4 = daysFromCivil(y, 1, 4);
    const int64_t weekdayOfJan4 = ((jan4 + 3) % 7 + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
    const int64_t mondayOfWeek1 = jan4 - weekdayOfJan4;
    // A year has 53 ISO weeks when it starts on a Thursday, or is a leap year starting on a Wednesday.
    const int64_t nextMonday = daysFromCivil(y + 1, 1, 4) - ((daysFromCivil(y + 1, 1, 4) + 3) % 7 + 7) % 7;
    if (mondayOfWeek1 + int64_t(w - 1) * 7 >= nextMonday) return false;
    out = (mondayOfWeek1 + int64_t(w - 1) * 7 + (d - 1)) * kSecondsPerDay;
    return true;
}

// "1998": January 1st of that year.
bool parseYear(std::string_view text, int64_t& out)
{
    Cursor c(text);
    int y;
    if (!c.number(4, 4, y) || !c.atEnd() || !acceptedYear(y)) return false;
    out = dateSeconds(y, 1, 1);
    return true;
}

} // namespace

bool parseTimestamp(std::string_view text, TimestampFormat format, int64_t& out)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    switch (format) {
    case TimestampFormat::Iso: return parseIso(text, out);
    case TimestampFormat::MonthDayYear: return parseThreePart(text, '/', true, out);
    case TimestampFormat::DayMonthYear: return parseThreePart(text, '/', false, out);
    case TimestampFormat::DayMonthYearDot: return parseThreePart(text, '.', false, out);
    case TimestampFormat::UnixSeconds: return parseUnix(text, 1, out);
    case TimestampFormat::UnixMillis: return parseUnix(text, 1000, out);
    case TimestampFormat::YearQuarter: return parseYearQuarter(text, out);
    case TimestampFormat::YearMonth: return parseYearMonth(text, out);
    case TimestampFormat::MonthNameYear: return parseMonthNameYear(text, out);
    case TimestampFormat::IsoWeek: return parseIsoWeek(text, out);
    case TimestampFormat::Year: return parseYear(text, out);
    case TimestampFormat::Auto: {
        // No format reads it: detection says Auto again, which must not recurse (found by fuzzing).
        const TimestampFormat detected = detectTimestampFormat({std::string(text)});
        return detected != TimestampFormat::Auto && parseTimestamp(text, detected, out);
    }
    }
    return false;
}

TimestampFormat detectTimestampFormat(const std::vector<std::string>& samples, bool integersAreUnixSeconds)
{
    // The format that reads the most samples wins, so one impossible date among good ones is
    // reported on its own row rather than as an unknown format.
    TimestampFormat best = TimestampFormat::Auto;
    size_t bestCount = 0;
    // Plain four-digit years come last: integers that read as Unix seconds win when the schema
    // says timestamps are seconds.
    for (TimestampFormat f : {TimestampFormat::Iso, TimestampFormat::UnixSeconds, TimestampFormat::MonthDayYear,
                              TimestampFormat::DayMonthYear, TimestampFormat::DayMonthYearDot, TimestampFormat::YearQuarter,
                              TimestampFormat::YearMonth, TimestampFormat::MonthNameYear, TimestampFormat::IsoWeek,
                              TimestampFormat::Year}) {
        size_t count = 0;
        bool allMillis = true, allSeconds = true;
        for (const std::string& s : samples) {
            int64_t t;
            if (s.empty() || !parseTimestamp(s, f, t)) continue;
            ++count;
            if (f == TimestampFormat::UnixSeconds) {
                const double v = std::atof(s.c_str());
                allMillis = allMillis && v >= 1e11;
                allSeconds = allSeconds && v >= 1e8;
            }
        }
        TimestampFormat candidate = f;
        if (f == TimestampFormat::UnixSeconds && count > 0) {
            // Plain integers are a timestamp only when they are plausibly seconds (after 1973) or
            // milliseconds since 1970, or the schema says so; small numbers such as years are not.
            if (allMillis) candidate = TimestampFormat::UnixMillis;
            else if (!allSeconds && !integersAreUnixSeconds) count = 0;
        }
        if (count > bestCount) {
            bestCount = count;
            best = candidate;
        }
    }
    return best;
}

} // namespace almanac
