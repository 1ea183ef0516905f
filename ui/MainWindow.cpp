#include "ui/MainWindow.h"

#include "ui/AppSettings.h"
#include "ui/DatasetView.h"
#include "ui/ForecastExplorer.h"
#include "ui/ImportWizard.h"
#include "ui/JobsPanel.h"
#include "ui/MonitoringView.h"
#include "ui/ProjectSession.h"
#include "ui/ProjectTreeModel.h"
#include "ui/UserGuide.h"
#include "ui/RecommendExplorer.h"
#include "ui/RenameCommand.h"
#include "ui/ScheduleDialog.h"
#include "ui/SettingsDialog.h"
#include "ui/StartPage.h"
#include "ui/TrainForecastDialog.h"
#include "ui/TrainRecommenderDialog.h"
#include "ui/WorkbenchJobs.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>

namespace almanac::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_session(new ProjectSession(this)), m_jobs(new JobRunner(this)), m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/almanac.svg")));
    setAcceptDrops(true);
    m_start = new StartPage;
    m_datasetView = new DatasetView(m_session);
    m_forecastExplorer = new ForecastExplorer(m_session);
    m_recommendExplorer = new RecommendExplorer(m_session);
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_start, tr("Start"));
    m_tabs->addTab(m_datasetView, tr("Data"));
    m_tabs->addTab(m_forecastExplorer, tr("Forecasts"));
    m_tabs->addTab(m_recommendExplorer, tr("Recommendations"));
    setCentralWidget(m_tabs);
    createDocks();
    createActions();
    statusBar()->showMessage(tr("Ready"));

    connect(m_start, &StartPage::openSampleRequested, this, &MainWindow::openSampleProject);
    connect(m_start, &StartPage::newProjectRequested, this, &MainWindow::newProject);
    connect(m_start, &StartPage::openProjectRequested, this, &MainWindow::openProjectDialog);
    connect(m_start, &StartPage::openRecentRequested, this, &MainWindow::openProject);
    connect(m_datasetView, &DatasetView::trainRequested, this, &MainWindow::trainForecastDialog);
    connect(m_recommendExplorer, &RecommendExplorer::trainRequested, this, &MainWindow::trainRecommenderDialog);
    connect(m_recommendExplorer, &RecommendExplorer::loadRequested, this, &MainWindow::loadRecommender);
    auto showStatus = [this](const QString& text) { statusBar()->showMessage(text, 8000); };
    connect(m_forecastExplorer, &ForecastExplorer::statusMessage, this, showStatus);
    connect(m_recommendExplorer, &RecommendExplorer::statusMessage, this, showStatus);
    connect(m_session, &ProjectSession::opened, this, &MainWindow::updateTitle);
    connect(m_session, &ProjectSession::closed, this, &MainWindow::updateTitle);
    connect(m_jobs, &JobRunner::progressChanged, this, [this](double f, const QString& stage) {
        statusBar()->showMessage(tr("%1: %2 (%3%)").arg(m_jobs->title(), stage).arg(int(f * 100)));
    });
    resize(1280, 820);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_treeModel = new ProjectTreeModel(m_session, this);
    m_treeModel->setDriftFactor(AppSettings::driftFactor());
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("projectTree"));
    m_tree->setModel(m_treeModel);
    m_tree->header()->hide();
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::activated, this, &MainWindow::openTreeItem);
    connect(m_tree, &QTreeView::clicked, this, &MainWindow::openTreeItem);
    connect(m_treeModel, &QAbstractItemModel::modelReset, m_tree, [this] {
        for (int g = 0; g < m_treeModel->rowCount(); ++g)
            if (g != int(ProjectTreeModel::Group::Jobs)) m_tree->expand(m_treeModel->index(g, 0));
    });
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        const int kind = index.data(ProjectTreeModel::KindRole).toInt();
        if (!index.isValid() || kind == ProjectTreeModel::GroupNode || kind == ProjectTreeModel::JobNode) return;
        QMenu menu;
        menu.addAction(tr("Open"), this, [this, index] { openTreeItem(index); });
        if (kind == ProjectTreeModel::PredictorNode) {
            const QString name = index.data(ProjectTreeModel::NameRole).toString();
            menu.addAction(tr("Forecast again with the current data"), this, [this, name] { forecastAgain(name); });
            menu.addAction(tr("Retrain"), this, [this, name] { retrainPredictor(name); });
            menu.addAction(tr("Monitoring…"), this, [this, name] { showMonitoring(name); });
        }
        if (kind == ProjectTreeModel::DatasetNode || kind == ProjectTreeModel::ForecastNode)
            menu.addAction(tr("Rename…"), this, [this, index] { renameTreeItem(index); });
        menu.addAction(tr("Delete…"), this, [this, index] { deleteTreeItem(index); });
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    auto* treeDock = new QDockWidget(tr("Project"), this);
    treeDock->setObjectName(QStringLiteral("projectDock"));
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);

    m_jobsPanel = new JobsPanel(m_jobs);
    auto* jobsDock = new QDockWidget(tr("Jobs"), this);
    jobsDock->setObjectName(QStringLiteral("jobsDock"));
    jobsDock->setWidget(m_jobsPanel);
    addDockWidget(Qt::LeftDockWidgetArea, jobsDock);
    resizeDocks({treeDock, jobsDock}, {260, 260}, Qt::Horizontal);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open project…"), QKeySequence::Open, this, &MainWindow::openProjectDialog);
    file->addAction(tr("Open the &sample project"), this, &MainWindow::openSampleProject);
    m_recentMenu = file->addMenu(tr("&Recent projects"));
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import CSV…"), QKeySequence(Qt::CTRL | Qt::Key_I), this, [this] { startImport(); });
    QAction* close = file->addAction(tr("&Close project"), QKeySequence::Close, this, [this] {
        m_session->close();
        m_undo->clear();
        m_tabs->setCurrentIndex(StartTab);
    });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* rename = edit->addAction(tr("Re&name…"), QKeySequence(Qt::Key_F2), this, [this] { renameTreeItem(m_tree->currentIndex()); });
    QAction* remove = edit->addAction(tr("&Delete…"), QKeySequence::Delete, this, [this] { deleteTreeItem(m_tree->currentIndex()); });
    edit->addSeparator();
    edit->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::showSettings);

    QMenu* train = menuBar()->addMenu(tr("&Train"));
    QAction* forecast = train->addAction(tr("&Forecast…"), QKeySequence(Qt::CTRL | Qt::Key_T), this, [this] { trainForecastDialog(); });
    QAction* recommender = train->addAction(tr("&Recommender…"), QKeySequence(Qt::CTRL | Qt::Key_R), this, &MainWindow::trainRecommenderDialog);
    train->addSeparator();
    QAction* schedules = train->addAction(tr("&Schedules…"), this, &MainWindow::showSchedules);
    train->addSeparator();
    QAction* cancel = train->addAction(tr("&Cancel the running job"), QKeySequence(Qt::Key_Escape), m_jobs, &JobRunner::cancel);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Start"), tr("&Data"), tr("&Forecasts"), tr("R&ecommendations")};
    for (int t = 0; t < 4; ++t)
        view->addAction(names[t], QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + t)), this, [this, t] { m_tabs->setCurrentIndex(t); });
    view->addSeparator();
    for (QDockWidget* dock : findChildren<QDockWidget*>()) view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), QKeySequence::HelpContents, this, [this] {
        auto* guide = findChild<UserGuideDialog*>();
        if (!guide) guide = new UserGuideDialog(this);
        guide->show();
        guide->raise();
    });
    help->addAction(tr("&About Almanac"), this, [this] {
        QMessageBox::about(this, tr("About Almanac"),
                           tr("<h3>Almanac %1</h3><p>Probabilistic forecasting and recommendations on the desktop.</p>"
                              "<p>Your data never leaves this machine.</p>").arg(QStringLiteral(ALMANAC_VERSION)));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(import);
    toolbar->addAction(forecast);
    toolbar->addAction(recommender);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    m_projectActions = {import, close, rename, remove, forecast, recommender, schedules};
    connect(m_jobs, &JobRunner::started, cancel, [cancel] { cancel->setEnabled(true); });
    connect(m_jobs, &JobRunner::finished, cancel, [cancel] { cancel->setEnabled(false); });
    cancel->setEnabled(false);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::refreshRecentMenu);
}

void MainWindow::refreshRecentMenu()
{
    m_recentMenu->clear();
    for (const QString& path : AppSettings::recentProjects())
        m_recentMenu->addAction(QFileInfo(path).completeBaseName() + QStringLiteral(" — ") + path, this,
                                [this, path] { openProject(path); });
    if (m_recentMenu->isEmpty()) m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    const bool open = m_session->isOpen();
    setWindowTitle(open ? tr("%1 — Almanac").arg(m_session->displayName()) : tr("Almanac"));
    for (QAction* a : m_projectActions) a->setEnabled(open);
    for (int t = DatasetTab; t <= RecommendTab; ++t) m_tabs->setTabEnabled(t, open);
}

bool MainWindow::openProject(const QString& path)
{
    QString error;
    if (!m_session->open(path, &error)) {
        QMessageBox::warning(this, tr("Open project"), error);
        AppSettings::removeRecentProject(path);
        m_start->refreshRecent();
        return false;
    }
    m_undo->clear();
    AppSettings::addRecentProject(path);
    m_start->refreshRecent();
    statusBar()->showMessage(tr("Opened %1").arg(path));
    if (!m_session->forecasts().empty()) {
        m_forecastExplorer->showForecast(QString::fromStdString(m_session->forecasts().back().name));
        m_tabs->setCurrentIndex(ForecastTab);
    } else if (!m_session->datasets().empty()) {
        m_datasetView->showDataset(QString::fromStdString(m_session->datasets().front().name));
        m_tabs->setCurrentIndex(DatasetTab);
    }
    return true;
}

void MainWindow::openSampleProject()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = folder + QStringLiteral("/sample.almanac");
    auto openAndTrain = [this, path] {
        if (!openProject(path)) return;
        // Every view should have something to show: a recommender on the shop data is trained
        // (first start) or read back from the project.
        if (m_session->recommenderNames().isEmpty())
            trainRecommender(QStringLiteral("shop_interactions"), QStringLiteral("shop_items"), QStringLiteral("ease"));
        else if (m_session->recommenders().empty())
            loadRecommender(m_session->recommenderNames().front());
    };
    if (QFileInfo::exists(path)) {
        openAndTrain();
        return;
    }
    runJob(tr("Creating the sample project"), createSampleProjectJob(path, AppSettings::threads()), openAndTrain);
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), AppSettings::lastFolder(), tr("Almanac projects (*.almanac)"));
    if (path.isEmpty()) return;
    AppSettings::rememberFolderOf(path);
    if (!path.endsWith(QLatin1String(".almanac"))) path += QStringLiteral(".almanac");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New project"), tr("%1 exists already; open it instead.").arg(path));
        return;
    }
    QString error;
    if (!m_session->create(path, &error)) {
        QMessageBox::warning(this, tr("New project"), error);
        return;
    }
    AppSettings::addRecentProject(path);
    m_undo->clear();
    startImport();
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), AppSettings::lastFolder(),
                                                      tr("Almanac projects (*.almanac);;All files (*)"));
    if (path.isEmpty()) return;
    AppSettings::rememberFolderOf(path);
    openProject(path);
}

ImportWizard* MainWindow::startImport(const QString& file)
{
    if (!m_session->isOpen()) return nullptr;
    QStringList names;
    for (const DatasetInfo& d : m_session->datasets()) names << QString::fromStdString(d.name);
    auto* wizard = new ImportWizard(names, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    if (!file.isEmpty()) wizard->setFile(file);
    connect(wizard, &QWizard::accepted, this, [this, wizard] {
        const ImportRequest request = wizard->request();
        runJob(tr("Importing %1").arg(request.name), storeDatasetJob(m_session->path(), request), [this, request] {
            m_session->refresh();
            m_datasetView->showDataset(request.name);
            m_tabs->setCurrentIndex(DatasetTab);
        });
    });
    wizard->show();
    return wizard;
}

bool MainWindow::runJob(const QString& title, JobRunner::Work work, std::function<void()> onSuccess)
{
    if (m_jobs->isRunning()) {
        QMessageBox::information(this, tr("Busy"), tr("'%1' is still running; wait for it or cancel it first.").arg(m_jobs->title()));
        return false;
    }
    auto* context = new QObject(this);
    connect(m_jobs, &JobRunner::finished, context, [this, context, title, onSuccess](bool ok, bool cancelled, const QString& message) {
        context->deleteLater();
        m_session->refresh();
        if (ok) {
            statusBar()->showMessage(tr("%1: done").arg(title), 8000);
            if (onSuccess) onSuccess();
        } else if (cancelled) {
            statusBar()->showMessage(tr("%1: cancelled; the project is unchanged").arg(title), 8000);
        } else {
            QMessageBox::warning(this, title, message);
        }
    });
    return m_jobs->start(title, std::move(work));
}

void MainWindow::trainForecastDialog(const QString& dataset)
{
    if (!m_session->isOpen()) return;
    TrainForecastDialog dialog(*m_session, AppSettings::defaultQuantiles(), this);
    if (!dataset.isEmpty()) dialog.setDataset(dataset);
    if (dialog.exec() != QDialog::Accepted) return;
    QString error;
    auto request = dialog.request(&error);
    if (!request) return;
    request->spec.threads = AppSettings::threads();
    const QString title = tr("Training %1 on %2").arg(QString::fromStdString(request->recipe), QString::fromStdString(request->dataset));
    if (dialog.keepsPredictor()) {
        auto result = std::make_shared<PredictorJobResult>();
        runJob(title, trainPredictorJob(m_session->path(), predictorRequestFrom(*request), result),
               [this, result] { showPredictorForecast(result->forecast, result->notes); });
        return;
    }
    auto result = std::make_shared<std::string>();
    auto notes = std::make_shared<std::vector<std::string>>();
    runJob(title, trainForecastJob(m_session->path(), *request, result, notes),
           [this, result, notes] { showPredictorForecast(*result, *notes); });
}

void MainWindow::showPredictorForecast(const std::string& forecast, const std::vector<std::string>& notes)
{
    if (!forecast.empty()) {
        m_forecastExplorer->showForecast(QString::fromStdString(forecast));
        m_tabs->setCurrentIndex(ForecastTab);
    }
    // What the run left out (related columns without future values...) must be seen.
    QStringList said;
    for (const std::string& n : notes) said << QString::fromStdString(n);
    if (!said.isEmpty()) statusBar()->showMessage(said.join(QStringLiteral("; ")), 20000);
}

bool MainWindow::forecastAgain(const QString& predictor)
{
    if (!m_session->predictor(predictor)) return false;
    auto result = std::make_shared<PredictorJobResult>();
    return runJob(tr("Forecasting from %1").arg(predictor), forecastAgainJob(m_session->path(), predictor, AppSettings::threads(), result),
                  [this, result] { showPredictorForecast(result->forecast, result->notes); });
}

bool MainWindow::retrainPredictor(const QString& predictor)
{
    if (!m_session->predictor(predictor)) return false;
    auto result = std::make_shared<PredictorJobResult>();
    return runJob(tr("Retraining %1").arg(predictor), retrainPredictorJob(m_session->path(), predictor, AppSettings::threads(), result),
                  [this, result, predictor] {
                      QStringList said{tr("%1 retrained on the current data; forecast again to use it.").arg(predictor)};
                      for (const std::string& n : result->notes) said << QString::fromStdString(n);
                      statusBar()->showMessage(said.join(QStringLiteral("; ")), 20000);
                  });
}

MonitoringView* MainWindow::showMonitoring(const QString& predictor)
{
    if (!m_session->predictor(predictor)) return nullptr;
    auto* view = new MonitoringView(*m_session, predictor, AppSettings::driftFactor(), this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &MonitoringView::forecastAgainRequested, this, &MainWindow::forecastAgain);
    connect(view, &MonitoringView::retrainRequested, this, &MainWindow::retrainPredictor);
    view->show();
    return view;
}

void MainWindow::showSchedules()
{
    if (!m_session->isOpen()) return;
    ScheduleDialog dialog(*m_session, this);
    connect(&dialog, &ScheduleDialog::runRequested, this, [this](const QString& name) {
        auto done = std::make_shared<std::vector<std::string>>();
        runJob(tr("Running schedule %1").arg(name), runScheduleJob(m_session->path(), name, done), [this, done] {
            QStringList said;
            for (const std::string& line : *done) said << QString::fromStdString(line);
            statusBar()->showMessage(said.join(QStringLiteral("; ")), 20000);
        });
    });
    dialog.exec();
}

void MainWindow::trainRecommenderDialog()
{
    if (!m_session->isOpen()) return;
    TrainRecommenderDialog dialog(*m_session, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const RecommenderRequest r = dialog.request();
    trainRecommender(r.interactions, r.items, r.recipe);
}

void MainWindow::trainRecommender(const QString& interactions, const QString& items, const QString& recipe)
{
    RecommenderRequest request{interactions, items, recipe, {}, m_session->uniqueName(interactions + QLatin1Char('-') + recipe)};
    auto result = std::make_shared<std::shared_ptr<const TrainedRecommender>>();
    const QString path = m_session->path();
    runJob(tr("Training recommender %1").arg(request.name), trainRecommenderJob(path, request, AppSettings::threads(), result),
           [this, result, path] {
               if (!*result || m_session->path() != path) return;
               m_session->addRecommender(*result);
               m_recommendExplorer->showRecommender((*result)->name);
           });
}

void MainWindow::loadRecommender(const QString& name)
{
    const StoredRecommender* stored = m_session->storedRecommender(name);
    if (!stored) return;
    auto result = std::make_shared<std::shared_ptr<const TrainedRecommender>>();
    const QString path = m_session->path();
    runJob(tr("Loading recommender %1").arg(name), loadRecommenderJob(path, *stored, AppSettings::threads(), result),
           [this, result, path] {
               if (!*result || m_session->path() != path) return;
               m_session->addRecommender(*result);
               m_recommendExplorer->showRecommender((*result)->name);
           });
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
    m_treeModel->setDriftFactor(AppSettings::driftFactor());
}

void MainWindow::openTreeItem(const QModelIndex& index)
{
    const QString name = index.data(ProjectTreeModel::NameRole).toString();
    switch (index.data(ProjectTreeModel::KindRole).toInt()) {
    case ProjectTreeModel::DatasetNode:
        m_datasetView->showDataset(name);
        m_tabs->setCurrentIndex(DatasetTab);
        break;
    case ProjectTreeModel::ForecastNode:
        m_forecastExplorer->showForecast(name);
        m_tabs->setCurrentIndex(ForecastTab);
        break;
    case ProjectTreeModel::RecommenderNode:
        m_recommendExplorer->showRecommender(name);
        m_tabs->setCurrentIndex(RecommendTab);
        break;
    case ProjectTreeModel::PredictorNode: {
        // Its newest forecast; opening a predictor never refits it.
        const QStringList made = m_session->forecastsOf(name);
        if (!made.isEmpty()) {
            m_forecastExplorer->showForecast(made.back());
            m_tabs->setCurrentIndex(ForecastTab);
        }
        break;
    }
    default: break;
    }
}

void MainWindow::renameTreeItem(const QModelIndex& index)
{
    const int kind = index.data(ProjectTreeModel::KindRole).toInt();
    if (kind != ProjectTreeModel::DatasetNode && kind != ProjectTreeModel::ForecastNode) return;
    const QString name = index.data(ProjectTreeModel::NameRole).toString();
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Rename"), tr("New name for '%1':").arg(name), QLineEdit::Normal, name, &ok).trimmed();
    if (!ok || newName.isEmpty() || newName == name) return;
    const bool dataset = kind == ProjectTreeModel::DatasetNode;
    if (dataset ? m_session->dataset(newName) != nullptr : m_session->forecast(newName) != nullptr) {
        QMessageBox::warning(this, tr("Rename"), tr("'%1' is taken already.").arg(newName));
        return;
    }
    auto* command = new RenameCommand(m_session, dataset ? RenameCommand::Target::Dataset : RenameCommand::Target::Forecast, name, newName);
    m_undo->push(command); // runs it; a rename that fails marks itself obsolete and leaves the stack
    if (m_session->dataset(newName) == nullptr && m_session->forecast(newName) == nullptr)
        QMessageBox::warning(this, tr("Rename"), tr("Cannot rename '%1'.").arg(name));
}

void MainWindow::deleteTreeItem(const QModelIndex& index)
{
    const int kind = index.data(ProjectTreeModel::KindRole).toInt();
    const QString name = index.data(ProjectTreeModel::NameRole).toString();
    if (kind != ProjectTreeModel::DatasetNode && kind != ProjectTreeModel::ForecastNode && kind != ProjectTreeModel::RecommenderNode
        && kind != ProjectTreeModel::PredictorNode)
        return;
    if (QMessageBox::question(this, tr("Delete"), tr("Delete '%1'? This cannot be undone.").arg(name)) != QMessageBox::Yes) return;
    QString error;
    bool ok = true;
    if (kind == ProjectTreeModel::DatasetNode) ok = m_session->removeDataset(name, &error);
    else if (kind == ProjectTreeModel::ForecastNode) ok = m_session->removeForecast(name, &error);
    else if (kind == ProjectTreeModel::PredictorNode) ok = m_session->removePredictor(name, &error);
    else m_session->removeRecommender(name);
    if (!ok) QMessageBox::warning(this, tr("Delete"), error);
    // Undoing a rename of something deleted would fail: the history before a deletion is dropped.
    m_undo->clear();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_jobs->isRunning()) {
        if (QMessageBox::question(this, tr("Quit"), tr("'%1' is running. Cancel it and quit?").arg(m_jobs->title())) != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_jobs->cancel();
        m_jobs->wait(30000);
    }
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const auto urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.front().isLocalFile()) return;
    const QString path = urls.front().toLocalFile();
    if (path.endsWith(QLatin1String(".almanac"))) openProject(path);
    else startImport(path);
}

} // namespace almanac::ui
