// The main window's flows: opening a project fills the explorer, renames undo, a cancelled
// training leaves the project as it was, a finished one opens in the forecast explorer.
#include "tests/ui/UiTestProject.h"
#include "ui/ForecastExplorer.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/ProjectTreeModel.h"
#include "ui/RenameCommand.h"
#include "ui/WorkbenchJobs.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest/QtTest>

using namespace almanac;
using namespace almanac::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("main.almanac"));
        QVERIFY(makeTestProject(m_path));
    }

    void openShowsTheLatestForecast()
    {
        MainWindow window;
        window.show();
        QSignalSpy loaded(window.forecastExplorer(), &ForecastExplorer::loaded);
        QVERIFY(window.openProject(m_path));
        QVERIFY(window.windowTitle().contains(QStringLiteral("main")));
        QCOMPARE(window.projectTree()->model()->rowCount(), 4);
        QCOMPARE(window.tabs()->currentIndex(), int(MainWindow::ForecastTab));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.front().at(0).toString(), QStringLiteral("demand-ets"));
    }

    void renameIsUndoable()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        ProjectSession* session = window.session();
        window.undoStack()->push(new RenameCommand(session, RenameCommand::Target::Dataset, QStringLiteral("retail_items"),
                                                   QStringLiteral("catalogue")));
        QVERIFY(session->dataset(QStringLiteral("catalogue")));
        QVERIFY(!session->dataset(QStringLiteral("retail_items")));
        window.undoStack()->undo();
        QVERIFY(session->dataset(QStringLiteral("retail_items")));
        window.undoStack()->redo();
        QVERIFY(session->dataset(QStringLiteral("catalogue")));
        window.undoStack()->undo();
        // A rename onto a taken name fails and leaves nothing to undo.
        window.undoStack()->clear();
        window.undoStack()->push(new RenameCommand(session, RenameCommand::Target::Dataset, QStringLiteral("retail_items"),
                                                   QStringLiteral("retail_demand")));
        QCOMPARE(window.undoStack()->count(), 0);
        QVERIFY(session->dataset(QStringLiteral("retail_items")));
    }

    void cancelledTrainingLeavesTheProject()
    {
        MainWindow window;
        QVERIFY(window.openProject(m_path));
        const size_t before = window.session()->forecasts().size();
        ProjectForecastRequest request;
        request.dataset = SampleDatasetNames::retailDemand;
        request.recipe = "auto";
        request.spec.horizon = 14;
        QSignalSpy finished(window.jobs(), &JobRunner::finished);
        QVERIFY(window.runJob(QStringLiteral("auto"), trainForecastJob(m_path, request, std::make_shared<std::string>())));
        QTest::qWait(200);
        window.jobs()->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.front().at(1).toBool(), true);
        QCOMPARE(window.session()->forecasts().size(), before);

        // The same job left alone stores a forecast, which the explorer then shows.
        auto result = std::make_shared<std::string>();
        request.recipe = "snaive";
        request.forecastName = "demand-snaive";
        QSignalSpy loaded(window.forecastExplorer(), &ForecastExplorer::loaded);
        QVERIFY(window.runJob(QStringLiteral("snaive"), trainForecastJob(m_path, request, result),
                              [&] { window.forecastExplorer()->showForecast(QString::fromStdString(*result)); }));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(*result, std::string("demand-snaive"));
        QCOMPARE(window.session()->forecasts().size(), before + 1);
    }

    void translationsAreBuiltIn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("French") << QStringLiteral("fr") << QStringLiteral("&Fichier");
    }

    void translationsAreBuiltIn()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/almanac_") + language + QStringLiteral(".qm")));
        QCOMPARE(translator.translate("almanac::ui::MainWindow", "&File"), expected);
        QVERIFY(!translator.translate("almanac::ui::ForecastExplorer", "Show &backtest").isEmpty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
