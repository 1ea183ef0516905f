#pragma once
// What deepar is (name, traits, hyper-parameters), without torch: the registry, auto, the CLI
// and the dialogs read this without loading LibTorch, whose start-up alone takes about a second.
// The work is done by DeepArRecipe in the plugin (DeepRecipePlugin.h).
#include "forecast/ForecastRecipe.h"

namespace almanac::deep {

class DeepArDeclaration : public GlobalForecastRecipe {
public:
    std::string name() const override { return "deepar"; }
    std::string description() const override;
    RecipeTraits traits() const override;
    std::vector<ParameterSpec> parameters() const override;
};

} // namespace almanac::deep
