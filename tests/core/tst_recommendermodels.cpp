// Every registered recommendation recipe as a stored model: fitted, written with its interaction
// matrix, read back, and scoring exactly as the fitted one; damaged bytes refused.
#include "project/RecommenderWorkflow.h"
#include "recommend/RecommendRecipes.h"

#include <QtTest/QtTest>

#include <cmath>
#include <cstring>

using namespace almanac;

namespace {

// Users 0-29 use items a0..a9, users 30-59 items b0..b9; c0..c4 are catalogue items nobody used.
// Wide: fewer users than items (EASE solves on the users' side): users 0-5 use 10 of a0..a19,
// users 6-11 10 of b0..b19.
LoadedDataset interactions(bool wide = false)
{
    std::string csv = "USER_ID,ITEM_ID,TIMESTAMP\n";
    int t = 0;
    const int users = wide ? 12 : 60, groupItems = wide ? 20 : 10, perUser = wide ? 10 : 7;
    for (int u = 0; u < users; ++u)
        for (int k = 0; k < perUser; ++k)
            csv += std::to_string(u) + (u < users / 2 ? ",a" : ",b") + std::to_string((u * 3 + k) % groupItems) + ","
                 + std::to_string(++t * 3600) + "\n";
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
        QTest::addColumn<bool>("wide");
        for (const std::string& name : recommendRecipes().names()) QTest::newRow(name.c_str()) << QString::fromStdString(name) << false;
        QTest::newRow("ease, fewer users than items") << QStringLiteral("ease") << true;
    }

    void everyRecipeScoresIdenticallyAfterARoundTrip()
    {
        QFETCH(QString, recipe);
        QFETCH(bool, wide);
        LoadedDataset events = interactions(wide);
        const LoadedDataset catalogue = items();
        RecommenderTrainingInput input;
        input.interactions = &events;
        input.items = wide ? nullptr : &catalogue;
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
        QTest::addColumn<bool>("wide");
        QTest::newRow("ease") << QStringLiteral("ease") << false;
        QTest::newRow("ease, fewer users than items") << QStringLiteral("ease") << true;
        QTest::newRow("sims") << QStringLiteral("sims") << false;
    }

    void itemToItemModelsScoreLiveHistoriesAsFitted()
    {
        QFETCH(QString, recipe);
        QFETCH(bool, wide);
        LoadedDataset events = interactions(wide);
        RecommenderTrainingInput input;
        input.interactions = &events;
        input.recipe = recipe.toStdString();
        input.evaluate = false;
        auto model = trainRecommender(input);
        QVERIFY2(model.isOk(), model.status().message().c_str());
        QVERIFY(model->recipe->traits().updatesFromEvents);
        const InteractionData& data = *model->data;
        for (const char* id : {"0", wide ? "9" : "45"}) {
            const int64_t user = data.findUser(id);
            QVERIFY(user >= 0);
            const auto row = data.itemsOf(uint32_t(user));
            const std::vector<uint32_t> seen(row.items, row.items + row.size);
            std::vector<float> fitted, session, again;
            model->recipe->scoreItems(user, fitted);
            model->recipe->scoreHistory(-1, seen, session);
            // The users' side reaches a fitted row's scores by another sum: equal to rounding.
            QCOMPARE(session.size(), fitted.size());
            for (size_t j = 0; j < fitted.size(); ++j)
                QVERIFY(wide ? std::fabs(session[j] - fitted[j]) <= 1e-5f * std::max(1.0f, std::fabs(fitted[j])) : session[j] == fitted[j]);
            model->recipe->scoreHistory(user, {seen.front(), seen.back()}, again);
            QCOMPARE(again, fitted);
        }
        // A session that saw only b items puts b items first: with a group's every item linked,
        // above every a item; with half its pairs unseen (wide), in its top five.
        std::vector<float> scores;
        model->recipe->scoreHistory(-1, {uint32_t(data.findItem("b1")), uint32_t(data.findItem("b2"))}, scores);
        std::vector<std::pair<float, std::string>> ranked;
        for (uint32_t i = 0; i < data.itemCount(); ++i)
            if (data.itemId(i) != "b1" && data.itemId(i) != "b2") ranked.emplace_back(scores[i], data.itemId(i));
        std::sort(ranked.begin(), ranked.end(), std::greater<>());
        const size_t groupOfB = std::count_if(ranked.begin(), ranked.end(), [](const auto& r) { return r.second[0] == 'b'; });
        for (size_t k = 0; k < (wide ? 5 : groupOfB); ++k)
            QVERIFY2(ranked[k].second[0] == 'b', (std::to_string(k) + ": " + ranked[k].second).c_str());
    }
};

QTEST_GUILESS_MAIN(TestRecommenderModels)
#include "tst_recommendermodels.moc"
