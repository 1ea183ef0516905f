// almanac-cli predict-ratings: explicit-feedback rating prediction for given (user, item) pairs,
// from a recipe fitted now on --interactions or from a rating model stored in --project.
#include "cli/CliCommand.h"
#include "cli/InputOptions.h"
#include "cli/TerminalProgress.h"
#include "project/RatingModelWorkflow.h"
#include "util/AtomicFile.h"
#include "util/TabularWriter.h"

#include <cmath>
#include <optional>

namespace almanac::cli {

namespace {

struct PredictArgs {
    std::string interactions, pairs, recipe = kDefaultRatingRecipe, out, metrics, project, recommender;
    std::vector<std::string> parameters;
    uint64_t seed = 42;
    int threads = 0;
    InputOptions input;
};

std::string recipeHelp()
{
    std::string text = "Rating recipe:";
    for (const std::string& name : ratingRecipes().names()) {
        auto recipe = ratingRecipes().create(name);
        text += "\n  " + name + ": " + recipe->description();
        for (const ParameterSpec& p : recipe->parameters()) text += "\n      " + p.name + " (" + p.describe() + ")";
    }
    return text;
}

Status runPredict(const PredictArgs& args)
{
    ALMANAC_RETURN_IF_ERROR(refuseOverwritingInputs({args.interactions, args.pairs, args.project}, {args.out, args.metrics}));
    const bool stored = !args.recommender.empty();
    if (stored && args.project.empty()) return Status::usage("--recommender needs --project");
    if (!stored && args.interactions.empty())
        return Status::usage("give --interactions FILE, or --project FILE with --recommender NAME");
    if (stored && !args.metrics.empty())
        return Status::usage("--metrics evaluates a recipe fitted now; a stored model keeps its holdout figures (project info)");

    TerminalProgress progress;
    JobContext job;
    job.progress = progress.sink();
    std::optional<TrainedRatingModel> model;
    std::string metricsText, recipeName;
    // The reading options (--delimiter, --decimal...) hold for the pairs file in both forms.
    auto importOptions = toImportOptions(args.input, DatasetType::Interactions);
    if (!importOptions.isOk()) return importOptions.status();
    ImportOptions pairOptions;
    pairOptions.type = DatasetType::Users; // USER_ID,ITEM_ID[,...]: the users schema, ITEM_ID a column of it
    pairOptions.dialect = importOptions->dialect;
    size_t ratingCount = 0;
    if (stored) {
        auto project = ProjectFile::open(args.project);
        if (!project.isOk()) return project.status();
        auto loaded = loadStoredRatingModel(**project, args.recommender);
        if (!loaded.isOk()) return loaded.status();
        recipeName = loaded->model.recipe->name();
        model = std::move(loaded->model);
    } else {
        auto parameters = parseFieldMap(args.parameters);
        if (!parameters.isOk()) return Status::invalidInput("--param expects name=value");
        RatingSpec spec;
        spec.parameters = *parameters;
        spec.seed = args.seed;
        spec.threads = args.threads;
        auto dataset = loadWithProgress(args.interactions, *importOptions);
        if (!dataset.isOk()) return dataset.status();
        auto ratings = RatingData::fromDataset(*dataset);
        if (!ratings.isOk()) return ratings.status();
        ratingCount = ratings->ratings.size();
        if (!args.metrics.empty()) {
            auto holdout = evaluateRatingHoldout(*ratings, toLower(args.recipe), spec, job.subRange(0.0, 0.5));
            if (!holdout.isOk()) return holdout.status();
            metricsText = ratingHoldoutJson(toLower(args.recipe), *holdout);
        }
        auto fitted = trainRatingModel(*ratings, toLower(args.recipe), spec, args.metrics.empty() ? job : job.subRange(0.5, 1.0));
        if (!fitted.isOk()) return fitted.status();
        recipeName = fitted->recipe->name();
        model = std::move(*fitted);
    }
    progress.finish();

    auto pairs = loadDataset(args.pairs, pairOptions);
    if (!pairs.isOk()) return pairs.status();
    const DataColumn* pairUser = pairs->table.columnWithRole(FieldRole::User);
    const DataColumn* pairItem = pairs->table.column("ITEM_ID");
    if (!pairItem) return Status::invalidInput(args.pairs + ": row 1: no ITEM_ID column");

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
        const double prediction = model->predict(user, item);
        // A diverged fit (--param lr=1e10) predicts NaN: an error, never a file of empty cells.
        if (!std::isfinite(prediction))
            return Status::invalidInput("predict-ratings: recipe " + recipeName + " predicted a non-finite rating for user "
                                        + user + ", item " + item + " (its fit diverged); try a smaller learning rate or another recipe");
        out.number(prediction);
        out.endRow();
    }
    ALMANAC_RETURN_IF_ERROR(out.close());
    if (!metricsText.empty()) ALMANAC_RETURN_IF_ERROR(writeFileAtomically(args.metrics, metricsText));
    if (stored)
        note("predict-ratings: " + std::to_string(pairs->table.rowCount) + " pairs from rating model " + args.recommender + " ("
             + recipeName + ") -> " + args.out);
    else
        note("predict-ratings: " + std::to_string(ratingCount) + " ratings, " + std::to_string(pairs->table.rowCount)
             + " pairs, recipe " + recipeName + " -> " + args.out);
    return Status::ok();
}

} // namespace

CommandEntry registerPredictRatingsCommand(CLI::App& app)
{
    auto a = std::make_shared<PredictArgs>();
    CLI::App* cmd = app.add_subcommand("predict-ratings", "Predict ratings (EVENT_VALUE) for user-item pairs");
    cmd->add_option("--interactions", a->interactions, "Ratings: USER_ID,ITEM_ID,TIMESTAMP,EVENT_VALUE (fit --recipe on them now)");
    cmd->add_option("--project", a->project, "Project file, with --recommender");
    cmd->add_option("--recommender", a->recommender,
                    "A rating model trained into --project (train --recipe svdpp ...): predict with it, without refitting");
    cmd->add_option("--pairs", a->pairs, "CSV with USER_ID,ITEM_ID (further columns ignored)")->required();
    cmd->add_option("--recipe", a->recipe, recipeHelp())->capture_default_str();
    cmd->add_option("--param", a->parameters, "Recipe hyper-parameter name=value (repeatable; see --recipe)");
    cmd->add_option("--seed", a->seed, "Random seed")->capture_default_str();
    cmd->add_option("--threads", a->threads, "Worker threads (0: all cores)")->check(CLI::Range(0, 4096))->capture_default_str();
    cmd->add_option("--metrics", a->metrics, "Also write RMSE and MAE on a random tenth of the ratings held out (JSON)");
    cmd->add_option("--out", a->out, "Output file (.csv or .xlsx): user_id,item_id,prediction")->required();
    addInputOptions(cmd, a->input, false);
    return {cmd, [a] { return runPredict(*a); }};
}

} // namespace almanac::cli
