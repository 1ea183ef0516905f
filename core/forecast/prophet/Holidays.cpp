#include "forecast/prophet/Holidays.h"

#include "data/Schema.h"
#include "data/Timestamp.h"

#include <cmath>

namespace almanac {

namespace {

int weekday(int64_t day) { return int(((day % 7) + 7 + 3) % 7); } // 0 = Monday

// The n-th given weekday (0 = Monday) of a month; n = -1 for the last.
int64_t nthWeekday(int year, int month, int wd, int n)
{
    if (n > 0) {
        const int64_t first = daysFromCivil(year, month, 1);
        return first + (wd - weekday(first) + 7) % 7 + 7 * (n - 1);
    }
    const int64_t last = daysFromCivil(year, month, daysInMonth(year, month));
    return last - (weekday(last) - wd + 7) % 7;
}

} // namespace

int64_t easterSunday(int year)
{
    // The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return daysFromCivil(year, month, day);
}

const std::vector<std::string>& holidayCountries()
{
    static const std::vector<std::string> kCountries = {"US", "UK", "DE", "FR", "JP"};
    return kCountries;
}

std::vector<Holiday> holidaysFor(const std::string& countryName, int firstYear, int lastYear)
{
    const std::string country = toUpper(countryName);
    std::vector<Holiday> out;
    for (int y = firstYear; y <= lastYear; ++y) {
        auto add = [&](int64_t day, const char* name) { out.push_back({day, name}); };
        auto fixed = [&](int month, int day, const char* name) { add(daysFromCivil(y, month, day), name); };
        const int64_t easter = easterSunday(y);
        if (country == "US") {
            fixed(1, 1, "New Year's Day");
            add(nthWeekday(y, 1, 0, 3), "Martin Luther King Jr. Day");
            add(nthWeekday(y, 2, 0, 3), "Washington's Birthday");
            add(nthWeekday(y, 5, 0, -1), "Memorial Day");
            if (y >= 2021) fixed(6, 19, "Juneteenth");
            fixed(7, 4, "Independence Day");
            add(nthWeekday(y, 9, 0, 1), "Labor Day");
            add(nthWeekday(y, 10, 0, 2), "Columbus Day");
            fixed(11, 11, "Veterans Day");
            add(nthWeekday(y, 11, 3, 4), "Thanksgiving");
            fixed(12, 25, "Christmas Day");
        } else if (country == "UK") {
            fixed(1, 1, "New Year's Day");
            add(easter - 2, "Good Friday");
            add(easter + 1, "Easter Monday");
            add(nthWeekday(y, 5, 0, 1), "Early May Bank Holiday");
            add(nthWeekday(y, 5, 0, -1), "Spring Bank Holiday");
            add(nthWeekday(y, 8, 0, -1), "Summer Bank Holiday");
            fixed(12, 25, "Christmas Day");
            fixed(12, 26, "Boxing Day");
        } else if (country == "DE") {
            fixed(1, 1, "Neujahr");
            add(easter - 2, "Karfreitag");
            add(easter + 1, "Ostermontag");
            fixed(5, 1, "Tag der Arbeit");
            add(easter + 39, "Christi Himmelfahrt");
            add(easter + 50, "Pfingstmontag");
            fixed(10, 3, "Tag der Deutschen Einheit");
            fixed(12, 25, "Erster Weihnachtstag");
            fixed(12, 26, "Zweiter Weihnachtstag");
        } else if (country == "FR") {
            fixed(1, 1, "Jour de l'an");
            add(easter + 1, "Lundi de Pâques");
            fixed(5, 1, "Fête du Travail");
            fixed(5, 8, "Victoire 1945");
            add(easter + 39, "Ascension");
            add(easter + 50, "Lundi de Pentecôte");
            fixed(7, 14, "Fête nationale");
            fixed(8, 15, "Assomption");
            fixed(11, 1, "Toussaint");
            fixed(11, 11, "Armistice 1918");
            fixed(12, 25, "Noël");
        } else if (country == "JP") {
            fixed(1, 1, "元日");
            add(nthWeekday(y, 1, 0, 2), "成人の日");
            fixed(2, 11, "建国記念の日");
            if (y >= 2020) fixed(2, 23, "天皇誕生日");
            // Equinoxes by the approximation valid 1980-2099.
            const double years = y - 1980;
            fixed(3, int(std::floor(20.8431 + 0.242194 * years - std::floor(years / 4))), "春分の日");
            fixed(4, 29, "昭和の日");
            fixed(5, 3, "憲法記念日");
            fixed(5, 4, "みどりの日");
            fixed(5, 5, "こどもの日");
            add(nthWeekday(y, 7, 0, 3), "海の日");
            fixed(8, 11, "山の日");
            add(nthWeekday(y, 9, 0, 3), "敬老の日");
            fixed(9, int(std::floor(23.2488 + 0.242194 * years - std::floor(years / 4))), "秋分の日");
            add(nthWeekday(y, 10, 0, 2), "スポーツの日");
            fixed(11, 3, "文化の日");
            fixed(11, 23, "勤労感謝の日");
        }
    }
    return out;
}

} // namespace almanac
