#pragma once
// deepar: the autoregressive recurrent network of Salinas et al. (DeepAR, 2020), as the cloud
// service's DeepAR+ recipe. One LSTM for all series, conditioned on lagged targets, calendar
// features, the series' age, related series known through the horizon and embeddings of the
// series' categories; trained by maximum likelihood (Student-t, negative binomial or Gaussian)
// on windows sampled across items and time, each scaled by its item's mean; forecasts are
// quantiles of paths drawn by ancestral sampling. Torch-free header: the rest of the engine
// sees only the recipe interface.
#include "forecast/ForecastRecipe.h"

namespace almanac::deep {

class DeepArRecipe final : public GlobalForecastRecipe {
public:
    std::string name() const override { return "deepar"; }
    std::string description() const override;
    RecipeTraits traits() const override;
    std::vector<ParameterSpec> parameters() const override;

    Result<std::unique_ptr<GlobalModel>> fitGlobal(const SeriesSet& data, const ForecastSpec& spec,
                                                   const JobContext& job) const override;
    Status forecastFromGlobal(const GlobalModel& model, const SeriesSet& data, const ForecastSpec& spec,
                              std::vector<SeriesForecast>& out, const JobContext& job) const override;
    Result<std::unique_ptr<GlobalModel>> readGlobalModel(ByteReader& in) const override;
};

} // namespace almanac::deep
