#pragma once
// A stored recommender serving live (the cloud service's campaign with its event tracker): read
// once from the project, it takes events as they come — a known user's, or an anonymous
// session's, later tied to a user — so that the next request reflects them without retraining,
// and appends each batch to the project's interactions dataset before acknowledging it, so that
// the next training learns from it. Safe to call from several threads at once: requests read
// under a shared lock, events write under an exclusive one, the project under its own.
#include "project/RecommenderWorkflow.h"
#include "recommend/Exploration.h"
#include "recommend/RecommendationFilter.h"
#include "recommend/SimsRecipe.h"

#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <variant>
#include <vector>

namespace almanac {

struct LiveEvent {
    std::string itemId;
    std::string eventType;
    int64_t sentAt = 0; // Unix seconds
    std::optional<double> value;
};

// The cloud service's filterExpression with its filterValues (name without $ -> value text).
struct LiveFilter {
    std::string expression;
    std::map<std::string, std::string> values;
};

// The cloud service's promotion: percentPromotedItems of the list from the items its filter allows.
struct LivePromotion {
    std::string name;
    int percent = 0; // 1..100
    LiveFilter filter;
};

// An item put to the catalogue (POST /items): its properties by the items dataset's column
// names, numbers for number and timestamp (Unix seconds) columns, text for the rest.
struct LiveItem {
    std::string itemId;
    std::map<std::string, std::variant<double, std::string>> properties;
};

struct LiveScore {
    std::string itemId;
    double score = 0;
    std::string promotionName; // the promotion that placed it, if one did
};

class LiveRecommender {
public:
    // The project stays open for writing events (a read-only one serves, and refuses events).
    // servingParameters: exploration's settings other than those it was trained with.
    static Result<std::unique_ptr<LiveRecommender>> open(const std::string& projectPath, const std::string& recommender,
                                                         const std::map<std::string, std::string>& servingParameters = {});
    LiveRecommender(const LiveRecommender&) = delete;
    LiveRecommender& operator=(const LiveRecommender&) = delete;
    ~LiveRecommender();

    // userId or sessionId must be given; with both, the session's earlier events join the user's.
    Status putEvents(const std::string& userId, const std::string& sessionId, const std::vector<LiveEvent>& events);
    // Appends new items to the recommender's items dataset (one transaction), for the next
    // training and for filters from now on. An item already in the catalogue, an unknown
    // property or a value of the wrong type refuses the whole batch.
    Status putItems(const std::vector<LiveItem>& items);
    // The n best items the user (or session) has not interacted with, best first; with a filter,
    // only those it allows (item metadata and the user's events as stored when serving began).
    // With a promotion, its share of the list from the items its filter allows (Promotion.h).
    Result<std::vector<LiveScore>> recommend(const std::string& userId, const std::string& sessionId, size_t n,
                                             const LiveFilter* filter = nullptr, const LivePromotion* promotion = nullptr) const;
    // The given items re-ordered for the user; items the model does not know rank last.
    Result<std::vector<LiveScore>> rank(const std::string& userId, const std::vector<std::string>& items) const;
    // Items bought or watched together with this one (SIMS over the recommender's interactions).
    Result<std::vector<LiveScore>> related(const std::string& itemId, size_t n) const;

    const std::string& recipeName() const { return m_recipe; }
    size_t eventsStored() const;

private:
    LiveRecommender() = default;

    struct History {
        std::vector<uint32_t> recent;         // item codes since the fit, oldest first
        std::unordered_set<uint32_t> seen;    // the same, for excluding them
    };
    // The history a request reads: by user id, or by a session (its owner's once tied).
    const History* historyFor(const std::string& userId, const std::string& sessionId) const;

    // A filter compiled once per expression and values: compiling reads every item and event.
    Result<std::shared_ptr<const FilterEvaluator>> evaluatorFor(const LiveFilter& filter) const;

    std::unique_ptr<ProjectFile> m_project;
    LoadedRecommender m_loaded;
    std::string m_recipe;
    std::string m_interactions;              // the dataset events are appended to
    std::vector<std::string> m_datasetColumns;
    SimsRecipe m_related;
    double m_explorationWeight = 0;          // the recommender's exploration_weight (0: none)
    ExplorationPool m_explorationPool;

    mutable std::shared_mutex m_mutex;       // the live histories
    std::unordered_map<std::string, History> m_users;
    std::unordered_map<std::string, History> m_sessions;
    std::unordered_map<std::string, std::string> m_sessionOwner;
    mutable std::mutex m_projectMutex;       // the project file
    size_t m_eventsStored = 0;
    // Checkpoints the project's WAL from a connection of its own, off the requests' path.
    std::unique_ptr<ProjectFile> m_checkpointer;
    std::thread m_checkpointing;
    std::mutex m_stopMutex;
    std::condition_variable m_stop;
    bool m_stopping = false;
    mutable std::mutex m_filterMutex;        // the filters and the datasets they read
    mutable std::optional<LoadedDataset> m_items, m_interactionRows;
    // Loads the datasets filters read (m_items, m_interactionRows) if not yet; m_filterMutex held.
    Status loadFilterData() const;
    mutable std::map<std::pair<std::string, std::map<std::string, std::string>>, std::shared_ptr<const FilterEvaluator>> m_filters;
};

} // namespace almanac
