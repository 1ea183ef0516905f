#include "forecast/ForecastRecipes.h"

#include "forecast/EtsRecipe.h"
#include "forecast/NaiveRecipe.h"

namespace almanac {

const RecipeRegistry<ForecastRecipe>& forecastRecipes()
{
    static const RecipeRegistry<ForecastRecipe> registry({
        {"naive", [] { return std::make_unique<NaiveRecipe>(); }},
        {"snaive", [] { return std::make_unique<SeasonalNaiveRecipe>(); }},
        {"ets", [] { return std::make_unique<EtsRecipe>(); }},
    });
    return registry;
}

} // namespace almanac
