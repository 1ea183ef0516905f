#include "deep/DeepArDeclaration.h"

namespace almanac::deep {

std::vector<std::string> deepArLikelihoodNames() { return {"student-T", "negative-binomial", "gaussian"}; }

std::string DeepArDeclaration::description() const
{
    return "DeepAR+: one autoregressive LSTM for all series (global), with related series and categories; sampled paths.";
}

RecipeTraits DeepArDeclaration::traits() const
{
    RecipeTraits t;
    t.global = true;
    t.cost = RecipeCost::Expensive;
    t.usesRelatedSeries = true;
    t.coldStartItems = true;
    return t;
}

std::vector<ParameterSpec> DeepArDeclaration::parameters() const
{
    return {ParameterSpec::integer("context_length", 1, 10000, "0", "periods of history the network is unrolled over; 0: the horizon"),
            ParameterSpec::integer("num_layers", 1, 8, "2"),
            ParameterSpec::integer("num_cells", 1, 512, "40"),
            ParameterSpec::number("learning_rate", 1e-6, 1.0, "0.001"),
            ParameterSpec::integer("epochs", 1, 10000, "100"),
            ParameterSpec::number("dropout", 0.0, 0.9, "0.1"),
            ParameterSpec::integer("batch_size", 1, 4096, "32"),
            ParameterSpec::integer("num_batches_per_epoch", 1, 100000, "50"),
            ParameterSpec::integer("early_stopping_patience", 1, 10000, "10"),
            ParameterSpec::choice("holidays", {"US", "UK", "DE", "FR", "JP", "us", "uk", "de", "fr", "jp"}, "",
                                  "a built-in calendar: whether each period holds a holiday or a day next to one"),
            ParameterSpec::integer("num_samples", 10, 100000, "100"),
            ParameterSpec::choice("likelihood", deepArLikelihoodNames(), "student-T"),
            ParameterSpec::choice("scaling", {"auto", "mean", "std"}, "auto",
                                  "mean: divide by the mean (DeepAR's); std: centre and divide by the deviation; auto: std, mean for counts")};
}

} // namespace almanac::deep
