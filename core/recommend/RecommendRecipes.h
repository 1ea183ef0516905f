#pragma once
#include "recommend/RecommendRecipe.h"
#include "util/RecipeRegistry.h"

namespace almanac {

const RecipeRegistry<RecommendRecipe>& recommendRecipes();
// For recipes registered at start-up from outside the engine (the LibTorch ones), before any
// worker thread reads the registry.
void registerRecommendRecipe(std::string name, RecipeRegistry<RecommendRecipe>::Factory factory);

} // namespace almanac
