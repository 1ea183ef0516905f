#include "forecast/ForecastRecipes.h"

#include "forecast/EtsRecipe.h"
#include "forecast/NaiveRecipe.h"
#include "forecast/ThetaRecipe.h"

namespace almanac {

const RecipeRegistry<ForecastRecipe>& forecastRecipes()
{
    static const RecipeRegistry<ForecastRecipe> registry({
        {"naive", [] { return std::make_unique<NaiveRecipe>(); }},
        {"snaive", [] { return std::make_unique<SeasonalNaiveRecipe>(); }},
        {"ets", [] { return std::make_unique<EtsRecipe>(); }},
        {"theta", [] { return std::make_unique<ThetaRecipe>(); }},
    });
    return registry;
}

} // namespace almanac
