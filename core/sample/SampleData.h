#pragma once
// The bundled sample data, generated deterministically from a seed: ours to ship, unlike the
// public data sets whose licences forbid redistribution.
#include <cstdint>
#include <string>

namespace almanac {

struct SampleFiles {
    // Forecasting (RETAIL domain, daily)
    std::string retailDemand;   // item_id,timestamp,demand
    std::string retailRelated;  // item_id,timestamp,price,promotion_applied (extends past the demand)
    std::string retailItems;    // item_id,category,brand
    // Personalization (ECOMMERCE domain)
    std::string shopInteractions; // USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE,EVENT_VALUE
    std::string shopItems;        // ITEM_ID,CATEGORY,PRICE,CREATION_TIMESTAMP
    std::string shopUsers;        // USER_ID,AGE_GROUP,MEMBERSHIP
};

struct SampleOptions {
    uint64_t seed = 2024;
    int retailItems = 120;
    int retailDays = 731;       // 2024-01-01 .. 2025-12-31
    int relatedFutureDays = 28; // known future prices and promotions
    int shopUsers = 400;
    int shopItems = 250;
    int shopDays = 120;
};

SampleFiles generateSampleData(const SampleOptions& options = {});

} // namespace almanac
