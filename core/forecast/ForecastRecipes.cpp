#include "forecast/ForecastRecipes.h"

#include "forecast/ArimaRecipe.h"
#include "forecast/EtsRecipe.h"
#include "forecast/MstlRecipe.h"
#include "forecast/NaiveRecipe.h"
#include "forecast/NptsRecipe.h"
#include "forecast/ProphetRecipe.h"
#include "forecast/ThetaRecipe.h"

namespace almanac {

namespace {

RecipeRegistry<ForecastRecipe>& registry()
{
    static RecipeRegistry<ForecastRecipe> recipes({
        {"naive", [] { return std::make_unique<NaiveRecipe>(); }},
        {"snaive", [] { return std::make_unique<SeasonalNaiveRecipe>(); }},
        {"ets", [] { return std::make_unique<EtsRecipe>(); }},
        {"theta", [] { return std::make_unique<ThetaRecipe>(); }},
        {"arima", [] { return std::make_unique<ArimaRecipe>(); }},
        {"npts", [] { return std::make_unique<NptsRecipe>(); }},
        {"mstl", [] { return std::make_unique<MstlRecipe>(); }},
        {"prophet", [] { return std::make_unique<ProphetRecipe>(); }},
    });
    return recipes;
}

} // namespace

const RecipeRegistry<ForecastRecipe>& forecastRecipes()
{
    return registry();
}

void registerForecastRecipe(std::string name, RecipeRegistry<ForecastRecipe>::Factory factory)
{
    registry().add(std::move(name), std::move(factory));
}

} // namespace almanac
