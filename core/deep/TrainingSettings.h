#pragma once
// What the global deep forecasters share in training: the hyper-parameters the cloud service
// names alike for each, read from a spec, and the split of every series into the periods
// trained on and the last horizon held out for early stopping.
#include "forecast/ForecastRecipe.h"

#include <cstdint>
#include <string>
#include <vector>

namespace almanac::deep {

struct TrainingSettings {
    int contextLength = 0; // 0: the recipe's own default
    int layers = 2;
    int cells = 40;
    double learningRate = 1e-3;
    int epochs = 100;
    double dropout = 0.1;
    int batchSize = 32;
    int batchesPerEpoch = 50;
    int patience = 10;
    std::string holidays; // a built-in calendar's country (US, UK, DE, FR, JP); empty: none
};

// The spec's values of context_length, num_layers, num_cells, learning_rate, epochs, dropout,
// batch_size, num_batches_per_epoch, early_stopping_patience and holidays over the defaults given; an
// error naming the recipe when one is out of range.
Result<TrainingSettings> trainingSettingsOf(const std::string& recipe, const ForecastSpec& spec, TrainingSettings defaults);

// The last horizon of each series long enough is held out for early stopping; training windows
// never see it. Series are drawn in proportion to the periods they can be trained on.
struct HeldOutHorizon {
    std::vector<int64_t> trainEnd;  // per series: one past the last period trained on
    std::vector<size_t> validation; // the series that hold out a horizon
    std::vector<double> weight;     // per series: how often a training window is drawn from it
};
// An error naming the recipe when no series has any history to learn from.
Result<HeldOutHorizon> holdOutLastHorizon(const std::string& recipe, const SeriesSet& data, int horizon);

} // namespace almanac::deep
