// user-personalization's contract, through the registry as every face uses it (the recipe
// comes from the LibTorch plugin): it learns the order of events, which an order-blind
// recommender cannot; it is reproducible for a seed; a stored model scores bit-identically; new
// events change its list without retraining; training reports its curve and can be cancelled.
#include "deep/DeepRecipes.h"
#include "project/LiveRecommender.h"
#include "project/RecommenderWorkflow.h"
#include "store/ProjectFile.h"
#include "recommend/HoldoutEvaluation.h"
#include "recommend/RecommendRecipes.h"

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <cstring>
#include <random>

using namespace almanac;

namespace {

constexpr int kItems = 30;

// Each user walks a ring of items forward, one step at a time, from a random start: the next
// item follows from the last one, and only the direction of the walk tells which neighbour.
LoadedDataset ringWalks(size_t users, size_t steps, uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::string csv = "USER_ID,ITEM_ID,TIMESTAMP\n";
    for (size_t u = 0; u < users; ++u) {
        const int start = int(rng() % kItems);
        for (size_t t = 0; t < steps; ++t)
            csv += "u" + std::to_string(u) + ",i" + std::to_string((start + int(t)) % kItems) + "," + std::to_string(1000 + t) + "\n";
    }
    ImportOptions options;
    options.type = DatasetType::Interactions;
    auto loaded = loadDatasetFromString(csv, "walks.csv", options);
    if (!loaded.isOk()) qFatal("%s", loaded.status().message().c_str());
    return std::move(*loaded);
}

InteractionData dataOf(const LoadedDataset& dataset)
{
    auto data = InteractionData::fromDataset(dataset);
    if (!data.isOk()) qFatal("%s", data.status().message().c_str());
    return std::move(*data);
}

RecommendSpec smallSpec(const std::string& architecture)
{
    RecommendSpec spec;
    spec.seed = 11;
    spec.threads = 1;
    spec.parameters = {{"architecture", architecture}, {"hidden_dimension", "16"}, {"num_blocks", "1"}, {"bptt", "10"},
                       {"epochs", "40"}, {"batch_size", "32"}, {"learning_rate", "0.01"}, {"dropout", "0.1"}};
    return spec;
}

bool sameBits(const std::vector<float>& a, const std::vector<float>& b)
{
    return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(float)) == 0;
}

} // namespace

class TestUserPersonalization : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<RecommendRecipe> fitted(const InteractionData& data, const RecommendSpec& spec, const JobContext& job = {})
    {
        auto recipe = recommendRecipes().create("user-personalization");
        if (!recipe) qFatal("user-personalization is not registered");
        const Status status = recipe->fit(data, spec, job);
        if (!status.isOk()) qFatal("%s", status.message().c_str());
        return recipe;
    }

private Q_SLOTS:
    void initTestCase()
    {
        deep::registerDeepRecipes();
        // The checking build has no LibTorch: the recipe is declared, its plugin absent.
        auto probe = recommendRecipes().create("user-personalization");
        QVERIFY(probe);
        const InteractionData tiny = dataOf(ringWalks(4, 3, 1));
        RecommendSpec spec = smallSpec("sasrec");
        spec.parameters["epochs"] = "1";
        const Status status = probe->fit(tiny, spec, {});
        if (status.code() == Status::Code::Unsupported) QSKIP("the LibTorch plugin is not in this build");
        QVERIFY2(status.isOk(), status.message().c_str());
    }

    void sequencesKeepTimeOrder()
    {
        ImportOptions options;
        options.type = DatasetType::Interactions;
        auto loaded = loadDatasetFromString("USER_ID,ITEM_ID,TIMESTAMP\nu,c,30\nu,a,10\nu,a,11\nu,b,20\nv,x,5\n", "s.csv", options);
        QVERIFY(loaded.isOk());
        const InteractionData data = dataOf(*loaded);
        const auto seq = data.sequenceOf(uint32_t(data.findUser("u")));
        QCOMPARE(seq.size, size_t(3)); // a run of a, then b, then c
        QCOMPARE(data.itemId(seq.items[0]), std::string("a"));
        QCOMPARE(data.itemId(seq.items[1]), std::string("b"));
        QCOMPARE(data.itemId(seq.items[2]), std::string("c"));
        // Leaving b out joins nothing here but shortens the sequence.
        const InteractionData without = data.filtered([&](uint32_t, uint32_t item) { return data.itemId(item) != "b"; });
        QCOMPARE(without.sequenceOf(uint32_t(data.findUser("u"))).size, size_t(2));
    }

    void learnsTheOrderOfEvents_data()
    {
        QTest::addColumn<QString>("architecture");
        QTest::newRow("sasrec") << QStringLiteral("sasrec");
        QTest::newRow("gru") << QStringLiteral("gru");
    }
    void learnsTheOrderOfEvents()
    {
        QFETCH(QString, architecture);
        const InteractionData data = dataOf(ringWalks(300, 8, 3));
        HoldoutOptions last;
        last.lastItems = 1;
        const HoldoutSplit split = splitMostRecent(data, last);
        auto recipe = recommendRecipes().create("user-personalization");
        auto sequential = evaluateOnHoldout(*recipe, split, smallSpec(architecture.toStdString()));
        QVERIFY2(sequential.isOk(), sequential.status().message().c_str());
        auto ease = recommendRecipes().create("ease");
        auto orderBlind = evaluateOnHoldout(*ease, split, {});
        QVERIFY(orderBlind.isOk());
        // EASE sees both neighbours of a walk's ends alike; the sequence model knows the way on.
        QVERIFY2(sequential->ndcg.at(10) > 0.8, std::to_string(sequential->ndcg.at(10)).c_str());
        QVERIFY2(sequential->ndcg.at(10) > orderBlind->ndcg.at(10) + 0.15,
                 (std::to_string(sequential->ndcg.at(10)) + " vs " + std::to_string(orderBlind->ndcg.at(10))).c_str());
    }

    void reproducibleAndStoredExactly()
    {
        const LoadedDataset dataset = ringWalks(120, 6, 5);
        TrainedModel model;
        model.data = std::make_shared<const InteractionData>(dataOf(dataset));
        model.spec = smallSpec("sasrec");
        model.spec.parameters["epochs"] = "5";
        model.recipe = fitted(*model.data, model.spec);
        auto again = fitted(*model.data, model.spec);
        auto restored = recommenderFromBytes(recommenderBytes(model));
        QVERIFY2(restored.isOk(), restored.status().message().c_str());
        for (int64_t user : {int64_t(0), int64_t(7), int64_t(-1)}) {
            std::vector<float> a, b, c;
            model.recipe->scoreItems(user, a);
            again->scoreItems(user, b);
            restored->recipe->scoreItems(user, c);
            QCOMPARE(a.size(), size_t(kItems));
            QVERIFY(sameBits(a, b));
            QVERIFY(sameBits(a, c));
        }
        // A damaged state is an error, never a crash.
        std::vector<uint8_t> bytes = recommenderBytes(model);
        bytes.resize(bytes.size() - 9);
        QVERIFY(!recommenderFromBytes(bytes).isOk());
    }

    void newEventsChangeTheListWithoutRetraining()
    {
        const InteractionData data = dataOf(ringWalks(300, 8, 3));
        auto recipe = fitted(data, smallSpec("sasrec"));
        // An anonymous session that has just seen i4 then i5 is led on to i6.
        std::vector<float> scores;
        const std::vector<uint32_t> session{uint32_t(data.findItem("i4")), uint32_t(data.findItem("i5"))};
        recipe->scoreHistory(-1, session, scores);
        const auto best = std::max_element(scores.begin(), scores.end()) - scores.begin();
        QCOMPARE(data.itemId(uint32_t(best)), std::string("i6"));
        // A known user's list moves with their new events too: after a jump to the far side of
        // the ring, the best item they have not seen is the one after the jump.
        const uint32_t user = 0;
        std::vector<float> before, after, asFitted;
        recipe->scoreHistory(user, {}, before);
        recipe->scoreItems(user, asFitted);
        QVERIFY(sameBits(before, asFitted));
        const auto walk = data.sequenceOf(user);
        const int last = std::stoi(data.itemId(walk.items[walk.size - 1]).substr(1));
        auto code = [&](int ring) { return uint32_t(data.findItem("i" + std::to_string(ring % kItems))); };
        const std::vector<uint32_t> jump{code(last + 12), code(last + 13)};
        recipe->scoreHistory(user, jump, after);
        std::vector<bool> seen(size_t(kItems), false);
        for (size_t k = 0; k < walk.size; ++k) seen[walk.items[k]] = true;
        for (uint32_t item : jump) seen[item] = true;
        uint32_t next = 0;
        float bestScore = -1e30f;
        for (uint32_t i = 0; i < uint32_t(kItems); ++i)
            if (!seen[i] && after[i] > bestScore) bestScore = after[i], next = i;
        QCOMPARE(next, code(last + 14));
        // No history at all: the popular items.
        std::vector<float> cold;
        recipe->scoreHistory(-1, {}, cold);
        QCOMPARE(cold.size(), size_t(kItems));
    }

    // Exploration when serving live: a catalogue's items nobody has interacted with take
    // round(weight x n) of a list's slots beside those relevance gives them (the model's own best
    // n - k), and a stored recommender serves with the weight it was trained with.
    void exploresUnseenItemsWhenServing_data()
    {
        QTest::addColumn<QString>("weight");
        QTest::addColumn<QString>("served"); // given when serving starts, not trained with
        QTest::addColumn<int>("reserved");
        QTest::newRow("default 0.3") << QString() << QString() << 3;
        QTest::newRow("0") << QStringLiteral("0") << QString() << 0;
        QTest::newRow("0.5") << QStringLiteral("0.5") << QString() << 5;
        QTest::newRow("trained 0, served 0.2") << QStringLiteral("0") << QStringLiteral("0.2") << 2;
    }
    void exploresUnseenItemsWhenServing()
    {
        QFETCH(QString, weight);
        QFETCH(QString, served);
        QFETCH(int, reserved);
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("live.almanac")).toStdString();
        int byRelevance = 0; // unseen items among the model's own best 10 - reserved
        {
            auto project = ProjectFile::create(path);
            QVERIFY2(project.isOk(), project.status().message().c_str());
            QVERIFY((*project)->addDataset("walks", ringWalks(60, 6, 5), {}).isOk());
            std::string catalogue = "ITEM_ID,GENRE\n";
            for (int i = 0; i < kItems; ++i) catalogue += "i" + std::to_string(i) + ",ring\n";
            for (int i = 0; i < 8; ++i) catalogue += "new" + std::to_string(i) + ",ring\n";
            ImportOptions options;
            options.type = DatasetType::Items;
            auto items = loadDatasetFromString(catalogue, "items.csv", options);
            QVERIFY2(items.isOk(), items.status().message().c_str());
            QVERIFY((*project)->addDataset("catalogue", *items, {}).isOk());
            TrainRecommenderRequest request;
            request.name = "seq";
            request.interactionsDataset = "walks";
            request.itemsDataset = "catalogue";
            request.recipe = "user-personalization";
            request.evaluate = false;
            request.spec = smallSpec("sasrec");
            if (!weight.isEmpty()) request.spec.parameters["exploration_weight"] = weight.toStdString();
            auto trained = trainStoredRecommender(**project, request);
            QVERIFY2(trained.isOk(), trained.status().message().c_str());
            auto stored = loadStoredRecommender(**project, "seq");
            QVERIFY2(stored.isOk(), stored.status().message().c_str());
            const InteractionData& data = *stored->model.data;
            QCOMPARE(data.itemCount(), size_t(kItems + 8));
            for (const ScoredItem& s : recommendTopN(*stored->model.recipe, data, data.findUser("u3"), size_t(10 - reserved), false))
                byRelevance += data.itemId(s.item).rfind("new", 0) == 0 ? 1 : 0;
        }
        std::map<std::string, std::string> serving;
        if (!served.isEmpty()) serving["exploration_weight"] = served.toStdString();
        auto live = LiveRecommender::open(path, "seq", serving);
        QVERIFY2(live.isOk(), live.status().message().c_str());
        // A model's own setting cannot be changed when serving; nor a weight out of its range.
        QVERIFY(!LiveRecommender::open(path, "seq", {{"bptt", "5"}}).isOk());
        QVERIFY(!LiveRecommender::open(path, "seq", {{"exploration_weight", "1.5"}}).isOk());
        auto list = (*live)->recommend("u3", {}, 10);
        QVERIFY2(list.isOk(), list.status().message().c_str());
        QCOMPARE(list->size(), size_t(10));
        const int found = int(std::count_if(list->begin(), list->end(), [](const LiveScore& s) { return s.itemId.rfind("new", 0) == 0; }));
        QCOMPARE(found, byRelevance + reserved);
    }

    void reportsItsCurveAndCancels()
    {
        const InteractionData data = dataOf(ringWalks(100, 6, 9));
        RecommendSpec spec = smallSpec("sasrec");
        spec.parameters["epochs"] = "3";
        std::vector<std::string> metrics;
        JobContext job;
        job.metric = [&](const std::string& metric, int, double value, const std::string&) {
            QVERIFY(std::isfinite(value));
            metrics.push_back(metric);
        };
        fitted(data, spec, job);
        QCOMPARE(std::count(metrics.begin(), metrics.end(), std::string("training loss")), long(3));
        QCOMPARE(std::count(metrics.begin(), metrics.end(), std::string("validation NDCG@10")), long(3));

        CancelToken cancel;
        cancel.cancel();
        JobContext cancelled;
        cancelled.cancel = &cancel;
        auto recipe = recommendRecipes().create("user-personalization");
        QCOMPARE(recipe->fit(data, spec, cancelled).code(), Status::Code::Cancelled);
    }

    void refusesBadSettings_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("heads must divide the width") << QStringLiteral("num_heads") << QStringLiteral("3");
        QTest::newRow("unknown architecture") << QStringLiteral("architecture") << QStringLiteral("lstm");
    }
    void refusesBadSettings()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const InteractionData data = dataOf(ringWalks(10, 4, 2));
        RecommendSpec spec = smallSpec("sasrec");
        spec.parameters[name.toStdString()] = value.toStdString();
        auto recipe = recommendRecipes().create("user-personalization");
        const Status status = recipe->fit(data, spec, {});
        QCOMPARE(status.code(), Status::Code::InvalidInput);
        QVERIFY2(status.message().find(name.toStdString()) != std::string::npos || status.message().find("architecture") != std::string::npos,
                 status.message().c_str());
    }
};

QTEST_GUILESS_MAIN(TestUserPersonalization)
#include "tst_userpersonalization.moc"
