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

const RecipeRegistry<RecommendRecipe>& recommendRecipes()
{
    static const RecipeRegistry<RecommendRecipe> registry({
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

} // namespace almanac
