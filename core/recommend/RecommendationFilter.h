#pragma once
// Recommendation filters in the cloud service's expression language (a documented subset):
//   EXCLUDE ItemID WHERE Items.GENRES IN ("Comedy", "Drama")
//   INCLUDE ItemID WHERE Items.PRICE < 20 AND Items.BRAND = "Acme"
//   EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("purchase")     (the user's own events)
//   INCLUDE ItemID WHERE Items.CATEGORY IN ($CATEGORIES)             ($ parameters given later)
// Operators: IN, NOT IN, =, !=, <, <=, >, >=; conditions joined by AND (binding first) and OR;
// several expressions joined by |, applied in turn. Multi-valued attributes ("a|b") match IN when
// any value does. Items without the attribute never match a condition.
#include "data/DatasetLoader.h"
#include "recommend/InteractionData.h"
#include "util/Status.h"

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

namespace almanac {

struct FilterCondition {
    enum class Source { Item, Interaction };
    Source source = Source::Item;
    std::string field;      // attribute column (items) or EVENT_TYPE (interactions)
    std::string op;         // IN, NOT IN, =, !=, <, <=, >, >=
    std::vector<std::string> values;
    size_t position = 0;    // 1-based character of the field in the expression, for messages
};

struct FilterExpression {
    bool include = false;                              // INCLUDE keeps only matches; EXCLUDE drops them
    std::vector<std::vector<FilterCondition>> anyOf;   // OR of AND-groups
};

struct RecommendationFilter {
    std::vector<FilterExpression> expressions;
};

// parameters: name (without $) -> value text such as "\"Comedy\",\"Drama\"" or "20".
Result<RecommendationFilter> parseRecommendationFilter(const std::string& text,
                                                       const std::map<std::string, std::string>& parameters = {});

// Evaluates a filter for the users of one interactions dataset: allowed(user, item).
class FilterEvaluator {
public:
    // items may be null when the filter uses no item attributes; interactions is the full
    // interactions dataset (for EVENT_TYPE conditions).
    static Result<FilterEvaluator> create(const RecommendationFilter& filter, const InteractionData& data,
                                          const LoadedDataset* items, const LoadedDataset* interactions);
    // The items a user may be recommended; the vector is indexed by item code.
    std::vector<bool> allowedItems(int64_t user) const;

private:
    struct Compiled;
    std::shared_ptr<const Compiled> m_compiled;
};

} // namespace almanac
