#include "forecast/ForecastRecipes.h"

#include "forecast/NaiveRecipe.h"

namespace almanac {

const RecipeRegistry<ForecastRecipe>& forecastRecipes()
{
    static const RecipeRegistry<ForecastRecipe> registry({
        {"naive", [] { return std::make_unique<NaiveRecipe>(); }},
        {"snaive", [] { return std::make_unique<SeasonalNaiveRecipe>(); }},
    });
    return registry;
}

} // namespace almanac
