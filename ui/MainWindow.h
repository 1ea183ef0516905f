#pragma once
// The workbench window: start page and views in tabs, the project explorer and jobs docks,
// menus for every flow (import, train, explore, export), undo/redo.
#include "ui/JobRunner.h"

#include <QMainWindow>

#include <functional>
#include <string>
#include <vector>

class QDockWidget;
class QTabWidget;
class QTreeView;
class QUndoStack;
class QMenu;

namespace almanac::ui {

class DatasetView;
class ForecastExplorer;
class ImportWizard;
class JobsPanel;
class MonitoringView;
class ProjectSession;
class ProjectTreeModel;
class RecommendExplorer;
class StartPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { StartTab, DatasetTab, ForecastTab, RecommendTab };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    ProjectSession* session() const { return m_session; }
    JobRunner* jobs() const { return m_jobs; }
    JobsPanel* jobsPanel() const { return m_jobsPanel; }
    QTabWidget* tabs() const { return m_tabs; }
    DatasetView* datasetView() const { return m_datasetView; }
    ForecastExplorer* forecastExplorer() const { return m_forecastExplorer; }
    RecommendExplorer* recommendExplorer() const { return m_recommendExplorer; }
    QTreeView* projectTree() const { return m_tree; }
    QUndoStack* undoStack() const { return m_undo; }

    bool openProject(const QString& path);
    // Opens (creating it first when needed) the bundled sample project in the user's data folder.
    void openSampleProject();
    // The import wizard, optionally on a file; non-modal so tests and the tour can drive it.
    ImportWizard* startImport(const QString& file = {});
    // Runs a job when none is running; onSuccess runs on the GUI thread afterwards.
    bool runJob(const QString& title, JobRunner::Work work, std::function<void()> onSuccess = {});
    void trainRecommender(const QString& interactions, const QString& items, const QString& recipe);
    // Refits a recommender stored in the project (a job), then shows it.
    void loadRecommender(const QString& name);
    // A stored predictor: forecast from it on its dataset as it is now (no refit), retrain it with
    // its settings (jobs), or show its monitoring (non-modal, so tests and the tour can read it).
    bool forecastAgain(const QString& predictor);
    bool retrainPredictor(const QString& predictor);
    MonitoringView* showMonitoring(const QString& predictor);

public slots:
    void newProject();
    void openProjectDialog();
    void trainForecastDialog(const QString& dataset = {});
    void trainRecommenderDialog();
    void showSettings();
    void showSchedules();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void createDocks();
    void openTreeItem(const QModelIndex& index);
    void showPredictorForecast(const std::string& forecast, const std::vector<std::string>& notes);
    void renameTreeItem(const QModelIndex& index);
    void deleteTreeItem(const QModelIndex& index);
    void updateTitle();
    void refreshRecentMenu();

    ProjectSession* m_session;
    JobRunner* m_jobs;
    QUndoStack* m_undo;
    QTabWidget* m_tabs = nullptr;
    StartPage* m_start = nullptr;
    DatasetView* m_datasetView = nullptr;
    ForecastExplorer* m_forecastExplorer = nullptr;
    RecommendExplorer* m_recommendExplorer = nullptr;
    QTreeView* m_tree = nullptr;
    ProjectTreeModel* m_treeModel = nullptr;
    JobsPanel* m_jobsPanel = nullptr;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_projectActions;
};

} // namespace almanac::ui
