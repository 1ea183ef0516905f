// almanac-cli rank: Personalized-Ranking, each user's candidate items re-ordered for that user.
#include "cli/CliCommand.h"
#include "project/RecommenderWorkflow.h"
#include "cli/InteractionInput.h"
#include "cli/TerminalProgress.h"
#include "recommend/PersonalizedRanking.h"
#include "recommend/RecommendRecipes.h"
#include "util/TabularWriter.h"

#include <algorithm>
#include <map>

namespace almanac::cli {

namespace {

struct RankArgs {
    std::string interactions, candidates, recipe = "ease", out, project, recommender;
    std::vector<std::string> parameters;
    InputOptions input;
};

Status runRank(const RankArgs& args)
{
    ALMANAC_RETURN_IF_ERROR(refuseOverwritingInputs({args.interactions, args.candidates, args.project}, {args.out}));
    // The scorer: a recommender stored in --project (no refit), or the recipe fitted now.
    std::unique_ptr<RecommendRecipe> recipe;
    std::shared_ptr<const InteractionData> data;
    if (!args.recommender.empty()) {
        auto stored = openStoredRecommender(args.project, args.recommender, args.interactions);
        if (!stored.isOk()) return stored.status();
        recipe = std::move(stored->recommender.model.recipe);
        data = stored->recommender.model.data;
    } else {
        if (args.interactions.empty()) return Status::invalidInput("give --interactions FILE, or --project FILE with --recommender NAME");
        recipe = recommendRecipes().create(args.recipe);
        if (!recipe)
            return Status::invalidInput("--recipe: unknown recipe '" + args.recipe + "' (known: " + recommendRecipes().joinedNames() + ")");
        auto parameters = parseFieldMap(args.parameters);
        if (!parameters.isOk()) return Status::invalidInput("--param expects name=value");
        ALMANAC_RETURN_IF_ERROR(validateParameters(recipe->name(), recipe->parameters(), *parameters));
        auto loadedData = loadInteractionData(args.interactions, args.input);
        if (!loadedData.isOk()) return loadedData.status();
        data = std::make_shared<const InteractionData>(std::move(*loadedData));
        RecommendSpec spec;
        spec.parameters = *parameters;
        TerminalProgress progress;
        JobContext job;
        job.progress = progress.sink();
        ALMANAC_RETURN_IF_ERROR(recipe->fit(*data, spec, job));
    }

    // Candidates: USER_ID,ITEM_ID rows, read with the users schema (ITEM_ID a column of it).
    ImportOptions options;
    options.type = DatasetType::Users;
    auto candidates = loadDataset(args.candidates, options);
    if (!candidates.isOk()) return candidates.status();
    const DataColumn* user = candidates->table.columnWithRole(FieldRole::User);
    const DataColumn* item = candidates->table.column("ITEM_ID");
    if (!item) return Status::invalidInput(args.candidates + ": row 1: no ITEM_ID column");
    std::vector<std::string> userOrder;
    std::map<std::string, std::vector<std::string>> itemsOfUser;
    for (size_t r = 0; r < candidates->table.rowCount; ++r) {
        auto [it, inserted] = itemsOfUser.try_emplace(user->text(r));
        if (inserted) userOrder.push_back(user->text(r));
        it->second.push_back(item->text(r));
    }

    auto writer = openTabularWriter(args.out, "Ranking");
    if (!writer.isOk()) return writer.status();
    TabularWriter& out = **writer;
    for (const char* h : {"user_id", "rank", "item_id", "score"}) out.field(h);
    out.endRow();
    for (const std::string& id : userOrder) {
        const auto ranked = rankCandidates(*recipe, *data, id, itemsOfUser[id]);
        for (size_t r = 0; r < ranked.size(); ++r) {
            out.field(id);
            out.number(double(r + 1));
            out.field(ranked[r].itemId);
            out.number(ranked[r].score);
            out.endRow();
        }
    }
    ALMANAC_RETURN_IF_ERROR(out.close());
    note("rank: " + std::to_string(userOrder.size()) + " users, recipe " + recipe->name() + " -> " + args.out);
    return Status::ok();
}

} // namespace

CommandEntry registerRankCommand(CLI::App& app)
{
    auto a = std::make_shared<RankArgs>();
    CLI::App* cmd = app.add_subcommand("rank", "Re-rank each user's candidate items (Personalized-Ranking)");
    cmd->add_option("--interactions", a->interactions, "Interactions CSV");
    cmd->add_option("--project", a->project, "Project file, with --recommender");
    cmd->add_option("--recommender", a->recommender, "A recommender trained into --project: rank with it, without refitting");
    cmd->add_option("--candidates", a->candidates, "CSV of USER_ID,ITEM_ID rows: the items to rank for each user")->required();
    cmd->add_option("--recipe", a->recipe, "Recommendation recipe that scores the candidates")->capture_default_str();
    cmd->add_option("--param", a->parameters, "Recipe hyper-parameter name=value (repeatable)");
    cmd->add_option("--out", a->out, "Output file (.csv or .xlsx): user_id,rank,item_id,score")->required();
    addInputOptions(cmd, a->input, false);
    return {cmd, [a] { return runRank(*a); }};
}

} // namespace almanac::cli
