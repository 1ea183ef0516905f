// almanac-cli similar-items: related items for each item (SIMS), DESIGN §5.
#include "cli/CliCommand.h"
#include "cli/InteractionInput.h"
#include "project/RecommenderWorkflow.h"
#include "cli/TerminalProgress.h"
#include "recommend/RecommendationFilter.h"
#include "recommend/SimsRecipe.h"
#include "util/TabularWriter.h"

#include <optional>

namespace almanac::cli {

namespace {

struct SimilarArgs {
    std::string interactions, forItems = "all", out, items, filter, project, recommender;
    std::vector<std::string> parameters, filterValues;
    int numResults = 25;
    InputOptions input;
};

Status runSimilar(const SimilarArgs& args)
{
    ALMANAC_RETURN_IF_ERROR(refuseOverwritingInputs({args.interactions, args.items, toLower(args.forItems) == "all" ? std::string() : args.forItems},
                                                    {args.out}));
    if (args.numResults < 1 || args.numResults > 500) return Status::usage("--num-results must be between 1 and 500");
    auto parameters = parseFieldMap(args.parameters);
    if (!parameters.isOk()) return Status::invalidInput("--param expects name=value");
    // A filter on item attributes (INCLUDE/EXCLUDE ItemID WHERE Items.<field> ...) narrows the
    // related items as it narrows recommendations; it is checked before any work.
    auto parsedFilter = parseFilterOptions(args.filter, args.filterValues);
    if (!parsedFilter.isOk()) return parsedFilter.status();
    const std::optional<RecommendationFilter>& filter = *parsedFilter;
    auto options = toImportOptions(args.input, DatasetType::Interactions);
    if (!options.isOk()) return options.status();
    std::optional<LoadedDataset> catalogue;
    if (!args.items.empty()) {
        ImportOptions itemOptions = *options;
        itemOptions.type = DatasetType::Items;
        itemOptions.mapping.clear();
        auto loaded = loadWithProgress(args.items, itemOptions);
        if (!loaded.isOk()) return loaded.status();
        catalogue = std::move(*loaded);
    }
    // The related items: from a SIMS recommender stored in --project (no refit), or fitted now.
    std::optional<LoadedDataset> interactions;
    std::shared_ptr<const InteractionData> data;
    std::unique_ptr<SimsRecipe> fitted;
    const SimsRecipe* sims = nullptr;
    std::unique_ptr<RecommendRecipe> stored;
    if (!args.recommender.empty()) {
        auto opened = openStoredRecommender(args.project, args.recommender, args.interactions);
        if (!opened.isOk()) return opened.status();
        auto* project = &opened->project;
        auto* loaded = &opened->recommender;
        stored = std::move(loaded->model.recipe);
        sims = dynamic_cast<const SimsRecipe*>(stored.get());
        if (!sims)
            return Status::invalidInput("recommender '" + args.recommender + "' is " + stored->name()
                                        + "; related items come from a sims recommender (train one with --recipe sims)");
        data = loaded->model.data;
        if (filter) {
            auto read = (*project)->loadDataset(loaded->request.interactionsDataset);
            if (!read.isOk()) return read.status();
            interactions = std::move(*read);
        }
    } else {
        if (args.interactions.empty()) return Status::invalidInput("give --interactions FILE, or --project FILE with --recommender NAME");
        auto read = loadWithProgress(args.interactions, *options);
        if (!read.isOk()) return read.status();
        interactions = std::move(*read);
        auto matrix = InteractionData::fromDataset(*interactions);
        if (!matrix.isOk()) return matrix.status();
        data = std::make_shared<const InteractionData>(std::move(*matrix));
        fitted = std::make_unique<SimsRecipe>();
        ALMANAC_RETURN_IF_ERROR(validateParameters(fitted->name(), fitted->parameters(), *parameters));
        RecommendSpec spec;
        spec.parameters = *parameters;
        TerminalProgress progress;
        JobContext job;
        job.progress = progress.sink();
        ALMANAC_RETURN_IF_ERROR(fitted->fit(*data, spec, job));
        sims = fitted.get();
    }
    std::vector<bool> allowed;
    if (filter) {
        auto evaluator = FilterEvaluator::create(*filter, *data, catalogue ? &*catalogue : nullptr, &*interactions);
        if (!evaluator.isOk()) return evaluator.status();
        allowed = evaluator->allowedItems(-1); // item conditions only: there is no user here
    }
    std::vector<std::string> items;
    if (toLower(args.forItems) == "all") {
        for (uint32_t i = 0; i < data->itemCount(); ++i) items.push_back(data->itemId(i));
    } else {
        ImportOptions options;
        options.type = DatasetType::Items;
        auto list = loadDataset(args.forItems, options);
        if (!list.isOk()) return list.status();
        const DataColumn* id = list->table.columnWithRole(FieldRole::Item);
        for (size_t r = 0; r < list->table.rowCount; ++r) items.push_back(id->text(r));
    }
    auto writer = openTabularWriter(args.out, "Related items");
    if (!writer.isOk()) return writer.status();
    TabularWriter& out = **writer;
    for (const char* h : {"item_id", "rank", "related_item_id", "score"}) out.field(h);
    out.endRow();
    for (const std::string& id : items) {
        const int64_t code = data->findItem(id);
        // An item nobody interacted with gets the most popular items.
        // With a filter, the whole neighbour list is read and the first allowed ones kept.
        auto related = sims->relatedItems(code >= 0 ? uint32_t(code) : UINT32_MAX,
                                         allowed.empty() ? size_t(args.numResults) : data->itemCount());
        if (!allowed.empty()) {
            std::erase_if(related, [&](const ScoredItem& s) { return !allowed[s.item]; });
            if (related.size() > size_t(args.numResults)) related.resize(size_t(args.numResults));
        }
        for (size_t r = 0; r < related.size(); ++r) {
            out.field(id);
            out.number(double(r + 1));
            out.field(data->itemId(related[r].item));
            out.number(related[r].score);
            out.endRow();
        }
    }
    ALMANAC_RETURN_IF_ERROR(out.close());
    note("similar-items: " + std::to_string(items.size()) + " items -> " + args.out);
    return Status::ok();
}

} // namespace

CommandEntry registerSimilarItemsCommand(CLI::App& app)
{
    auto a = std::make_shared<SimilarArgs>();
    CLI::App* cmd = app.add_subcommand("similar-items", "Related items for each item, from co-occurrence (SIMS)");
    cmd->add_option("--interactions", a->interactions, "Interactions CSV");
    cmd->add_option("--project", a->project, "Project file, with --recommender");
    cmd->add_option("--recommender", a->recommender, "A sims recommender trained into --project: related items from it, without refitting");
    cmd->add_option("--for-items", a->forItems, "'all' or a CSV with an ITEM_ID column")->capture_default_str();
    cmd->add_option("--num-results", a->numResults, "Related items per item")->check(CLI::Range(1, 500))->capture_default_str();
    cmd->add_option("--param", a->parameters, "discount=0.5, min_cointeractions=2, neighbours=100, history=200");
    cmd->add_option("--items", a->items, "Items CSV (ITEM_ID + attributes), for --filter");
    cmd->add_option("--filter", a->filter, "e.g. 'EXCLUDE ItemID WHERE Items.CATEGORY IN (\"Books\")' (item conditions)");
    cmd->add_option("--filter-values", a->filterValues, "NAME=VALUE for a $NAME in --filter (repeatable)");
    cmd->add_option("--out", a->out, "Output file (.csv or .xlsx): item_id,rank,related_item_id,score")->required();
    addInputOptions(cmd, a->input, false);
    return {cmd, [a] { return runSimilar(*a); }};
}

} // namespace almanac::cli
