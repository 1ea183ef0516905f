#pragma once
// cnnqr: the cloud service's CNN-QR, after MQ-CNN (Wen et al. 2017). One causal dilated
// convolutional encoder for all series reads each window's past; a multi-horizon MLP decoder
// emits every quantile of every future period at once from the encoding and the known future
// inputs, trained directly on the quantile (pinball) loss at every origin of the window with a
// full receptive field ("forking sequences"). Each future period also reads the lagged targets
// that are already known at the origin (for hourly data: a day, two days, a week before it), as
// a local seasonal model would: a receptive field of 31 steps cannot reach them. No sampling: forecasts are the quantiles
// themselves, the mean the average of an even grid of them. Built into the plugin.
#include "deep/CnnQrDeclaration.h"

namespace almanac::deep {

class CnnQrRecipe final : public CnnQrDeclaration {
public:
    Result<std::unique_ptr<GlobalModel>> fitGlobal(const SeriesSet& data, const ForecastSpec& spec,
                                                   const JobContext& job) const override;
    Status forecastFromGlobal(const GlobalModel& model, const SeriesSet& data, const ForecastSpec& spec,
                              std::vector<SeriesForecast>& out, const JobContext& job) const override;
    Result<std::unique_ptr<GlobalModel>> readGlobalModel(ByteReader& in) const override;
};

} // namespace almanac::deep
