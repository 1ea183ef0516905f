// The local API as a client sees it: the token, loopback only, the cloud service's field names,
// events stored in the project and reflected in the next request, bad requests answered 400
// with a message, concurrent requests all served; and `almanac-cli serve` as a process.
#include "project/PredictorWorkflow.h"
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

// Odd a items are "dark", the rest "light".
std::string catalogue()
{
    std::string csv = "ITEM_ID,GENRE\n";
    for (int k = 0; k < 10; ++k) csv += "a" + std::to_string(k) + (k % 2 ? ",dark\n" : ",light\n");
    for (int k = 0; k < 10; ++k) csv += "b" + std::to_string(k) + ",light\n";
    return csv;
}

// Daily sales of item A in stores S1 and S2 and of B in S1, 40 days from 2024-03-01, each
// series ending on its own value: 100 + the series' number.
std::string sales()
{
    std::string csv = "item_id,store,timestamp,target_value\n";
    const char* keys[3][2] = {{"A", "S1"}, {"A", "S2"}, {"B", "S1"}};
    for (int s = 0; s < 3; ++s)
        for (int d = 0; d < 40; ++d) {
            char date[16];
            std::snprintf(date, sizeof date, "2024-%02d-%02d", d < 31 ? 3 : 4, d < 31 ? d + 1 : d - 30);
            csv += std::string(keys[s][0]) + "," + keys[s][1] + "," + date + ","
                   + std::to_string(d == 39 ? 100 + s : 10 * s + d % 5) + "\n";
        }
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
        ImportOptions itemOptions;
        itemOptions.type = DatasetType::Items;
        auto items = loadDatasetFromString(catalogue(), "catalogue.csv", itemOptions);
        QVERIFY2(items.isOk(), items.status().message().c_str());
        QVERIFY((*project)->addDataset("catalogue", *items, {}).isOk());
        ImportOptions salesOptions;
        salesOptions.dimensions = {"store"};
        auto target = loadDatasetFromString(sales(), "sales.csv", salesOptions);
        QVERIFY2(target.isOk(), target.status().message().c_str());
        QVERIFY((*project)->addDataset("sales", *target, "D").isOk());
        TrainPredictorRequest predictor;
        predictor.name = "demand";
        predictor.dataset = "sales";
        predictor.recipe = "naive";
        predictor.spec.horizon = 5;
        predictor.spec.frequency = *Frequency::parse("D");
        auto fitted = trainPredictor(**project, predictor);
        QVERIFY2(fitted.isOk(), fitted.status().message().c_str());
        TrainRecommenderRequest request;
        request.name = "rec";
        request.interactionsDataset = "events";
        request.itemsDataset = "catalogue";
        request.recipe = "ease";
        request.evaluate = false;
        auto trained = trainStoredRecommender(**project, request);
        QVERIFY2(trained.isOk(), trained.status().message().c_str());
        project->reset();

        server::LocalApiOptions api;
        api.projectPath = m_project;
        api.recommender = "rec";
        api.predictor = "demand";
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
        for (const char* path : {"/recommendations", "/personalized-ranking", "/related-items", "/events", "/items", "/forecast", "/nowhere"}) {
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

    void filtersApplyTheCloudServiceExpressions()
    {
        // u2 has seen a2..a8, not a9, a0, a1; a9 and a1 are dark.
        const json body = {{"userId", "u2"}, {"numResults", 3},
                           {"filterExpression", "EXCLUDE ItemID WHERE Items.GENRE IN ($GENRES)"},
                           {"filterValues", {{"GENRES", "\"dark\""}}}};
        std::vector<std::string> list = ids(call("/recommendations", body).value("itemList", json()));
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(list.front(), std::string("a0"));
        for (const std::string& id : list) QVERIFY2(id != "a9" && id != "a1", id.c_str());
        // The same filter again comes from the compiled cache and answers the same.
        QCOMPARE(ids(call("/recommendations", body).value("itemList", json())), list);
        const json only = {{"userId", "u2"}, {"numResults", 3}, {"filterExpression", "INCLUDE ItemID WHERE Items.GENRE IN (\"dark\")"}};
        list = ids(call("/recommendations", only).value("itemList", json()));
        QCOMPARE(std::set<std::string>(list.begin(), list.end()), (std::set<std::string>{"a9", "a1"}));
    }

    // A promotion fills its share of the list from the items its filter allows, the model's best
    // of them, marked with its name; the rest keeps the order it has without it.
    void promotionsFillTheirShare()
    {
        // u2 (an a-user) has seen a2..a8; unseen: a9, a0, a1 and every b item (all light).
        const json plain = {{"userId", "u2"}, {"numResults", 10}};
        const json plainList = call("/recommendations", plain).value("itemList", json());
        json promoted = plain;
        promoted["promotions"] = json::array({{{"name", "light-b"}, {"percentPromotedItems", 30},
                                               {"filterExpression", "INCLUDE ItemID WHERE Items.GENRE IN ($G)"},
                                               {"filterValues", {{"G", "\"light\""}}}}});
        const json list = call("/recommendations", promoted).value("itemList", json());
        QCOMPARE(list.size(), size_t(10));
        std::vector<std::string> rest, marked;
        for (const json& item : list) (item.contains("promotionName") ? marked : rest).push_back(item.value("itemId", std::string()));
        QCOMPARE(marked.size(), size_t(3)); // 30% of 10
        for (const json& item : list)
            if (item.contains("promotionName")) QCOMPARE(item.value("promotionName", std::string()), std::string("light-b"));
        // The rest: the plain list's first seven, in their order.
        for (size_t k = 0; k < rest.size(); ++k) QCOMPARE(rest[k], plainList[k].value("itemId", std::string()));
        // Promoted items are light and were not among those seven.
        for (const std::string& id : marked) {
            QVERIFY2(id != "a9" && id != "a1", id.c_str());
            QVERIFY(std::find(rest.begin(), rest.end(), id) == rest.end());
        }
        // At every third slot: positions 3, 6 and 10.
        for (size_t at : {size_t(2), size_t(5), size_t(9)}) QVERIFY2(list[at].contains("promotionName"), qPrintable(QString::number(at)));
    }

    void itemsJoinTheCatalogue()
    {
        auto catalogueRows = [this] {
            auto project = ProjectFile::open(m_project);
            return project.isOk() ? (*project)->dataset("catalogue")->rows : -1;
        };
        const int64_t before = catalogueRows();
        const json put = {{"items", {{{"itemId", "n1"}, {"properties", {{"GENRE", "dark"}}}}, {{"itemId", "n2"}}}}};
        QCOMPARE(call("/items", put).value("itemsStored", 0), 2);
        QCOMPARE(catalogueRows(), before + 2);
        auto project = ProjectFile::open(m_project);
        QVERIFY(project.isOk());
        auto items = (*project)->loadDataset("catalogue");
        QVERIFY(items.isOk());
        const DataColumn* ids = items->table.columnWithRole(FieldRole::Item);
        QVERIFY(ids);
        QCOMPARE(ids->text(items->table.rowCount - 2), std::string("n1"));
        // Filters compiled afterwards read the grown catalogue, and still answer.
        const json only = {{"userId", "u2"}, {"numResults", 3}, {"filterExpression", "INCLUDE ItemID WHERE Items.GENRE IN (\"dark\")"}};
        const std::vector<std::string> list = this->ids(call("/recommendations", only).value("itemList", json()));
        QCOMPARE(std::set<std::string>(list.begin(), list.end()), (std::set<std::string>{"a9", "a1"}));
        // Put again: refused, nothing stored twice.
        auto again = post("/items", put, m_api->token());
        QVERIFY(again);
        QCOMPARE(again->status, 400);
        QCOMPARE(catalogueRows(), before + 2);
    }

    void forecastsComeFromTheServedPredictor()
    {
        // Naive: every future day's mean is the series' last value (the quantiles add the
        // spread of past changes), dated from the day after the data end.
        const json b = call("/forecast", {{"predictor", "demand"}, {"itemId", "B"}});
        const json& predictions = b["predictions"];
        for (const char* q : {"p10", "p50", "p90", "mean"}) {
            QVERIFY2(predictions.contains(q), b.dump().c_str());
            QCOMPARE(predictions[q].size(), size_t(5));
        }
        QCOMPARE(predictions["p50"][0]["timestamp"].get<std::string>(), std::string("2024-04-10"));
        QCOMPARE(predictions["p50"][4]["timestamp"].get<std::string>(), std::string("2024-04-14"));
        for (const json& point : predictions["mean"]) QCOMPARE(point["value"].get<double>(), 102.0);
        for (size_t h = 0; h < 5; ++h) {
            QVERIFY(predictions["p10"][h]["value"].get<double>() <= predictions["p50"][h]["value"].get<double>());
            QVERIFY(predictions["p50"][h]["value"].get<double>() <= predictions["p90"][h]["value"].get<double>());
        }
        // A has a series per store: the dimension picks one.
        const json a2 = call("/forecast", {{"predictor", "demand"}, {"itemId", "A"}, {"dimensions", {{"store", "S2"}}}});
        QCOMPARE(a2["predictions"]["mean"][0]["value"].get<double>(), 101.0);
        // Serving the forecast stores nothing in the project.
        auto project = ProjectFile::open(m_project);
        QVERIFY(project.isOk());
        QVERIFY((*project)->forecastNames()->empty());
    }

    void forecastRequestsAreChecked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no item") << QByteArray(R"({"predictor": "demand"})") << 400 << "itemId";
        QTest::newRow("no predictor") << QByteArray(R"({"itemId": "B"})") << 400 << "predictor";
        QTest::newRow("other predictor") << QByteArray(R"({"predictor": "other", "itemId": "B"})") << 404 << "other";
        QTest::newRow("unknown item") << QByteArray(R"({"predictor": "demand", "itemId": "Z"})") << 404 << "Z";
        QTest::newRow("two series") << QByteArray(R"({"predictor": "demand", "itemId": "A"})") << 400 << "store";
        QTest::newRow("no such store") << QByteArray(R"({"predictor": "demand", "itemId": "A", "dimensions": {"store": "S9"}})") << 404
                                       << "dimensions";
        QTest::newRow("no such dimension") << QByteArray(R"({"predictor": "demand", "itemId": "A", "dimensions": {"city": "X"}})")
                                           << 400 << "city";
        QTest::newRow("dimension a number") << QByteArray(R"({"predictor": "demand", "itemId": "A", "dimensions": {"store": 2}})")
                                            << 400 << "dimensions.store";
    }

    void forecastRequestsAreChecked()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, mentions);
        httplib::Client client("127.0.0.1", m_api->port());
        auto r = client.Post("/forecast", {{"Authorization", "Bearer " + m_api->token()}}, body.toStdString(), "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, status);
        const json answer = json::parse(r->body, nullptr, false);
        QVERIFY2(answer.is_object() && answer.value("message", std::string()).find(mentions.toStdString()) != std::string::npos,
                 r->body.c_str());
    }

    // Serving only a predictor: the forecasts, and a clear 404 for what is not served.
    void aPredictorAloneIsServed()
    {
        server::LocalApiOptions options;
        options.projectPath = m_project;
        options.predictor = "demand";
        auto created = server::LocalApi::create(options);
        QVERIFY2(created.isOk(), created.status().message().c_str());
        server::LocalApi& api = **created;
        std::thread serving([&api] { (void)api.run(); });
        httplib::Client client("127.0.0.1", api.port());
        const httplib::Headers headers{{"Authorization", "Bearer " + api.token()}};
        auto forecast = client.Post("/forecast", headers, R"({"predictor": "demand", "itemId": "B"})", "application/json");
        auto recommend = client.Post("/recommendations", headers, R"({"userId": "u0"})", "application/json");
        api.stop();
        serving.join();
        QVERIFY(forecast && recommend);
        QCOMPARE(forecast->status, 200);
        QCOMPARE(recommend->status, 404);
        QVERIFY2(recommend->body.find("--recommender") != std::string::npos, recommend->body.c_str());
        server::LocalApiOptions nothing;
        nothing.projectPath = m_project;
        QVERIFY(!server::LocalApi::create(nothing).isOk());
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
        QTest::newRow("filter values") << "/recommendations"
                                       << QByteArray(R"j({"userId": "u1", "filterExpression": "EXCLUDE ItemID WHERE Items.GENRE IN ($G)", "filterValues": {"G": 3}})j")
                                       << 400 << "filterValues.G";
        QTest::newRow("filter unknown value") << "/recommendations"
                                              << QByteArray(R"j({"userId": "u1", "filterExpression": "EXCLUDE ItemID WHERE Items.GENRE IN ($G)"})j")
                                              << 400 << "G";
        QTest::newRow("promotions not a list") << "/recommendations" << QByteArray("{\"userId\": \"u1\", \"promotions\": {}}") << 400 << "promotions";
        QTest::newRow("two promotions") << "/recommendations"
                                        << QByteArray("{\"userId\": \"u1\", \"promotions\": [{\"name\": \"a\", \"percentPromotedItems\": 10, \"filterExpression\": \"INCLUDE ItemID WHERE Items.GENRE IN (\\\"dark\\\")\"}, {\"name\": \"b\", \"percentPromotedItems\": 10, \"filterExpression\": \"INCLUDE ItemID WHERE Items.GENRE IN (\\\"dark\\\")\"}]}")
                                        << 400 << "at most one";
        QTest::newRow("promotion percent 0") << "/recommendations"
                                             << QByteArray("{\"userId\": \"u1\", \"promotions\": [{\"name\": \"a\", \"percentPromotedItems\": 0, \"filterExpression\": \"INCLUDE ItemID WHERE Items.GENRE IN (\\\"dark\\\")\"}]}")
                                             << 400 << "promotions[0]: percentPromotedItems";
        QTest::newRow("promotion unnamed") << "/recommendations"
                                           << QByteArray("{\"userId\": \"u1\", \"promotions\": [{\"percentPromotedItems\": 20, \"filterExpression\": \"INCLUDE ItemID WHERE Items.GENRE IN (\\\"dark\\\")\"}]}")
                                           << 400 << "promotions[0]: name";
        QTest::newRow("promotion bad filter") << "/recommendations"
                                              << QByteArray("{\"userId\": \"u1\", \"promotions\": [{\"name\": \"p\", \"percentPromotedItems\": 20, \"filterExpression\": \"x\"}]}")
                                              << 400 << "promotion p";
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
        QTest::newRow("no endpoint") << "/campaigns" << QByteArray("{}") << 404 << "endpoint";
        QTest::newRow("items not a list") << "/items" << QByteArray(R"({"items": {}})") << 400 << "items";
        QTest::newRow("item without id") << "/items" << QByteArray(R"({"items": [{"properties": {"GENRE": "dark"}}]})") << 400
                                         << "items[0]: itemId";
        QTest::newRow("item known") << "/items" << QByteArray(R"({"items": [{"itemId": "a1"}]})") << 400 << "already";
        QTest::newRow("item twice") << "/items" << QByteArray(R"({"items": [{"itemId": "m1"}, {"itemId": "m1"}]})") << 400
                                    << "items[1]";
        QTest::newRow("item property unknown") << "/items" << QByteArray(R"({"items": [{"itemId": "m1", "properties": {"PRICE": 3}}]})")
                                               << 400 << "PRICE";
        QTest::newRow("item property type") << "/items" << QByteArray(R"({"items": [{"itemId": "m1", "properties": {"GENRE": 3}}]})")
                                            << 400 << "GENRE must be text";
        QTest::newRow("item property list") << "/items" << QByteArray(R"({"items": [{"itemId": "m1", "properties": {"GENRE": [1]}}]})")
                                            << 400 << "properties.GENRE";
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
