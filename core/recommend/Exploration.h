#pragma once
// Exploration (the cloud service's User-Personalization): a share of each list's slots goes to
// items the model knows little of — items created within the cut-off before the data's latest
// event (by the items' CREATION_TIMESTAMP) and catalogue items nobody has interacted with — so
// that they gather the events the next training needs to judge them. Relevance still orders
// what is shown: the other slots are the model's best as without exploration, and the explored
// items are those of the pool the user's history speaks for most. Offline metrics (auto's
// holdout) are measured without it, as the cloud service's are.
#include "data/DatasetLoader.h"
#include "recommend/InteractionData.h"
#include "recommend/Promotion.h"
#include "recommend/RecommendRecipe.h"

#include <map>
#include <string>
#include <vector>

namespace almanac {

struct ExplorationOptions {
    double weight = 0;              // 0..1: the share of a list's slots offered to the pool
    double itemAgeCutOffDays = 30;  // "new" is created within this many days of the latest event
};

// The options a recommender's parameters set: exploration_weight and
// exploration_item_age_cut_off where the recipe declares them (their declared defaults when not
// given), none (weight 0) where it does not.
ExplorationOptions explorationOptionsFor(const RecommendRecipe& recipe, const std::map<std::string, std::string>& parameters);

// Parameters that shape the lists, not the model: a stored recommender serves with other values
// of them without retraining (exploration_weight, exploration_item_age_cut_off).
bool isServingParameter(const std::string& name);

// The parameters a stored recommender serves with: those it was trained with, the serving ones
// among `given` replacing theirs. Any other given parameter is refused (a model setting needs
// retraining), as is one the recipe does not declare or a value out of its range.
Result<std::map<std::string, std::string>> servingParameters(const RecommendRecipe& recipe,
                                                             const std::map<std::string, std::string>& trained,
                                                             const std::map<std::string, std::string>& given);

// The slots of an n-item list exploration takes: round(weight x n). With weight 0.3: 3 of 10,
// 8 of 25 (when the pool has that many items the user may be shown).
size_t explorationSlots(double weight, size_t n);

class ExplorationPool {
public:
    ExplorationPool() = default;
    // The pool of a catalogue: its new items (creation within the cut-off before the data's latest
    // event, where the items carry a CREATION_TIMESTAMP) and its items without interactions; each
    // catalogue item's metadata tokens, for the affinity below.
    static ExplorationPool build(const InteractionData& data, const LoadedDataset* items, double itemAgeCutOffDays);

    bool contains(uint32_t item) const { return item < m_inPool.size() && m_inPool[item]; }
    size_t size() const { return m_size; }
    // How much a history speaks for an item: the share of the history's items that carry each
    // of its metadata tokens, summed (0 without metadata).
    std::vector<float> affinity(const std::vector<uint32_t>& history) const;

private:
    std::vector<bool> m_inPool;
    size_t m_size = 0;
    std::vector<std::vector<uint32_t>> m_tokens; // per item, sorted
    size_t m_tokenCount = 0;
};

// An n-item list with exploration: scores are the model's over the catalogue, -infinity for
// items the user may not be shown (seen, filtered out). The model's best n - k items keep their
// order; k = explorationSlots(weight, n) of the pool's items not among them (fewer where the pool
// has fewer), best first by the history's affinity, then by score, are placed at evenly spaced
// positions (every n/k-th slot, the first after the model's best). Each keeps its model score.
std::vector<ScoredItem> exploreTopN(const std::vector<float>& scores, size_t n, double weight, const ExplorationPool& pool,
                                    const std::vector<uint32_t>& history);

// What a list is built with: the weight and the pool (none: relevance alone).
struct Exploration {
    double weight = 0;
    const ExplorationPool* pool = nullptr;
    bool active() const { return weight > 0 && pool && pool->size() > 0; }
};

// The list a user is served from showable scores (-infinity: not to be shown): the model's best n,
// with exploration's slots where it is active (history: the user's items, for the affinity) and
// then a promotion's where one is given.
// promoted, when given, gets the codes of the items the promotion placed.
std::vector<ScoredItem> servedList(const std::vector<float>& showable, size_t n, const Exploration& exploration,
                                   const std::vector<uint32_t>& history, const Promotion* promotion = nullptr,
                                   std::vector<uint32_t>* promoted = nullptr);

// recommendTopN as served: with exploration and a promotion (the history: the user's fitted row).
std::vector<ScoredItem> servedTopN(const RecommendRecipe& recipe, const InteractionData& data, int64_t user, size_t n,
                                   bool keepSeen, const std::vector<bool>* allowed, const Exploration& exploration,
                                   const Promotion* promotion = nullptr);

} // namespace almanac
