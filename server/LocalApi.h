#pragma once
// The local private API (DESIGN §5): JSON over HTTP on 127.0.0.1 only, every request carrying
// `Authorization: Bearer TOKEN`, with the cloud service's field names so that its users' client
// code ports as it is. The work is core's (LiveRecommender); this is only the face.
#include "project/LiveRecommender.h"
#include "project/ServedForecasts.h"

#include <memory>
#include <map>
#include <string>

namespace almanac::server {

struct LocalApiOptions {
    std::string projectPath;
    std::string recommender; // empty: no recommendation endpoints
    std::string predictor;   // empty: no POST /forecast
    int port = 0;       // 0: any free port
    std::string token;  // empty: a fresh random one
    // The recommender's list settings other than its training's (exploration_weight, ...).
    std::map<std::string, std::string> servingParameters;
};

class LocalApi {
public:
    // Loads the recommender and binds 127.0.0.1; requests are served once run() is called.
    static Result<std::unique_ptr<LocalApi>> create(const LocalApiOptions& options);
    ~LocalApi();
    LocalApi(const LocalApi&) = delete;
    LocalApi& operator=(const LocalApi&) = delete;

    int port() const;
    const std::string& token() const;
    // Serves until stop() (from another thread or a signal handler's thread).
    Status run();
    void stop();

private:
    struct State;
    explicit LocalApi(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// 32 random hexadecimal digits from the system's entropy source.
std::string freshToken();

} // namespace almanac::server
