// almanac-cli serve: the local private API (DESIGN §5) until interrupted. The first two lines
// on stdout say where it listens and the token every request must carry.
#include "cli/CliCommand.h"
#include "server/LocalApi.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <thread>

namespace almanac::cli {

namespace {

int stopPipe = -1; // written by the signal handler

struct ServeArgs {
    std::string project;
    std::string recommender;
    std::string predictor;
    std::vector<std::string> parameters;
    int port = 0;
};

Status runServe(const ServeArgs& args)
{
    if (args.recommender.empty() && args.predictor.empty())
        return Status::usage("serve: give --recommender, --predictor or both");
    auto serving = parseFieldMap(args.parameters);
    if (!serving.isOk()) return Status::invalidInput("--param expects name=value");
    // SIGINT and SIGTERM wake one waiting thread through a pipe, which stops the server. A
    // handler, not a blocked mask and sigwait: threads that libraries start before main
    // (OpenBLAS's pool) would not carry the mask, and the signal would kill the process there.
    int pipeEnds[2];
    if (pipe(pipeEnds) != 0) return Status::ioError(std::string("serve: ") + std::strerror(errno));
    stopPipe = pipeEnds[1];
    struct sigaction onStop {};
    onStop.sa_handler = [](int) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = write(stopPipe, &byte, 1); // async-signal-safe
    };
    sigemptyset(&onStop.sa_mask);
    sigaction(SIGINT, &onStop, nullptr);
    sigaction(SIGTERM, &onStop, nullptr);
    server::LocalApiOptions options;
    options.projectPath = args.project;
    options.recommender = args.recommender;
    options.predictor = args.predictor;
    options.port = args.port;
    options.servingParameters = *serving;
    auto api = server::LocalApi::create(options);
    if (!api.isOk()) return api.status();
    std::printf("listening on 127.0.0.1:%d\ntoken: %s\n", (*api)->port(), (*api)->token().c_str());
    std::fflush(stdout);
    server::LocalApi* running = api->get();
    const int wake = pipeEnds[0];
    std::thread watcher([running, wake] {
        char byte = 0;
        while (read(wake, &byte, 1) < 0 && errno == EINTR) {
        }
        running->stop();
    });
    const Status served = running->run();
    // Stopped some other way than by a signal: wake the watcher so that it can end.
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = write(stopPipe, &byte, 1);
    watcher.join();
    stopPipe = -1;
    close(pipeEnds[0]);
    close(pipeEnds[1]);
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
    cmd->add_option("--param", a->parameters,
                    "The recommender's list settings other than its training's, e.g. exploration_weight=0.1 "
                    "(user-personalization: exploration_weight, exploration_item_age_cut_off)");
    cmd->add_option("--port", a->port, "Port on 127.0.0.1 (default: any free one, printed)")->check(CLI::Range(1, 65535));
    return {cmd, [a] { return runServe(*a); }};
}

} // namespace almanac::cli
