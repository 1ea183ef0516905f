#include "deep/CnnQrDeclaration.h"

namespace almanac::deep {

std::vector<std::string> cnnQrRelatedUses() { return {"all", "none", "historical", "forward_looking"}; }

std::string CnnQrDeclaration::description() const
{
    return "CNN-QR: one causal dilated convolutional network for all series (global), trained on the quantile loss; "
           "related series and categories; all horizons at once.";
}

RecipeTraits CnnQrDeclaration::traits() const
{
    RecipeTraits t;
    t.global = true;
    t.cost = RecipeCost::Expensive;
    t.usesRelatedSeries = true;
    t.coldStartItems = true;
    return t;
}

std::vector<ParameterSpec> CnnQrDeclaration::parameters() const
{
    return {ParameterSpec::integer("context_length", 1, 10000, "0",
                                   "forecast origins trained per window (forking sequences); 0: four horizons"),
            ParameterSpec::integer("num_layers", 1, 8, "3", "dilated causal convolutions: kernel 7, then 3, dilations 1, 3, 9..."),
            ParameterSpec::integer("num_cells", 1, 512, "30", "channels of each convolution and width of the decoder"),
            ParameterSpec::number("learning_rate", 1e-6, 1.0, "0.001"),
            ParameterSpec::integer("epochs", 1, 10000, "100"),
            ParameterSpec::number("dropout", 0.0, 0.9, "0.1"),
            ParameterSpec::integer("batch_size", 1, 4096, "32"),
            ParameterSpec::integer("num_batches_per_epoch", 1, 100000, "50"),
            ParameterSpec::integer("early_stopping_patience", 1, 10000, "10"),
            ParameterSpec::choice("holidays", {"US", "UK", "DE", "FR", "JP", "us", "uk", "de", "fr", "jp"}, "",
                                  "a built-in calendar: whether each period holds a holiday or a day next to one"),
            ParameterSpec::choice("use_related_data", cnnQrRelatedUses(), "all",
                                  "historical: the related series' past only (the encoder); forward_looking: their "
                                  "values over the horizon only (the decoder)"),
            ParameterSpec::choice("use_item_metadata", {"all", "none"}, "all",
                                  "none: the dimension columns and the item metadata are not inputs (the item's own identity still is)"),
            ParameterSpec::choice("scaling", {"auto", "mean", "std"}, "auto",
                                  "mean: divide by the mean; std: centre and divide by the deviation; auto: std")};
}

} // namespace almanac::deep
