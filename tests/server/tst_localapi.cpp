// The local API as a client sees it: the token, loopback only, the cloud service's field names,
// events stored in the project and reflected in the next request, bad requests answered 400
// with a message, concurrent requests all served; and `almanac-cli serve` as a process.
#include "project/RecommenderWorkflow.h"
#include "server/LocalApi.h"

#include <QtTest/QtTest>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <fstream>
#include <thread>

using namespace almanac;
using nlohmann::json;

namespace {

// Users 0-29 use items a0..a9, users 30-59 b0..b9; each has seen 7 of their group's ten.
std::string twoGroups()
{
    std::string csv = "USER_ID,ITEM_ID,TIMESTAMP\n";
    int t = 0;
    for (int u = 0; u < 60; ++u)
        for (int k = 0; k < 7; ++k)
            csv += "u" + std::to_string(u) + (u < 30 ? ",a" : ",b") + std::to_string((u + k) % 10) + ","
                   + std::to_string(1700000000 + ++t * 3600) + "\n";
    return csv;
}

// The project's stored row count for the interactions, read through a connection of its own
// (read-write: an immutable read-only one would not see what is still in the WAL).
int64_t storedRows(const std::string& path)
{
    auto project = ProjectFile::open(path);
    if (!project.isOk()) return -1;
    auto info = (*project)->dataset("events");
    return info.isOk() ? info->rows : -1;
}

bool listensOnLoopbackOnly(int port)
{
    // /proc/net/tcp: "sl local_address rem_address st ..." in hex; 0A is LISTEN.
    std::ifstream tcp("/proc/net/tcp");
    std::string line;
    char portHex[8];
    std::snprintf(portHex, sizeof portHex, "%04X", port);
    bool loopback = false, elsewhere = false;
    std::getline(tcp, line);
    while (std::getline(tcp, line)) {
        std::istringstream fields(line);
        std::string slot, local, remote, state;
        fields >> slot >> local >> remote >> state;
        if (state != "0A" || local.substr(local.find(':') + 1) != portHex) continue;
        (local.substr(0, 8) == "0100007F" ? loopback : elsewhere) = true;
    }
    std::ifstream tcp6("/proc/net/tcp6");
    std::getline(tcp6, line);
    while (std::getline(tcp6, line)) {
        std::istringstream fields(line);
        std::string slot, local, remote, state;
        fields >> slot >> local >> remote >> state;
        if (state == "0A" && local.substr(local.find(':') + 1) == portHex) elsewhere = true;
    }
    return loopback && !elsewhere;
}

} // namespace

class TestLocalApi : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::string m_project;
    std::unique_ptr<server::LocalApi> m_api;
    std::thread m_serving;

    httplib::Result post(const std::string& path, const json& body, const std::string& token)
    {
        httplib::Client client("127.0.0.1", m_api->port());
        httplib::Headers headers;
        if (!token.empty()) headers.emplace("Authorization", "Bearer " + token);
        return client.Post(path.c_str(), headers, body.dump(), "application/json");
    }
    json call(const std::string& path, const json& body, int expected = 200)
    {
        auto r = post(path, body, m_api->token());
        if (!r) {
            qWarning("%s: no answer", path.c_str());
            return json();
        }
        if (r->status != expected) qWarning("%s -> %d: %s", path.c_str(), r->status, r->body.c_str());
        return r->status == expected ? json::parse(r->body, nullptr, false) : json();
    }
    static std::vector<std::string> ids(const json& list)
    {
        std::vector<std::string> out;
        if (list.is_array())
            for (const json& e : list) out.push_back(e.value("itemId", std::string()));
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_project = m_dir.filePath(QStringLiteral("api.almanac")).toStdString();
        auto project = ProjectFile::create(m_project);
        QVERIFY2(project.isOk(), project.status().message().c_str());
        ImportOptions options;
        options.type = DatasetType::Interactions;
        auto loaded = loadDatasetFromString(twoGroups(), "events.csv", options);
        QVERIFY2(loaded.isOk(), loaded.status().message().c_str());
        QVERIFY((*project)->addDataset("events", *loaded, {}).isOk());
        TrainRecommenderRequest request;
        request.name = "rec";
        request.interactionsDataset = "events";
        request.recipe = "ease";
        request.evaluate = false;
        auto trained = trainStoredRecommender(**project, request);
        QVERIFY2(trained.isOk(), trained.status().message().c_str());
        project->reset();

        server::LocalApiOptions api;
        api.projectPath = m_project;
        api.recommender = "rec";
        auto created = server::LocalApi::create(api);
        QVERIFY2(created.isOk(), created.status().message().c_str());
        m_api = std::move(*created);
        QCOMPARE(m_api->token().size(), size_t(32));
        QVERIFY(m_api->port() > 0);
        m_serving = std::thread([this] { m_api->run(); });
    }

    void cleanupTestCase()
    {
        if (m_api) m_api->stop();
        if (m_serving.joinable()) m_serving.join();
    }

    void everyEndpointWantsTheToken_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("token");
        for (const char* path : {"/recommendations", "/personalized-ranking", "/related-items", "/events", "/nowhere"}) {
            QTest::addRow("%s without", path) << QString::fromLatin1(path) << QString();
            QTest::addRow("%s wrong", path) << QString::fromLatin1(path) << QStringLiteral("0123456789abcdef0123456789abcdef");
        }
    }

    void everyEndpointWantsTheToken()
    {
        QFETCH(QString, path);
        QFETCH(QString, token);
        const json body = {{"userId", "u1"}, {"itemId", "a1"}, {"inputList", {"a1"}},
                           {"sessionId", "s"}, {"eventList", {{{"itemId", "a1"}, {"eventType", "click"}, {"sentAt", 1}}}}};
        const int64_t before = storedRows(m_project);
        auto r = post(path.toStdString(), body, token.toStdString());
        QVERIFY(r);
        QCOMPARE(r->status, 401);
        QVERIFY(json::parse(r->body, nullptr, false).contains("message"));
        QCOMPARE(storedRows(m_project), before);
    }

    void listensOnLoopbackOnly() { QVERIFY(::listensOnLoopbackOnly(m_api->port())); }

    void recommendsUnseenItemsOfTheUsersTaste()
    {
        const json r = call("/recommendations", {{"userId", "u0"}, {"numResults", 3}});
        const std::vector<std::string> list = ids(r.value("itemList", json()));
        QCOMPARE(list.size(), size_t(3));
        // u0 has seen a0..a6: the other three of their group come first.
        QCOMPARE(std::set<std::string>(list.begin(), list.end()), (std::set<std::string>{"a7", "a8", "a9"}));
        const json ranked = call("/personalized-ranking", {{"userId", "u40"}, {"inputList", {"a1", "b3", "zz"}}});
        QCOMPARE(ids(ranked.value("personalizedRanking", json())), (std::vector<std::string>{"b3", "a1", "zz"}));
        const std::vector<std::string> related = ids(call("/related-items", {{"itemId", "b2"}, {"numResults", 5}}).value("itemList", json()));
        QCOMPARE(related.size(), size_t(5));
        for (const std::string& id : related) QVERIFY2(id[0] == 'b', id.c_str());
    }

    void eventsAreStoredAndShapeTheNextList()
    {
        const int64_t before = storedRows(m_project);
        const json events = {{"userId", "u0"}, {"sessionId", "s-u0"},
                             {"eventList", {{{"itemId", "a7"}, {"eventType", "click"}, {"sentAt", 1800000000}},
                                            {{"itemId", "a8"}, {"eventType", "click"}, {"sentAt", 1800000010}, {"eventValue", 1.5}}}}};
        QCOMPARE(call("/events", events).value("eventsStored", 0), 2);
        QCOMPARE(storedRows(m_project), before + 2);
        const std::vector<std::string> list = ids(call("/recommendations", {{"userId", "u0"}, {"numResults", 3}}).value("itemList", json()));
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(list.front(), std::string("a9"));
        for (const std::string& id : list) QVERIFY2(id != "a7" && id != "a8", id.c_str());
    }

    void anAnonymousSessionIsServedAndJoinsItsUser()
    {
        // A visitor nobody knows browses b items: the session's list follows them.
        const json browsing = {{"sessionId", "visit-1"},
                               {"eventList", {{{"itemId", "b1"}, {"eventType", "click"}, {"sentAt", 1800000100}},
                                              {{"itemId", "b2"}, {"eventType", "click"}, {"sentAt", 1800000110}}}}};
        QCOMPARE(call("/events", browsing).value("eventsStored", 0), 2);
        std::vector<std::string> list = ids(call("/recommendations", {{"sessionId", "visit-1"}, {"numResults", 4}}).value("itemList", json()));
        QCOMPARE(list.size(), size_t(4));
        for (const std::string& id : list) QVERIFY2(id[0] == 'b' && id != "b1" && id != "b2", id.c_str());
        // They sign in: the session's events become the new user's.
        const json signedIn = {{"userId", "newcomer"}, {"sessionId", "visit-1"},
                               {"eventList", {{{"itemId", "b3"}, {"eventType", "click"}, {"sentAt", 1800000120}}}}};
        QCOMPARE(call("/events", signedIn).value("eventsStored", 0), 1);
        list = ids(call("/recommendations", {{"userId", "newcomer"}, {"numResults", 4}}).value("itemList", json()));
        QCOMPARE(list.size(), size_t(4));
        for (const std::string& id : list) QVERIFY2(id[0] == 'b' && id != "b1" && id != "b2" && id != "b3", id.c_str());
    }

    void badRequestsAreRefusedWithAMessage_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("not json") << "/recommendations" << QByteArray("{userId: u1") << 400 << "JSON";
        QTest::newRow("an array") << "/recommendations" << QByteArray("[1,2]") << 400 << "JSON";
        QTest::newRow("user a number") << "/recommendations" << QByteArray(R"({"userId": 5})") << 400 << "userId";
        QTest::newRow("numResults 0") << "/recommendations" << QByteArray(R"({"userId": "u1", "numResults": 0})") << 400 << "numResults";
        QTest::newRow("numResults text") << "/recommendations" << QByteArray(R"({"userId": "u1", "numResults": "3"})") << 400 << "numResults";
        QTest::newRow("nobody") << "/recommendations" << QByteArray("{}") << 400 << "userId";
        QTest::newRow("filter") << "/recommendations" << QByteArray(R"({"userId": "u1", "filterExpression": "x"})") << 400 << "filterExpression";
        QTest::newRow("ranking no list") << "/personalized-ranking" << QByteArray(R"({"userId": "u1"})") << 400 << "inputList";
        QTest::newRow("ranking numbers") << "/personalized-ranking" << QByteArray(R"({"userId": "u1", "inputList": [1]})") << 400 << "inputList";
        QTest::newRow("related unknown") << "/related-items" << QByteArray(R"({"itemId": "nope"})") << 404 << "nope";
        QTest::newRow("related missing") << "/related-items" << QByteArray("{}") << 400 << "itemId";
        QTest::newRow("events empty") << "/events" << QByteArray(R"({"sessionId": "s", "eventList": []})") << 400 << "eventList";
        QTest::newRow("events no session") << "/events"
                                           << QByteArray(R"({"eventList": [{"itemId": "a1", "eventType": "click", "sentAt": 1}]})") << 400
                                           << "sessionId";
        QTest::newRow("event no time") << "/events" << QByteArray(R"({"sessionId": "s", "eventList": [{"itemId": "a1", "eventType": "click"}]})")
                                       << 400 << "eventList[0]: sentAt";
        QTest::newRow("event far future") << "/events"
                                          << QByteArray(R"({"sessionId": "s", "eventList": [{"itemId": "a1", "eventType": "c", "sentAt": 1e300}]})")
                                          << 400 << "sentAt";
        QTest::newRow("event value text") << "/events"
                                          << QByteArray(R"({"sessionId": "s", "eventList": [{"itemId": "a1", "eventType": "c", "sentAt": 1, "eventValue": "x"}]})")
                                          << 400 << "eventValue";
        QTest::newRow("second event bad") << "/events"
                                          << QByteArray(R"({"sessionId": "s", "eventList": [{"itemId": "a1", "eventType": "c", "sentAt": 1}, 7]})")
                                          << 400 << "eventList[1]";
        QTest::newRow("no endpoint") << "/items" << QByteArray("{}") << 404 << "endpoint";
    }

    void badRequestsAreRefusedWithAMessage()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        const int64_t before = storedRows(m_project);
        httplib::Client client("127.0.0.1", m_api->port());
        auto r = client.Post(path.toStdString().c_str(), {{"Authorization", "Bearer " + m_api->token()}}, body.toStdString(),
                             "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, status);
        const json answer = json::parse(r->body, nullptr, false);
        QVERIFY2(answer.is_object() && answer.contains("message"), r->body.c_str());
        QVERIFY2(answer["message"].get<std::string>().find(mentions.toStdString()) != std::string::npos, r->body.c_str());
        // Nothing half-stored: a refused batch leaves the project as it was.
        QCOMPARE(storedRows(m_project), before);
    }

    void concurrentRequestsAreAllServed()
    {
        const int64_t before = storedRows(m_project);
        constexpr int kThreads = 8, kEach = 40;
        std::atomic<int> ok{0}, eventsSent{0};
        std::vector<std::thread> clients;
        for (int t = 0; t < kThreads; ++t)
            clients.emplace_back([&, t] {
                httplib::Client client("127.0.0.1", m_api->port());
                const httplib::Headers headers{{"Authorization", "Bearer " + m_api->token()}};
                for (int k = 0; k < kEach; ++k) {
                    json body;
                    std::string path;
                    const std::string user = "u" + std::to_string((t * kEach + k) % 60);
                    switch (k % 4) {
                    case 0: path = "/recommendations", body = {{"userId", user}, {"numResults", 5}}; break;
                    case 1: path = "/personalized-ranking", body = {{"userId", user}, {"inputList", {"a1", "b1", "a2"}}}; break;
                    case 2: path = "/related-items", body = {{"itemId", "a" + std::to_string(k % 10)}}; break;
                    default:
                        path = "/events";
                        body = {{"userId", user}, {"sessionId", "c" + std::to_string(t)},
                                {"eventList", {{{"itemId", "b" + std::to_string(k % 10)}, {"eventType", "view"}, {"sentAt", 1800001000 + k}}}}};
                    }
                    auto r = client.Post(path.c_str(), headers, body.dump(), "application/json");
                    if (r && r->status == 200) {
                        ++ok;
                        if (path == "/events") ++eventsSent;
                    }
                }
            });
        for (std::thread& c : clients) c.join();
        QCOMPARE(ok.load(), kThreads * kEach);
        QCOMPARE(storedRows(m_project), before + eventsSent.load());
    }

#ifdef ALMANAC_CLI_PATH
    void serveCommandPrintsAddressAndTokenAndStopsCleanly()
    {
        QProcess serve;
        serve.start(QStringLiteral(ALMANAC_CLI_PATH), {QStringLiteral("serve"), QStringLiteral("--project"),
                                                       QString::fromStdString(m_project), QStringLiteral("--recommender"),
                                                       QStringLiteral("rec")});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (out.count('\n') < 2 && clock.elapsed() < 60000) {
            serve.waitForReadyRead(1000);
            out += serve.readAllStandardOutput();
        }
        const QList<QByteArray> lines = out.split('\n');
        QVERIFY2(lines.size() >= 2, out.constData());
        QVERIFY2(lines[0].startsWith("listening on 127.0.0.1:"), lines[0].constData());
        QVERIFY2(lines[1].startsWith("token: "), lines[1].constData());
        const int port = lines[0].mid(int(std::strlen("listening on 127.0.0.1:"))).toInt();
        const std::string token = lines[1].mid(7).trimmed().toStdString();
        httplib::Client client("127.0.0.1", port);
        auto r = client.Post("/recommendations", {{"Authorization", "Bearer " + token}}, R"({"userId": "u31", "numResults": 2})",
                             "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, 200);
        QCOMPARE(json::parse(r->body)["itemList"].size(), size_t(2));
        serve.terminate(); // SIGTERM: stop serving, close the project, exit 0
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
    }

    void serveCommandRefusesAnUnknownRecommender()
    {
        QProcess serve;
        serve.start(QStringLiteral(ALMANAC_CLI_PATH), {QStringLiteral("serve"), QStringLiteral("--project"),
                                                       QString::fromStdString(m_project), QStringLiteral("--recommender"),
                                                       QStringLiteral("missing")});
        QVERIFY(serve.waitForFinished(60000));
        QCOMPARE(serve.exitCode(), 1);
        QVERIFY(serve.readAllStandardError().contains("missing"));
    }
#endif
};

QTEST_GUILESS_MAIN(TestLocalApi)
#include "tst_localapi.moc"
