#pragma once
#include "forecast/ForecastRecipe.h"
#include "util/RecipeRegistry.h"

namespace almanac {

const RecipeRegistry<ForecastRecipe>& forecastRecipes();

// Recipes built in other targets (the LibTorch recipes of almanac_deep, which the engine must not
// depend on) join the registry at start-up, before any worker thread reads it.
void registerForecastRecipe(std::string name, RecipeRegistry<ForecastRecipe>::Factory factory);

} // namespace almanac
