// Issue 4's scale bar: 10 ALS iterations at 64 factors on a generated MovieLens-20M-sized data set
// (20M interactions, 138k users, 27k items, power-law popularity) in <= 60 s on 2 cores, peak
// memory <= 4 GB. Usage: als_scale [interactions] [users] [items]
#include "recommend/AlsRecipe.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <sys/resource.h>

using namespace almanac;

int main(int argc, char** argv)
{
    const size_t interactions = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 20000000;
    const size_t users = argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 138000;
    const size_t items = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 27000;
    const auto start = std::chrono::steady_clock::now();
    auto seconds = [&] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };

    // Items by a Zipf-like law (exponent 1), users by a milder one: heavy users and blockbusters.
    std::mt19937_64 rng(20);
    std::vector<double> itemWeights(items), userWeights(users);
    for (size_t i = 0; i < items; ++i) itemWeights[i] = 1.0 / double(i + 1);
    for (size_t u = 0; u < users; ++u) userWeights[u] = 1.0 / std::sqrt(double(u + 1));
    std::discrete_distribution<uint32_t> pickItem(itemWeights.begin(), itemWeights.end());
    std::discrete_distribution<uint32_t> pickUser(userWeights.begin(), userWeights.end());

    LoadedDataset dataset;
    dataset.fileName = "generated";
    dataset.table.columns.push_back(DataColumn::describe("USER_ID", "USER_ID", FieldRole::User, FieldType::String));
    dataset.table.columns.push_back(DataColumn::describe("ITEM_ID", "ITEM_ID", FieldRole::Item, FieldType::String));
    dataset.table.columns.push_back(DataColumn::describe("TIMESTAMP", "TIMESTAMP", FieldRole::Timestamp, FieldType::Timestamp));
    DataColumn& userColumn = dataset.table.columns[0];
    DataColumn& itemColumn = dataset.table.columns[1];
    DataColumn& timeColumn = dataset.table.columns[2];
    for (size_t u = 0; u < users; ++u) userColumn.strings->intern(std::to_string(u));
    for (size_t i = 0; i < items; ++i) itemColumn.strings->intern(std::to_string(i));
    userColumn.codes.resize(interactions);
    itemColumn.codes.resize(interactions);
    timeColumn.times.resize(interactions);
    for (size_t n = 0; n < interactions; ++n) {
        userColumn.codes[n] = pickUser(rng);
        itemColumn.codes[n] = pickItem(rng);
        timeColumn.times[n] = int64_t(n);
    }
    dataset.table.rowCount = interactions;
    auto data = InteractionData::fromDataset(dataset);
    if (!data.isOk()) {
        std::fprintf(stderr, "%s\n", data.status().message().c_str());
        return 1;
    }
    dataset = LoadedDataset{};
    const double prepared = seconds();
    std::printf("generated %zu interactions (%zu distinct user-item pairs), %zu users, %zu items in %.1f s\n",
                interactions, data->interactionCount(), data->userCount(), data->itemCount(), prepared);

    AlsRecipe als;
    RecommendSpec spec;
    spec.parameters = {{"factors", "64"}, {"iterations", "10"}};
    const Status s = als.fit(*data, spec, {});
    if (!s.isOk()) {
        std::fprintf(stderr, "%s\n", s.message().c_str());
        return 1;
    }
    const double trained = seconds() - prepared;
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("ALS: 10 iterations, 64 factors, 3 CG steps: %.1f s; peak RSS %.2f GB\n", trained, usage.ru_maxrss / 1048576.0);
    return 0;
}
