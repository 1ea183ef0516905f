// almanac-cli serve: the local private API (DESIGN §5) until interrupted. The first two lines
// on stdout say where it listens and the token every request must carry.
#include "cli/CliCommand.h"
#include "server/LocalApi.h"

#include <csignal>
#include <cstdio>
#include <thread>

namespace almanac::cli {

namespace {

struct ServeArgs {
    std::string project;
    std::string recommender;
    std::string predictor;
    int port = 0;
};

Status runServe(const ServeArgs& args)
{
    if (args.recommender.empty() && args.predictor.empty())
        return Status::usage("serve: give --recommender, --predictor or both");
    // SIGINT and SIGTERM go to one waiting thread, which stops the server: blocked here, before
    // the server's threads exist, so that they inherit the mask and never take the signal.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    server::LocalApiOptions options;
    options.projectPath = args.project;
    options.recommender = args.recommender;
    options.predictor = args.predictor;
    options.port = args.port;
    auto api = server::LocalApi::create(options);
    if (!api.isOk()) return api.status();
    std::printf("listening on 127.0.0.1:%d\ntoken: %s\n", (*api)->port(), (*api)->token().c_str());
    std::fflush(stdout);
    server::LocalApi* running = api->get();
    std::thread watcher([running, stopSignals] {
        int signal = 0;
        sigwait(&stopSignals, &signal);
        running->stop();
    });
    const Status served = running->run();
    // Stopped some other way than by a signal: wake the watcher so that it can end.
    pthread_kill(watcher.native_handle(), SIGTERM);
    watcher.join();
    return served;
}

} // namespace

CommandEntry registerServeCommand(CLI::App& app)
{
    auto a = std::make_shared<ServeArgs>();
    CLI::App* cmd = app.add_subcommand("serve", "Serve a stored recommender and/or predictor through the local private API (127.0.0.1 only, with a token)");
    cmd->add_option("--project", a->project, "Project file")->required();
    cmd->add_option("--recommender", a->recommender, "The stored recommender to serve (recommendations, ranking, related items, events)");
    cmd->add_option("--predictor", a->predictor, "A stored predictor whose forecasts POST /forecast serves (made when serving starts)");
    cmd->add_option("--port", a->port, "Port on 127.0.0.1 (default: any free one, printed)")->check(CLI::Range(1, 65535));
    return {cmd, [a] { return runServe(*a); }};
}

} // namespace almanac::cli
