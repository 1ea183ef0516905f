#include "ui/ProjectSession.h"

#include "project/PredictorWorkflow.h"
#include "project/RecommenderWorkflow.h"
#include "project/ScheduleInstaller.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace almanac::ui {

namespace {

bool report(const Status& status, QString* error)
{
    if (status.isOk()) return true;
    if (error) *error = QString::fromStdString(status.message());
    return false;
}

} // namespace

ProjectSession::ProjectSession(QObject* parent) : QObject(parent) {}

ProjectSession::~ProjectSession() = default;

QString ProjectSession::displayName() const { return QFileInfo(m_path).completeBaseName(); }

bool ProjectSession::open(const QString& path, QString* error)
{
    return finishOpen(ProjectFile::open(path.toStdString()), path, error);
}

bool ProjectSession::create(const QString& path, QString* error)
{
    return finishOpen(ProjectFile::create(path.toStdString()), path, error);
}

bool ProjectSession::finishOpen(Result<std::unique_ptr<ProjectFile>> project, const QString& path, QString* error)
{
    if (!report(project.status(), error)) return false;
    close();
    m_project = std::move(*project);
    m_path = path;
    refresh();
    emit opened(path);
    return true;
}

void ProjectSession::close()
{
    if (!m_project) return;
    m_project.reset();
    m_path.clear();
    m_datasets.clear();
    m_forecasts.clear();
    m_jobs.clear();
    m_recommenders.clear();
    m_stored.clear();
    m_predictors.clear();
    m_monitoring.clear();
    m_schedules.clear();
    emit closed();
}

void ProjectSession::refresh()
{
    if (!m_project) return;
    if (auto d = m_project->datasets(); d.isOk()) m_datasets = std::move(*d);
    if (auto f = m_project->forecasts(); f.isOk()) m_forecasts = std::move(*f);
    if (auto j = m_project->jobs(); j.isOk()) m_jobs = std::move(*j);
    if (auto r = m_project->recommenders(); r.isOk()) m_stored = std::move(*r);
    m_predictors.clear();
    m_monitoring.clear();
    if (auto models = m_project->models(); models.isOk())
        for (StoredModel& m : *models) {
            // A recommender trained by almanac-cli train is kept as a model only: listed beside
            // the workbench's, and read back (never refitted) when opened.
            if (m.kind == kRecommenderKind && !storedRecommender(QString::fromStdString(m.name))) {
                StoredRecommender r;
                r.name = m.name;
                r.interactionsDataset = m.datasets.count("interactions") ? m.datasets.at("interactions") : std::string();
                r.itemsDataset = m.datasets.count("items") ? m.datasets.at("items") : std::string();
                r.recipe = m.recipe;
                r.metricsJson = m.metricsJson;
                r.createdAt = m.createdAt;
                m_stored.push_back(std::move(r));
            }
            if (m.kind == kPredictorKind) {
                if (auto history = monitoringHistory(*m_project, m); history.isOk()) m_monitoring[m.name] = std::move(*history);
                m_predictors.push_back(std::move(m));
            }
        }
    if (auto s = m_project->schedules(); s.isOk()) m_schedules = std::move(*s);
    emit contentsChanged();
}

const DatasetInfo* ProjectSession::dataset(const QString& name) const
{
    const std::string n = name.toStdString();
    for (const DatasetInfo& d : m_datasets)
        if (d.name == n) return &d;
    return nullptr;
}

const ForecastInfo* ProjectSession::forecast(const QString& name) const
{
    const std::string n = name.toStdString();
    for (const ForecastInfo& f : m_forecasts)
        if (f.name == n) return &f;
    return nullptr;
}

QStringList ProjectSession::datasetNames(DatasetType type) const
{
    QStringList out;
    for (const DatasetInfo& d : m_datasets)
        if (d.type == type) out << QString::fromStdString(d.name);
    return out;
}

std::shared_ptr<const TrainedRecommender> ProjectSession::recommender(const QString& name) const
{
    for (const auto& r : m_recommenders)
        if (r->name == name) return r;
    return nullptr;
}

void ProjectSession::addRecommender(std::shared_ptr<const TrainedRecommender> recommender)
{
    m_recommenders.push_back(std::move(recommender));
    emit contentsChanged();
}

const StoredRecommender* ProjectSession::storedRecommender(const QString& name) const
{
    const std::string n = name.toStdString();
    for (const StoredRecommender& r : m_stored)
        if (r.name == n) return &r;
    return nullptr;
}

QStringList ProjectSession::recommenderNames() const
{
    QStringList names;
    for (const StoredRecommender& r : m_stored) names << QString::fromStdString(r.name);
    for (const auto& r : m_recommenders)
        if (!names.contains(r->name)) names << r->name;
    return names;
}

double ProjectSession::holdoutNdcg10(const QString& recommender) const
{
    const StoredRecommender* stored = storedRecommender(recommender);
    if (!stored) return std::numeric_limits<double>::quiet_NaN();
    const QJsonObject metrics = QJsonDocument::fromJson(QByteArray::fromStdString(stored->metricsJson)).object();
    const QJsonValue v = metrics.value(QLatin1String("metrics")).toObject().value(QLatin1String("NDCG@10"));
    return v.isDouble() ? v.toDouble() : std::numeric_limits<double>::quiet_NaN();
}

const StoredModel* ProjectSession::predictor(const QString& name) const
{
    const std::string n = name.toStdString();
    for (const StoredModel& m : m_predictors)
        if (m.name == n) return &m;
    return nullptr;
}

const MonitoringHistory* ProjectSession::monitoring(const QString& predictor) const
{
    const auto it = m_monitoring.find(predictor.toStdString());
    return it == m_monitoring.end() ? nullptr : &it->second;
}

double ProjectSession::driftRatio(const QString& predictor) const
{
    const MonitoringHistory* history = monitoring(predictor);
    return history ? history->driftRatio : std::numeric_limits<double>::quiet_NaN();
}

bool ProjectSession::removePredictor(const QString& name, QString* error)
{
    if (!m_project || !report(m_project->removeModel(name.toStdString()), error)) return false;
    refresh();
    return true;
}

QStringList ProjectSession::forecastsOf(const QString& predictor) const
{
    QStringList out;
    if (!m_project) return out;
    if (auto links = m_project->modelForecasts(predictor.toStdString()); links.isOk())
        for (const auto& link : *links)
            if (forecast(QString::fromStdString(link.first))) out << QString::fromStdString(link.first);
    return out;
}

bool ProjectSession::addSchedule(const StoredSchedule& schedule, bool install, const QString& cliPath, QString* how, QString* error)
{
    if (!m_project) return false;
    auto installed = almanac::addSchedule(*m_project, schedule, install, cliPath.toStdString());
    if (!report(installed.status(), error)) return false;
    if (how) *how = QString::fromStdString(*installed);
    refresh();
    return true;
}

bool ProjectSession::removeSchedule(const QString& name, QString* error)
{
    if (!m_project || !report(almanac::removeSchedule(*m_project, name.toStdString()), error)) return false;
    refresh();
    return true;
}

QString ProjectSession::uniqueName(const QString& base) const
{
    // The project's one rule (no dataset, forecast, model or recommender of that name), and
    // nothing this session holds unsaved.
    auto used = [this](const QString& n) {
        if (forecast(n) || recommender(n) || storedRecommender(n)) return true;
        if (!m_project) return false;
        auto free = m_project->unusedName(n.toStdString());
        return !free.isOk() || *free != n.toStdString();
    };
    if (!used(base)) return base;
    for (int k = 2;; ++k) {
        const QString candidate = base + QLatin1Char('-') + QString::number(k);
        if (!used(candidate)) return candidate;
    }
}

bool ProjectSession::renameDataset(const QString& name, const QString& newName, QString* error)
{
    if (!m_project || !report(m_project->renameDataset(name.toStdString(), newName.toStdString()), error)) return false;
    refresh();
    return true;
}

bool ProjectSession::removeDataset(const QString& name, QString* error)
{
    if (!m_project || !report(m_project->removeDataset(name.toStdString()), error)) return false;
    refresh();
    return true;
}

bool ProjectSession::renameForecast(const QString& name, const QString& newName, QString* error)
{
    if (!m_project || !report(m_project->renameForecast(name.toStdString(), newName.toStdString()), error)) return false;
    refresh();
    return true;
}

bool ProjectSession::removeForecast(const QString& name, QString* error)
{
    if (!m_project || !report(m_project->removeForecast(name.toStdString()), error)) return false;
    refresh();
    return true;
}

bool ProjectSession::removeRecommender(const QString& name)
{
    bool removed = false;
    for (auto it = m_recommenders.begin(); it != m_recommenders.end(); ++it)
        if ((*it)->name == name) {
            m_recommenders.erase(it);
            removed = true;
            break;
        }
    if (m_project && storedRecommender(name)) removed = m_project->removeRecommender(name.toStdString()).isOk() || removed;
    refresh();
    return removed;
}

} // namespace almanac::ui
