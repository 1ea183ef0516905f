#include "recommend/RecommendRecipes.h"

#include "recommend/EaseRecipe.h"
#include "recommend/PopularityRecipe.h"

namespace almanac {

const RecipeRegistry<RecommendRecipe>& recommendRecipes()
{
    static const RecipeRegistry<RecommendRecipe> registry({
        {"popularity", [] { return std::make_unique<PopularityRecipe>(); }},
        {"ease", [] { return std::make_unique<EaseRecipe>(); }},
    });
    return registry;
}

} // namespace almanac
