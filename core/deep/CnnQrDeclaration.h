#pragma once
// What cnnqr is (name, traits, hyper-parameters), without torch, as DeepArDeclaration.h is for
// deepar: the registry, auto, the CLI and the dialogs read it without loading LibTorch.
// CnnQrRecipe, in the plugin, does the work.
#include "forecast/ForecastRecipe.h"

namespace almanac::deep {

// use_related_data as the cloud recipe names it: where the related series enter the network.
std::vector<std::string> cnnQrRelatedUses();

class CnnQrDeclaration : public GlobalForecastRecipe {
public:
    std::string name() const override { return "cnnqr"; }
    std::string description() const override;
    RecipeTraits traits() const override;
    std::vector<ParameterSpec> parameters() const override;
};

} // namespace almanac::deep
