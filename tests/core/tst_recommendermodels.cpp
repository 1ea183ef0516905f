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
};

QTEST_GUILESS_MAIN(TestRecommenderModels)
#include "tst_recommendermodels.moc"
