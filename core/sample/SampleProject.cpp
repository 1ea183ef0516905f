#include "sample/SampleProject.h"

#include "data/DatasetLoader.h"
#include "data/SeriesPreparation.h"
#include "store/ProjectFile.h"

#include <filesystem>
#include <fstream>

namespace almanac {

namespace {

struct SampleDataset {
    const char* name;
    const char* fileName;
    const std::string SampleFiles::*text;
    DatasetType type;
    const char* domain;
};

const SampleDataset kDatasets[] = {
    {SampleDatasetNames::retailDemand, "retail_demand.csv", &SampleFiles::retailDemand, DatasetType::Target, "RETAIL"},
    {SampleDatasetNames::retailRelated, "retail_prices.csv", &SampleFiles::retailRelated, DatasetType::Related, "RETAIL"},
    {SampleDatasetNames::retailItems, "retail_items.csv", &SampleFiles::retailItems, DatasetType::Items, "RETAIL"},
    {SampleDatasetNames::shopInteractions, "shop_interactions.csv", &SampleFiles::shopInteractions, DatasetType::Interactions, "ECOMMERCE"},
    {SampleDatasetNames::shopItems, "shop_items.csv", &SampleFiles::shopItems, DatasetType::Items, "ECOMMERCE"},
    {SampleDatasetNames::shopUsers, "shop_users.csv", &SampleFiles::shopUsers, DatasetType::Users, "ECOMMERCE"},
};

} // namespace

Status createSampleProject(const std::string& path, const SampleOptions& options, const JobContext& job)
{
    return createSampleProject(path, generateSampleData(options), options.seed, job);
}

Status createSampleProject(const std::string& path, const SampleFiles& files, uint64_t seed, const JobContext& job)
{
    auto project = ProjectFile::create(path);
    if (!project.isOk()) return project.status();
    const double steps = double(std::size(kDatasets));
    double step = 0;
    for (const SampleDataset& d : kDatasets) {
        if (job.isCancelled()) return Status::cancelled();
        ImportOptions import;
        import.type = d.type;
        import.domain = d.domain;
        const JobContext sub = job.subRange(step / steps, (step + 1) / steps);
        auto data = loadDatasetFromString(files.*(d.text), d.fileName, import, sub);
        if (!data.isOk()) return data.status();
        std::string frequency;
        if (d.type == DatasetType::Target || d.type == DatasetType::Related)
            if (auto f = inferDatasetFrequency(*data)) frequency = f->name();
        auto stored = (*project)->addDataset(d.name, *data, frequency, sub);
        if (!stored.isOk()) return stored.status();
        ++step;
    }
    return (*project)->recordJob("sample", "generated with seed " + std::to_string(seed), "ok");
}

Status writeSampleCsvFiles(const SampleFiles& files, const std::string& folder)
{
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    if (ec) return Status::ioError(folder + ": cannot create: " + ec.message());
    for (const SampleDataset& d : kDatasets) {
        const std::string path = (std::filesystem::path(folder) / d.fileName).string();
        std::ofstream out(path, std::ios::binary);
        out << files.*(d.text);
        if (!out) return Status::ioError(path + ": write failed");
    }
    return Status::ok();
}

} // namespace almanac
