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

    // The search's progress: its settings' share, or the budget's share spent where that is more.
    void searchProgressFollowsTheBudget_data()
    {
        QTest::addColumn<double>("settingsShare");
        QTest::addColumn<double>("elapsed");
        QTest::addColumn<double>("budget");
        QTest::addColumn<double>("expected");
        QTest::newRow("no budget: the settings") << 0.25 << 500.0 << 0.0 << 0.25;
        QTest::newRow("settings ahead of the clock") << 0.5 << 60.0 << 600.0 << 0.5;
        QTest::newRow("clock ahead of the settings") << 0.2 << 300.0 << 600.0 << 0.5;
        QTest::newRow("budget spent") << 0.2 << 601.0 << 600.0 << 1.0;
        QTest::newRow("settings clamped") << 1.5 << 1.0 << 600.0 << 1.0;
        QTest::newRow("nothing yet") << 0.0 << 0.0 << 600.0 << 0.0;
    }
    void searchProgressFollowsTheBudget()
    {
        QFETCH(double, settingsShare);
        QFETCH(double, elapsed);
        QFETCH(double, budget);
        QFETCH(double, expected);
        QCOMPARE(searchProgress(settingsShare, elapsed, budget), expected);
    }

    // The final fit starts at the search's share of the expected whole: the time left said then
    // (elapsed x (1 - p) / p) is the fit's expected time.
    void finalFitStartsAtTheSearchShare_data()
    {
        QTest::addColumn<double>("searchSeconds");
        QTest::addColumn<double>("fitSeconds");
        QTest::addColumn<double>("expected");
        QTest::newRow("a short fit after a long search") << 600.0 << 60.0 << 600.0 / 660.0;
        QTest::newRow("a fit as long as the search") << 10.0 << 10.0 << 0.8;   // never below the search's range
        QTest::newRow("a negligible fit") << 600.0 << 0.0 << 0.99;            // never above 0.99
        QTest::newRow("no time measured") << 0.0 << 5.0 << 0.8;
        QTest::newRow("an unknown fit") << 100.0 << std::nan("") << 0.8;
    }
    void finalFitStartsAtTheSearchShare()
    {
        QFETCH(double, searchSeconds);
        QFETCH(double, fitSeconds);
        QFETCH(double, expected);
        const double start = finalFitStart(searchSeconds, fitSeconds, 0.8);
        QCOMPARE(start, expected);
        if (start > 0.8 && start < 0.99)
            QVERIFY(std::abs(searchSeconds * (1 - start) / start - fitSeconds) < 1e-9);
    }

    // The progress a search reports never goes back, ends at its whole range, and each trial
    // carries its time per split (what the final fit's share is taken from).
    void searchReportsMonotonicProgressAndTrialTimes()
    {
        InteractionData d = data(tasteLog(150, 90, 9));
        std::vector<HoldoutSplit> splits;
        splits.push_back(splitMostRecent(d));
        std::vector<double> seen;
        JobContext job;
        job.progress = [&](double fraction, const std::string&) { seen.push_back(fraction); };
        TuningOptions tuning;
        tuning.timeBudgetSeconds = 300;
        auto trials = evaluateRecommenders(splits, {"ease", "sims", "popularity"}, {}, true, job, tuning);
        QVERIFY2(trials.isOk(), trials.status().message().c_str());
        QVERIFY(seen.size() > 3);
        for (size_t i = 1; i < seen.size(); ++i) QVERIFY2(seen[i] >= seen[i - 1] - 1e-12, qPrintable(QString::number(i)));
        QVERIFY(seen.back() <= 1.0);
        for (const RecommendTrial& t : *trials) QVERIFY2(t.secondsPerSplit > 0, t.label().c_str());
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
