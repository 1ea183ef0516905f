// The local API's JSON request bodies (POST /recommendations, /personalized-ranking,
// /related-items, /events, /items, /forecast): the first byte picks the endpoint, the rest is the
// body. Besides crashes and undefined behaviour, what a parser accepts must hold its promises.
#include "server/ApiRequests.h"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace almanac::server;

namespace {

void check(bool promise)
{
    if (!promise) __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) return 0;
    const std::string_view body(reinterpret_cast<const char*>(data + 1), size - 1);
    switch (data[0] % 6) {
    case 0:
        if (auto r = parseRecommendationsRequest(body); r.isOk())
            check(r->numResults >= 1 && r->numResults <= kMaxResults
                  && (!r->promotion || (r->promotion->percent >= 1 && r->promotion->percent <= 100 && !r->promotion->name.empty())));
        else check(!r.status().message().empty());
        break;
    case 1:
        // Any list of ids is a request; a refusal says why.
        if (auto r = parseRankingRequest(body); !r.isOk()) check(!r.status().message().empty());
        break;
    case 2:
        if (auto r = parseRelatedItemsRequest(body); r.isOk()) check(r->numResults >= 1 && r->numResults <= kMaxResults);
        else check(!r.status().message().empty());
        break;
    case 3:
        if (auto r = parseEventsRequest(body); r.isOk()) {
            check(!r->events.empty());
            for (const almanac::LiveEvent& e : r->events) {
                check(e.sentAt >= 0 && e.sentAt <= 253402300799LL);
                check(!e.value || std::isfinite(*e.value));
            }
        } else {
            check(!r.status().message().empty());
        }
        break;
    case 4:
        if (auto r = parseItemsRequest(body); r.isOk()) check(!r->items.empty());
        else check(!r.status().message().empty());
        break;
    default:
        if (auto r = parseForecastRequest(body); !r.isOk()) check(!r.status().message().empty());
        break;
    }
    return 0;
}
