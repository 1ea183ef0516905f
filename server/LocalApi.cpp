#include "server/LocalApi.h"

#include "server/ApiRequests.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <functional>
#include <cstdio>
#include <random>

namespace almanac::server {

using nlohmann::json;

namespace {

// Requests larger than this are refused before parsing (a client's mistake, not a workload).
constexpr size_t kMaxBody = 4 * 1024 * 1024;
constexpr size_t kConnections = 64; // clients served at once; more wait for a free thread
constexpr const char* kNoRecommender = "no recommender is served (start almanac-cli serve with --recommender NAME)";

// Debian's httplib is a compiled library whose listen backlog is 5: a sixth client connecting at
// the same moment lost its SYN and waited a second for the retransmission. Calling listen()
// again on the listening socket raises the backlog (Linux keeps the socket, changes the queue);
// httplib does not hand out its socket, so it is found by its address.
void widenListenBacklog(int port)
{
    for (int fd = 0; fd < 4096; ++fd) {
        int listening = 0;
        socklen_t size = sizeof listening;
        if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &size) != 0 || !listening) continue;
        sockaddr_in address{};
        socklen_t length = sizeof address;
        if (getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0 || address.sin_family != AF_INET) continue;
        if (ntohs(address.sin_port) == port && address.sin_addr.s_addr == htonl(INADDR_LOOPBACK)) {
            ::listen(fd, 256);
            return;
        }
    }
}

void reply(httplib::Response& res, int status, const json& body)
{
    res.status = status;
    res.set_content(body.dump(), "application/json");
}

void fail(httplib::Response& res, int status, const std::string& message) { reply(res, status, json{{"message", message}}); }

int statusFor(const Status& s)
{
    switch (s.code()) {
    case Status::Code::NotFound: return 404;
    case Status::Code::InvalidInput:
    case Status::Code::Usage: return 400;
    default: return 500;
    }
}

json itemList(const std::vector<LiveScore>& scores)
{
    json list = json::array();
    for (const LiveScore& s : scores) {
        json item = {{"itemId", s.itemId}, {"score", s.score}};
        if (!s.promotionName.empty()) item["promotionName"] = s.promotionName;
        list.push_back(std::move(item));
    }
    return list;
}

} // namespace

std::string freshToken()
{
    std::random_device entropy;
    static const char* digits = "0123456789abcdef";
    std::string token;
    for (int i = 0; i < 32; ++i) token += digits[entropy() % 16];
    return token;
}

struct LocalApi::State {
    std::unique_ptr<LiveRecommender> live;          // null when only a predictor is served
    std::unique_ptr<ServedForecasts> forecasts;     // null when no predictor is served
    httplib::Server http;
    std::string token;
    int port = 0;
};

LocalApi::LocalApi(std::unique_ptr<State> state) : m_state(std::move(state)) {}
LocalApi::~LocalApi() { stop(); }

int LocalApi::port() const { return m_state->port; }
const std::string& LocalApi::token() const { return m_state->token; }
void LocalApi::stop() { m_state->http.stop(); }

Status LocalApi::run()
{
    if (!m_state->http.listen_after_bind()) return Status::ioError("the local API stopped serving");
    return Status::ok();
}

Result<std::unique_ptr<LocalApi>> LocalApi::create(const LocalApiOptions& options)
{
    auto state = std::make_unique<State>();
    if (options.recommender.empty() && options.predictor.empty())
        return Status::invalidInput("serve needs a recommender, a predictor or both");
    if (!options.recommender.empty()) {
        auto live = LiveRecommender::open(options.projectPath, options.recommender, options.servingParameters);
        if (!live.isOk()) return live.status();
        state->live = std::move(*live);
    }
    if (!options.predictor.empty()) {
        auto forecasts = ServedForecasts::open(options.projectPath, options.predictor);
        if (!forecasts.isOk()) return forecasts.status();
        state->forecasts = std::move(*forecasts);
    }
    state->token = options.token.empty() ? freshToken() : options.token;
    httplib::Server& http = state->http;
    // httplib gives each open connection a pool thread for as long as the client keeps it alive:
    // a pool as small as its default (8 on a desktop) would queue the ninth client's requests
    // for seconds behind idle connections.
    http.new_task_queue = [] { return new httplib::ThreadPool(kConnections); };
    http.set_keep_alive_timeout(2);
    // httplib writes a response's headers and body separately: with Nagle's algorithm the body
    // waited for the client's delayed ACK, 40 ms on every request.
    http.set_tcp_nodelay(true);
    http.set_payload_max_length(kMaxBody);
    http.set_keep_alive_max_count(1000);
    State* s = state.get();

    // Every request shows the token, or is refused before anything else is read.
    http.set_pre_routing_handler([s](const httplib::Request& req, httplib::Response& res) {
        if (req.get_header_value("Authorization") != "Bearer " + s->token) {
            fail(res, 401, "missing or wrong token: send Authorization: Bearer TOKEN, as printed when the server started");
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
        if (res.body.empty()) fail(res, res.status, res.status == 404 ? "no such endpoint" : "the request could not be served");
    });
    http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        fail(res, 500, "the request could not be served");
    });

    // Each endpoint: its body read by its parser (a 400 naming the field), then the work.
    auto endpoint = [&http](const char* path, auto parse, auto handler) {
        http.Post(path, [parse, handler](const httplib::Request& req, httplib::Response& res) {
            auto request = parse(req.body);
            if (!request.isOk()) return fail(res, 400, request.status().message());
            handler(*request, res);
        });
    };

    endpoint("/recommendations", parseRecommendationsRequest, [s](RecommendationsRequest& r, httplib::Response& res) {
        if (!s->live) return fail(res, 404, kNoRecommender);
        auto list = s->live->recommend(r.userId, r.sessionId, r.numResults, &r.filter, r.promotion ? &*r.promotion : nullptr);
        if (!list.isOk()) return fail(res, statusFor(list.status()), list.status().message());
        reply(res, 200, json{{"itemList", itemList(*list)}});
    });

    endpoint("/personalized-ranking", parseRankingRequest, [s](RankingRequest& r, httplib::Response& res) {
        if (!s->live) return fail(res, 404, kNoRecommender);
        auto ranked = s->live->rank(r.userId, r.inputList);
        if (!ranked.isOk()) return fail(res, statusFor(ranked.status()), ranked.status().message());
        reply(res, 200, json{{"personalizedRanking", itemList(*ranked)}});
    });

    endpoint("/related-items", parseRelatedItemsRequest, [s](RelatedItemsRequest& r, httplib::Response& res) {
        if (!s->live) return fail(res, 404, kNoRecommender);
        auto list = s->live->related(r.itemId, r.numResults);
        if (!list.isOk()) return fail(res, statusFor(list.status()), list.status().message());
        reply(res, 200, json{{"itemList", itemList(*list)}});
    });

    endpoint("/events", parseEventsRequest, [s](EventsRequest& r, httplib::Response& res) {
        if (!s->live) return fail(res, 404, kNoRecommender);
        const Status stored = s->live->putEvents(r.userId, r.sessionId, r.events);
        if (!stored.isOk()) return fail(res, statusFor(stored), stored.message());
        reply(res, 200, json{{"eventsStored", r.events.size()}});
    });

    endpoint("/items", parseItemsRequest, [s](ItemsRequest& r, httplib::Response& res) {
        if (!s->live) return fail(res, 404, kNoRecommender);
        const Status stored = s->live->putItems(r.items);
        if (!stored.isOk()) return fail(res, statusFor(stored), stored.message());
        reply(res, 200, json{{"itemsStored", r.items.size()}});
    });

    endpoint("/forecast", parseForecastRequest, [s](ForecastRequest& r, httplib::Response& res) {
        if (!s->forecasts) return fail(res, 404, "no predictor is served (start almanac-cli serve with --predictor NAME)");
        if (r.predictor != s->forecasts->predictorName())
            return fail(res, 404, "predictor '" + r.predictor + "' is not the one served ('" + s->forecasts->predictorName() + "')");
        auto found = s->forecasts->find(r.itemId, r.dimensions);
        if (!found.isOk()) return fail(res, statusFor(found.status()), found.status().message());
        json predictions = json::object();
        for (const auto& [name, points] : (*found)->predictions) {
            json list = json::array();
            for (const ServedPoint& p : points) list.push_back({{"timestamp", p.timestamp}, {"value", p.value}});
            predictions[name] = std::move(list);
        }
        reply(res, 200, json{{"predictions", predictions}});
    });

    // Loopback only: nothing outside this machine can reach the API.
    const int port = options.port > 0 ? (http.bind_to_port("127.0.0.1", options.port) ? options.port : -1)
                                      : http.bind_to_any_port("127.0.0.1");
    if (port <= 0)
        return Status::ioError("cannot listen on 127.0.0.1" + (options.port > 0 ? ":" + std::to_string(options.port) : std::string())
                               + " (is the port in use?)");
    state->port = port;
    widenListenBacklog(port);
    return std::unique_ptr<LocalApi>(new LocalApi(std::move(state)));
}

} // namespace almanac::server
