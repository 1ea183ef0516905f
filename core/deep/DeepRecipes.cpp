#include "deep/DeepRecipes.h"

#include "deep/DeepArRecipe.h"
#include "deep/TorchRuntime.h"
#include "forecast/ForecastRecipes.h"

namespace almanac::deep {

void registerDeepRecipes()
{
    configureTorchRuntime();
    registerForecastRecipe("deepar", [] { return std::make_unique<DeepArRecipe>(); });
}

} // namespace almanac::deep
