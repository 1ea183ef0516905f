// auto's search over recommenders: the walk along a regularisation, fusions scored from one fit.
#include "recommend/EaseRecipe.h"
#include "recommend/FusionRecipe.h"
#include "recommend/HoldoutEvaluation.h"
#include "recommend/RecommendRecipes.h"
#include "recommend/RecommendTuning.h"

#include "InteractionLogs.h"

#include <QtTest/QtTest>
#include <random>

using namespace almanac;

namespace {
using testing::tasteLog;
inline InteractionData data(const std::string& csv) { return testing::interactionsFromCsv(csv); }
} // namespace

class TestRecommendTuning : public QObject {
    Q_OBJECT
private slots:
    // auto walks EASE's lambda from its default towards the better neighbour and stops past the
    // peak: the settings tried are consecutive on the grid and the best one's neighbours were
    // tried (or are off the grid).
    void walkStopsPastThePeak()
    {
        InteractionData d = data(tasteLog(200, 120, 5));
        std::vector<HoldoutSplit> splits;
        splits.push_back(splitMostRecent(d));
        auto trials = evaluateRecommenders(splits, {"ease"}, {}, true);
        QVERIFY2(trials.isOk(), trials.status().message().c_str());
        const auto grid = EaseRecipe().searchSpace();
        std::vector<size_t> tried;
        for (const RecommendTrial& t : *trials) {
            const auto at = std::find(grid.begin(), grid.end(), t.parameters);
            QVERIFY(at != grid.end());
            tried.push_back(size_t(at - grid.begin()));
        }
        const size_t best = tried.front(); // trials come best first
        std::sort(tried.begin(), tried.end());
        QVERIFY(std::adjacent_find(tried.begin(), tried.end()) == tried.end()); // none twice
        QCOMPARE(tried.back() - tried.front() + 1, tried.size()); // consecutive
        QVERIFY(best == 0 || tried.front() < best);
        QVERIFY(best + 1 == grid.size() || tried.back() > best);
        QVERIFY(tried.size() < grid.size()); // a walk, not the whole grid
    }

    // The fusions auto scores from one fit of their members (re-weighed after fitting) score as a
    // fusion fitted with that weight from the start.
    void fusionWeightsScoredFromOneFitMatchFreshFits()
    {
        InteractionData d = data(tasteLog(150, 90, 9));
        std::vector<HoldoutSplit> splits;
        splits.push_back(splitMostRecent(d));
        auto trials = evaluateRecommenders(splits, {"ease", "sims"}, {}, true);
        QVERIFY2(trials.isOk(), trials.status().message().c_str());
        int fusions = 0;
        for (const RecommendTrial& t : *trials) {
            if (t.recipe != "fusion") continue;
            ++fusions;
            FusionRecipe fresh;
            RecommendSpec spec;
            spec.parameters = t.parameters;
            auto metrics = evaluateOnHoldout(fresh, splits[0], spec);
            QVERIFY(metrics.isOk());
            QCOMPARE(metrics->ndcg.at(10), t.metrics.ndcg.at(10));
        }
        QCOMPARE(fusions, 2);
    }

    // An extra setting whose first split falls far below the best first split is not scored on
    // the second: every setting missing from the trials is such a one, and some are missing.
    // The time budget is a hard limit, cheapest recipes first: a budget spent before the first
    // evaluation ends leaves that one alone (a result there must be), and no fusion.
    void spentBudgetKeepsTheCheapestDefaultOnly()
    {
        InteractionData d = data(tasteLog(150, 90, 9));
        std::vector<HoldoutSplit> splits;
        splits.push_back(splitMostRecent(d));
        TuningOptions tuning;
        tuning.timeBudgetSeconds = 1e-9;
        // ease (moderate) is named first; sims (cheap) still goes first.
        auto trials = evaluateRecommenders(splits, {"ease", "sims"}, {}, true, {}, tuning);
        QVERIFY2(trials.isOk(), trials.status().message().c_str());
        QCOMPARE(trials->size(), size_t(1));
        QCOMPARE(trials->front().recipe, std::string("sims"));
        // A budget beyond a year is none: everything is compared, fusions included.
        tuning.timeBudgetSeconds = 1e300;
        auto all = evaluateRecommenders(splits, {"ease", "sims"}, {}, true, {}, tuning);
        QVERIFY(all.isOk());
        QVERIFY(all->size() > 2);
        QVERIFY(std::any_of(all->begin(), all->end(), [](const RecommendTrial& t) { return t.recipe == "fusion"; }));
    }

    // auto's default budget bounds the cheap recipes only: the expensive ones (the sequence
    // model's minutes of training) are tried within a budget the analyst chose.
    void expensiveRecipesOnlyWithinAChosenBudget_data()
    {
        QTest::addColumn<double>("budget");
        QTest::addColumn<bool>("chosen");
        QTest::addColumn<bool>("triesExpensive");
        QTest::newRow("the default") << kDefaultRecommendTimeBudgetSeconds << false << false;
        QTest::newRow("chosen, 300 s") << 300.0 << true << true;
        QTest::newRow("chosen: none") << 0.0 << true << false;
        QTest::newRow("not chosen, 300 s") << 300.0 << false << false;
    }
    void expensiveRecipesOnlyWithinAChosenBudget()
    {
        QFETCH(double, budget);
        QFETCH(bool, chosen);
        QFETCH(bool, triesExpensive);
        QCOMPARE(TuningOptions{}.timeBudgetSeconds, kDefaultRecommendTimeBudgetSeconds);
        QVERIFY(!TuningOptions{}.budgetChosen);
        TuningOptions tuning;
        tuning.timeBudgetSeconds = budget;
        tuning.budgetChosen = chosen;
        QCOMPARE(tuning.triesExpensiveRecipes(), triesExpensive);
    }

    void settingsThatCannotWinStopAfterTheFirstSplit()
    {
        InteractionData d = data(tasteLog(150, 90, 4));
        std::vector<HoldoutSplit> splits;
        splits.push_back(splitMostRecent(d));
        HoldoutOptions last;
        last.lastItems = 1;
        splits.push_back(splitMostRecent(d, last));
        const std::vector<std::string> recipes = {"ease", "sims", "trending"};
        auto trials = evaluateRecommenders(splits, recipes, {}, true);
        QVERIFY2(trials.isOk(), trials.status().message().c_str());
        double bestFirst = 0;
        for (const RecommendTrial& t : *trials) bestFirst = std::max(bestFirst, t.metrics.ndcg.at(10));
        int missing = 0;
        for (const std::string& name : {std::string("sims"), std::string("trending")}) {
            const auto space = recommendRecipes().create(name)->searchSpace();
            for (const auto& setting : space) {
                const bool tried = std::any_of(trials->begin(), trials->end(),
                                               [&](const RecommendTrial& t) { return t.recipe == name && t.parameters == setting; });
                if (tried) continue;
                ++missing;
                auto recipe = recommendRecipes().create(name);
                RecommendSpec spec;
                spec.parameters = setting;
                auto first = evaluateOnHoldout(*recipe, splits[0], spec);
                QVERIFY(first.isOk());
                QVERIFY2(first->ndcg.at(10) < 0.85 * bestFirst, (name + ": " + std::to_string(first->ndcg.at(10))).c_str());
            }
        }
        QVERIFY(missing > 0);
    }
};

QTEST_GUILESS_MAIN(TestRecommendTuning)
#include "tst_recommendtuning.moc"
