#pragma once
// The local API's request bodies, read from JSON into what core takes: the cloud service's field
// names, types and ranges checked, and an error naming the field ("eventList[2]: sentAt must be
// Unix seconds") for a 400. No HTTP here, so the fuzz target and the tests reach every parser.
#include "project/LiveRecommender.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace almanac::server {

constexpr size_t kMaxResults = 500;

struct RecommendationsRequest {
    std::string userId, sessionId;
    size_t numResults = 25;
    LiveFilter filter;
    std::optional<LivePromotion> promotion; // promotions: at most one, as the cloud service allows
};
struct RankingRequest {
    std::string userId;
    std::vector<std::string> inputList;
};
struct RelatedItemsRequest {
    std::string itemId;
    size_t numResults = 25;
};
struct EventsRequest {
    std::string userId, sessionId;
    std::vector<LiveEvent> events;
};
struct ItemsRequest {
    std::vector<LiveItem> items;
};
struct ForecastRequest {
    std::string predictor, itemId;
    std::map<std::string, std::string> dimensions;
};

// Each fails with Status::invalidInput and the message the client gets.
Result<RecommendationsRequest> parseRecommendationsRequest(std::string_view body);
Result<RankingRequest> parseRankingRequest(std::string_view body);
Result<RelatedItemsRequest> parseRelatedItemsRequest(std::string_view body);
Result<EventsRequest> parseEventsRequest(std::string_view body);
Result<ItemsRequest> parseItemsRequest(std::string_view body);
Result<ForecastRequest> parseForecastRequest(std::string_view body);

} // namespace almanac::server
