#pragma once
#include "recommend/RecommendRecipe.h"
#include "util/RecipeRegistry.h"

namespace almanac {

const RecipeRegistry<RecommendRecipe>& recommendRecipes();

} // namespace almanac
