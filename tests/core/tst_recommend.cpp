#include "recommend/AlsRecipe.h"
#include "recommend/BprRecipe.h"
#include "recommend/EaseRecipe.h"
#include "recommend/FusionRecipe.h"
#include "recommend/HoldoutEvaluation.h"
#include "recommend/HybridRecipe.h"
#include "recommend/PopularityRecipe.h"
#include "recommend/RankingMetrics.h"
#include "recommend/RecommendationFilter.h"
#include "recommend/SimsRecipe.h"
#include "recommend/TrendingRecipe.h"
#include "recommend/RecommendRecipes.h"

#include <QtTest/QtTest>
#include <cmath>

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
    // Users 0-29 use items a0..a9, users 30-59 items b0..b9, each 7 of their group's 10.
    static std::string tasteGroups()
    {
        std::string csv = "USER_ID,ITEM_ID,TIMESTAMP\n";
        int t = 0;
        for (int u = 0; u < 60; ++u)
            for (int k = 0; k < 7; ++k)
                csv += std::to_string(u) + (u < 30 ? ",a" : ",b") + std::to_string((u + k) % 10) + "," + std::to_string(++t) + "\n";
        return csv;
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

    void eventWeightsScaleCounts()
    {
        // u2 viewed c and bought it: with buy=3 the pair counts 1 + 3.
        InteractionFilter filter;
        filter.eventWeights = {{"buy", 3.0}};
        InteractionData d = data(kCsv, filter);
        const auto row = d.itemsOf(uint32_t(d.findUser("u2")));
        QCOMPARE(row.counts[0], 1.0f); // a, viewed
        QCOMPARE(row.counts[1], 4.0f); // c
        filter.eventWeights = {{"buy", -1.0}};
        ImportOptions options;
        options.type = DatasetType::Interactions;
        auto loaded = loadDatasetFromString(kCsv, "i.csv", options);
        QVERIFY(!InteractionData::fromDataset(*loaded, filter).isOk());
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

    void rankingMetricsByHand()
    {
        // User 1: [a b c] against {b d}; user 2: [d] against {d}. Items a..d are 0..3.
        RankingAccumulator acc({1, 3});
        acc.add({0, 1, 2}, {1, 3});
        acc.add({3}, {3});
        const RankingMetrics m = acc.finish(8);
        const double ndcgUser1 = (1 / std::log2(3.0)) / (1 + 1 / std::log2(3.0));
        QCOMPARE(m.users, size_t(2));
        QVERIFY(std::fabs(m.precision.at(1) - 0.5) < 1e-12);
        QVERIFY(std::fabs(m.precision.at(3) - 1.0 / 3) < 1e-12);
        QVERIFY(std::fabs(m.recall.at(3) - 0.75) < 1e-12);
        QVERIFY(std::fabs(m.ndcg.at(1) - 0.5) < 1e-12);
        QVERIFY(std::fabs(m.ndcg.at(3) - (ndcgUser1 + 1) / 2) < 1e-12);
        QVERIFY(std::fabs(m.mrr25 - 0.75) < 1e-12);
        QVERIFY(std::fabs(m.coverage - 0.5) < 1e-12);
    }

    void easeByHand()
    {
        // u1 {x, y}, u2 {x}, u3 {y}, lambda 1: G + I = [[3,1],[1,3]], P = [[3,-1],[-1,3]] / 8,
        // B_xy = -P_xy / P_yy = 1/3. u2's only unseen item y scores 1/3.
        InteractionData d = data("USER_ID,ITEM_ID,TIMESTAMP\nu1,x,1\nu1,y,2\nu2,x,3\nu3,y,4\n");
        EaseRecipe ease;
        RecommendSpec spec;
        spec.parameters.emplace("lambda", "1");
        QVERIFY(ease.fit(d, spec, {}).isOk());
        const auto top = recommendTopN(ease, d, d.findUser("u2"), 5, false);
        QCOMPARE(top.size(), size_t(1));
        QCOMPARE(d.itemId(top[0].item), std::string("y"));
        QVERIFY(std::fabs(top[0].score - 1.0f / 3) < 1e-6);
    }

    void holdoutTakesTheMostRecent()
    {
        InteractionData d = data("USER_ID,ITEM_ID,TIMESTAMP\nu,a,5\nu,b,1\nu,c,9\nu,d,3\nu,e,2\nv,a,1\n");
        const HoldoutSplit split = splitMostRecent(d);
        QCOMPARE(split.test.size(), size_t(1)); // v has too few items to be tested
        QCOMPARE(split.test[0].second.size(), size_t(1));
        QVERIFY(split.test[0].second.count(uint32_t(d.findItem("c"))));
        QCOMPARE(split.train.interactionCount(), size_t(5));
        PopularityRecipe popularity;
        auto metrics = evaluateOnHoldout(popularity, split, {});
        QVERIFY(metrics.isOk());
        QCOMPARE(metrics->users, size_t(1));
    }

    void simsByHand()
    {
        // a is with b twice and with c once: pop a 3, b 2, c 1; (a, b) scores 2 / sqrt(3 * 2),
        // (a, c) falls under the minimum of 2 co-interactions; c pads a's list with score 0.
        InteractionData d = data("USER_ID,ITEM_ID,TIMESTAMP\nu1,a,1\nu1,b,2\nu2,a,3\nu2,b,4\nu3,a,5\nu3,c,6\n");
        SimsRecipe sims;
        QVERIFY(sims.fit(d, {}, {}).isOk());
        const auto related = sims.relatedItems(uint32_t(d.findItem("a")), 2);
        QCOMPARE(related.size(), size_t(2));
        QCOMPARE(d.itemId(related[0].item), std::string("b"));
        QVERIFY(std::fabs(related[0].score - 2 / std::sqrt(6.0)) < 1e-6);
        QCOMPARE(d.itemId(related[1].item), std::string("c"));
        QCOMPARE(related[1].score, 0.0f);
        // As a recommender: u3 (a, c) gets b through a.
        const auto top = recommendTopN(sims, d, d.findUser("u3"), 1, false);
        QCOMPARE(d.itemId(top[0].item), std::string("b"));
    }

    void bprSeparatesTasteGroups()
    {
        InteractionData d = data(tasteGroups());
        BprRecipe bpr;
        RecommendSpec spec;
        spec.parameters = {{"factors", "8"}, {"epochs", "200"}};
        QVERIFY(bpr.fit(d, spec, {}).isOk());
        int right = 0, total = 0;
        for (int u = 0; u < 60; ++u)
            for (const ScoredItem& s : recommendTopN(bpr, d, d.findUser(std::to_string(u)), 2, false)) {
                right += d.itemId(s.item)[0] == (u < 30 ? 'a' : 'b');
                ++total;
            }
        QVERIFY2(right >= total * 9 / 10, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(total)));
    }

    void alsSeparatesTasteGroups()
    {
        // ALS must recommend the user's own group's unseen items first.
        InteractionData d = data(tasteGroups());
        AlsRecipe als;
        RecommendSpec spec;
        spec.parameters = {{"factors", "4"}, {"iterations", "20"}};
        QVERIFY(als.fit(d, spec, {}).isOk());
        for (int u : {0, 17, 30, 59}) {
            const auto top = recommendTopN(als, d, d.findUser(std::to_string(u)), 3, false);
            for (const ScoredItem& s : top) QCOMPARE(d.itemId(s.item)[0], u < 30 ? 'a' : 'b');
        }
    }

    void trendingByHand()
    {
        // Last timestamp 200, interval 100: "hot" goes from 0 to 2 users (score 2 / 1), "old"
        // from 3 to 1 (score -2 / 2), "steady" 1 to 1 (0).
        InteractionData d = data("USER_ID,ITEM_ID,TIMESTAMP\nu1,old,20\nu2,old,30\nu3,old,40\nu4,old,150\n"
                                 "u1,steady,50\nu2,steady,160\nu5,hot,180\nu6,hot,200\n");
        TrendingRecipe trending;
        RecommendSpec spec;
        spec.parameters.emplace("interval", "100s");
        QVERIFY(trending.fit(d, spec, {}).isOk());
        std::vector<float> scores;
        trending.scoreItems(-1, scores);
        QCOMPARE(scores[size_t(d.findItem("hot"))], 2.0f);
        QCOMPARE(scores[size_t(d.findItem("steady"))], 0.0f);
        QCOMPARE(scores[size_t(d.findItem("old"))], -1.0f); // 1 - 3 over sqrt(3 + 1)
        QCOMPARE(parseDuration("2w"), int64_t(1209600));
        QCOMPARE(parseDuration("soon"), int64_t(0));
    }

    // Issue 11: a filter error points at the expression's text (1-based character).
    void filterErrorsNameTheirPosition_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("verb") << R"(ItemID WHERE Items.A = "x")" << "expected INCLUDE or EXCLUDE at position 1 ('ItemID')";
        QTest::newRow("source") << R"(EXCLUDE ItemID WHERE Users.AGE > 3)" << "expected Items or Interactions at position 22 ('Users.AGE')";
        QTest::newRow("operator") << R"(EXCLUDE ItemID WHERE Items.A LIKE "x")" << "at position 30 ('LIKE')";
        QTest::newRow("end") << R"(EXCLUDE ItemID WHERE Items.A IN ("x")" << "expected ) at the end (position 37)";
        // (escaped, not raw: moc reads an odd number of quotes in a raw string as an open string)
        QTest::newRow("string") << "EXCLUDE ItemID WHERE Items.A = \"x" << "unterminated string at position 32";
        QTest::newRow("parameter") << R"(INCLUDE ItemID WHERE Items.PRICE < $NOPE)" << "no value given for $NOPE at position 36";
        QTest::newRow("second expression") << R"(EXCLUDE ItemID WHERE Items.A = "x" | INCLUDE ItemID HAVING)" << "expected WHERE at position 53 ('HAVING')";
    }
    void filterErrorsNameTheirPosition()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        auto parsed = parseRecommendationFilter(text.toStdString(), {{"MAX", "10"}});
        QVERIFY(!parsed.isOk());
        QVERIFY2(QString::fromStdString(parsed.status().message()).contains(expected), parsed.status().message().c_str());
    }

    void filterParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("in") << R"(EXCLUDE ItemID WHERE Items.GENRE IN ("Comedy", "Drama"))" << true;
        QTest::newRow("numeric and") << R"(INCLUDE ItemID WHERE Items.PRICE < 20 AND Items.BRAND = "Acme")" << true;
        QTest::newRow("or and pipe") << R"(INCLUDE ItemID WHERE Items.A = "x" OR Items.B != "y" | EXCLUDE ItemID WHERE Items.C NOT IN ("z"))" << true;
        QTest::newRow("events") << R"(EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("buy"))" << true;
        QTest::newRow("parameter") << R"(INCLUDE ItemID WHERE Items.PRICE <= $MAX)" << true;
        QTest::newRow("missing verb") << R"(ItemID WHERE Items.A = "x")" << false;
        QTest::newRow("unclosed list") << R"(EXCLUDE ItemID WHERE Items.A IN ("x")" << false;
        QTest::newRow("unknown source") << R"(EXCLUDE ItemID WHERE Users.AGE > 3)" << false;
        QTest::newRow("bad operator") << R"(EXCLUDE ItemID WHERE Items.A LIKE "x")" << false;
        QTest::newRow("unknown parameter") << R"(INCLUDE ItemID WHERE Items.PRICE < $NOPE)" << false;
    }
    void filterParsing()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(parseRecommendationFilter(text.toStdString(), {{"MAX", "10"}}).isOk(), valid);
    }

    void filterEvaluation()
    {
        InteractionData d = data(kCsv); // items a, b, c
        ImportOptions options;
        options.type = DatasetType::Items;
        auto items = loadDatasetFromString("ITEM_ID,GENRE,PRICE\na,Comedy|Drama,5\nb,Horror,15\nc,Drama,25\n", "items.csv", options);
        QVERIFY(items.isOk());
        ImportOptions interactionOptions;
        interactionOptions.type = DatasetType::Interactions;
        auto events = loadDatasetFromString(kCsv, "i.csv", interactionOptions);
        QVERIFY(events.isOk());
        // Interactions must share the pools the InteractionData was built from.
        auto shared = InteractionData::fromDataset(*events);
        QVERIFY(shared.isOk());
        auto allowedFor = [&](const std::string& text, const std::string& user) {
            auto filter = parseRecommendationFilter(text);
            if (!filter.isOk()) qFatal("%s", filter.status().message().c_str());
            auto evaluator = FilterEvaluator::create(*filter, *shared, &*items, &*events);
            if (!evaluator.isOk()) qFatal("%s", evaluator.status().message().c_str());
            const auto allowed = evaluator->allowedItems(shared->findUser(user));
            std::string out;
            for (const char* id : {"a", "b", "c"}) out += allowed[size_t(shared->findItem(id))] ? id : "-";
            return QString::fromStdString(out);
        };
        QCOMPARE(allowedFor(R"(EXCLUDE ItemID WHERE Items.GENRE IN ("Drama"))", "u1"), QStringLiteral("-b-")); // multi-valued a
        QCOMPARE(allowedFor(R"(INCLUDE ItemID WHERE Items.PRICE < 20)", "u1"), QStringLiteral("ab-"));
        QCOMPARE(allowedFor(R"(INCLUDE ItemID WHERE Items.PRICE >= 10 AND Items.GENRE = "Drama")", "u1"), QStringLiteral("--c"));
        QCOMPARE(allowedFor(R"(INCLUDE ItemID WHERE Items.PRICE < 10 OR Items.GENRE = "Horror")", "u1"), QStringLiteral("ab-"));
        // u2 bought c: excluded for u2 only.
        QCOMPARE(allowedFor(R"(EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("buy"))", "u2"), QStringLiteral("ab-"));
        QCOMPARE(allowedFor(R"(EXCLUDE ItemID WHERE Interactions.EVENT_TYPE IN ("buy"))", "u3"), QStringLiteral("abc"));
        auto missing = FilterEvaluator::create(*parseRecommendationFilter(R"(EXCLUDE ItemID WHERE Items.NOPE = "x")"), *shared, &*items, &*events);
        QVERIFY(!missing.isOk());
        // The file, its row of headers, the column and where the expression names it.
        QVERIFY2(QString::fromStdString(missing.status().message()).startsWith(QLatin1String("items.csv: row 1: no column 'NOPE'")),
                 missing.status().message().c_str());
        QVERIFY2(QString::fromStdString(missing.status().message()).contains(QLatin1String("at position 22")),
                 missing.status().message().c_str());
        auto notANumber = FilterEvaluator::create(*parseRecommendationFilter(R"(INCLUDE ItemID WHERE Items.PRICE < "cheap")"), *shared,
                                                  &*items, &*events);
        QVERIFY(!notANumber.isOk());
        QVERIFY2(QString::fromStdString(notANumber.status().message()).contains(QLatin1String("position 22")),
                 notANumber.status().message().c_str());
    }

    void hybridRecommendsColdItemsByMetadata()
    {
        // Everyone interacts with "toys"; two new items nobody has seen: one a toy, one a tool.
        ImportOptions itemOptions;
        itemOptions.type = DatasetType::Items;
        auto items = loadDatasetFromString("ITEM_ID,CATEGORY\nt1,toys\nt2,toys|games\nt3,toys\nnewtoy,toys\nnewtool,tools\n",
                                           "items.csv", itemOptions);
        QVERIFY(items.isOk());
        ImportOptions options;
        options.type = DatasetType::Interactions;
        auto events = loadDatasetFromString("USER_ID,ITEM_ID,TIMESTAMP\nu1,t1,1\nu1,t2,2\nu2,t2,3\nu2,t3,4\nu3,t1,5\n",
                                            "i.csv", options);
        QVERIFY(events.isOk());
        const DataColumn* catalogue = items->table.columnWithRole(FieldRole::Item);
        for (size_t r = 0; r < items->table.rowCount; ++r)
            events->table.columnWithRole(FieldRole::Item)->strings->intern(catalogue->text(r));
        auto d = InteractionData::fromDataset(*events);
        QVERIFY(d.isOk());
        QCOMPARE(d->itemCount(), size_t(5));
        HybridRecipe hybrid;
        RecommendSpec spec;
        spec.items = &*items;
        spec.parameters = {{"lambda", "1"}, {"content", "0.5"}};
        QVERIFY(hybrid.fit(*d, spec, {}).isOk());
        std::vector<float> scores;
        hybrid.scoreItems(d->findUser("u3"), scores);
        QVERIFY(scores[size_t(d->findItem("newtoy"))] > scores[size_t(d->findItem("newtool"))]);
        QVERIFY(!HybridRecipe().fit(*d, RecommendSpec{}, {}).isOk()); // no metadata, no hybrid
    }

    void fusionOfRanks()
    {
        InteractionData d = data(tasteGroups());
        RecommendSpec spec;
        // A recipe fused with itself keeps its own order.
        spec.parameters = FusionRecipe::parametersFor("ease", {{"lambda", "10"}}, "ease", {{"lambda", "10"}}, 0.5);
        FusionRecipe same;
        QVERIFY(same.fit(d, spec, {}).isOk());
        EaseRecipe ease;
        RecommendSpec easeSpec;
        easeSpec.parameters = {{"lambda", "10"}};
        QVERIFY(ease.fit(d, easeSpec, {}).isOk());
        for (int u : {0, 31}) {
            const int64_t user = d.findUser(std::to_string(u));
            const auto a = recommendTopN(same, d, user, 3, false), b = recommendTopN(ease, d, user, 3, false);
            for (size_t k = 0; k < 3; ++k) QCOMPARE(a[k].item, b[k].item);
        }
        // Reciprocal ranks by hand: rank 1 in both lists scores 1/61 in all; the weights split it.
        std::vector<float> scores;
        same.scoreItems(d.findUser("0"), scores);
        const auto top = recommendTopN(same, d, d.findUser("0"), 1, false);
        QVERIFY(std::fabs(scores[top.front().item] - 1.0f / 61.0f) < 2e-6f);

        // Two kinds fused still separate the taste groups; members must be named and real.
        spec.parameters = FusionRecipe::parametersFor("sims", {}, "als", {{"factors", "4"}, {"iterations", "20"}}, 0.7);
        FusionRecipe mixed;
        QVERIFY(mixed.fit(d, spec, {}).isOk());
        for (int u : {0, 45})
            for (const ScoredItem& s : recommendTopN(mixed, d, d.findUser(std::to_string(u)), 3, false))
                QCOMPARE(d.itemId(s.item)[0], u < 30 ? 'a' : 'b');
        FusionRecipe broken;
        spec.parameters = {{"first", "ease"}};
        QCOMPARE(broken.fit(d, spec, {}).code(), Status::Code::InvalidInput);
        spec.parameters = {{"first", "ease"}, {"second", "nope"}};
        QCOMPARE(broken.fit(d, spec, {}).code(), Status::Code::InvalidInput);
    }

    void registry()
    {
        QVERIFY(recommendRecipes().create("popularity"));
        QVERIFY(!recommendRecipes().create("nope"));
    }
};

QTEST_APPLESS_MAIN(TestRecommend)
#include "tst_recommend.moc"
