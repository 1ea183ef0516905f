// almanac-cli predict-ratings: explicit-feedback rating prediction for given (user, item) pairs.
#include "cli/CliCommand.h"
#include "cli/InputOptions.h"
#include "cli/TerminalProgress.h"
#include "recommend/ratings/RatingBlend.h"
#include "util/AtomicFile.h"
#include "util/TabularWriter.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <random>

namespace almanac::cli {

namespace {

struct PredictArgs {
    std::string interactions, pairs, recipe = "blend", out, metrics;
    std::vector<std::string> parameters;
    uint64_t seed = 42;
    InputOptions input;
};

Status runPredict(const PredictArgs& args)
{
    ALMANAC_RETURN_IF_ERROR(refuseOverwritingInputs({args.interactions, args.pairs}, {args.out, args.metrics}));
    FactorizationOptions options;
    const std::string recipe = toLower(args.recipe);
    if (recipe == "svdpp" || recipe == "blend") options.implicitFeedback = true;
    else if (recipe == "biased-mf") options.implicitFeedback = false;
    else if (recipe != "knn-baseline" && recipe != "bpmf")
        return Status::invalidInput("--recipe: expected blend, svdpp, biased-mf, knn-baseline or bpmf");
    auto parameters = parseFieldMap(args.parameters);
    if (!parameters.isOk()) return Status::invalidInput("--param expects name=value");
    // knn_k and knn_shrinkage go to the neighbourhood model, bpmf_* (or every parameter of the
    // bpmf recipe) to the Bayesian model, the rest to the SGD factor model.
    KnnBaselineOptions knnOptions;
    BayesianFactorizationOptions bayesianOptions;
    std::map<std::string, std::string> bayesianParameters;
    for (auto it = parameters->begin(); it != parameters->end();) {
        if (recipe == "bpmf") bayesianParameters[it->first] = it->second;
        else if (it->first.rfind("bpmf_", 0) == 0) bayesianParameters[it->first.substr(5)] = it->second;
        else if (it->first == "knn_k") knnOptions.neighbours = std::max(1, std::atoi(it->second.c_str()));
        else if (it->first == "knn_shrinkage") knnOptions.shrinkage = std::max(0.0, std::atof(it->second.c_str()));
        else {
            ++it;
            continue;
        }
        it = parameters->erase(it);
    }
    ALMANAC_RETURN_IF_ERROR(options.apply(*parameters));
    ALMANAC_RETURN_IF_ERROR(bayesianOptions.apply(bayesianParameters));
    options.seed = args.seed;
    bayesianOptions.seed = args.seed;

    auto importOptions = toImportOptions(args.input, DatasetType::Interactions);
    if (!importOptions.isOk()) return importOptions.status();
    auto dataset = loadWithProgress(args.interactions, *importOptions);
    if (!dataset.isOk()) return dataset.status();
    auto ratings = RatingData::fromDataset(*dataset);
    if (!ratings.isOk()) return ratings.status();

    // A pairs file is USER_ID,ITEM_ID[,...]: read with the users schema, ITEM_ID as a column of it.
    ImportOptions pairOptions;
    pairOptions.type = DatasetType::Users;
    pairOptions.dialect = importOptions->dialect;
    auto pairs = loadDataset(args.pairs, pairOptions);
    if (!pairs.isOk()) return pairs.status();
    const DataColumn* pairUser = pairs->table.columnWithRole(FieldRole::User);
    const DataColumn* pairItem = pairs->table.column("ITEM_ID");
    if (!pairItem) return Status::invalidInput(args.pairs + ": row 1: no ITEM_ID column");

    // Fits the recipe on some ratings; the predictor keeps its model alive.
    using Predictor = std::function<double(int64_t, int64_t)>;
    auto fit = [&](const RatingData& data, const JobContext& job) -> Result<Predictor> {
        if (recipe == "blend") {
            auto model = std::make_shared<RatingBlend>();
            ALMANAC_RETURN_IF_ERROR(model->fit(data, options, knnOptions, bayesianOptions, job));
            return Predictor([model](int64_t u, int64_t i) { return model->predict(u, i); });
        }
        if (recipe == "bpmf") {
            auto model = std::make_shared<BayesianFactorization>();
            ALMANAC_RETURN_IF_ERROR(model->fit(data, bayesianOptions, job));
            return Predictor([model](int64_t u, int64_t i) { return model->predict(u, i); });
        }
        if (recipe == "knn-baseline") {
            auto model = std::make_shared<KnnBaseline>();
            ALMANAC_RETURN_IF_ERROR(model->fit(data, knnOptions, job));
            return Predictor([model](int64_t u, int64_t i) { return model->predict(u, i); });
        }
        auto model = std::make_shared<RatingFactorization>();
        ALMANAC_RETURN_IF_ERROR(model->fit(data, options, job));
        return Predictor([model](int64_t u, int64_t i) { return model->predict(u, i); });
    };
    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    std::string metricsText;
    if (!args.metrics.empty()) {
        // RMSE and MAE on a random tenth of the ratings (seeded), the model fitted on the rest.
        RatingData train = *ratings, heldOut = *ratings;
        train.ratings.clear();
        heldOut.ratings.clear();
        std::mt19937_64 rng(args.seed ^ 0x5EEDu);
        std::uniform_real_distribution<double> unit(0, 1);
        for (const Rating& r : ratings->ratings) (unit(rng) < 0.1 ? heldOut : train).ratings.push_back(r);
        auto predictor = fit(train, job.subRange(0.0, 0.5));
        if (!predictor.isOk()) return predictor.status();
        double se = 0, ae = 0;
        for (const Rating& r : heldOut.ratings) {
            const double e = (*predictor)(r.user, r.item) - r.value;
            se += e * e;
            ae += std::fabs(e);
        }
        const double n = std::max<double>(1.0, double(heldOut.ratings.size()));
        if (!std::isfinite(se))
            return Status::invalidInput("predict-ratings: recipe " + recipe + " predicted non-finite ratings (its fit "
                                        "diverged); try a smaller learning rate or another recipe");
        nlohmann::json report = {{"recipe", recipe}, {"holdout", "a random tenth of the ratings"},
                                 {"ratings", heldOut.ratings.size()}, {"RMSE", std::sqrt(se / n)}, {"MAE", ae / n}};
        metricsText = report.dump(2) + "\n";
    }
    auto predict = fit(*ratings, args.metrics.empty() ? job : job.subRange(0.5, 1.0));
    progress.finish();
    if (!predict.isOk()) return predict.status();
    auto writer = openTabularWriter(args.out, "Ratings");
    if (!writer.isOk()) return writer.status();
    TabularWriter& out = **writer;
    for (const char* h : {"user_id", "item_id", "prediction"}) out.field(h);
    out.endRow();
    for (size_t r = 0; r < pairs->table.rowCount; ++r) {
        const std::string& user = pairUser->text(r);
        const std::string& item = pairItem->text(r);
        out.field(user);
        out.field(item);
        const double prediction = (*predict)(ratings->users->find(user), ratings->items->find(item));
        // A diverged fit (--param lr=1e10) predicts NaN: an error, never a file of empty cells.
        if (!std::isfinite(prediction))
            return Status::invalidInput("predict-ratings: recipe " + recipe + " predicted a non-finite rating for user "
                                        + user + ", item " + item + " (its fit diverged); try a smaller learning rate or another recipe");
        out.number(prediction);
        out.endRow();
    }
    ALMANAC_RETURN_IF_ERROR(out.close());
    if (!metricsText.empty()) ALMANAC_RETURN_IF_ERROR(writeFileAtomically(args.metrics, metricsText));
    note("predict-ratings: " + std::to_string(ratings->ratings.size()) + " ratings, " + std::to_string(pairs->table.rowCount)
         + " pairs, recipe " + recipe + " -> " + args.out);
    return Status::ok();
}

} // namespace

CommandEntry registerPredictRatingsCommand(CLI::App& app)
{
    auto a = std::make_shared<PredictArgs>();
    CLI::App* cmd = app.add_subcommand("predict-ratings", "Predict ratings (EVENT_VALUE) for user-item pairs");
    cmd->add_option("--interactions", a->interactions, "Ratings: USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE")->required();
    cmd->add_option("--pairs", a->pairs, "CSV with USER_ID,ITEM_ID (further columns ignored)")->required();
    cmd->add_option("--recipe", a->recipe, "blend (SVD++, kNN baseline and BPMF), svdpp, biased-mf, knn-baseline or bpmf (Bayesian MF, Gibbs sampling)")->capture_default_str();
    cmd->add_option("--param", a->parameters, "factors=50, epochs=60, lr=0.007, reg=0.1, bias_reg=0.02, lr_decay=1, knn_k=40, knn_shrinkage=100");
    cmd->add_option("--seed", a->seed, "Random seed")->capture_default_str();
    cmd->add_option("--metrics", a->metrics, "Also write RMSE and MAE on a random tenth of the ratings held out (JSON)");
    cmd->add_option("--out", a->out, "Output file (.csv or .xlsx): user_id,item_id,prediction")->required();
    addInputOptions(cmd, a->input, false);
    return {cmd, [a] { return runPredict(*a); }};
}

} // namespace almanac::cli
