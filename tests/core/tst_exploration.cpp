// Exploration: which items are in the pool (new by CREATION_TIMESTAMP, or without interactions),
// how many slots it takes (round(weight x n)), where they go (evenly spaced, the model's best
// first and in its order), which of the pool go there (the history's affinity, then the score).
// Promotions: their share of the list from the items their filter allows, the rest in its order.
#include "deep/DeepRecipes.h"
#include "recommend/Exploration.h"
#include "recommend/Promotion.h"
#include "recommend/ReservedSlots.h"
#include "recommend/RecommendRecipes.h"

#include <QtTest/QtTest>

using namespace almanac;

namespace {

constexpr int64_t kDay = 86400;
constexpr int64_t kLatest = 1'700'000'000; // the interactions' latest event

// Users u0..u3 over items i0..i9, each item seen (codes follow the items' order); u0 has seen
// i0..i2 only. The items file: i7, i8, i9 created 5 days before the latest event, the rest 400
// days; genres drama for i0..i2, i8; comedy for the rest. Catalogue items listed in the items
// file without interactions (i10) join the codes as training does.
struct Catalogue {
    LoadedDataset items;
    InteractionData data;
};

Catalogue catalogue(bool withColdItem)
{
    std::string log = "USER_ID,ITEM_ID,TIMESTAMP\n";
    int64_t t = kLatest - 100;
    for (int i = 0; i < 10; ++i) log += "u" + std::to_string(1 + i % 3) + ",i" + std::to_string(i) + "," + std::to_string(t++) + "\n";
    for (int i = 0; i < 3; ++i) log += "u0,i" + std::to_string(i) + "," + std::to_string(t++) + "\n";
    log += "u1,i0," + std::to_string(kLatest) + "\n";
    std::string items = "ITEM_ID,GENRE,CREATION_TIMESTAMP\n";
    for (int i = 0; i < (withColdItem ? 11 : 10); ++i) {
        const bool isNew = i >= 7;
        const bool drama = i <= 2 || i == 8;
        items += "i" + std::to_string(i) + "," + (drama ? "drama" : "comedy") + ","
               + std::to_string(kLatest - (isNew ? 5 : 400) * kDay) + "\n";
    }
    ImportOptions options;
    options.type = DatasetType::Interactions;
    auto interactions = loadDatasetFromString(log, "log.csv", options);
    if (!interactions.isOk()) qFatal("%s", interactions.status().message().c_str());
    options.type = DatasetType::Items;
    auto catalogueItems = loadDatasetFromString(items, "items.csv", options);
    if (!catalogueItems.isOk()) qFatal("%s", catalogueItems.status().message().c_str());
    const DataColumn* listed = catalogueItems->table.columnWithRole(FieldRole::Item);
    const DataColumn* interacted = interactions->table.columnWithRole(FieldRole::Item);
    for (size_t r = 0; r < catalogueItems->table.rowCount; ++r) interacted->strings->intern(listed->text(r));
    auto data = InteractionData::fromDataset(*interactions);
    if (!data.isOk()) qFatal("%s", data.status().message().c_str());
    return {std::move(*catalogueItems), std::move(*data)};
}

// Scores falling with the item's code: i0 best.
std::vector<float> fallingScores(size_t count)
{
    std::vector<float> scores(count);
    for (size_t i = 0; i < count; ++i) scores[i] = float(count - i);
    return scores;
}

std::vector<std::string> idsOf(const std::vector<ScoredItem>& list, const InteractionData& data)
{
    std::vector<std::string> out;
    for (const ScoredItem& s : list) out.push_back(data.itemId(s.item));
    return out;
}

QStringList joined(const std::vector<std::string>& ids)
{
    QStringList out;
    for (const std::string& id : ids) out << QString::fromStdString(id);
    return out;
}

} // namespace

class TestExploration : public QObject {
    Q_OBJECT
private slots:
    void slotCounts_data()
    {
        QTest::addColumn<double>("weight");
        QTest::addColumn<int>("n");
        QTest::addColumn<int>("expected");
        QTest::newRow("0.3 of 10") << 0.3 << 10 << 3;
        QTest::newRow("0.3 of 25") << 0.3 << 25 << 8;
        QTest::newRow("none") << 0.0 << 25 << 0;
        QTest::newRow("all") << 1.0 << 5 << 5;
        QTest::newRow("half a slot rounds up") << 0.05 << 10 << 1;
        QTest::newRow("under half a slot") << 0.04 << 10 << 0;
        QTest::newRow("above 1 is all") << 3.0 << 4 << 4;
    }
    void slotCounts()
    {
        QFETCH(double, weight);
        QFETCH(int, n);
        QFETCH(int, expected);
        QCOMPARE(explorationSlots(weight, size_t(n)), size_t(expected));
    }

    // New by creation within the cut-off of the latest event; without interactions at all.
    void poolHoldsNewAndUnseenItems_data()
    {
        QTest::addColumn<double>("cutOffDays");
        QTest::addColumn<bool>("withColdItem");
        QTest::addColumn<QStringList>("pool");
        QTest::newRow("30 days") << 30.0 << false << QStringList{"i7", "i8", "i9"};
        QTest::newRow("a cold item joins") << 30.0 << true << QStringList{"i7", "i8", "i9", "i10"};
        QTest::newRow("4 days: none new") << 4.0 << false << QStringList{};
        QTest::newRow("500 days: all new") << 500.0 << false
                                           << QStringList{"i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7", "i8", "i9"};
    }
    void poolHoldsNewAndUnseenItems()
    {
        QFETCH(double, cutOffDays);
        QFETCH(bool, withColdItem);
        QFETCH(QStringList, pool);
        const Catalogue c = catalogue(withColdItem);
        const ExplorationPool built = ExplorationPool::build(c.data, &c.items, cutOffDays);
        QStringList found;
        for (uint32_t i = 0; i < c.data.itemCount(); ++i)
            if (built.contains(i)) found << QString::fromStdString(c.data.itemId(i));
        QCOMPARE(found, pool);
        QCOMPARE(built.size(), size_t(pool.size()));
    }

    // Without item metadata only the items without interactions are in the pool.
    void withoutMetadataOnlyUnseenItems()
    {
        const Catalogue c = catalogue(true);
        const ExplorationPool built = ExplorationPool::build(c.data, nullptr, 30);
        QCOMPARE(built.size(), size_t(1));
        QVERIFY(built.contains(uint32_t(c.data.findItem("i10"))));
    }

    // Known lists: the model's best keep their order, the pool's items sit at every n/k-th slot.
    void listsKnownAnswers_data()
    {
        QTest::addColumn<double>("weight");
        QTest::addColumn<int>("n");
        QTest::addColumn<QStringList>("history");
        QTest::addColumn<QStringList>("expected");
        // Pool i7, i8, i9; without a history the affinity is 0 and the score decides (i7 first).
        QTest::newRow("weight 0: relevance alone") << 0.0 << 5 << QStringList{} << QStringList{"i0", "i1", "i2", "i3", "i4"};
        QTest::newRow("2 of 5") << 0.4 << 5 << QStringList{} << QStringList{"i0", "i7", "i1", "i2", "i8"};
        QTest::newRow("3 of 10") << 0.3 << 10 << QStringList{}
                                 << QStringList{"i0", "i1", "i7", "i2", "i3", "i8", "i4", "i5", "i6", "i9"};
        // A drama history speaks for i8 (drama) over i7 and i9 (comedy).
        QTest::newRow("affinity first") << 0.2 << 5 << QStringList{"i0", "i1"} << QStringList{"i0", "i1", "i2", "i3", "i8"};
        // The pool has three items: the other slots go back to the model.
        QTest::newRow("pool smaller than the slots") << 1.0 << 5 << QStringList{}
                                                     << QStringList{"i7", "i0", "i8", "i1", "i9"};
    }
    void listsKnownAnswers()
    {
        QFETCH(double, weight);
        QFETCH(int, n);
        QFETCH(QStringList, history);
        QFETCH(QStringList, expected);
        const Catalogue c = catalogue(false);
        const ExplorationPool pool = ExplorationPool::build(c.data, &c.items, 30);
        std::vector<uint32_t> codes;
        for (const QString& id : history) codes.push_back(uint32_t(c.data.findItem(id.toStdString())));
        const auto list = exploreTopN(fallingScores(c.data.itemCount()), size_t(n), weight, pool, codes);
        QCOMPARE(joined(idsOf(list, c.data)), expected);
    }

    // A pool item the model ranks among its best stays where it put it and is not explored twice.
    void poolItemsTheModelPlacesStay()
    {
        const Catalogue c = catalogue(false);
        const ExplorationPool pool = ExplorationPool::build(c.data, &c.items, 30);
        std::vector<float> scores = fallingScores(c.data.itemCount());
        scores[size_t(c.data.findItem("i8"))] = 100;
        const auto list = exploreTopN(scores, 5, 0.4, pool, {});
        QCOMPARE(joined(idsOf(list, c.data)), (QStringList{"i8", "i7", "i0", "i1", "i9"}));
    }

    // Excluded items (seen, filtered: -infinity) are never shown, explored or not.
    void excludedItemsStayOut()
    {
        const Catalogue c = catalogue(false);
        const ExplorationPool pool = ExplorationPool::build(c.data, &c.items, 30);
        std::vector<float> scores = fallingScores(c.data.itemCount());
        scores[size_t(c.data.findItem("i7"))] = -std::numeric_limits<float>::infinity();
        scores[size_t(c.data.findItem("i0"))] = -std::numeric_limits<float>::infinity();
        const auto list = exploreTopN(scores, 5, 0.4, pool, {});
        QCOMPARE(joined(idsOf(list, c.data)), (QStringList{"i1", "i8", "i2", "i3", "i9"}));
        QCOMPARE(exploreTopN(scores, 50, 0.4, pool, {}).size(), size_t(8)); // all that may be shown
    }

    // Reserved items at every n/k-th slot; the rest in its order around them.
    void interleaveKnownAnswers_data()
    {
        QTest::addColumn<int>("restCount");
        QTest::addColumn<int>("reservedCount");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected"); // r: rest, P: reserved
        QTest::newRow("none") << 4 << 0 << 4 << "rrrr";
        QTest::newRow("1 of 5: last") << 4 << 1 << 5 << "rrrrP";
        QTest::newRow("2 of 5") << 3 << 2 << 5 << "rPrrP";
        QTest::newRow("3 of 10") << 7 << 3 << 10 << "rrPrrPrrrP";
        QTest::newRow("all") << 0 << 3 << 3 << "PPP";
        QTest::newRow("rest short") << 1 << 2 << 6 << "rPP";
    }
    void interleaveKnownAnswers()
    {
        QFETCH(int, restCount);
        QFETCH(int, reservedCount);
        QFETCH(int, n);
        QFETCH(QString, expected);
        std::vector<ScoredItem> rest, reserved;
        for (int i = 0; i < restCount; ++i) rest.push_back({uint32_t(i), 1.0f});
        for (int i = 0; i < reservedCount; ++i) reserved.push_back({uint32_t(100 + i), 0.0f});
        const auto list = interleaveEvenly(rest, reserved, size_t(n));
        QString shape;
        uint32_t lastRest = 0;
        for (const ScoredItem& s : list) {
            shape += s.item >= 100 ? QLatin1Char('P') : QLatin1Char('r');
            if (s.item < 100) {
                QVERIFY(s.item >= lastRest); // the rest keeps its order
                lastRest = s.item;
            }
        }
        QCOMPARE(shape, expected);
    }

    // A promotion: round(share x n) of its allowed items not among the list's first n - k, best
    // first by score; the first n - k keep their order; too few allowed items leave their slots
    // to the list's next items.
    void promotionsKnownAnswers_data()
    {
        QTest::addColumn<double>("share");
        QTest::addColumn<QString>("allowed"); // item codes the promotion's filter lets in
        QTest::addColumn<QString>("expected");
        // The list served without the promotion: 0 1 2 3 4 (scores fall with the code, 10 items).
        QTest::newRow("none") << 0.0 << "7 8 9" << "0 1 2 3 4";
        QTest::newRow("2 of 5") << 0.4 << "7 8 9" << "0 7 1 2 8";
        QTest::newRow("allowed items already kept stay") << 0.4 << "1 8" << "0 1 2 3 8";
        QTest::newRow("an allowed item past the kept ones is promoted") << 0.4 << "3 9" << "0 3 1 2 9";
        QTest::newRow("nothing allowed: the list as it was") << 0.4 << "" << "0 1 2 3 4";
        QTest::newRow("excluded items are never promoted") << 0.2 << "5 6" << "0 1 2 3 6";
    }
    void promotionsKnownAnswers()
    {
        QFETCH(double, share);
        QFETCH(QString, allowed);
        QFETCH(QString, expected);
        std::vector<float> scores = fallingScores(10);
        scores[5] = -std::numeric_limits<float>::infinity(); // seen or filtered out
        Promotion promotion{"p", share, std::vector<bool>(10, false)};
        for (const QString& code : allowed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) promotion.allowed[size_t(code.toInt())] = true;
        std::vector<uint32_t> promoted;
        const auto list = promote(bestOf(scores, 5), scores, 5, promotion, &promoted);
        QStringList codes;
        for (const ScoredItem& s : list) codes << QString::number(s.item);
        QCOMPARE(codes.join(QLatin1Char(' ')), expected);
        QVERIFY(promoted.size() <= reservedSlots(share, 5));
        for (uint32_t item : promoted) QVERIFY(promotion.allowed[item]);
    }

    // Exploration first, then the promotion: both shares in one list.
    void explorationThenPromotion()
    {
        const Catalogue c = catalogue(false);
        const ExplorationPool pool = ExplorationPool::build(c.data, &c.items, 30);
        const std::vector<float> scores = fallingScores(c.data.itemCount());
        Promotion promotion{"p", 0.2, std::vector<bool>(c.data.itemCount(), false)};
        promotion.allowed[size_t(c.data.findItem("i6"))] = true;
        std::vector<uint32_t> promoted;
        const auto list = servedList(scores, 10, {0.3, &pool}, {}, &promotion, &promoted);
        // Explored: i0 i1 i7 i2 i3 i8 i4 i5 i6 i9; the promotion keeps the first eight, gives the
        // slot it cannot fill back to the list's next (i9) and puts i6, its one allowed item, last.
        QCOMPARE(joined(idsOf(list, c.data)), (QStringList{"i0", "i1", "i7", "i2", "i3", "i8", "i4", "i5", "i9", "i6"}));
        QCOMPARE(promoted.size(), size_t(1));
    }

    // The weight comes from recipes that declare it (user-personalization, 0.3 unless given);
    // others do not explore.
    void optionsFromTheRecipe()
    {
        deep::registerDeepRecipes();
        auto ease = recommendRecipes().create("ease");
        QCOMPARE(explorationOptionsFor(*ease, {{"exploration_weight", "0.5"}}).weight, 0.0);
        auto sequence = recommendRecipes().create("user-personalization");
        QVERIFY(sequence);
        QCOMPARE(explorationOptionsFor(*sequence, {}).weight, 0.3);
        QCOMPARE(explorationOptionsFor(*sequence, {}).itemAgeCutOffDays, 30.0);
        const ExplorationOptions given =
            explorationOptionsFor(*sequence, {{"exploration_weight", "0"}, {"exploration_item_age_cut_off", "7"}});
        QCOMPARE(given.weight, 0.0);
        QCOMPARE(given.itemAgeCutOffDays, 7.0);
    }
};

QTEST_GUILESS_MAIN(TestExploration)
#include "tst_exploration.moc"
