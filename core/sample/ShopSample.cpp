#include "sample/ShopSample.h"

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

const std::array<const char*, 8> kCategories = {"Books", "Electronics", "Kitchen", "Outdoor",
                                                "Fashion", "Games", "Beauty", "Music"};
const std::array<const char*, 4> kAgeGroups = {"18-24", "25-34", "35-54", "55+"};

struct ShopItem {
    std::string id;
    int category;
    int secondCategory; // -1 when single-valued
    double price;
    double popularity;
    int64_t created;
};

struct Event {
    int64_t time;
    int user;
    int item;
    const char* type;
    double value;
};

} // namespace

void generateShopSample(const SampleOptions& options, std::mt19937_64& engine, SampleFiles& out)
{
    SampleRandom rng(engine);
    const int64_t start = daysFromCivil(2025, 9, 1) * kSecondsPerDay;
    const int64_t span = int64_t(options.shopDays) * kSecondsPerDay;

    std::vector<ShopItem> items;
    for (int i = 0; i < options.shopItems; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "P%04d", i + 1);
        ShopItem item;
        item.id = id;
        item.category = rng.integer(0, int(kCategories.size()) - 1);
        item.secondCategory = rng.chance(0.2) ? (item.category + rng.integer(1, 7)) % int(kCategories.size()) : -1;
        item.price = std::round(std::exp(rng.uniform(std::log(4.0), std::log(300.0))) * 100) / 100;
        // Skewed popularity: a Zipf-like law over a random order of items.
        item.popularity = 1.0 / std::pow(double(rng.integer(1, options.shopItems)), 0.9);
        // One item in five arrives during the period: catalogue drift.
        item.created = rng.chance(0.2) ? start + int64_t(rng.uniform() * double(span) * 0.9)
                                       : start - int64_t(rng.integer(30, 700)) * kSecondsPerDay;
        items.push_back(item);
    }

    out.shopItems = "ITEM_ID,CATEGORY,PRICE,CREATION_TIMESTAMP\n";
    for (const ShopItem& item : items) {
        std::string category = kCategories[size_t(item.category)];
        if (item.secondCategory >= 0) category += std::string("|") + kCategories[size_t(item.secondCategory)];
        out.shopItems += item.id + "," + category + "," + formatNumber(item.price) + "," + std::to_string(item.created) + "\n";
    }

    out.shopUsers = "USER_ID,AGE_GROUP,MEMBERSHIP\n";
    std::vector<Event> events;
    std::vector<double> weights(items.size());
    for (int u = 0; u < options.shopUsers; ++u) {
        char id[16];
        std::snprintf(id, sizeof id, "U%04d", u + 1);
        const int ageGroup = rng.integer(0, int(kAgeGroups.size()) - 1);
        const bool member = rng.chance(0.3);
        out.shopUsers += std::string(id) + "," + kAgeGroups[size_t(ageGroup)] + "," + (member ? "gold" : "standard") + "\n";
        // Tastes: two favourite categories, the first tied to the age group so users attributes matter.
        const int favourite = (ageGroup * 2 + rng.integer(0, 1)) % int(kCategories.size());
        const int second = rng.integer(0, int(kCategories.size()) - 1);
        const int sessions = 1 + rng.poisson(member ? 9.0 : 5.0);
        for (int s = 0; s < sessions; ++s) {
            int64_t t = start + int64_t(rng.uniform() * double(span));
            const int views = 1 + rng.poisson(2.5);
            for (int v = 0; v < views; ++v) {
                double total = 0;
                for (size_t i = 0; i < items.size(); ++i) {
                    const ShopItem& item = items[i];
                    double w = 0;
                    if (item.created <= t) {
                        const bool inFavourite = item.category == favourite || item.secondCategory == favourite;
                        const bool inSecond = item.category == second || item.secondCategory == second;
                        const double taste = inFavourite ? 6.0 : inSecond ? 3.0 : 0.5;
                        // Fresh items get a launch boost that fades over about three weeks.
                        const double ageDays = double(t - item.created) / kSecondsPerDay;
                        const double freshness = 1.0 + 4.0 * std::exp(-ageDays / 21.0);
                        w = item.popularity * taste * freshness;
                    }
                    weights[i] = w;
                    total += w;
                }
                double pick = rng.uniform() * total;
                size_t chosen = 0;
                for (; chosen + 1 < items.size() && pick >= weights[chosen]; ++chosen) pick -= weights[chosen];
                events.push_back({t, u, int(chosen), "view", std::nan("")});
                if (rng.chance(0.25)) {
                    t += rng.integer(10, 600);
                    events.push_back({t, u, int(chosen), "cart", std::nan("")});
                    if (rng.chance(0.5)) {
                        t += rng.integer(30, 1800);
                        events.push_back({t, u, int(chosen), "purchase", items[chosen].price});
                    }
                }
                t += rng.integer(20, 300);
            }
        }
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.time < b.time; });
    out.shopInteractions = "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE\n";
    char user[16];
    for (const Event& e : events) {
        std::snprintf(user, sizeof user, "U%04d", e.user + 1);
        out.shopInteractions += std::string(user) + "," + items[size_t(e.item)].id + "," + std::to_string(e.time) + ","
                              + e.type + "," + formatNumber(e.value) + "\n";
    }
}

} // namespace almanac
