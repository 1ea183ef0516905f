#include "recommend/RecommendRecipes.h"

#include "recommend/AlsRecipe.h"
#include "recommend/BprRecipe.h"
#include "recommend/EaseRecipe.h"
#include "recommend/FusionRecipe.h"
#include "recommend/HybridRecipe.h"
#include "recommend/PopularityRecipe.h"
#include "recommend/SimsRecipe.h"
#include "recommend/TrendingRecipe.h"

namespace almanac {

namespace {

RecipeRegistry<RecommendRecipe>& registry()
{
    static RecipeRegistry<RecommendRecipe> registry({
        {"popularity", [] { return std::make_unique<PopularityRecipe>(); }},
        {"trending", [] { return std::make_unique<TrendingRecipe>(); }},
        {"ease", [] { return std::make_unique<EaseRecipe>(); }},
        {"sims", [] { return std::make_unique<SimsRecipe>(); }},
        {"als", [] { return std::make_unique<AlsRecipe>(); }},
        {"bpr", [] { return std::make_unique<BprRecipe>(); }},
        {"hybrid", [] { return std::make_unique<HybridRecipe>(); }},
        {"fusion", [] { return std::make_unique<FusionRecipe>(); }},
    });
    return registry;
}

} // namespace

const RecipeRegistry<RecommendRecipe>& recommendRecipes() { return registry(); }

void registerRecommendRecipe(std::string name, RecipeRegistry<RecommendRecipe>::Factory factory)
{
    registry().add(std::move(name), std::move(factory));
}

} // namespace almanac
