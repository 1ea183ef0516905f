// almanac-cli demo: the headless tour of the engine on the bundled sample data.
#include "cli/CliCommand.h"
#include "cli/TerminalProgress.h"
#include "data/DatasetLoader.h"
#include "data/Timestamp.h"
#include "forecast/ForecastExport.h"
#include "forecast/ForecastPipeline.h"
#include "recommend/RecommendExport.h"
#include "recommend/RecommendRecipes.h"
#include "sample/SampleProject.h"
#include "util/NumberFormat.h"

#include <filesystem>
#include <iostream>

namespace almanac::cli {

namespace {

struct DemoArgs {
    std::string outDir = "almanac-demo";
    std::string forecastRecipe = "snaive";
    std::string recommendRecipe = "popularity";
    int horizon = 28;
};

Status runDemo(const DemoArgs& args)
{
    namespace fs = std::filesystem;
    const SampleFiles files = generateSampleData();
    ALMANAC_RETURN_IF_ERROR(writeSampleCsvFiles(files, args.outDir));
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();

    ImportOptions demand;
    demand.type = DatasetType::Target;
    demand.domain = "RETAIL";
    auto target = loadDatasetFromString(files.retailDemand, "retail_demand.csv", demand, job);
    if (!target.isOk()) return target.status();
    ForecastSpec spec;
    spec.horizon = args.horizon;
    ImportOptions prices;
    prices.type = DatasetType::Related;
    prices.domain = "RETAIL";
    auto related = loadDatasetFromString(files.retailRelated, "retail_prices.csv", prices, job);
    if (!related.isOk()) return related.status();
    ForecastInputs inputs;
    inputs.target = &*target;
    inputs.related = &*related;
    auto run = runForecast(inputs, spec, args.forecastRecipe, job);
    if (!run.isOk()) return run.status();
    const std::string forecastPath = (fs::path(args.outDir) / "forecast.csv").string();
    ALMANAC_RETURN_IF_ERROR(writeForecasts(forecastPath, run->series, run->spec, run->forecasts, false));

    ImportOptions events;
    events.type = DatasetType::Interactions;
    events.domain = "ECOMMERCE";
    auto interactions = loadDatasetFromString(files.shopInteractions, "shop_interactions.csv", events, job);
    if (!interactions.isOk()) return interactions.status();
    auto data = InteractionData::fromDataset(*interactions);
    if (!data.isOk()) return data.status();
    auto recommender = recommendRecipes().create(args.recommendRecipe);
    if (!recommender) return Status::invalidInput("unknown recommend recipe '" + args.recommendRecipe + "'");
    ALMANAC_RETURN_IF_ERROR(recommender->fit(*data, {}, job));
    std::vector<std::string> users;
    for (uint32_t u = 0; u < data->userCount(); ++u) users.push_back(data->userId(u));
    const std::string recsPath = (fs::path(args.outDir) / "recommendations.csv").string();
    ALMANAC_RETURN_IF_ERROR(writeRecommendations(recsPath, *recommender, *data, users, 25, false));
    progress.finish();

    std::cout << "Almanac demo on the generated sample data (" << args.outDir << "/)\n\n";
    std::cout << "Forecast: " << run->series.series.size() << " retail items, frequency " << run->series.frequency.name()
              << ", " << args.horizon << " days ahead with '" << run->recipe << "' -> " << forecastPath << "\n";
    const TimeSeries& first = run->series.series.front();
    const SeriesForecast& f = run->forecasts.front();
    std::cout << "  " << first.itemId << ", next 7 days (p10 / p50 / p90):\n";
    for (int h = 0; h < std::min(7, args.horizon); ++h)
        std::cout << "    " << formatTimestamp(run->series.frequency.periodStart(run->series.endPeriod + h), true) << "  "
                  << formatNumber(f.quantiles[0][size_t(h)]) << " / " << formatNumber(f.quantiles[1][size_t(h)]) << " / "
                  << formatNumber(f.quantiles[2][size_t(h)]) << "\n";
    std::cout << "\nRecommendations: " << users.size() << " users, " << data->itemCount() << " items, "
              << data->interactionCount() << " user-item pairs with '" << recommender->name() << "' -> " << recsPath << "\n";
    const auto top = recommendTopN(*recommender, *data, 0, 5, false);
    std::cout << "  top 5 for " << data->userId(0) << ":";
    for (const ScoredItem& s : top) std::cout << " " << data->itemId(s.item) << " (" << formatNumber(s.score) << ")";
    std::cout << "\n\nSample CSV files for your own experiments are in " << args.outDir << "/.\n";
    return Status::ok();
}

} // namespace

CommandEntry registerDemoCommand(CLI::App& app)
{
    auto a = std::make_shared<DemoArgs>();
    CLI::App* cmd = app.add_subcommand("demo", "Forecast the sample retail data and recommend for sample users");
    cmd->add_option("--out-dir", a->outDir, "Folder for the sample CSVs and the results")->capture_default_str();
    cmd->add_option("--forecast-recipe", a->forecastRecipe, "Forecast recipe")->capture_default_str();
    cmd->add_option("--recommend-recipe", a->recommendRecipe, "Recommendation recipe")->capture_default_str();
    cmd->add_option("--horizon", a->horizon, "Days to forecast")->check(CLI::Range(1, 100000))->capture_default_str();
    return {cmd, [a] { return runDemo(*a); }};
}

} // namespace almanac::cli
