#pragma once
// Explicit feedback: (user, item, rating) triples, with the ids of the interactions they came from.
#include "data/DatasetLoader.h"
#include "util/Status.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace almanac {

struct Rating {
    uint32_t user, item;
    float value;
};

struct RatingData {
    std::shared_ptr<StringPool> users, items;
    std::vector<Rating> ratings;
    float minRating = 1, maxRating = 5;

    // Ratings are the EVENT_VALUE column; rows without one are skipped.
    static Result<RatingData> fromDataset(const LoadedDataset& dataset);
    size_t userCount() const { return users->size(); }
    size_t itemCount() const { return items->size(); }
};

} // namespace almanac
