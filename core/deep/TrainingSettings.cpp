#include "deep/TrainingSettings.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

namespace almanac::deep {

Result<TrainingSettings> trainingSettingsOf(const std::string& recipe, const ForecastSpec& spec, TrainingSettings s)
{
    auto integer = [&](const char* name, int fallback) { return std::atoi(spec.parameter(name, std::to_string(fallback)).c_str()); };
    auto number = [&](const char* name, double fallback) {
        double v = fallback;
        parseFiniteNumber(spec.parameter(name, std::to_string(fallback)), v);
        return v;
    };
    s.contextLength = integer("context_length", s.contextLength);
    s.layers = integer("num_layers", s.layers);
    s.cells = integer("num_cells", s.cells);
    s.learningRate = number("learning_rate", s.learningRate);
    s.epochs = integer("epochs", s.epochs);
    s.dropout = number("dropout", s.dropout);
    s.batchSize = integer("batch_size", s.batchSize);
    s.batchesPerEpoch = integer("num_batches_per_epoch", s.batchesPerEpoch);
    s.patience = integer("early_stopping_patience", s.patience);
    s.holidays = spec.parameter("holidays", s.holidays);
    std::transform(s.holidays.begin(), s.holidays.end(), s.holidays.begin(), [](unsigned char c) { return char(std::toupper(c)); });
    if (!s.holidays.empty() && s.holidays != "US" && s.holidays != "UK" && s.holidays != "DE" && s.holidays != "FR"
        && s.holidays != "JP")
        return Status::invalidInput(recipe + ": holidays is one of US, UK, DE, FR, JP");
    if (s.layers < 1 || s.cells < 1 || s.epochs < 1 || s.batchSize < 1 || s.batchesPerEpoch < 1 || !(s.learningRate > 0)
        || !(s.dropout >= 0 && s.dropout < 1))
        return Status::invalidInput(recipe + ": a hyper-parameter is out of range");
    return s;
}

Result<HeldOutHorizon> holdOutLastHorizon(const std::string& recipe, const SeriesSet& data, int horizon)
{
    HeldOutHorizon out;
    out.trainEnd.resize(data.series.size());
    out.weight.assign(data.series.size(), 0.0);
    for (size_t i = 0; i < data.series.size(); ++i) {
        const int64_t length = int64_t(data.series[i].values.size());
        const bool validates = length > int64_t(horizon) + 1;
        out.trainEnd[i] = validates ? length - horizon : length;
        if (validates) out.validation.push_back(i);
        out.weight[i] = double(std::max<int64_t>(out.trainEnd[i], 0));
    }
    if (std::all_of(out.weight.begin(), out.weight.end(), [](double w) { return w <= 0; }))
        return Status::invalidInput(recipe + ": no series has any history to learn from");
    return out;
}

} // namespace almanac::deep
