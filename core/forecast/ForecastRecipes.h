#pragma once
#include "forecast/ForecastRecipe.h"
#include "util/RecipeRegistry.h"

namespace almanac {

const RecipeRegistry<ForecastRecipe>& forecastRecipes();

} // namespace almanac
