#include "recommend/PopularityRecipe.h"
#include "recommend/RecommendRecipes.h"

#include <QtTest/QtTest>

using namespace almanac;

class TestRecommend : public QObject {
    Q_OBJECT

private:
    static InteractionData data(const std::string& csv, InteractionFilter filter = {})
    {
        ImportOptions options;
        options.type = DatasetType::Interactions;
        auto loaded = loadDatasetFromString(csv, "i.csv", options);
        if (!loaded.isOk()) qFatal("%s", loaded.status().message().c_str());
        auto d = InteractionData::fromDataset(*loaded, filter);
        if (!d.isOk()) qFatal("%s", d.status().message().c_str());
        return std::move(*d);
    }
    // u1: a b ; u2: a c c ; u3: a b  -> distinct users: a 3, b 2, c 1
    static constexpr const char* kCsv = "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n"
                                        "u1,a,100,view\nu1,b,101,buy\nu2,a,102,view\nu2,c,103,view\n"
                                        "u2,c,104,buy\nu3,a,105,view\nu3,b,106,view\n";

private slots:
    void csrCountsRepeats()
    {
        InteractionData d = data(kCsv);
        QCOMPARE(d.userCount(), size_t(3));
        QCOMPARE(d.itemCount(), size_t(3));
        QCOMPARE(d.interactionCount(), size_t(6));
        const auto row = d.itemsOf(uint32_t(d.findUser("u2")));
        QCOMPARE(row.size, size_t(2));
        QCOMPARE(row.counts[1], 2.0f);
        QCOMPARE(d.lastTimestamp(), int64_t(106));
    }

    void popularityKnownAnswer()
    {
        InteractionData d = data(kCsv);
        PopularityRecipe recipe;
        QVERIFY(recipe.fit(d, {}, {}).isOk());
        auto forU2 = recommendTopN(recipe, d, d.findUser("u2"), 5, false);
        QCOMPARE(forU2.size(), size_t(1)); // u2 has seen a and c
        QCOMPARE(d.itemId(forU2[0].item), std::string("b"));
        QCOMPARE(forU2[0].score, 2.0f);
        auto cold = recommendTopN(recipe, d, -1, 5, false);
        QCOMPARE(cold.size(), size_t(3));
        QCOMPARE(d.itemId(cold[0].item), std::string("a"));
        auto kept = recommendTopN(recipe, d, d.findUser("u2"), 5, true);
        QCOMPARE(kept.size(), size_t(3));
    }

    void eventTypeFilter()
    {
        InteractionFilter filter;
        filter.eventTypes = {"buy"};
        InteractionData d = data(kCsv, filter);
        QCOMPARE(d.interactionCount(), size_t(2));
    }

    void registry()
    {
        QVERIFY(recommendRecipes().create("popularity"));
        QVERIFY(!recommendRecipes().create("nope"));
    }
};

QTEST_APPLESS_MAIN(TestRecommend)
#include "tst_recommend.moc"
