#include "server/ApiRequests.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <functional>

namespace almanac::server {

using nlohmann::json;

namespace {

// The latest second a date can have (9999-12-31T23:59:59), as everywhere else.
constexpr double kLastSecond = 253402300799.0;

// A field of the request: absent gives fallback; present with another type is the caller's
// error, kept (the first one) in error.
struct Fields {
    const json& body;
    std::string error;

    void fail(std::string message)
    {
        if (error.empty()) error = std::move(message);
    }
    std::string text(const char* name, bool required = false)
    {
        auto it = body.find(name);
        if (it == body.end() || it->is_null()) {
            if (required) fail(std::string(name) + " is required");
            return {};
        }
        if (!it->is_string()) {
            fail(std::string(name) + " must be a string");
            return {};
        }
        return it->get<std::string>();
    }
    // An object of strings (filterValues, dimensions); absent gives an empty map.
    std::map<std::string, std::string> strings(const char* name)
    {
        std::map<std::string, std::string> out;
        auto it = body.find(name);
        if (it == body.end() || it->is_null()) return out;
        if (!it->is_object()) {
            fail(std::string(name) + " must be an object of strings");
            return out;
        }
        for (const auto& [key, value] : it->items()) {
            if (!value.is_string()) {
                fail(std::string(name) + "." + key + " must be a string");
                break;
            }
            out[key] = value.get<std::string>();
        }
        return out;
    }
    // A non-empty array of objects (eventList, items), each read by read(its fields); an error
    // in one is named "name[k]: ...".
    void objects(const char* name, const std::function<void(Fields&)>& read)
    {
        auto list = body.find(name);
        if (list == body.end() || !list->is_array() || list->empty()) {
            fail(std::string(name) + " must be a non-empty array of objects");
            return;
        }
        for (size_t k = 0; k < list->size() && error.empty(); ++k) {
            const std::string where = std::string(name) + "[" + std::to_string(k) + "]";
            if (!(*list)[k].is_object()) {
                fail(where + " is not an object");
                break;
            }
            Fields element{(*list)[k], {}};
            read(element);
            if (!element.error.empty()) fail(where + ": " + element.error);
        }
    }
    // A required integer from lowest to highest.
    int integer(const char* name, int lowest, int highest)
    {
        auto it = body.find(name);
        if (it == body.end() || !it->is_number_integer() || it->get<int64_t>() < lowest || it->get<int64_t>() > highest) {
            fail(std::string(name) + " must be an integer from " + std::to_string(lowest) + " to " + std::to_string(highest));
            return lowest;
        }
        return int(it->get<int64_t>());
    }
    size_t count(const char* name, size_t fallback)
    {
        auto it = body.find(name);
        if (it == body.end()) return fallback;
        if (!it->is_number_integer() || it->get<int64_t>() < 1 || it->get<int64_t>() > int64_t(kMaxResults)) {
            fail(std::string(name) + " must be an integer from 1 to " + std::to_string(kMaxResults));
            return fallback;
        }
        return size_t(it->get<int64_t>());
    }
};

// Parses the body as a JSON object and hands its fields to read; the first error wins.
template <typename Request>
Result<Request> parse(std::string_view body, const std::function<void(Fields&, Request&)>& read)
{
    const json parsed = json::parse(body.begin(), body.end(), nullptr, false);
    if (parsed.is_discarded() || !parsed.is_object()) return Status::invalidInput("the body is not a JSON object");
    Fields fields{parsed, {}};
    Request request;
    read(fields, request);
    if (!fields.error.empty()) return Status::invalidInput(fields.error);
    return request;
}

} // namespace

Result<RecommendationsRequest> parseRecommendationsRequest(std::string_view body)
{
    return parse<RecommendationsRequest>(body, [](Fields& f, RecommendationsRequest& r) {
        r.userId = f.text("userId");
        r.sessionId = f.text("sessionId");
        r.numResults = f.count("numResults", 25);
        r.filter.expression = f.text("filterExpression");
        r.filter.values = f.strings("filterValues");
        auto promotions = f.body.find("promotions");
        if (promotions == f.body.end() || promotions->is_null()) return;
        if (!promotions->is_array() || promotions->size() > 1) {
            f.fail("promotions must be an array of at most one promotion");
            return;
        }
        if (promotions->empty()) return;
        f.objects("promotions", [&](Fields& p) {
            LivePromotion promotion;
            promotion.name = p.text("name", true);
            promotion.percent = p.integer("percentPromotedItems", 1, 100);
            promotion.filter.expression = p.text("filterExpression", true);
            promotion.filter.values = p.strings("filterValues");
            if (promotion.name.empty()) p.fail("name must not be empty");
            if (promotion.filter.expression.empty()) p.fail("filterExpression must not be empty");
            r.promotion = std::move(promotion);
        });
    });
}

Result<RankingRequest> parseRankingRequest(std::string_view body)
{
    return parse<RankingRequest>(body, [](Fields& f, RankingRequest& r) {
        r.userId = f.text("userId", true);
        auto input = f.body.find("inputList");
        if (input == f.body.end() || !input->is_array()) return f.fail("inputList must be an array of item ids");
        for (const json& id : *input) {
            if (!id.is_string()) return f.fail("inputList must be an array of item ids");
            r.inputList.push_back(id.get<std::string>());
        }
    });
}

Result<RelatedItemsRequest> parseRelatedItemsRequest(std::string_view body)
{
    return parse<RelatedItemsRequest>(body, [](Fields& f, RelatedItemsRequest& r) {
        r.itemId = f.text("itemId", true);
        r.numResults = f.count("numResults", 25);
    });
}

Result<EventsRequest> parseEventsRequest(std::string_view body)
{
    return parse<EventsRequest>(body, [](Fields& f, EventsRequest& r) {
        r.userId = f.text("userId");
        r.sessionId = f.text("sessionId", true);
        f.objects("eventList", [&r](Fields& event) {
            const json& e = event.body;
            LiveEvent live;
            live.itemId = event.text("itemId", true);
            live.eventType = event.text("eventType", true);
            auto sent = e.find("sentAt");
            if (sent == e.end() || !sent->is_number() || !std::isfinite(sent->get<double>()) || sent->get<double>() < 0
                || sent->get<double>() > kLastSecond)
                event.fail("sentAt must be Unix seconds");
            else
                live.sentAt = int64_t(sent->get<double>());
            if (auto value = e.find("eventValue"); value != e.end() && !value->is_null()) {
                if (!value->is_number() || !std::isfinite(value->get<double>())) event.fail("eventValue must be a number");
                else live.value = value->get<double>();
            }
            r.events.push_back(std::move(live));
        });
    });
}

Result<ItemsRequest> parseItemsRequest(std::string_view body)
{
    return parse<ItemsRequest>(body, [](Fields& f, ItemsRequest& r) {
        f.objects("items", [&r](Fields& item) {
            LiveItem live;
            live.itemId = item.text("itemId", true);
            if (auto properties = item.body.find("properties"); properties != item.body.end() && !properties->is_null()) {
                if (!properties->is_object()) {
                    item.fail("properties must be an object");
                } else {
                    for (const auto& [name, value] : properties->items()) {
                        if (value.is_string()) live.properties[name] = value.get<std::string>();
                        else if (value.is_number() && std::isfinite(value.get<double>())) live.properties[name] = value.get<double>();
                        else item.fail("properties." + name + " must be text or a number");
                    }
                }
            }
            r.items.push_back(std::move(live));
        });
    });
}

Result<ForecastRequest> parseForecastRequest(std::string_view body)
{
    return parse<ForecastRequest>(body, [](Fields& f, ForecastRequest& r) {
        r.predictor = f.text("predictor", true);
        r.itemId = f.text("itemId", true);
        r.dimensions = f.strings("dimensions");
    });
}

} // namespace almanac::server
