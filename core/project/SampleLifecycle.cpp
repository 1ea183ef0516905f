#include "project/SampleLifecycle.h"

#include "data/DatasetLoader.h"
#include "project/DatasetResync.h"
#include "project/PredictorWorkflow.h"
#include "sample/SampleProject.h"

#include <algorithm>
#include <sstream>

namespace almanac {

namespace {

// Splits a CSV whose second column is an ISO date into the rows before the last `days` dates and
// the rest, both with the header (ISO dates order as text).
std::pair<std::string, std::string> splitByLastDays(const std::string& csv, int days)
{
    std::istringstream in(csv);
    std::string header, line;
    std::getline(in, header);
    std::vector<std::string> lines, dates;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const size_t a = line.find(','), b = line.find(',', a + 1);
        dates.push_back(line.substr(a + 1, b - a - 1));
        lines.push_back(std::move(line));
    }
    std::vector<std::string> distinct = dates;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const std::string cut = distinct.size() > size_t(days) ? distinct[distinct.size() - size_t(days)] : distinct.front();
    std::string older = header + "\n", newer = header + "\n";
    for (size_t k = 0; k < lines.size(); ++k) (dates[k] < cut ? older : newer) += lines[k] + "\n";
    return {older, newer};
}

} // namespace

Status createSampleProjectWithPredictor(const std::string& path, const SampleOptions& options, int threads, const JobContext& job)
{
    SampleFiles files = generateSampleData(options);
    auto [older, newer] = splitByLastDays(files.retailDemand, kSampleArrivingDays);
    files.retailDemand = std::move(older);
    ALMANAC_RETURN_IF_ERROR(createSampleProject(path, files, options.seed, job.subRange(0.0, 0.3)));
    auto project = ProjectFile::open(path);
    if (!project.isOk()) return project.status();

    TrainPredictorRequest train;
    train.name = kSamplePredictor;
    train.dataset = SampleDatasetNames::retailDemand;
    train.recipe = "ets";
    train.spec.horizon = kSampleArrivingDays;
    train.spec.threads = threads;
    train.calibrate = true; // as the workbench's Train
    train.storeForecast = true;
    train.forecastName = std::string(kSamplePredictor) + "-earlier";
    auto trained = trainPredictor(**project, train, job.subRange(0.3, 0.85));
    if (!trained.isOk()) return trained.status();

    ImportOptions import;
    import.type = DatasetType::Target;
    import.domain = "RETAIL";
    auto arrived = loadDatasetFromString(newer, "retail_demand.csv", import);
    if (!arrived.isOk()) return arrived.status();
    auto resync = resyncDataset(**project, SampleDatasetNames::retailDemand, *arrived, ResyncMode::Append, job.subRange(0.85, 0.9));
    if (!resync.isOk()) return resync.status();

    PredictorForecastRequest again;
    again.predictor = kSamplePredictor;
    again.threads = threads;
    auto forecast = forecastFromPredictor(**project, again, job.subRange(0.9, 1.0));
    return forecast.status();
}

} // namespace almanac
