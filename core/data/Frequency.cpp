#include "data/Frequency.h"

#include "data/Schema.h"
#include "data/Timestamp.h"

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

} // namespace

std::optional<Frequency> Frequency::parse(std::string_view text)
{
    std::string t = toLower(text);
    int multiple = 1;
    size_t digits = 0;
    while (digits < t.size() && std::isdigit(static_cast<unsigned char>(t[digits]))) ++digits;
    if (digits) {
        multiple = std::atoi(t.substr(0, digits).c_str());
        t = t.substr(digits);
    }
    if (multiple < 1) return std::nullopt;
    if (t == "min" || t == "t") {
        if (multiple > 30 || 60 % multiple != 0) return std::nullopt;
        return Frequency(Unit::Minute, multiple);
    }
    if (multiple != 1) return std::nullopt;
    if (t == "h") return Frequency(Unit::Hour);
    if (t == "d") return Frequency(Unit::Day);
    if (t == "w") return Frequency(Unit::Week);
    if (t == "m") return Frequency(Unit::Month);
    if (t == "q") return Frequency(Unit::Quarter);
    if (t == "y" || t == "a") return Frequency(Unit::Year);
    return std::nullopt;
}

std::string Frequency::name() const
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

int64_t Frequency::periodIndex(int64_t seconds) const
{
    if (int64_t fixed = fixedSeconds(m_unit)) {
        const int64_t offset = m_unit == Unit::Week ? kFirstMonday : 0;
        return floorDiv(seconds - offset, fixed * m_multiple);
    }
    int y, m, d;
    civilFromDays(floorDiv(seconds, kSecondsPerDay), y, m, d);
    return floorDiv(int64_t(y) * 12 + (m - 1), monthsPerPeriod(m_unit));
}

int64_t Frequency::periodStart(int64_t index) const
{
    if (int64_t fixed = fixedSeconds(m_unit)) {
        const int64_t offset = m_unit == Unit::Week ? kFirstMonday : 0;
        return index * fixed * m_multiple + offset;
    }
    const int64_t months = index * monthsPerPeriod(m_unit);
    const int year = int(floorDiv(months, 12));
    const int month = int(months - int64_t(year) * 12) + 1;
    return daysFromCivil(year, month, 1) * kSecondsPerDay;
}

double Frequency::nominalSeconds() const
{
    if (int64_t fixed = fixedSeconds(m_unit)) return double(fixed * m_multiple);
    return 30.436875 * kSecondsPerDay * monthsPerPeriod(m_unit);
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
