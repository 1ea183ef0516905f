#pragma once
// deepar: the autoregressive recurrent network of Salinas et al. (DeepAR, 2020), as the cloud
// service's DeepAR+ recipe. One LSTM for all series, conditioned on lagged targets, calendar
// features, the series' age, related series known through the horizon and embeddings of the
// series' categories; trained by maximum likelihood (Student-t, negative binomial or Gaussian)
// on windows sampled across items and time, each scaled by its item's mean; forecasts are
// quantiles of paths drawn by ancestral sampling. Built into the plugin libalmanac_deep_torch,
// which the faces load only when a deep model is fitted or used.
#include "deep/DeepArDeclaration.h"

namespace almanac::deep {

class DeepArRecipe final : public DeepArDeclaration {
public:
    Result<std::unique_ptr<GlobalModel>> fitGlobal(const SeriesSet& data, const ForecastSpec& spec,
                                                   const JobContext& job) const override;
    Status forecastFromGlobal(const GlobalModel& model, const SeriesSet& data, const ForecastSpec& spec,
                              std::vector<SeriesForecast>& out, const JobContext& job) const override;
    Result<std::unique_ptr<GlobalModel>> readGlobalModel(ByteReader& in) const override;
};

} // namespace almanac::deep
