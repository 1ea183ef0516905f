#include "deep/UserPersonalizationDeclaration.h"

namespace almanac::deep {

std::string UserPersonalizationDeclaration::description() const
{
    return "User-Personalization: a sequence model over each user's time-ordered events (causal self-attention, "
           "SASRec-style, or a GRU), trained with softmax cross-entropy; new events change its lists without retraining.";
}

RecipeTraits UserPersonalizationDeclaration::traits() const
{
    RecipeTraits t;
    t.global = true;
    t.cost = RecipeCost::Expensive;
    t.updatesFromEvents = true;
    return t;
}

std::vector<ParameterSpec> UserPersonalizationDeclaration::parameters() const
{
    return {ParameterSpec::choice("architecture", {"sasrec", "gru"}, "sasrec",
                                  "sasrec: causal self-attention over the history; gru: a recurrent network (GRU4Rec-style)"),
            ParameterSpec::integer("hidden_dimension", 8, 1024, "64", "width of item embeddings and hidden states"),
            ParameterSpec::integer("bptt", 2, 2000, "100", "the longest history used: a user's most recent events"),
            ParameterSpec::integer("num_blocks", 1, 8, "2", "self-attention blocks (sasrec) or GRU layers"),
            ParameterSpec::integer("num_heads", 1, 16, "1", "attention heads (sasrec); must divide hidden_dimension"),
            ParameterSpec::integer("epochs", 1, 10000, "200", "at most; early stopping usually ends training sooner"),
            ParameterSpec::number("learning_rate", 1e-6, 1.0, "0.003"),
            ParameterSpec::number("dropout", 0.0, 0.9, "0.2"),
            ParameterSpec::integer("batch_size", 1, 8192, "64"),
            ParameterSpec::integer("early_stopping_patience", 1, 1000, "10",
                                   "epochs without a better validation NDCG@10 (each user's last event) before stopping"),
            ParameterSpec::integer("negative_samples", 0, 1000000, "0",
                                   "0: softmax over the whole catalogue up to 10,000 items, 1,000 shared sampled "
                                   "negatives above; N: N sampled negatives"),
            ParameterSpec::number("exploration_weight", 0.0, 1.0, "0.3",
                                  "the share of each list's slots given to new items and items without interactions "
                                  "(round(weight x n) of n; 0: relevance alone); applied when recommending, not in the holdout"),
            ParameterSpec::number("exploration_item_age_cut_off", 0.0, 36500.0, "30",
                                  "days before the latest event within which an item's CREATION_TIMESTAMP makes it new")};
}

std::vector<std::map<std::string, std::string>> UserPersonalizationDeclaration::searchSpace() const
{
    return {{}, {{"hidden_dimension", "128"}}, {{"dropout", "0.5"}}};
}

} // namespace almanac::deep
