#pragma once
// Public holidays computed by rule (fixed dates, n-th weekdays, Easter, Japan's equinoxes), so no
// calendar file has to ship or go stale. Substitute "observed" days are not included.
#include <cstdint>
#include <string>
#include <vector>

namespace almanac {

struct Holiday {
    int64_t day; // days since 1970-01-01
    std::string name;
};

// Countries: US, UK, DE, FR, JP. Empty for an unknown code.
std::vector<Holiday> holidaysFor(const std::string& country, int firstYear, int lastYear);
const std::vector<std::string>& holidayCountries();

// Easter Sunday (Gregorian), as days since 1970-01-01.
int64_t easterSunday(int year);

} // namespace almanac
