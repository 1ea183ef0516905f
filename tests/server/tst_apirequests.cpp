// The local API's request bodies read without HTTP: known answers for what each endpoint
// accepts, and the message (naming the field) for what it refuses. The fuzz target fuzz_api
// runs the same parsers on arbitrary bytes.
#include "server/ApiRequests.h"

#include <QtTest/QtTest>

using namespace almanac;
using namespace almanac::server;

class TestApiRequests : public QObject {
    Q_OBJECT
private slots:
    void accepted()
    {
        auto recs = parseRecommendationsRequest(
            "{\"userId\":\"u1\",\"numResults\":10,\"filterExpression\":\"EXCLUDE ItemID WHERE Items.G IN ($G)\",\"filterValues\":{\"G\":\"\\\"x\\\"\"}}");
        QVERIFY2(recs.isOk(), recs.status().message().c_str());
        QCOMPARE(recs->userId, std::string("u1"));
        QCOMPARE(recs->numResults, size_t(10));
        QCOMPARE(recs->filter.values.at("G"), std::string("\"x\""));
        auto defaults = parseRecommendationsRequest("{\"sessionId\":\"s\"}");
        QVERIFY(defaults.isOk());
        QCOMPARE(defaults->numResults, size_t(25));
        QVERIFY(defaults->userId.empty());
        QVERIFY(!defaults->promotion);
        auto promoted = parseRecommendationsRequest(
            "{\"userId\":\"u1\",\"promotions\":[{\"name\":\"garden\",\"percentPromotedItems\":20,\"filterExpression\":\"INCLUDE ItemID WHERE Items.G IN ($G)\",\"filterValues\":{\"G\":\"\\\"x\\\"\"}}]}");
        QVERIFY2(promoted.isOk(), promoted.status().message().c_str());
        QVERIFY(promoted->promotion);
        QCOMPARE(promoted->promotion->name, std::string("garden"));
        QCOMPARE(promoted->promotion->percent, 20);
        QCOMPARE(promoted->promotion->filter.values.at("G"), std::string("\"x\""));
        QVERIFY(parseRecommendationsRequest("{\"userId\":\"u1\",\"promotions\":[]}")->promotion == std::nullopt);

        auto events = parseEventsRequest(
            "{\"sessionId\":\"s\",\"eventList\":[{\"itemId\":\"a\",\"eventType\":\"click\",\"sentAt\":1700000000.9,\"eventValue\":4},{\"itemId\":\"b\",\"eventType\":\"buy\",\"sentAt\":0}]}");
        QVERIFY2(events.isOk(), events.status().message().c_str());
        QCOMPARE(events->events.size(), size_t(2));
        QCOMPARE(events->events[0].sentAt, int64_t(1700000000));
        QCOMPARE(*events->events[0].value, 4.0);
        QVERIFY(!events->events[1].value);

        auto items = parseItemsRequest("{\"items\":[{\"itemId\":\"n\",\"properties\":{\"GENRE\":\"Comedy\",\"PRICE\":9.5}}]}");
        QVERIFY(items.isOk());
        QCOMPARE(std::get<double>(items->items[0].properties.at("PRICE")), 9.5);
        QCOMPARE(std::get<std::string>(items->items[0].properties.at("GENRE")), std::string("Comedy"));

        auto ranking = parseRankingRequest("{\"userId\":\"u\",\"inputList\":[\"a\",\"b\"]}");
        QVERIFY(ranking.isOk());
        QCOMPARE(ranking->inputList.size(), size_t(2));
        auto forecast = parseForecastRequest("{\"predictor\":\"p\",\"itemId\":\"i\",\"dimensions\":{\"store\":\"S2\"}}");
        QVERIFY(forecast.isOk());
        QCOMPARE(forecast->dimensions.at("store"), std::string("S2"));
        QCOMPARE(parseRelatedItemsRequest("{\"itemId\":\"a\",\"numResults\":500}")->numResults, size_t(500));
    }

    void refused_data()
    {
        QTest::addColumn<int>("endpoint");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("not json") << 0 << "{userId:" << "the body is not a JSON object";
        QTest::newRow("array") << 0 << "[1]" << "the body is not a JSON object";
        QTest::newRow("numResults 0") << 0 << "{\"userId\":\"u\",\"numResults\":0}" << "numResults must be an integer from 1 to 500";
        QTest::newRow("numResults 501") << 2 << "{\"itemId\":\"a\",\"numResults\":501}" << "numResults must be an integer from 1 to 500";
        QTest::newRow("numResults text") << 0 << "{\"numResults\":\"5\"}" << "numResults must be an integer";
        QTest::newRow("userId number") << 0 << "{\"userId\":5}" << "userId must be a string";
        QTest::newRow("filterValues") << 0 << "{\"filterValues\":{\"G\":1}}" << "filterValues.G must be a string";
        QTest::newRow("promotions object") << 0 << "{\"userId\":\"u\",\"promotions\":{}}" << "promotions must be an array of at most one promotion";
        QTest::newRow("promotion percent 101") << 0 << "{\"userId\":\"u\",\"promotions\":[{\"name\":\"p\",\"percentPromotedItems\":101,\"filterExpression\":\"x\"}]}"
                                          << "promotions[0]: percentPromotedItems must be an integer from 1 to 100";
        QTest::newRow("promotion empty name") << 0 << "{\"userId\":\"u\",\"promotions\":[{\"name\":\"\",\"percentPromotedItems\":10,\"filterExpression\":\"x\"}]}"
                                         << "promotions[0]: name must not be empty";
        QTest::newRow("promotion no filter") << 0 << "{\"userId\":\"u\",\"promotions\":[{\"name\":\"p\",\"percentPromotedItems\":10}]}"
                                        << "promotions[0]: filterExpression is required";
        QTest::newRow("ranking no user") << 1 << "{\"inputList\":[\"a\"]}" << "userId is required";
        QTest::newRow("ranking list") << 1 << "{\"userId\":\"u\",\"inputList\":[\"a\",2]}" << "inputList must be an array of item ids";
        QTest::newRow("related no item") << 2 << "{}" << "itemId is required";
        QTest::newRow("events empty") << 3 << "{\"sessionId\":\"s\",\"eventList\":[]}" << "eventList must be a non-empty array of objects";
        QTest::newRow("events no session") << 3 << "{\"eventList\":[{\"itemId\":\"a\",\"eventType\":\"c\",\"sentAt\":1}]}" << "sessionId is required";
        QTest::newRow("event sentAt") << 3 << "{\"sessionId\":\"s\",\"eventList\":[{\"itemId\":\"a\",\"eventType\":\"c\",\"sentAt\":1},{\"itemId\":\"a\",\"eventType\":\"c\",\"sentAt\":-1}]}"
                                  << "eventList[1]: sentAt must be Unix seconds";
        QTest::newRow("event after 9999") << 3 << "{\"sessionId\":\"s\",\"eventList\":[{\"itemId\":\"a\",\"eventType\":\"c\",\"sentAt\":1e12}]}"
                                     << "eventList[0]: sentAt must be Unix seconds";
        QTest::newRow("event value") << 3 << "{\"sessionId\":\"s\",\"eventList\":[{\"itemId\":\"a\",\"eventType\":\"c\",\"sentAt\":1,\"eventValue\":\"x\"}]}"
                                << "eventList[0]: eventValue must be a number";
        QTest::newRow("event not object") << 3 << "{\"sessionId\":\"s\",\"eventList\":[3]}" << "eventList[0] is not an object";
        QTest::newRow("item property") << 4 << "{\"items\":[{\"itemId\":\"n\",\"properties\":{\"A\":[1]}}]}" << "items[0]: properties.A must be text or a number";
        QTest::newRow("item no id") << 4 << "{\"items\":[{\"properties\":{}}]}" << "items[0]: itemId is required";
        QTest::newRow("forecast no predictor") << 5 << "{\"itemId\":\"i\"}" << "predictor is required";
        QTest::newRow("forecast dimensions") << 5 << "{\"predictor\":\"p\",\"itemId\":\"i\",\"dimensions\":[1]}" << "dimensions must be an object of strings";
    }
    void refused()
    {
        QFETCH(int, endpoint);
        QFETCH(QString, body);
        QFETCH(QString, message);
        const std::string text = body.toStdString();
        Status status;
        switch (endpoint) {
        case 0: status = parseRecommendationsRequest(text).status(); break;
        case 1: status = parseRankingRequest(text).status(); break;
        case 2: status = parseRelatedItemsRequest(text).status(); break;
        case 3: status = parseEventsRequest(text).status(); break;
        case 4: status = parseItemsRequest(text).status(); break;
        default: status = parseForecastRequest(text).status(); break;
        }
        QVERIFY(!status.isOk());
        QCOMPARE(status.code(), Status::Code::InvalidInput);
        QVERIFY2(QString::fromStdString(status.message()).startsWith(message), status.message().c_str());
    }
};

QTEST_APPLESS_MAIN(TestApiRequests)
#include "tst_apirequests.moc"
