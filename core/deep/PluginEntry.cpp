// The plugin's entry points (DeepRecipeLoader.h): the recipes that do the work, by name.
#include "deep/CnnQrRecipe.h"
#include "deep/DeepArRecipe.h"
#include "deep/UserPersonalizationRecipe.h"

#include <string>

extern "C" almanac::ForecastRecipe* almanac_deep_create_recipe(const char* name)
{
    if (std::string(name) == "deepar") return new almanac::deep::DeepArRecipe();
    if (std::string(name) == "cnnqr") return new almanac::deep::CnnQrRecipe();
    return nullptr;
}

extern "C" almanac::RecommendRecipe* almanac_deep_create_recommend_recipe(const char* name)
{
    if (std::string(name) == almanac::deep::kUserPersonalization) return new almanac::deep::UserPersonalizationRecipe();
    return nullptr;
}
