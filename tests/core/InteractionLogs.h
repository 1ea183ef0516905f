#pragma once
// Interaction logs for the recommender suites: from CSV text, and a generated one with taste.
#include "data/DatasetLoader.h"
#include "recommend/InteractionData.h"

#include <QtCore/QtGlobal>
#include <random>
#include <string>

namespace almanac::testing {

inline InteractionData interactionsFromCsv(const std::string& csv)
{
    ImportOptions options;
    options.type = DatasetType::Interactions;
    auto loaded = loadDatasetFromString(csv, "i.csv", options);
    if (!loaded.isOk()) qFatal("%s", loaded.status().message().c_str());
    auto d = InteractionData::fromDataset(*loaded);
    if (!d.isOk()) qFatal("%s", d.status().message().c_str());
    return std::move(*d);
}

// `users` users over `items` items, each with 2 to 8 items drawn near the user's own position in
// the catalogue, so that co-occurrence carries taste.
inline std::string tasteLog(int users, int items, unsigned seed)
{
    std::mt19937 rng(seed);
    std::string csv = "USER_ID,ITEM_ID,TIMESTAMP\n";
    int t = 0;
    for (int u = 0; u < users; ++u) {
        const int centre = u * items / users;
        std::uniform_int_distribution<int> count(2, 8), offset(-4, 4);
        for (int k = count(rng); k > 0; --k)
            csv += "u" + std::to_string(u) + ",i" + std::to_string(((centre + offset(rng)) % items + items) % items) + ","
                 + std::to_string(++t) + "\n";
    }
    return csv;
}

} // namespace almanac::testing
