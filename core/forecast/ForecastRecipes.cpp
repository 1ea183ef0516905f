#include "forecast/ForecastRecipes.h"

#include "forecast/ArimaRecipe.h"
#include "forecast/EtsRecipe.h"
#include "forecast/MstlRecipe.h"
#include "forecast/NaiveRecipe.h"
#include "forecast/NptsRecipe.h"
#include "forecast/ProphetRecipe.h"
#include "forecast/ThetaRecipe.h"

namespace almanac {

const RecipeRegistry<ForecastRecipe>& forecastRecipes()
{
    static const RecipeRegistry<ForecastRecipe> registry({
        {"naive", [] { return std::make_unique<NaiveRecipe>(); }},
        {"snaive", [] { return std::make_unique<SeasonalNaiveRecipe>(); }},
        {"ets", [] { return std::make_unique<EtsRecipe>(); }},
        {"theta", [] { return std::make_unique<ThetaRecipe>(); }},
        {"arima", [] { return std::make_unique<ArimaRecipe>(); }},
        {"npts", [] { return std::make_unique<NptsRecipe>(); }},
        {"mstl", [] { return std::make_unique<MstlRecipe>(); }},
        {"prophet", [] { return std::make_unique<ProphetRecipe>(); }},
    });
    return registry;
}

} // namespace almanac
