#include "server/LocalApi.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <cmath>
#include <functional>
#include <cstdio>
#include <random>

namespace almanac::server {

using nlohmann::json;

namespace {

// Requests larger than this are refused before parsing (a client's mistake, not a workload).
constexpr size_t kMaxBody = 4 * 1024 * 1024;
constexpr size_t kMaxResults = 500;
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

// A field of the request: absent gives fallback; present with another type is the caller's error.
struct Fields {
    const json& body;
    std::string error;

    std::string text(const char* name, bool required = false)
    {
        auto it = body.find(name);
        if (it == body.end() || it->is_null()) {
            if (required && error.empty()) error = std::string(name) + " is required";
            return {};
        }
        if (!it->is_string()) {
            if (error.empty()) error = std::string(name) + " must be a string";
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
            if (error.empty()) error = std::string(name) + " must be an object of strings";
            return out;
        }
        for (const auto& [key, value] : it->items()) {
            if (!value.is_string()) {
                if (error.empty()) error = std::string(name) + "." + key + " must be a string";
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
            if (error.empty()) error = std::string(name) + " must be a non-empty array of objects";
            return;
        }
        for (size_t k = 0; k < list->size() && error.empty(); ++k) {
            const std::string where = std::string(name) + "[" + std::to_string(k) + "]";
            if (!(*list)[k].is_object()) {
                error = where + " is not an object";
                break;
            }
            Fields element{(*list)[k], {}};
            read(element);
            if (!element.error.empty()) error = where + ": " + element.error;
        }
    }
    size_t count(const char* name, size_t fallback)
    {
        auto it = body.find(name);
        if (it == body.end()) return fallback;
        if (!it->is_number_integer() || it->get<int64_t>() < 1 || it->get<int64_t>() > int64_t(kMaxResults)) {
            if (error.empty()) error = std::string(name) + " must be an integer from 1 to " + std::to_string(kMaxResults);
            return fallback;
        }
        return size_t(it->get<int64_t>());
    }
};

json itemList(const std::vector<LiveScore>& scores)
{
    json list = json::array();
    for (const LiveScore& s : scores) list.push_back({{"itemId", s.itemId}, {"score", s.score}});
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
        auto live = LiveRecommender::open(options.projectPath, options.recommender);
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

    // Each endpoint: parse the body as a JSON object, then the handler's fields.
    auto endpoint = [&http](const char* path, std::function<void(Fields&, httplib::Response&)> handler) {
        http.Post(path, [handler](const httplib::Request& req, httplib::Response& res) {
            const json body = json::parse(req.body, nullptr, false);
            if (body.is_discarded() || !body.is_object()) return fail(res, 400, "the body is not a JSON object");
            Fields fields{body, {}};
            handler(fields, res);
        });
    };

    endpoint("/recommendations", [s](Fields& f, httplib::Response& res) {
        const std::string user = f.text("userId"), session = f.text("sessionId");
        const size_t n = f.count("numResults", 25);
        LiveFilter filter;
        filter.expression = f.text("filterExpression");
        filter.values = f.strings("filterValues");
        if (!f.error.empty()) return fail(res, 400, f.error);
        if (!s->live) return fail(res, 404, kNoRecommender);
        auto list = s->live->recommend(user, session, n, &filter);
        if (!list.isOk()) return fail(res, statusFor(list.status()), list.status().message());
        reply(res, 200, json{{"itemList", itemList(*list)}});
    });

    endpoint("/personalized-ranking", [s](Fields& f, httplib::Response& res) {
        const std::string user = f.text("userId", true);
        std::vector<std::string> items;
        auto input = f.body.find("inputList");
        if (input == f.body.end() || !input->is_array()) {
            if (f.error.empty()) f.error = "inputList must be an array of item ids";
        } else {
            for (const json& id : *input) {
                if (!id.is_string()) {
                    if (f.error.empty()) f.error = "inputList must be an array of item ids";
                    break;
                }
                items.push_back(id.get<std::string>());
            }
        }
        if (!f.error.empty()) return fail(res, 400, f.error);
        if (!s->live) return fail(res, 404, kNoRecommender);
        auto ranked = s->live->rank(user, items);
        if (!ranked.isOk()) return fail(res, statusFor(ranked.status()), ranked.status().message());
        reply(res, 200, json{{"personalizedRanking", itemList(*ranked)}});
    });

    endpoint("/related-items", [s](Fields& f, httplib::Response& res) {
        const std::string item = f.text("itemId", true);
        const size_t n = f.count("numResults", 25);
        if (!f.error.empty()) return fail(res, 400, f.error);
        if (!s->live) return fail(res, 404, kNoRecommender);
        auto list = s->live->related(item, n);
        if (!list.isOk()) return fail(res, statusFor(list.status()), list.status().message());
        reply(res, 200, json{{"itemList", itemList(*list)}});
    });

    endpoint("/events", [s](Fields& f, httplib::Response& res) {
        const std::string user = f.text("userId"), session = f.text("sessionId", true);
        std::vector<LiveEvent> events;
        f.objects("eventList", [&events](Fields& event) {
            const json& e = event.body;
            LiveEvent live;
            live.itemId = event.text("itemId", true);
            live.eventType = event.text("eventType", true);
            auto sent = e.find("sentAt");
            if (sent == e.end() || !sent->is_number() || !std::isfinite(sent->get<double>()) || sent->get<double>() < 0
                || sent->get<double>() > 253402300799.0)
                event.error = event.error.empty() ? "sentAt must be Unix seconds" : event.error;
            else live.sentAt = int64_t(sent->get<double>());
            if (auto value = e.find("eventValue"); value != e.end() && !value->is_null()) {
                if (!value->is_number() || !std::isfinite(value->get<double>())) event.error = "eventValue must be a number";
                else live.value = value->get<double>();
            }
            events.push_back(std::move(live));
        });
        if (!f.error.empty()) return fail(res, 400, f.error);
        if (!s->live) return fail(res, 404, kNoRecommender);
        const Status stored = s->live->putEvents(user, session, events);
        if (!stored.isOk()) return fail(res, statusFor(stored), stored.message());
        reply(res, 200, json{{"eventsStored", events.size()}});
    });

    endpoint("/items", [s](Fields& f, httplib::Response& res) {
        std::vector<LiveItem> items;
        f.objects("items", [&items](Fields& item) {
            LiveItem live;
            live.itemId = item.text("itemId", true);
            if (auto properties = item.body.find("properties"); properties != item.body.end() && !properties->is_null()) {
                if (!properties->is_object()) item.error = "properties must be an object";
                else
                    for (const auto& [name, value] : properties->items()) {
                        if (value.is_string()) live.properties[name] = value.get<std::string>();
                        else if (value.is_number()) live.properties[name] = value.get<double>();
                        else if (item.error.empty()) item.error = "properties." + name + " must be text or a number";
                    }
            }
            items.push_back(std::move(live));
        });
        if (!f.error.empty()) return fail(res, 400, f.error);
        if (!s->live) return fail(res, 404, kNoRecommender);
        const Status stored = s->live->putItems(items);
        if (!stored.isOk()) return fail(res, statusFor(stored), stored.message());
        reply(res, 200, json{{"itemsStored", items.size()}});
    });

    endpoint("/forecast", [s](Fields& f, httplib::Response& res) {
        const std::string predictor = f.text("predictor", true), item = f.text("itemId", true);
        const std::map<std::string, std::string> dimensions = f.strings("dimensions");
        if (!f.error.empty()) return fail(res, 400, f.error);
        if (!s->forecasts) return fail(res, 404, "no predictor is served (start almanac-cli serve with --predictor NAME)");
        if (predictor != s->forecasts->predictorName())
            return fail(res, 404, "predictor '" + predictor + "' is not the one served ('" + s->forecasts->predictorName() + "')");
        auto found = s->forecasts->find(item, dimensions);
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
