// The import wizard driven as a user would: a file, the preview, the mapping, validation; a bad
// file is reported with row and column and can not be finished.
#include "ui/CsvPreviewModel.h"
#include "ui/ImportWizard.h"
#include "ui/JobRunner.h"
#include "ui/WorkbenchJobs.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QLabel>
#include <QStandardPaths>
#include <QSettings>
#include <QProgressBar>
#include <QCheckBox>
#include <QTemporaryDir>
#include <QtTest/QtTest>

using namespace almanac;
using namespace almanac::ui;

namespace {

void selectData(QComboBox* combo, const QString& data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    combo->setCurrentIndex(index);
}

void typeName(QLineEdit* edit, const QString& name)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, name);
}

// Opens the wizard on a file and goes to the mapping page (the preview read on the way).
void openAtMapping(ImportWizard& wizard, const QString& file)
{
    wizard.setFile(file);
    wizard.show();
    wizard.next();
    QTRY_VERIFY(wizard.previewModel()->preview() != nullptr);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        // Templates are kept in QSettings: the suite's own, empty at the start of each test.
        QStandardPaths::setTestModeEnabled(true);
    }
    void init() { QSettings().clear(); }

    // Issue 12: a file with the same header as one imported before gets that import's choices.
    void mappingIsRememberedForTheSameHeader()
    {
        QTemporaryDir dir;
        auto write = [&](const QString& name, const QByteArray& text) {
            QFile f(dir.filePath(name));
            if (f.open(QIODevice::WriteOnly)) f.write(text);
            return dir.filePath(name);
        };
        const QByteArray rows = "1,05/02/10,100,0\n1,12/02/10,110,0\n1,19/02/10,120,1\n";
        const QString first = write(QStringLiteral("w1.csv"), "Store,Date,Weekly_Sales,Holiday\n" + rows);
        const QString second = write(QStringLiteral("w2.csv"), "Store,Date,Weekly_Sales,Holiday\n" + rows);
        const QString other = write(QStringLiteral("w3.csv"), "Shop,Day,Units\nA,2024-01-01,1\nA,2024-01-02,2\n");
        {
            ImportWizard wizard({});
            openAtMapping(wizard, first);
            QVERIFY(!wizard.templateApplied());
            QVERIFY(wizard.mapField(QStringLiteral("item_id"), QStringLiteral("Store")));
            QVERIFY(wizard.mapField(QStringLiteral("timestamp"), QStringLiteral("Date")));
            QVERIFY(wizard.mapField(QStringLiteral("target_value"), QStringLiteral("Weekly_Sales")));
            wizard.findChild<QCheckBox*>(QStringLiteral("skipBadRows"))->setChecked(true);
            QSignalSpy done(wizard.validationJob(), &JobRunner::finished);
            wizard.next();
            QVERIFY(done.wait(10000));
            QVERIFY(wizard.isValidated());
            wizard.accept();
        }
        {
            ImportWizard wizard({});
            openAtMapping(wizard, second);
            QVERIFY(wizard.templateApplied());
            QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("templateNote"))->isVisible());
            QVERIFY(wizard.findChild<QCheckBox*>(QStringLiteral("skipBadRows"))->isChecked());
            QSignalSpy done(wizard.validationJob(), &JobRunner::finished);
            wizard.next();
            QVERIFY(done.wait(10000));
            QVERIFY(wizard.isValidated());
            const DataColumn* target = wizard.request().data->table.columnWithRole(FieldRole::Target);
            QVERIFY(target);
            QCOMPARE(QString::fromStdString(target->sourceHeader), QStringLiteral("Weekly_Sales"));
        }
        {
            ImportWizard wizard({});
            openAtMapping(wizard, other);
            QVERIFY(!wizard.templateApplied());
            QVERIFY(!wizard.findChild<QCheckBox*>(QStringLiteral("skipBadRows"))->isChecked());
        }
    }

    void onlineRetailInvoiceLines()
    {
        const QString file = QStringLiteral(ALMANAC_SHARED_DATA_DIR "/online-retail-sample/OnlineRetail.csv");
        if (!QFileInfo::exists(file)) QSKIP("../shared/data/online-retail-sample is not here");
        ImportWizard wizard({QStringLiteral("retail")});
        wizard.show();
        QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("importPath")), file);
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::FormatPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.previewModel()->preview() != nullptr, 10000);
        QCOMPARE(wizard.previewModel()->columnCount(), 8);
        QCOMPARE(wizard.previewModel()->headerData(3, Qt::Horizontal, CsvPreviewModel::ColumnTypeRole).toInt(), int(FieldType::Number));
        QCOMPARE(wizard.previewModel()->headerData(4, Qt::Horizontal, CsvPreviewModel::ColumnTypeRole).toInt(), int(FieldType::Timestamp));

        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        selectData(wizard.typeCombo(), QStringLiteral("target"));
        wizard.domainCombo()->setCurrentText(QStringLiteral("RETAIL"));
        QVERIFY(wizard.mapField(QStringLiteral("item_id"), QStringLiteral("StockCode")));
        QVERIFY(wizard.mapField(QStringLiteral("timestamp"), QStringLiteral("InvoiceDate")));
        QVERIFY(wizard.mapField(QStringLiteral("demand"), QStringLiteral("Quantity")));
        // Country is suggested as the location dimension; these series are per item only.
        QVERIFY(wizard.mapField(QStringLiteral("location"), QString()));
        selectData(wizard.frequencyCombo(), QStringLiteral("D"));
        selectData(wizard.aggregationCombo(), QStringLiteral("sum"));
        // The name is taken: the wizard stays on the page until it is changed.
        typeName(wizard.nameEdit(), QStringLiteral("retail"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        typeName(wizard.nameEdit(), QStringLiteral("online_retail"));
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isValidated(), 30000);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        const ImportRequest& request = wizard.request();
        QCOMPARE(request.name, QStringLiteral("online_retail"));
        QCOMPARE(request.settings.frequency, std::string("D"));
        QCOMPARE(request.settings.preparation.at("aggregation"), std::string("sum"));
        QVERIFY(request.data->table.rowCount > 9000);
        QStringList ignored;
        for (const std::string& h : request.data->ignoredHeaders) ignored << QString::fromStdString(h);
        QVERIFY2(ignored.size() == 5, qPrintable(ignored.join(QLatin1Char(','))));
        const QString report = wizard.findChild<QPlainTextEdit*>(QStringLiteral("validationReport"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("StockCode")), qPrintable(report));

        // Finish stores it in a project, through the job the main window runs.
        QTemporaryDir dir;
        const QString project = dir.filePath(QStringLiteral("p.almanac"));
        QVERIFY(ProjectFile::create(project.toStdString()).isOk());
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        runner.start(QStringLiteral("store"), storeDatasetJob(project, request));
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.front().at(0).toBool(), qPrintable(finished.front().at(2).toString()));
        auto opened = ProjectFile::open(project.toStdString());
        auto info = (*opened)->dataset("online_retail");
        QVERIFY(info.isOk());
        QCOMPARE(info->frequency, std::string("D"));
        QCOMPARE(info->preparation.at("aggregation"), std::string("sum"));
        QCOMPARE(size_t(info->rows), request.data->table.rowCount);
    }

    void badValueNamesRowAndColumn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not a number") << QStringLiteral("item_id,timestamp,target_value\nA,2024-01-01,1\nA,2024-01-02,lots\nA,2024-01-03,3\n")
                                      << QStringLiteral("row 3");
        QTest::newRow("bad date") << QStringLiteral("item_id,timestamp,target_value\nA,2024-01-01,1\nA,someday,2\nA,2024-01-03,3\n")
                                  << QStringLiteral("row 3");
    }

    void badValueNamesRowAndColumn()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
        f.close();
        ImportWizard wizard({});
        openAtMapping(wizard, file);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPage));
        QSignalSpy done(wizard.validationJob(), &JobRunner::finished);
        QVERIFY(done.wait(10000));
        QVERIFY(!wizard.isValidated());
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
        const QString report = wizard.findChild<QPlainTextEdit*>(QStringLiteral("validationReport"))->toPlainText();
        QVERIFY2(report.contains(expected) && report.contains(QStringLiteral("column")), qPrintable(report));
        // Issue 12: the bar says the run failed instead of a percentage it never reached.
        auto* bar = wizard.findChild<QProgressBar*>();
        QVERIFY(bar);
        QCOMPARE(bar->text(), QStringLiteral("Failed"));

        // Back, "skip rows with errors", and the other rows validate, the skipped one counted
        // and named; gaps are reported too.
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        auto* skip = wizard.findChild<QCheckBox*>(QStringLiteral("skipBadRows"));
        QVERIFY(skip);
        skip->setChecked(true);
        wizard.next();
        QVERIFY(done.wait(10000));
        const QString skipped = wizard.findChild<QPlainTextEdit*>(QStringLiteral("validationReport"))->toPlainText();
        QVERIFY2(wizard.isValidated(), qPrintable(skipped));
        QCOMPARE(bar->text(), QStringLiteral("100%"));
        QVERIFY2(skipped.contains(QStringLiteral("Ready to import 2 rows")), qPrintable(skipped));
        QVERIFY2(skipped.contains(QStringLiteral("Skipped 1 rows with errors")) && skipped.contains(expected), qPrintable(skipped));
        QCOMPARE(wizard.request().data->table.rowCount, size_t(2));
    }

    // Issue 12: the report counts empty cells and stretches no series has a row for.
    void reportCountsGaps()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("gaps.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QByteArray text("item_id,timestamp,target_value\n");
        for (int d = 0; d < 30; ++d) {
            if (d >= 10 && d < 20) continue;
            text += "A," + QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toLatin1() + (d == 3 ? ",\n" : ",1\n");
        }
        f.write(text);
        f.close();
        ImportWizard wizard({});
        openAtMapping(wizard, file);
        QSignalSpy done(wizard.validationJob(), &JobRunner::finished);
        wizard.next();
        QVERIFY(done.wait(10000));
        QVERIFY(wizard.isValidated());
        const QString report = wizard.findChild<QPlainTextEdit*>(QStringLiteral("validationReport"))->toPlainText();
        QVERIFY2(report.contains(QStringLiteral("10 periods in 1 stretches have no row for any series")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("kept as missing values, not zero demand")), qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Empty target cells: 1 periods (kept as missing values)")), qPrintable(report));
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
