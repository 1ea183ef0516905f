#include "data/Frequency.h"

#include "data/Schema.h"
#include "data/Timestamp.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <map>

namespace almanac {

namespace {

int64_t floorDiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
}

// 1970-01-05 was a Monday: weeks start on Mondays, as the cloud service's default does.
constexpr int64_t kFirstMonday = 4 * kSecondsPerDay;

int monthsPerPeriod(Frequency::Unit unit)
{
    return unit == Frequency::Unit::Month ? 1 : unit == Frequency::Unit::Quarter ? 3 : 12;
}

int64_t fixedSeconds(Frequency::Unit unit)
{
    switch (unit) {
    case Frequency::Unit::Minute: return 60;
    case Frequency::Unit::Hour: return 3600;
    case Frequency::Unit::Day: return kSecondsPerDay;
    case Frequency::Unit::Week: return 7 * kSecondsPerDay;
    default: return 0;
    }
}

const char* const kWeekdays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};

std::string upper(std::string s)
{
    for (char& c : s) c = char(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::vector<std::string> splitDashes(const std::string& text)
{
    std::vector<std::string> parts;
    size_t from = 0;
    for (;;) {
        const size_t dash = text.find('-', from);
        parts.push_back(text.substr(from, dash == std::string::npos ? std::string::npos : dash - from));
        if (dash == std::string::npos) return parts;
        from = dash + 1;
    }
}

template <size_t N>
int indexIn(const char* const (&names)[N], const std::string& name)
{
    for (size_t i = 0; i < N; ++i)
        if (name == names[i]) return int(i);
    return -1;
}

int64_t dayOf(int64_t seconds) { return floorDiv(seconds, kSecondsPerDay); }

} // namespace

int Frequency::monthsPerPeriod() const { return almanac::monthsPerPeriod(m_unit); }

std::optional<Frequency> Frequency::parse(std::string_view text)
{
    const std::vector<std::string> parts = splitDashes(toLower(text));
    std::string t = parts.front();
    int multiple = 1;
    size_t digits = 0;
    while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
    if (digits) {
        if (digits > 3) return std::nullopt;
        multiple = std::atoi(t.substr(0, digits).c_str());
        t = t.substr(digits);
    }
    if (multiple < 1) return std::nullopt;
    std::optional<Frequency> f;
    if (t == "min" || t == "t") {
        if (multiple > 30 || 60 % multiple != 0) return std::nullopt;
        f = Frequency(Unit::Minute, multiple);
    } else if (multiple != 1) {
        return std::nullopt;
    } else if (t == "h") f = Frequency(Unit::Hour);
    else if (t == "d") f = Frequency(Unit::Day);
    else if (t == "w") f = Frequency(Unit::Week);
    else if (t == "m") f = Frequency(Unit::Month);
    else if (t == "q") f = Frequency(Unit::Quarter);
    else if (t == "y" || t == "a") f = Frequency(Unit::Year);
    if (!f || parts.size() == 1) return f;

    // The alignment: "-fri" for weeks; "[-feb][-end|-15]" for months, quarters and years.
    f->m_alignmentGiven = true;
    size_t next = 1;
    if (f->m_unit == Unit::Week) {
        if (parts.size() != 2 || (f->m_weekday = indexIn(kWeekdays, parts[1])) < 0) return std::nullopt;
        return f;
    }
    if (f->m_unit < Unit::Month) return std::nullopt;
    if (f->m_unit != Unit::Month) {
        const int month = indexIn(kMonths, parts[next]);
        if (month >= 0) {
            f->m_monthOffset = month % f->monthsPerPeriod(); // Q-APR starts quarters in April, as Q-JAN does
            ++next;
        }
    }
    if (next < parts.size()) {
        const std::string& day = parts[next++];
        if (day == "end") f->m_dayLabel = DayLabel::Last;
        else if (day == "start") f->m_dayLabel = DayLabel::First;
        else {
            if (day.empty() || day.size() > 2 || !std::isdigit(static_cast<unsigned char>(day[0]))
                || !std::isdigit(static_cast<unsigned char>(day.back())))
                return std::nullopt;
            const int d = std::atoi(day.c_str());
            if (d < 1 || d > 28) return std::nullopt;
            if (d > 1) {
                f->m_dayLabel = DayLabel::DayOfMonth;
                f->m_day = d;
            }
        }
    }
    if (next != parts.size()) return std::nullopt;
    return f;
}

std::string Frequency::baseName() const
{
    switch (m_unit) {
    case Unit::Minute: return std::to_string(m_multiple) + "min";
    case Unit::Hour: return "H";
    case Unit::Day: return "D";
    case Unit::Week: return "W";
    case Unit::Month: return "M";
    case Unit::Quarter: return "Q";
    case Unit::Year: return "Y";
    }
    return "D";
}

std::string Frequency::name() const
{
    // The default alignment is left unnamed, so that it stays the data's to decide; an
    // alignment the analyst chose is named even when it is the default.
    std::string out = baseName();
    // Appended piece by piece: GCC 12 warns falsely (-Wstringop-overflow) on "-" + std::string.
    auto suffix = [&out](const std::string& part) {
        out += '-';
        out += part;
    };
    if (m_unit == Unit::Week) {
        if (m_weekday != 0 || m_alignmentGiven) suffix(upper(kWeekdays[m_weekday]));
        return out;
    }
    if (m_unit < Unit::Month) return out;
    if (m_unit != Unit::Month && (m_monthOffset != 0 || m_alignmentGiven)) suffix(upper(kMonths[m_monthOffset]));
    if (m_dayLabel == DayLabel::Last) suffix("END");
    else if (m_dayLabel == DayLabel::DayOfMonth) suffix(std::to_string(m_day));
    else if (m_alignmentGiven && m_unit == Unit::Month) suffix("START");
    return out;
}

int64_t Frequency::periodIndex(int64_t seconds) const
{
    if (int64_t fixed = fixedSeconds(m_unit)) {
        const int64_t offset = m_unit == Unit::Week ? kFirstMonday + m_weekday * kSecondsPerDay : 0;
        return floorDiv(seconds - offset, fixed * m_multiple);
    }
    int y, m, d;
    civilFromDays(dayOf(seconds), y, m, d);
    return floorDiv(int64_t(y) * 12 + (m - 1) - m_monthOffset, monthsPerPeriod());
}

int64_t Frequency::periodStart(int64_t index) const
{
    if (int64_t fixed = fixedSeconds(m_unit)) {
        const int64_t offset = m_unit == Unit::Week ? kFirstMonday + m_weekday * kSecondsPerDay : 0;
        return index * fixed * m_multiple + offset;
    }
    int64_t months = index * monthsPerPeriod() + m_monthOffset;
    if (m_dayLabel == DayLabel::Last) months += monthsPerPeriod() - 1;
    const int year = int(floorDiv(months, 12));
    const int month = int(months - int64_t(year) * 12) + 1;
    const int day = m_dayLabel == DayLabel::Last ? daysInMonth(year, month) : m_dayLabel == DayLabel::DayOfMonth ? m_day : 1;
    return daysFromCivil(year, month, day) * kSecondsPerDay;
}

Frequency Frequency::alignedTo(const std::vector<int64_t>& times) const
{
    if (m_alignmentGiven || times.empty() || m_unit < Unit::Week) return *this;
    Frequency out = *this;
    auto mostCommon = [](const std::vector<size_t>& counts) {
        return int(std::max_element(counts.begin(), counts.end()) - counts.begin());
    };
    if (m_unit == Unit::Week) {
        std::vector<size_t> weekdays(7, 0);
        for (int64_t t : times) ++weekdays[size_t(((dayOf(t) - 4) % 7 + 7) % 7)];
        out.m_weekday = mostCommon(weekdays);
        return out;
    }
    // Dated on the last day when most dates are a month's last day (a 31st, or Feb 28th), else on
    // the most common day of the month.
    std::vector<size_t> days(32, 0);
    size_t lastDays = 0;
    std::vector<int> monthsOfTimes;
    monthsOfTimes.reserve(times.size());
    for (int64_t t : times) {
        int y, m, d;
        civilFromDays(dayOf(t), y, m, d);
        ++days[size_t(d)];
        if (d == daysInMonth(y, m)) ++lastDays;
        monthsOfTimes.push_back(m - 1);
    }
    const int day = mostCommon(days);
    if (lastDays * 2 > times.size() && day > 28) out.m_dayLabel = DayLabel::Last;
    else if (day >= 2 && day <= 28) {
        out.m_dayLabel = DayLabel::DayOfMonth;
        out.m_day = day;
    }
    if (m_unit != Unit::Month) {
        const int span = monthsPerPeriod();
        std::vector<size_t> offsets(size_t(span), 0);
        // A period dated on its last day starts span - 1 months before the date's month.
        const int back = out.m_dayLabel == DayLabel::Last ? span - 1 : 0;
        for (int m : monthsOfTimes) ++offsets[size_t(((m - back) % span + span) % span)];
        out.m_monthOffset = mostCommon(offsets);
    }
    return out;
}

double Frequency::nominalSeconds() const
{
    if (int64_t fixed = fixedSeconds(m_unit)) return double(fixed * m_multiple);
    return 30.436875 * kSecondsPerDay * monthsPerPeriod();
}

int Frequency::defaultSeason() const
{
    switch (m_unit) {
    case Unit::Minute: return 60 / m_multiple * 24; // a day
    case Unit::Hour: return 24;
    case Unit::Day: return 7;
    case Unit::Week: return 52;
    case Unit::Month: return 12;
    case Unit::Quarter: return 4;
    case Unit::Year: return 1;
    }
    return 1;
}

std::vector<int> Frequency::seasonalPeriods() const
{
    switch (m_unit) {
    case Unit::Minute: return {60 / m_multiple * 24, 60 / m_multiple * 24 * 7};
    case Unit::Hour: return {24, 168};
    case Unit::Day: return {7, 365};
    default: return {defaultSeason()};
    }
}

std::optional<Frequency> inferFrequency(const std::vector<std::vector<int64_t>>& seriesTimes)
{
    // Each gap votes for the frequency it is one step of; calendar units absorb month lengths.
    std::map<std::pair<int, int>, int64_t> votes;
    auto vote = [&](int64_t gap) {
        const double days = double(gap) / kSecondsPerDay;
        Frequency f;
        if (gap <= 0) return;
        if (gap < 3600) {
            int minutes = int(gap / 60);
            if (gap % 60 != 0 || minutes == 0 || 60 % minutes != 0) return;
            f = Frequency(Frequency::Unit::Minute, minutes);
        } else if (gap < kSecondsPerDay) f = Frequency(Frequency::Unit::Hour);
        else if (days < 7) f = Frequency(Frequency::Unit::Day);
        else if (days < 28) f = Frequency(Frequency::Unit::Week);
        else if (days < 89) f = Frequency(Frequency::Unit::Month);
        else if (days < 365) f = Frequency(Frequency::Unit::Quarter);
        else f = Frequency(Frequency::Unit::Year);
        ++votes[{int(f.unit()), f.multiple()}];
    };
    for (const auto& times : seriesTimes)
        for (size_t i = 1; i < times.size(); ++i) vote(times[i] - times[i - 1]);
    if (votes.empty()) return std::nullopt;
    auto best = votes.begin();
    for (auto it = votes.begin(); it != votes.end(); ++it)
        if (it->second > best->second) best = it;
    return Frequency(Frequency::Unit(best->first.first), best->first.second);
}

} // namespace almanac
