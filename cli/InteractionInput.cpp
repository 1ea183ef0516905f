#include "cli/InteractionInput.h"
#include "util/RecipeParameters.h"

namespace almanac::cli {

Result<InteractionData> loadInteractionData(const std::string& path, const InputOptions& input,
                                            const InteractionFilter& filter)
{
    auto options = toImportOptions(input, DatasetType::Interactions);
    if (!options.isOk()) return options.status();
    auto dataset = loadWithProgress(path, *options);
    if (!dataset.isOk()) return dataset.status();
    return InteractionData::fromDataset(*dataset, filter);
}

Result<std::map<std::string, double>> parseEventWeights(const std::string& text)
{
    std::map<std::string, double> weights;
    for (const std::string& pair : splitList(text)) {
        const size_t eq = pair.find('=');
        double weight = 0;
        if (eq == std::string::npos || eq == 0 || !parseFiniteNumber(pair.substr(eq + 1), weight))
            return Status::invalidInput("--event-weights expects TYPE=WEIGHT pairs, e.g. purchase=3,view=1");
        weights[pair.substr(0, eq)] = weight;
    }
    return weights;
}

Result<StoredRecommenderInput> openStoredRecommender(const std::string& project, const std::string& recommender,
                                                     const std::string& interactions)
{
    if (project.empty()) return Status::invalidInput("--recommender needs --project");
    if (!interactions.empty()) return Status::invalidInput("give either --interactions or --recommender, not both");
    auto opened = ProjectFile::open(project);
    if (!opened.isOk()) return opened.status();
    auto loaded = loadStoredRecommender(**opened, recommender);
    if (!loaded.isOk()) return loaded.status();
    return StoredRecommenderInput{std::move(*opened), std::move(*loaded)};
}

Result<std::optional<RecommendationFilter>> parseFilterOptions(const std::string& filter, const std::vector<std::string>& values)
{
    if (filter.empty()) return std::optional<RecommendationFilter>{};
    auto parsedValues = parseFieldMap(values);
    if (!parsedValues.isOk()) return Status::invalidInput("--filter-values expects NAME=VALUE");
    auto parsed = parseRecommendationFilter(filter, *parsedValues);
    if (!parsed.isOk()) return parsed.status();
    return std::optional<RecommendationFilter>(std::move(*parsed));
}

} // namespace almanac::cli
