// Every registered recommendation recipe as a stored model: fitted, written with its interaction
// matrix, read back, and scoring exactly as the fitted one; damaged bytes refused.
#include "project/RecommenderWorkflow.h"
#include "recommend/RecommendRecipes.h"

#include <QtTest/QtTest>

#include <cstring>

using namespace almanac;

namespace {

// Users 0-29 use items a0..a9, users 30-59 items b0..b9; c0..c4 are catalogue items nobody used.
LoadedDataset interactions()
{
    std::string csv = "USER_ID,ITEM_ID,TIMESTAMP\n";
    int t = 0;
    for (int u = 0; u < 60; ++u)
        for (int k = 0; k < 7; ++k)
            csv += std::to_string(u) + (u < 30 ? ",a" : ",b") + std::to_string((u + k) % 10) + "," + std::to_string(++t * 3600) + "\n";
    ImportOptions options;
    options.type = DatasetType::Interactions;
    auto loaded = loadDatasetFromString(csv, "i.csv", options);
    if (!loaded.isOk()) qFatal("%s", loaded.status().message().c_str());
    return std::move(*loaded);
}

LoadedDataset items()
{
    std::string csv = "ITEM_ID,GENRE\n";
    for (int k = 0; k < 10; ++k) csv += "a" + std::to_string(k) + ",Comedy\nb" + std::to_string(k) + ",Horror\n";
    for (int k = 0; k < 5; ++k) csv += "c" + std::to_string(k) + ",Comedy\n";
    ImportOptions options;
    options.type = DatasetType::Items;
    auto loaded = loadDatasetFromString(csv, "items.csv", options);
    if (!loaded.isOk()) qFatal("%s", loaded.status().message().c_str());
    return std::move(*loaded);
}

} // namespace

class TestRecommenderModels : public QObject {
    Q_OBJECT
private slots:
    void everyRecipeScoresIdenticallyAfterARoundTrip_data()
    {
        QTest::addColumn<QString>("recipe");
        for (const std::string& name : recommendRecipes().names()) QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }

    void everyRecipeScoresIdenticallyAfterARoundTrip()
    {
        QFETCH(QString, recipe);
        LoadedDataset events = interactions();
        const LoadedDataset catalogue = items();
        RecommenderTrainingInput input;
        input.interactions = &events;
        input.items = &catalogue;
        input.recipe = recipe.toStdString();
        input.evaluate = false;
        if (recipe == "fusion") input.spec.parameters = {{"first", "ease"}, {"second", "sims"}};
        auto model = trainRecommender(input);
        QVERIFY2(model.isOk(), model.status().message().c_str());
        const std::vector<uint8_t> bytes = recommenderBytes(*model);
        auto loaded = recommenderFromBytes(bytes);
        QVERIFY2(loaded.isOk(), loaded.status().message().c_str());
        QCOMPARE(loaded->data->userCount(), model->data->userCount());
        QCOMPARE(loaded->data->itemCount(), model->data->itemCount());
        std::vector<float> a, b;
        for (int64_t user = -1; user < int64_t(model->data->userCount()); ++user) {
            model->recipe->scoreItems(user, a);
            loaded->recipe->scoreItems(user, b);
            QCOMPARE(a.size(), b.size());
            QVERIFY(std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0);
        }
        // Cut anywhere, the bytes are refused, never read out of range.
        for (size_t cut = 0; cut < bytes.size(); cut += std::max<size_t>(1, bytes.size() / 61))
            QVERIFY(!recommenderFromBytes(std::vector<uint8_t>(bytes.begin(), bytes.begin() + long(cut))).isOk());
    }

    // Item-to-item models score a live history as if it had been fitted: an anonymous session
    // that saw a user's items gets that user's scores, and an event for an item the user had
    // already seen changes nothing (the user x item matrix is binary).
    void itemToItemModelsScoreLiveHistoriesAsFitted_data()
    {
        QTest::addColumn<QString>("recipe");
        QTest::newRow("ease") << QStringLiteral("ease");
        QTest::newRow("sims") << QStringLiteral("sims");
    }

    void itemToItemModelsScoreLiveHistoriesAsFitted()
    {
        QFETCH(QString, recipe);
        LoadedDataset events = interactions();
        RecommenderTrainingInput input;
        input.interactions = &events;
        input.recipe = recipe.toStdString();
        input.evaluate = false;
        auto model = trainRecommender(input);
        QVERIFY2(model.isOk(), model.status().message().c_str());
        QVERIFY(model->recipe->traits().updatesFromEvents);
        const InteractionData& data = *model->data;
        for (const char* id : {"0", "45"}) {
            const int64_t user = data.findUser(id);
            QVERIFY(user >= 0);
            const auto row = data.itemsOf(uint32_t(user));
            const std::vector<uint32_t> seen(row.items, row.items + row.size);
            std::vector<float> fitted, session, again;
            model->recipe->scoreItems(user, fitted);
            model->recipe->scoreHistory(-1, seen, session);
            QCOMPARE(session, fitted);
            model->recipe->scoreHistory(user, {seen.front(), seen.back()}, again);
            QCOMPARE(again, fitted);
        }
        // A session that saw only b items ranks b items above every a item.
        std::vector<float> scores;
        model->recipe->scoreHistory(-1, {uint32_t(data.findItem("b1")), uint32_t(data.findItem("b2"))}, scores);
        float bestA = -1e30f, worstB = 1e30f;
        for (uint32_t i = 0; i < data.itemCount(); ++i) {
            const std::string id = data.itemId(i);
            if (id == "b1" || id == "b2") continue;
            if (id[0] == 'a') bestA = std::max(bestA, scores[i]);
            else worstB = std::min(worstB, scores[i]);
        }
        QVERIFY2(worstB > bestA, (std::to_string(worstB) + " vs " + std::to_string(bestA)).c_str());
    }
};

QTEST_GUILESS_MAIN(TestRecommenderModels)
#include "tst_recommendermodels.moc"
