// The load half of bench/serve_load.sh: a second process that sends RATE requests/s to the local
// API for SECONDS, open loop (each request at its scheduled time, however late the previous one
// answered), over WORKERS kept-alive connections, each owning a slice of the users. Every other
// request is an event for one of its users, the next that user's list: an item just sent must
// never come back in it. In C++ so that the client's own overhead stays out of the latencies.
//   usage: serve_load_client PORT TOKEN WORKLOAD.json RATE SECONDS
// WORKLOAD.json: {"users": [...], "items": [...]}.
#include <httplib.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

using nlohmann::json;
using Clock = std::chrono::steady_clock;

int main(int argc, char** argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: serve_load_client PORT TOKEN WORKLOAD.json RATE SECONDS\n");
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const std::string token = argv[2];
    std::ifstream in(argv[3]);
    const json workload = json::parse(in);
    const std::vector<std::string> users = workload["users"], items = workload["items"];
    const double rate = std::atof(argv[4]), seconds = std::atof(argv[5]);
    constexpr int kWorkers = 16;
    const auto interval = std::chrono::duration<double>(kWorkers / rate);
    const auto begin = Clock::now() + std::chrono::milliseconds(200);

    std::mutex lock;
    std::vector<double> latencies, eventLatencies, listLatencies;
    std::map<std::string, int> errors;
    std::atomic<int> seenAgain{0};
    std::vector<std::thread> workers;
    for (int w = 0; w < kWorkers; ++w)
        workers.emplace_back([&, w] {
            httplib::Client client("127.0.0.1", port);
            client.set_keep_alive(true);
            client.set_tcp_nodelay(true);
            const httplib::Headers headers{{"Authorization", "Bearer " + token}};
            std::vector<std::string> mine;
            for (size_t u = size_t(w); u < users.size(); u += kWorkers) mine.push_back(users[u]);
            std::string lastItem;
            for (long k = 0;; ++k) {
                const auto due = begin + std::chrono::duration_cast<Clock::duration>(interval * double(k));
                if (std::chrono::duration<double>(due - begin).count() > seconds) return;
                std::this_thread::sleep_until(due);
                const std::string& user = mine[size_t(k / 2) % mine.size()];
                json body;
                const char* path;
                if (k % 2 == 0) {
                    lastItem = items[size_t(w * 7919 + k * 104729) % items.size()];
                    path = "/events";
                    body = {{"userId", user}, {"sessionId", "load-" + user},
                            {"eventList", {{{"itemId", lastItem}, {"eventType", "watch"}, {"sentAt", 1950000000 + k}}}}};
                } else {
                    path = "/recommendations";
                    body = {{"userId", user}, {"numResults", 25}};
                }
                const auto start = Clock::now();
                auto r = client.Post(path, headers, body.dump(), "application/json");
                const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
                std::lock_guard<std::mutex> guard(lock);
                latencies.push_back(ms);
                (k % 2 == 0 ? eventLatencies : listLatencies).push_back(ms);
                if (!r) {
                    ++errors[httplib::to_string(r.error())];
                    continue;
                }
                if (r->status != 200) {
                    ++errors[std::to_string(r->status)];
                    continue;
                }
                if (k % 2 == 1) {
                    const json answer = json::parse(r->body, nullptr, false);
                    for (const json& e : answer.value("itemList", json::array()))
                        if (e.value("itemId", std::string()) == lastItem) ++seenAgain;
                }
            }
        });
    for (std::thread& t : workers) t.join();
    for (auto* list : {&latencies, &eventLatencies, &listLatencies}) std::sort(list->begin(), list->end());
    auto at = [](const std::vector<double>& list, double p) { return list[std::min(list.size() - 1, size_t(p * double(list.size())))]; };
    int failed = 0;
    std::string kinds;
    for (const auto& [kind, n] : errors) {
        failed += n;
        kinds += " " + kind + ":" + std::to_string(n);
    }
    std::printf("| load | requests | errors | p50 ms | p99 ms | max ms | event's item in the next list |\n");
    std::printf("|---|---|---|---|---|---|---|\n");
    std::printf("| %.0f/s for %.0f s | %zu | %d%s | %.2f | %.2f | %.1f | %d times |\n", rate, seconds, latencies.size(), failed,
                kinds.c_str(), at(latencies, 0.5), at(latencies, 0.99), latencies.back(), seenAgain.load());
    std::printf("\np99: events %.2f ms, recommendations %.2f ms\n", at(eventLatencies, 0.99), at(listLatencies, 0.99));
    return failed == 0 && seenAgain.load() == 0 ? 0 : 1;
}
