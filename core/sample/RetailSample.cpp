#include "sample/RetailSample.h"

#include "data/Timestamp.h"
#include "sample/SampleRandom.h"
#include "util/NumberFormat.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <vector>

namespace almanac {

namespace {

struct Category {
    const char* name;
    double yearlyAmplitude;
    double peakDayOfYear;   // where the yearly cycle peaks
    double weekendLift;
    double elasticity;      // demand falls by price^-elasticity
};

const std::array<Category, 6> kCategories = {{
    {"Beverages", 0.35, 200, 0.25, 1.8},
    {"Snacks", 0.15, 350, 0.30, 1.5},
    {"Household", 0.05, 100, 0.10, 1.0},
    {"Personal Care", 0.08, 150, 0.05, 1.2},
    {"Garden", 0.60, 140, 0.40, 1.4},
    {"Toys", 0.45, 350, 0.35, 1.6},
}};

const std::array<const char*, 10> kBrands = {"Acme", "Northwind", "Contoso", "Fabrikam", "Globex",
                                             "Initech", "Umbra", "Vandelay", "Wayne", "Zenith"};

// The 4th Thursday of November.
int64_t thanksgiving(int year)
{
    const int64_t nov1 = daysFromCivil(year, 11, 1);
    const int weekday = int(((nov1 % 7) + 7 + 3) % 7); // 0 = Monday
    const int firstThursday = (3 - weekday + 7) % 7;
    return nov1 + firstThursday + 21;
}

// Multiplier on demand for a day: closed on some holidays, busier before others.
double holidayEffect(int64_t day)
{
    int y, m, d;
    civilFromDays(day, y, m, d);
    if ((m == 12 && d == 25) || (m == 1 && d == 1)) return 0.0;
    const int64_t tg = thanksgiving(y);
    if (day == tg) return 0.3;
    if (day == tg + 1) return 2.2; // Black Friday
    if (m == 12 && d >= 15 && d <= 24) return 1.5;
    if (m == 7 && d == 4) return 1.4;
    return 1.0;
}

struct Item {
    std::string id;
    int category;
    int brand;
    double level;
    double trendPerYear;
    double basePrice;
    int firstDay;      // new items start late
    bool slowMover;
};

} // namespace

void generateRetailSample(const SampleOptions& options, std::mt19937_64& engine, SampleFiles& out)
{
    SampleRandom rng(engine);
    const int64_t start = daysFromCivil(2024, 1, 1);
    const int days = options.retailDays;
    const int totalDays = days + options.relatedFutureDays;

    std::vector<Item> items;
    for (int i = 0; i < options.retailItems; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "SKU-%04d", i + 1);
        Item item;
        item.id = id;
        item.category = i % int(kCategories.size());
        item.brand = rng.integer(0, int(kBrands.size()) - 1);
        item.slowMover = i % 6 == 5;            // one in six sells a few units a week
        item.level = item.slowMover ? rng.uniform(0.1, 0.6) : std::exp(rng.uniform(std::log(5.0), std::log(120.0)));
        item.trendPerYear = rng.uniform(-0.15, 0.35);
        item.basePrice = std::round(rng.uniform(1.5, 40.0) * 100) / 100;
        item.firstDay = (i % 12 == 11) ? days - rng.integer(45, 150) : 0; // new items
        items.push_back(item);
    }

    std::string& target = out.retailDemand;
    std::string& related = out.retailRelated;
    target = "item_id,timestamp,demand\n";
    related = "item_id,timestamp,price,promotion_applied\n";
    out.retailItems = "item_id,category,brand\n";
    for (const Item& item : items) {
        const Category& cat = kCategories[size_t(item.category)];
        out.retailItems += item.id + "," + cat.name + "," + kBrands[size_t(item.brand)] + "\n";
        double price = item.basePrice;
        int promoLeft = 0;
        for (int t = item.firstDay; t < totalDays; ++t) {
            const int64_t day = start + t;
            // Prices drift in rare steps; promotions run for a few days at a 15-30% discount.
            if (rng.chance(0.004)) price = std::round(price * rng.uniform(0.95, 1.12) * 100) / 100;
            if (promoLeft == 0 && rng.chance(0.02)) promoLeft = rng.integer(3, 7);
            const bool promo = promoLeft > 0;
            const double discount = promo ? 0.15 + 0.05 * double(item.brand % 4) : 0.0;
            const double shelfPrice = std::round(price * (1.0 - discount) * 100) / 100;
            if (promoLeft > 0) --promoLeft;
            const std::string date = formatTimestamp(day * kSecondsPerDay, true);
            related += item.id + "," + date + "," + formatNumber(shelfPrice) + "," + (promo ? "1" : "0") + "\n";
            if (t >= days) continue;

            const int weekday = int(((day % 7) + 7 + 3) % 7); // 0 = Monday
            const double weekly = 1.0 + (weekday >= 5 ? cat.weekendLift : -cat.weekendLift * 0.4);
            int year, month, dom;
            civilFromDays(day, year, month, dom);
            const double dayOfYear = double(day - daysFromCivil(year, 1, 1));
            const double yearly = 1.0 + cat.yearlyAmplitude * std::cos(6.283185307179586 * (dayOfYear - cat.peakDayOfYear) / 365.25);
            const double trend = 1.0 + item.trendPerYear * double(t) / 365.25;
            // New items ramp up over their first weeks.
            const double ramp = std::min(1.0, 0.3 + double(t - item.firstDay) / 40.0);
            const double priceEffect = std::pow(shelfPrice / item.basePrice, -cat.elasticity);
            const double mean = item.level * weekly * yearly * std::max(trend, 0.2) * ramp * priceEffect
                              * holidayEffect(day) * (promo ? 1.3 : 1.0);
            target += item.id + "," + date + "," + std::to_string(rng.overdispersedCount(mean, 0.25)) + "\n";
        }
    }
}

} // namespace almanac
