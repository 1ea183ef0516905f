#include "data/RelatedSeries.h"
#include "data/SeriesPreparation.h"
#include "data/SeriesStatistics.h"
#include "data/Timestamp.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <cmath>

using namespace almanac;

class TestSeriesPreparation : public QObject {
    Q_OBJECT

private:
    static Result<SeriesSet> prepare(const std::string& csv, PreparationOptions options)
    {
        auto data = loadDatasetFromString(csv, "t.csv", ImportOptions{});
        if (!data.isOk()) return data.status();
        return prepareTargetSeries(*data, options);
    }
    static QString joined(const std::vector<double>& values)
    {
        QStringList parts;
        for (double v : values) parts << (std::isnan(v) ? QStringLiteral("nan") : QString::number(v));
        return parts.join(QLatin1Char(' '));
    }

private slots:
    void aggregationAndFill_data()
    {
        QTest::addColumn<QString>("aggregation");
        QTest::addColumn<QString>("middle");
        QTest::addColumn<QString>("back");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("seriesA");
        QTest::addColumn<QString>("seriesB");
        // A: Jan 1 (2 rows: 1 and 3), Jan 2 missing value, Jan 3 absent, Jan 4 = 8.  B: Jan 1 = 5 only.
        QTest::newRow("defaults") << "sum" << "zero" << "zero" << "D" << "4 0 0 8" << "5 0 0 0";
        QTest::newRow("avg") << "avg" << "zero" << "zero" << "D" << "2 0 0 8" << "5 0 0 0";
        QTest::newRow("min") << "min" << "zero" << "zero" << "D" << "1 0 0 8" << "5 0 0 0";
        QTest::newRow("max") << "max" << "zero" << "zero" << "D" << "3 0 0 8" << "5 0 0 0";
        QTest::newRow("nan fill") << "sum" << "nan" << "nan" << "D" << "4 nan nan 8" << "5 nan nan nan";
        QTest::newRow("mean fill") << "sum" << "mean" << "mean" << "D" << "4 6 6 8" << "5 5 5 5";
        QTest::newRow("median fill") << "sum" << "median" << "max" << "D" << "4 6 6 8" << "5 5 5 5";
        QTest::newRow("value fill") << "sum" << "7" << "-1" << "D" << "4 7 7 8" << "5 -1 -1 -1";
        QTest::newRow("last fill") << "sum" << "last" << "last" << "D" << "4 4 4 8" << "5 5 5 5";
        QTest::newRow("weekly sum") << "sum" << "zero" << "zero" << "W" << "12" << "5";
        // Automatic: the empty cell stays missing, the day without a row (one day, not a long gap
        // in the whole file) is zero.
        QTest::newRow("automatic") << "sum" << "auto" << "zero" << "D" << "4 nan 0 8" << "5 0 0 0";
    }
    void aggregationAndFill()
    {
        QFETCH(QString, aggregation);
        QFETCH(QString, middle);
        QFETCH(QString, back);
        QFETCH(QString, frequency);
        QFETCH(QString, seriesA);
        QFETCH(QString, seriesB);
        PreparationOptions options;
        options.aggregation = *aggregationFromName(aggregation.toStdString());
        options.middleFill = *FillRule::parse(middle.toStdString());
        options.backFill = *FillRule::parse(back.toStdString());
        options.frequency = Frequency::parse(frequency.toStdString());
        // Jan 1 2024 is a Monday, so the four days fall in one week.
        auto set = prepare("item_id,timestamp,target_value\n"
                           "A,2024-01-01,1\nB,2024-01-01,5\nA,2024-01-01T12:00:00,3\nA,2024-01-02,\nA,2024-01-04,8\n",
                           options);
        QVERIFY2(set.isOk(), set.status().message().c_str());
        QCOMPARE(set->series.size(), size_t(2));
        QCOMPARE(set->series[0].itemId, std::string("A"));
        QCOMPARE(joined(set->series[0].values), seriesA);
        QCOMPARE(joined(set->series[1].values), seriesB);
    }

    // Two items with rows in 10 periods, then `gap` periods in which neither has a row, then 10
    // more; item B also lacks a row in its 5th period. Automatic keeps the common gap missing
    // when it lasts a week or more (two periods at least), and fills B's own gap with zero.
    void automaticGaps_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<int>("gap");
        QTest::addColumn<bool>("missing");
        QTest::newRow("daily, 3 days") << "D" << 3 << false;
        QTest::newRow("daily, 6 days") << "D" << 6 << false;
        QTest::newRow("daily, a week") << "D" << 7 << true;
        QTest::newRow("daily, 12 days") << "D" << 12 << true;
        QTest::newRow("hourly, a day") << "H" << 24 << false;
        QTest::newRow("hourly, a week") << "H" << 168 << true;
        QTest::newRow("weekly, 1 week") << "W" << 1 << false;
        QTest::newRow("weekly, 2 weeks") << "W" << 2 << true;
        QTest::newRow("monthly, 1 month") << "M" << 1 << false;
        QTest::newRow("monthly, 2 months") << "M" << 2 << true;
    }
    void automaticGaps()
    {
        QFETCH(QString, frequency);
        QFETCH(int, gap);
        QFETCH(bool, missing);
        const Frequency f = *Frequency::parse(frequency.toStdString());
        const int64_t first = f.periodIndex(daysFromCivil(2024, 1, 1) * 86400);
        std::string csv = "item_id,timestamp,target_value\n";
        for (int k = 0; k < 20 + gap; ++k) {
            if (k >= 10 && k < 10 + gap) continue;
            const std::string when = formatTimestamp(f.periodStart(first + k), f.isDateOnly());
            csv += "A," + when + ",1\n";
            if (k != 4) csv += "B," + when + ",2\n";
        }
        PreparationOptions options; // automatic by default
        options.frequency = f;
        auto set = prepare(csv, options);
        QVERIFY2(set.isOk(), set.status().message().c_str());
        QCOMPARE(set->series.size(), size_t(2));
        for (const TimeSeries& series : set->series) {
            QCOMPARE(series.values.size(), size_t(20 + gap));
            for (int k = 10; k < 10 + gap; ++k) QCOMPARE(std::isnan(series.values[size_t(k)]), missing);
        }
        QCOMPARE(set->series[1].values[4], 0.0);
        QCOMPARE(set->missing.collectionGaps, size_t(missing ? 1 : 0));
        QCOMPARE(set->missing.collectionGapPeriods, size_t(missing ? gap : 0));
        QCOMPARE(set->missing.longestGapLength, int64_t(missing ? gap : 0));
        if (missing) QCOMPARE(set->missing.longestGapStart, first + 10);
        QCOMPARE(set->missing.missingValues, size_t(missing ? 2 * gap : 0));
        QCOMPARE(set->missing.absentPeriods, size_t(missing ? 1 : 1 + 2 * gap));
        QCOMPARE(set->missing.emptyValues, size_t(0));

        // Asked for zero, the same gap is zero demand.
        options.middleFill = *FillRule::parse("zero");
        auto zero = prepare(csv, options);
        QVERIFY(zero.isOk());
        QCOMPARE(zero->series[0].values[10], 0.0);
        QCOMPARE(zero->missing.missingValues, size_t(0));
    }

    // Issue 12: the Data view's per-series statistics, known answers.
    void seriesAreDescribed()
    {
        PreparationOptions options;
        options.frequency = Frequency::parse("D");
        // A: 1, (empty: missing), (absent: zero), 8.  B: 5 then back-filled zeros to the end.
        auto set = prepare("item_id,timestamp,target_value\nA,2024-01-01,1\nB,2024-01-01,5\nA,2024-01-02,\nA,2024-01-04,8\n", options);
        QVERIFY(set.isOk());
        const std::vector<SeriesStatistics> stats = describeSeries(*set);
        QCOMPARE(stats.size(), size_t(2));
        const SeriesStatistics& a = stats[0];
        QCOMPARE(a.itemId, std::string("A"));
        QCOMPARE(a.periods, size_t(4));
        QCOMPARE(a.firstPeriod, set->series[0].firstPeriod);
        QCOMPARE(a.missing, size_t(1));
        QCOMPARE(a.zeros, size_t(1));
        QCOMPARE(a.mean, 3.0); // (1 + 0 + 8) / 3
        QCOMPARE(a.minimum, 0.0);
        QCOMPARE(a.maximum, 8.0);
        QCOMPARE(a.profile.size(), size_t(4));
        QVERIFY(std::isnan(a.profile[1]));
        QCOMPARE(a.profile[3], 8.0f);
        const SeriesStatistics& b = stats[1];
        QCOMPARE(b.zeros, size_t(3));
        QCOMPARE(b.mean, 1.25);
    }

    void frequencyIsInferred_data()
    {
        QTest::addColumn<QString>("timestamps");
        QTest::addColumn<QString>("frequency");
        QTest::newRow("hourly") << "2024-01-01T00:00,2024-01-01T01:00,2024-01-01T02:00" << "H";
        QTest::newRow("15 minutes") << "2024-01-01T00:00,2024-01-01T00:15,2024-01-01T00:30" << "15min";
        QTest::newRow("daily with a gap") << "2024-01-01,2024-01-02,2024-01-03,2024-01-05" << "D";
        QTest::newRow("weekly") << "2024-01-01,2024-01-08,2024-01-15" << "W";
        QTest::newRow("monthly") << "2024-01-01,2024-02-01,2024-03-01,2024-04-01" << "M";
        QTest::newRow("quarterly") << "2024-01-01,2024-04-01,2024-07-01" << "Q";
        QTest::newRow("yearly") << "2020-01-01,2021-01-01,2022-01-01" << "Y";
    }
    void frequencyIsInferred()
    {
        QFETCH(QString, timestamps);
        QFETCH(QString, frequency);
        std::string csv = "item_id,timestamp,target_value\n";
        for (const QString& t : timestamps.split(QLatin1Char(','))) csv += "A," + t.toStdString() + ",1\n";
        auto set = prepare(csv, {});
        QVERIFY2(set.isOk(), set.status().message().c_str());
        QCOMPARE(QString::fromStdString(set->frequency.name()), frequency);
    }

    void finerFrequencyIsAnError()
    {
        PreparationOptions options;
        options.frequency = Frequency::parse("H");
        auto set = prepare("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,2\n", options);
        QVERIFY(!set.isOk());
        QVERIFY(QString::fromStdString(set.status().message()).contains(QStringLiteral("finer than the data")));
    }

    void periodsAreCalendarAligned_data()
    {
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("timestamp");
        QTest::addColumn<QString>("periodStart");
        QTest::newRow("week starts Monday") << "W" << "2024-01-07T10:00:00" << "2024-01-01";
        QTest::newRow("month") << "M" << "2024-02-29" << "2024-02-01";
        QTest::newRow("quarter") << "Q" << "2024-08-15" << "2024-07-01";
        QTest::newRow("year") << "Y" << "1969-08-15" << "1969-01-01";
        QTest::newRow("hour") << "H" << "2024-01-07T10:59:59" << "2024-01-07T10:00:00";
        QTest::newRow("30 minutes") << "30min" << "2024-01-07T10:59:59" << "2024-01-07T10:30:00";
        QTest::newRow("Friday weeks") << "W-FRI" << "2024-01-07T10:00:00" << "2024-01-05";
        QTest::newRow("Friday weeks, on a Friday") << "W-FRI" << "2024-01-12" << "2024-01-12";
        QTest::newRow("Sunday weeks") << "W-SUN" << "2024-01-06" << "2023-12-31";
        QTest::newRow("month end") << "M-END" << "2024-02-03" << "2024-02-29";
        QTest::newRow("month on the 15th") << "M-15" << "2024-02-29" << "2024-02-15";
        QTest::newRow("quarter end") << "Q-END" << "2024-08-15" << "2024-09-30";
        QTest::newRow("quarters from February") << "Q-FEB" << "2024-01-15" << "2023-11-01";
        QTest::newRow("quarters from April = calendar") << "Q-APR" << "2024-05-15" << "2024-04-01";
        QTest::newRow("fiscal year from April") << "Y-APR" << "2024-03-31" << "2023-04-01";
        QTest::newRow("fiscal year from April, end") << "Y-APR-END" << "2024-03-31" << "2024-03-31";
        QTest::newRow("year end") << "Y-END" << "1969-08-15" << "1969-12-31";
    }
    void periodsAreCalendarAligned()
    {
        QFETCH(QString, frequency);
        QFETCH(QString, timestamp);
        QFETCH(QString, periodStart);
        const Frequency f = *Frequency::parse(frequency.toStdString());
        int64_t t = 0;
        QVERIFY(parseTimestamp(timestamp.toStdString(), TimestampFormat::Iso, t));
        const int64_t index = f.periodIndex(t);
        QCOMPARE(QString::fromStdString(formatTimestamp(f.periodStart(index), f.isDateOnly())), periodStart);
        QCOMPARE(f.periodIndex(f.periodStart(index + 1)), index + 1);
    }

    void frequencyNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name"); // empty: refused
        QTest::newRow("plain week") << "W" << "W";
        QTest::newRow("Friday") << "w-fri" << "W-FRI";
        QTest::newRow("Monday given") << "W-MON" << "W-MON";
        QTest::newRow("month end") << "M-END" << "M-END";
        QTest::newRow("month day") << "M-15" << "M-15";
        QTest::newRow("quarter from Feb, end") << "Q-FEB-END" << "Q-FEB-END";
        QTest::newRow("fiscal year") << "Y-APR" << "Y-APR";
        QTest::newRow("weekday on a month") << "M-FRI" << "";
        QTest::newRow("day 31") << "M-31" << "";
        QTest::newRow("alignment on hours") << "H-END" << "";
        QTest::newRow("unknown weekday") << "W-XYZ" << "";
        QTest::newRow("trailing dash") << "W-" << "";
    }
    void frequencyNames()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        const auto f = Frequency::parse(text.toStdString());
        QCOMPARE(f.has_value(), !name.isEmpty());
        if (!f) return;
        QCOMPARE(QString::fromStdString(f->name()), name);
        QCOMPARE(*Frequency::parse(f->name()), *f);
    }

    // Periods keep the data's own calendar: weekly data dated on Fridays come back on Fridays,
    // quarters dated on their last day stay so (issue 12).
    void alignmentFollowsTheData_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("frequency");
        QTest::addColumn<QString>("nextPeriod");
        QTest::newRow("Friday weeks") << "" << QStringList{"2010-02-05", "2010-02-12", "2010-02-19"} << "W-FRI"
                                      << "2010-02-26";
        QTest::newRow("Friday weeks, W given") << "W" << QStringList{"2010-02-05", "2010-02-12", "2010-02-19"}
                                               << "W-FRI" << "2010-02-26";
        QTest::newRow("Monday weeks") << "" << QStringList{"2010-02-01", "2010-02-08"} << "W" << "2010-02-15";
        QTest::newRow("alignment chosen") << "W-MON" << QStringList{"2010-02-05", "2010-02-12"} << "W-MON"
                                          << "2010-02-15";
        QTest::newRow("month ends") << "" << QStringList{"2017-01-31", "2017-02-28", "2017-03-31"} << "M-END"
                                    << "2017-04-30";
        QTest::newRow("month starts") << "" << QStringList{"2017-01-01", "2017-02-01"} << "M" << "2017-03-01";
        QTest::newRow("mid-month") << "" << QStringList{"2017-01-15", "2017-02-15"} << "M-15" << "2017-03-15";
        QTest::newRow("quarter ends") << "" << QStringList{"2017-03-31", "2017-06-30", "2017-09-30"} << "Q-END"
                                      << "2017-12-31";
        QTest::newRow("quarters from February") << "" << QStringList{"2017-02-01", "2017-05-01"} << "Q-FEB"
                                                << "2017-08-01";
        QTest::newRow("daily summed to weeks: Monday") << "W" << QStringList{"2010-02-05", "2010-02-06", "2010-02-07",
                                                                              "2010-02-08", "2010-02-12"}
                                                        << "W" << "2010-02-15";
    }
    void alignmentFollowsTheData()
    {
        QFETCH(QString, given);
        QFETCH(QStringList, dates);
        QFETCH(QString, frequency);
        QFETCH(QString, nextPeriod);
        std::string csv = "item_id,timestamp,target_value\n";
        for (const QString& d : dates) csv += "a," + d.toStdString() + ",1\n";
        auto data = loadDatasetFromString(csv, "t.csv", ImportOptions{});
        QVERIFY2(data.isOk(), data.status().message().c_str());
        PreparationOptions preparation;
        if (!given.isEmpty()) preparation.frequency = Frequency::parse(given.toStdString());
        auto set = prepareTargetSeries(*data, preparation);
        QVERIFY2(set.isOk(), set.status().message().c_str());
        QCOMPARE(QString::fromStdString(set->frequency.name()), frequency);
        QCOMPARE(QString::fromStdString(formatTimestamp(set->frequency.periodStart(set->endPeriod), true)), nextPeriod);
        int64_t first = 0;
        QVERIFY(parseTimestamp(dates.front().toStdString(), TimestampFormat::Iso, first));
        if (given.isEmpty() || (given == QLatin1String("W") && frequency != QLatin1String("W")))
            QCOMPARE(set->frequency.periodStart(set->series.front().firstPeriod), first);
        if (given.isEmpty()) QCOMPARE(QString::fromStdString(inferDatasetFrequency(*data)->name()), frequency);
    }

    void dimensionsSplitSeries()
    {
        ImportOptions options;
        options.dimensions = {"store"};
        auto data = loadDatasetFromString("item_id,store,timestamp,target_value\nA,S1,2024-01-01,1\nA,S2,2024-01-01,2\n"
                                          "A,S1,2024-01-02,3\nA,S2,2024-01-02,4\n",
                                          "t.csv", options);
        QVERIFY(data.isOk());
        auto set = prepareTargetSeries(*data, {});
        QVERIFY(set.isOk());
        QCOMPARE(set->series.size(), size_t(2));
        QCOMPARE(set->series[1].dimensions, std::vector<std::string>{"S2"});
        QCOMPARE(joined(set->series[1].values), QStringLiteral("2 4"));
    }

    void relatedSeriesAreAlignedThroughTheHorizon_data()
    {
        QTest::addColumn<QString>("future");
        QTest::addColumn<QString>("priceA");
        QTest::addColumn<QString>("priceB");
        QTest::addColumn<bool>("tableGivenUp");
        // Target: A and B on Jan 1..4. Prices: A Jan 2 (two rows, 10 and 12), Jan 4 = 8, Jan 6 = 9;
        // B only Jan 3 = 5. Horizon 3 reaches Jan 7.
        QTest::newRow("carry the last value") << "last" << "11 11 11 8 8 9 9" << "5 5 5 5 5 5 5" << false;
        QTest::newRow("future zero") << "zero" << "11 11 11 8 0 9 0" << "5 5 5 5 0 0 0" << false;
        // The caller that gives the table up gets the same series and an emptied table.
        QTest::newRow("table given up") << "last" << "11 11 11 8 8 9 9" << "5 5 5 5 5 5 5" << true;
    }
    void relatedSeriesAreAlignedThroughTheHorizon()
    {
        QFETCH(QString, future);
        QFETCH(QString, priceA);
        QFETCH(QString, priceB);
        QFETCH(bool, tableGivenUp);
        auto set = prepare("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-04,1\nB,2024-01-01,1\nB,2024-01-04,1\n", {});
        QVERIFY(set.isOk());
        ImportOptions options;
        options.type = DatasetType::Related;
        auto related = loadDatasetFromString("item_id,timestamp,price\nA,2024-01-02,10\nA,2024-01-02,12\nA,2024-01-04,8\n"
                                             "A,2024-01-06,9\nB,2024-01-03,5\nC,2024-01-03,1\n",
                                             "r.csv", options);
        QVERIFY(related.isOk());
        RelatedPreparationOptions relatedOptions;
        relatedOptions.futureFill = *FillRule::parse(future.toStdString());
        if (tableGivenUp) {
            QVERIFY(attachRelatedSeries(std::move(*related), *set, 3, relatedOptions).isOk());
            for (const DataColumn& c : related->table.columns) QCOMPARE(c.size(), size_t(0));
        } else {
            QVERIFY(attachRelatedSeries(*related, *set, 3, relatedOptions).isOk());
            QCOMPARE(related->table.columns[0].size(), size_t(6));
        }
        QCOMPARE(set->featureNames, std::vector<std::string>{"price"});
        QCOMPARE(joined(set->series[0].features[0]), priceA);
        QCOMPARE(joined(set->series[1].features[0]), priceB);
    }

    // Rows are matched on the item and the shared dimensions in whatever order they come, and
    // several rows of one period aggregate as asked.
    void relatedRowsInAnyOrder_data()
    {
        QTest::addColumn<QString>("aggregation");
        QTest::addColumn<QString>("a1");
        QTest::addColumn<QString>("a2");
        QTest::newRow("mean") << "avg" << "3 3 6 7" << "20 20 20 21";
        QTest::newRow("min") << "min" << "2 2 6 7" << "20 20 20 21";
        QTest::newRow("max") << "max" << "4 4 6 7" << "20 20 20 21";
    }
    void relatedRowsInAnyOrder()
    {
        QFETCH(QString, aggregation);
        QFETCH(QString, a1);
        QFETCH(QString, a2);
        PreparationOptions prep;
        ImportOptions targetOptions;
        targetOptions.dimensions = {"store"};
        auto target = loadDatasetFromString("item_id,store,timestamp,target_value\nA,S1,2024-01-01,1\nA,S1,2024-01-03,1\n"
                                            "A,S2,2024-01-01,1\nA,S2,2024-01-03,1\n",
                                            "t.csv", targetOptions);
        QVERIFY(target.isOk());
        auto set = prepareTargetSeries(*target, prep);
        QVERIFY(set.isOk());
        QCOMPARE(set->series.size(), size_t(2));
        ImportOptions options;
        options.type = DatasetType::Related;
        options.dimensions = {"store"};
        auto related = loadDatasetFromString("item_id,store,timestamp,price\nA,S1,2024-01-03,6\nA,S2,2024-01-02,20\n"
                                             "A,S1,2024-01-01,2\nA,S2,2024-01-04,21\nA,S2,2024-01-01,20\nA,S1,2024-01-01,4\n"
                                             "A,S1,2024-01-04,7\n",
                                             "r.csv", options);
        QVERIFY(related.isOk());
        RelatedPreparationOptions relatedOptions;
        relatedOptions.aggregation = *aggregationFromName(aggregation.toStdString());
        QVERIFY(attachRelatedSeries(std::move(*related), *set, 1, relatedOptions).isOk());
        QCOMPARE(set->featureNames, std::vector<std::string>{"price"});
        const bool s1First = set->series[0].dimensions[0] == "S1";
        QCOMPARE(joined(set->series[s1First ? 0 : 1].features[0]), a1);
        QCOMPARE(joined(set->series[s1First ? 1 : 0].features[0]), a2);
    }

    // A historical-only column becomes a past covariate: aligned and filled like the others, but
    // only through the history (its values in the horizon, here Jan 6, are not known then).
    void historicalColumnsEndWithTheHistory()
    {
        auto set = prepare("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-04,1\nB,2024-01-01,1\nB,2024-01-04,1\n", {});
        QVERIFY(set.isOk());
        ImportOptions options;
        options.type = DatasetType::Related;
        auto related = loadDatasetFromString("item_id,timestamp,price,footfall\nA,2024-01-02,10,100\nA,2024-01-04,8,120\n"
                                             "A,2024-01-06,9,130\nB,2024-01-03,5,50\n",
                                             "r.csv", options);
        QVERIFY(related.isOk());
        RelatedPreparationOptions relatedOptions;
        relatedOptions.historicalColumns = {"footfall"};
        std::vector<std::string> notes;
        QVERIFY(attachRelatedSeries(*related, *set, 3, relatedOptions, &notes).isOk());
        QCOMPARE(set->featureNames, std::vector<std::string>{"price"});
        QCOMPARE(set->pastFeatureNames, std::vector<std::string>{"footfall"});
        QCOMPARE(joined(set->series[0].features[0]), QStringLiteral("10 10 10 8 8 9 9"));
        QCOMPARE(joined(set->series[0].pastFeatures[0]), QStringLiteral("100 100 100 120"));
        QCOMPARE(joined(set->series[1].pastFeatures[0]), QStringLiteral("50 50 50 50"));
        QVERIFY(std::any_of(notes.begin(), notes.end(), [](const std::string& n) { return n.find("(footfall)") != std::string::npos; }));
    }
};

QTEST_APPLESS_MAIN(TestSeriesPreparation)
#include "tst_seriespreparation.moc"
