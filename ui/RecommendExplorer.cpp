#include "ui/RecommendExplorer.h"

#include "ui/AppSettings.h"
#include "ui/BackgroundPriority.h"

#include "recommend/PersonalizedRanking.h"
#include "recommend/RecommendExport.h"
#include "ui/ProjectSession.h"
#include "ui/RecommendationModels.h"
#include "ui/TableClipboard.h"
#include "ui/UserEvents.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace almanac::ui {

namespace {

QTableView* tableFor(QAbstractItemModel* model, const QString& objectName)
{
    auto* view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Columns fit what they show (times, event types), up to a width that leaves the others room.
    view->horizontalHeader()->setMaximumSectionSize(320);
    QObject::connect(model, &QAbstractItemModel::modelReset, view, [view] { view->resizeColumnsToContents(); });
    enableTableCopy(view);
    return view;
}

QSortFilterProxyModel* searchable(QAbstractItemModel* model, QObject* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(EntityListModel::SortRole);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterKeyColumn(0);
    return proxy;
}

// A searchable list of users or items, most active first.
QTableView* pickerTable(QAbstractItemModel* proxy, const QString& objectName)
{
    QTableView* view = tableFor(proxy, objectName);
    view->setSortingEnabled(true);
    view->sortByColumn(1, Qt::DescendingOrder);
    return view;
}

QLineEdit* searchFieldFor(QSortFilterProxyModel* proxy, const QString& placeholder)
{
    auto* search = new QLineEdit;
    search->setPlaceholderText(placeholder);
    search->setClearButtonEnabled(true);
    QObject::connect(search, &QLineEdit::textChanged, proxy, &QSortFilterProxyModel::setFilterFixedString);
    return search;
}

QWidget* listPane(QLineEdit* search, QTableView* view)
{
    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(search);
    layout->addWidget(view, 1);
    return pane;
}

QWidget* titled(const QString& title, QWidget* content)
{
    auto* pane = new QWidget;
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel(title);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return pane;
}

} // namespace

RecommendExplorer::RecommendExplorer(ProjectSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("recommendExplorer"));
    m_choice = new QComboBox;
    m_choice->setObjectName(QStringLiteral("recommenderChoice"));
    m_choice->setMinimumContentsLength(24);
    auto* train = new QPushButton(tr("&Train recommender…"));
    auto* exportButton = new QPushButton(tr("&Export for all users…"));
    m_summary = new QLabel;
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Recommender:")));
    top->addWidget(m_choice, 1);
    top->addWidget(train);
    top->addWidget(exportButton);
    m_tabs = new QTabWidget;
    m_tabs->addTab(createUserTab(), tr("For a &user"));
    m_tabs->addTab(createItemTab(), tr("&Related items"));
    m_tabs->addTab(createRankTab(), tr("Re-ran&k"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(train, &QPushButton::clicked, this, &RecommendExplorer::trainRequested);
    connect(exportButton, &QPushButton::clicked, this, &RecommendExplorer::exportRecommendations);
    connect(m_choice, &QComboBox::activated, this, [this] { showRecommender(m_choice->currentText()); });
    connect(session, &ProjectSession::contentsChanged, this, &RecommendExplorer::refreshRecommenderList);
    connect(session, &ProjectSession::closed, this, [this] {
        setRecommender(nullptr);
        m_sims.clear();
    });
}

QWidget* RecommendExplorer::createUserTab()
{
    m_users = new EntityListModel(EntityListModel::Kind::Users, this);
    m_userProxy = searchable(m_users, this);
    QLineEdit* search = searchFieldFor(m_userProxy, tr("Search users…"));
    search->setObjectName(QStringLiteral("userSearch"));
    m_userView = pickerTable(m_userProxy, QStringLiteral("userTable"));
    connect(m_userView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        showUser(current.isValid() ? current.data(EntityListModel::CodeRole).toLongLong() : -1);
    });

    m_filter = new QLineEdit;
    m_filter->setObjectName(QStringLiteral("recommendFilter"));
    m_filter->setPlaceholderText(tr("Filter, e.g. EXCLUDE ItemID WHERE Items.CATEGORY IN (\"Books\")"));
    m_filterError = new QLabel;
    m_filterError->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_filterError->setWordWrap(true);
    m_count = new QSpinBox;
    m_count->setRange(1, 500);
    m_count->setValue(25);
    m_keepSeen = new QCheckBox(tr("Include items the user has seen"));
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { setFilter(m_filter->text()); });
    connect(m_count, &QSpinBox::valueChanged, this, [this] { showUser(m_user); });
    connect(m_keepSeen, &QCheckBox::toggled, this, [this] { showUser(m_user); });
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(new QLabel(tr("Results:")));
    controls->addWidget(m_count);
    controls->addWidget(m_keepSeen);

    m_history = new ScoredItemModel(tr("Events"), 0, this, true);
    m_recommended = new ScoredItemModel(tr("Score"), 4, this);
    auto* lists = new QSplitter(Qt::Vertical);
    lists->addWidget(titled(tr("Recent history"), tableFor(m_history, QStringLiteral("historyTable"))));
    lists->addWidget(titled(tr("Recommended"), tableFor(m_recommended, QStringLiteral("recommendedTable"))));
    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(controls);
    rightLayout->addWidget(m_filterError);
    rightLayout->addWidget(lists, 1);
    auto* split = new QSplitter;
    split->addWidget(listPane(search, m_userView));
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    return split;
}

QWidget* RecommendExplorer::createItemTab()
{
    m_items = new EntityListModel(EntityListModel::Kind::Items, this);
    m_itemProxy = searchable(m_items, this);
    QLineEdit* search = searchFieldFor(m_itemProxy, tr("Search items…"));
    m_itemView = pickerTable(m_itemProxy, QStringLiteral("itemPickTable"));
    connect(m_itemView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        showRelated(current.isValid() ? current.data(EntityListModel::CodeRole).toLongLong() : -1);
    });
    m_related = new ScoredItemModel(tr("Similarity"), 4, this);
    // The same filter and result count as the user tab's, on item attributes only (no user here).
    m_relatedFilter = new QLineEdit;
    m_relatedFilter->setObjectName(QStringLiteral("relatedFilter"));
    m_relatedFilter->setPlaceholderText(tr("Filter, e.g. INCLUDE ItemID WHERE Items.CATEGORY IN (\"Books\")"));
    m_relatedFilterError = new QLabel;
    m_relatedFilterError->setStyleSheet(QStringLiteral("color: #c0392b"));
    m_relatedFilterError->setWordWrap(true);
    m_relatedCount = new QSpinBox;
    m_relatedCount->setObjectName(QStringLiteral("relatedCount"));
    m_relatedCount->setRange(1, 500);
    m_relatedCount->setValue(25);
    connect(m_relatedFilter, &QLineEdit::returnPressed, this, [this] { setRelatedFilter(m_relatedFilter->text()); });
    connect(m_relatedCount, &QSpinBox::valueChanged, this, [this] { showRelated(m_relatedItem); });
    auto* relatedControls = new QHBoxLayout;
    relatedControls->addWidget(m_relatedFilter, 1);
    relatedControls->addWidget(new QLabel(tr("Results:")));
    relatedControls->addWidget(m_relatedCount);
    m_relatedHint = new QLabel;
    m_relatedHint->setObjectName(QStringLiteral("relatedHint"));
    m_relatedHint->setWordWrap(true);
    m_relatedHint->setText(tr("Train or open a recommender to see related items."));
    auto* relatedPane = new QWidget;
    auto* relatedLayout = new QVBoxLayout(relatedPane);
    relatedLayout->setContentsMargins(0, 0, 0, 0);
    relatedLayout->addLayout(relatedControls);
    relatedLayout->addWidget(m_relatedFilterError);
    relatedLayout->addWidget(m_relatedHint);
    relatedLayout->addWidget(tableFor(m_related, QStringLiteral("relatedTable")), 1);
    auto* split = new QSplitter;
    split->addWidget(listPane(search, m_itemView));
    split->addWidget(titled(tr("Related items (co-occurrence, SIMS)"), relatedPane));
    split->setStretchFactor(1, 3);
    return split;
}

QWidget* RecommendExplorer::createRankTab()
{
    m_rankUser = new QLineEdit;
    m_rankUser->setPlaceholderText(tr("User id"));
    m_candidates = new QPlainTextEdit;
    m_candidates->setPlaceholderText(tr("Paste candidate item ids, one per line or separated by commas"));
    auto* rank = new QPushButton(tr("Ra&nk for this user"));
    connect(rank, &QPushButton::clicked, this, [this] { rankCandidates(m_rankUser->text(), m_candidates->toPlainText()); });
    m_ranked = new ScoredItemModel(tr("Score"), 4, this);
    auto* form = new QFormLayout;
    form->addRow(tr("User:"), m_rankUser);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    leftLayout->addWidget(m_candidates, 1);
    leftLayout->addWidget(rank);
    auto* split = new QSplitter;
    split->addWidget(left);
    split->addWidget(titled(tr("Ranked"), tableFor(m_ranked, QStringLiteral("rankedTable"))));
    split->setStretchFactor(1, 2);
    return split;
}

QString RecommendExplorer::relatedHint() const { return m_relatedHint->text(); }

void RecommendExplorer::refreshRecommenderList()
{
    const QString current = m_recommender ? m_recommender->name : QString();
    QSignalBlocker block(m_choice);
    m_choice->clear();
    m_choice->addItems(m_session->recommenderNames());
    m_choice->setCurrentText(current);
    if (m_recommender && !m_session->recommenderNames().contains(current)) setRecommender(nullptr);
}

void RecommendExplorer::showRecommender(const QString& name)
{
    m_choice->setCurrentText(name);
    auto loaded = m_session->recommender(name);
    if (!loaded && m_session->storedRecommender(name)) {
        m_summary->setText(tr("Reading %1 back from the project…").arg(name));
        emit loadRequested(name);
        return;
    }
    setRecommender(loaded);
}

void RecommendExplorer::setRecommender(std::shared_ptr<const TrainedRecommender> recommender)
{
    m_recommender = std::move(recommender);
    m_filterEvaluator.reset();
    m_explorationWeight = 0;
    m_explorationPool = {};
    if (m_recommender && m_recommender->model.recipe && m_recommender->model.data) {
        const ExplorationOptions exploration = explorationOptionsFor(*m_recommender->model.recipe, m_recommender->model.spec.parameters);
        if (exploration.weight > 0) {
            m_explorationWeight = exploration.weight;
            m_explorationPool = ExplorationPool::build(*m_recommender->model.data, m_recommender->items.get(), exploration.itemAgeCutOffDays);
        }
    }
    m_relatedAllowed.clear();
    m_relatedFilterError->clear();
    m_userEvents.reset();
    if (m_recommender && m_recommender->interactions) {
        // The event types of a user's history need their rows: indexed once, off this thread.
        const int request = ++m_userEventsRequest;
        using Index = std::shared_ptr<const UserEvents>;
        auto* watcher = new QFutureWatcher<Index>(this);
        connect(watcher, &QFutureWatcher<Index>::finished, this, [this, watcher, request] {
            const Index index = watcher->result();
            watcher->deleteLater();
            if (request != m_userEventsRequest) return;
            m_userEvents = index;
            showUser(m_user);
        });
        watcher->setFuture(QtConcurrent::run([interactions = std::shared_ptr<const LoadedDataset>(m_recommender->interactions)]() -> Index {
            lowerThisThreadsPriority();
            return std::make_shared<const UserEvents>(interactions);
        }));
    }
    m_user = -1;
    m_users->setRecommender(m_recommender);
    m_items->setRecommender(m_recommender);
    for (ScoredItemModel* m : {m_history, m_recommended, m_related, m_ranked}) m->setRecommender(m_recommender);
    showRelated(-1);
    if (!m_recommender) {
        m_summary->setText(tr("No recommender yet: train one on an interactions dataset."));
        return;
    }
    const InteractionData& data = *m_recommender->model.data;
    QString text = tr("%1 · %2 users · %3 items · %4 interactions")
                       .arg(QString::fromStdString(m_recommender->model.label()), QLocale().toString(qulonglong(data.userCount())),
                            QLocale().toString(qulonglong(data.itemCount())), QLocale().toString(qulonglong(data.interactionCount())));
    double ndcg = qQNaN();
    if (!m_recommender->model.trials.empty()) {
        ndcg = m_recommender->model.trials.front().metrics.ndcg.at(10);
    } else {
        // Read back from the project: the evaluation made when it was trained.
        ndcg = m_session->holdoutNdcg10(m_recommender->name);
    }
    if (!std::isnan(ndcg)) text += tr(" · holdout NDCG@10 %1").arg(QLocale().toString(ndcg, 'f', 4));
    m_summary->setText(text);
    m_userView->selectRow(0);
}

Result<FilterEvaluator> RecommendExplorer::evaluatorFor(const QString& expression) const
{
    auto parsed = parseRecommendationFilter(expression.toStdString());
    if (!parsed.isOk()) return parsed.status();
    return FilterEvaluator::create(*parsed, *m_recommender->model.data, m_recommender->items.get(),
                                   m_recommender->interactions.get());
}

bool RecommendExplorer::setFilter(const QString& expression)
{
    m_filter->setText(expression);
    m_filterError->clear();
    m_filterEvaluator.reset();
    if (!expression.trimmed().isEmpty() && m_recommender) {
        auto evaluator = evaluatorFor(expression);
        if (!evaluator.isOk()) {
            m_filterError->setText(QString::fromStdString(evaluator.status().message()));
            return false;
        }
        m_filterEvaluator = std::make_shared<const FilterEvaluator>(std::move(*evaluator));
    }
    showUser(m_user);
    return true;
}

bool RecommendExplorer::setRelatedFilter(const QString& expression)
{
    m_relatedFilter->setText(expression);
    m_relatedFilterError->clear();
    m_relatedAllowed.clear();
    if (!expression.trimmed().isEmpty() && m_recommender) {
        auto evaluator = evaluatorFor(expression);
        if (!evaluator.isOk()) {
            m_relatedFilterError->setText(QString::fromStdString(evaluator.status().message()));
            return false;
        }
        m_relatedAllowed = evaluator->allowedItems(-1); // item conditions only
    }
    showRelated(m_relatedItem);
    return true;
}

void RecommendExplorer::selectUser(const QString& userId)
{
    const auto hits = m_userProxy->match(m_userProxy->index(0, 0), Qt::DisplayRole, userId, 1, Qt::MatchExactly);
    if (!hits.isEmpty()) m_userView->setCurrentIndex(hits.front());
}

void RecommendExplorer::selectItem(const QString& itemId)
{
    m_tabs->setCurrentIndex(1);
    const auto hits = m_itemProxy->match(m_itemProxy->index(0, 0), Qt::DisplayRole, itemId, 1, Qt::MatchExactly);
    if (!hits.isEmpty()) m_itemView->setCurrentIndex(hits.front());
}

void RecommendExplorer::showUser(int64_t user)
{
    m_user = user;
    if (!m_recommender || user < 0) {
        m_history->setRows({});
        m_recommended->setRows({});
        return;
    }
    const InteractionData& data = *m_recommender->model.data;
    const auto row = data.itemsOf(uint32_t(user));
    std::vector<size_t> order(row.size);
    std::iota(order.begin(), order.end(), size_t(0));
    const size_t begin = data.rowBegin(uint32_t(user));
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return data.lastSeen()[begin + a] > data.lastSeen()[begin + b]; });
    std::unordered_map<std::string, std::string> typesOfItem;
    if (m_userEvents)
        for (auto& [item, events] : m_userEvents->ofUser(data.userId(uint32_t(user)))) typesOfItem.emplace(item, std::move(events.types));
    std::vector<ScoredItemModel::Row> history;
    for (size_t k : order) {
        const std::string& item = data.itemId(row.items[k]);
        auto types = typesOfItem.find(item);
        history.push_back({QString::fromStdString(item), double(row.counts[k]), data.lastSeen()[begin + k],
                           types == typesOfItem.end() ? QString() : QString::fromStdString(types->second)});
    }
    m_history->setRows(std::move(history));

    std::vector<bool> allowed;
    if (m_filterEvaluator) allowed = m_filterEvaluator->allowedItems(user);
    const auto top = servedTopN(*m_recommender->model.recipe, data, user, size_t(m_count->value()), m_keepSeen->isChecked(),
                                m_filterEvaluator ? &allowed : nullptr, {m_explorationWeight, &m_explorationPool});
    std::vector<ScoredItemModel::Row> rows;
    for (const ScoredItem& s : top) rows.push_back({QString::fromStdString(data.itemId(s.item)), double(s.score)});
    m_recommended->setRows(std::move(rows));
}

void RecommendExplorer::showRelated(int64_t item)
{
    m_relatedItem = item;
    if (!m_recommender || item < 0) {
        m_related->setRows({});
        m_relatedHint->setText(m_recommender ? tr("Pick an item on the left to see the items most often chosen together with it.")
                                             : tr("Train or open a recommender to see related items."));
        return;
    }
    const std::shared_ptr<const TrainedRecommender> recommender = m_recommender;
    auto show = [this, item](const SimsRecipe& sims) {
        const InteractionData& data = *m_recommender->model.data;
        // With a filter the whole neighbour list is read and the first allowed ones kept.
        const size_t count = size_t(m_relatedCount->value());
        const bool filtered = m_relatedAllowed.size() == data.itemCount();
        std::vector<ScoredItem> related = sims.relatedItems(uint32_t(item), filtered ? data.itemCount() : count);
        if (filtered) {
            std::erase_if(related, [&](const ScoredItem& s) { return !m_relatedAllowed[s.item]; });
            if (related.size() > count) related.resize(count);
        }
        std::vector<ScoredItemModel::Row> rows;
        for (const ScoredItem& s : related) rows.push_back({QString::fromStdString(data.itemId(s.item)), double(s.score)});
        const QString id = QString::fromStdString(data.itemId(uint32_t(item)));
        m_relatedHint->setText(rows.empty() ? (filtered ? tr("No related items of %1 pass the filter.").arg(id)
                                                        : tr("No related items: nobody who chose %1 chose another item.").arg(id))
                                            : tr("The items most often chosen together with %1:").arg(id));
        m_related->setRows(std::move(rows));
        emit relatedItemsShown();
    };
    if (auto it = m_sims.find(recommender.get()); it != m_sims.end()) {
        show(*it->second);
        return;
    }
    // SIMS is fitted once per recommender, off the GUI thread.
    auto* watcher = new QFutureWatcher<std::shared_ptr<const SimsRecipe>>(this);
    connect(watcher, &QFutureWatcher<std::shared_ptr<const SimsRecipe>>::finished, this, [this, watcher, recommender, show] {
        auto sims = watcher->result();
        watcher->deleteLater();
        if (!sims) return;
        m_sims[recommender.get()] = sims;
        if (m_recommender == recommender) show(*sims);
    });
    watcher->setFuture(QtConcurrent::run([recommender]() -> std::shared_ptr<const SimsRecipe> {
        lowerThisThreadsPriority();
        auto sims = std::make_shared<SimsRecipe>();
        if (!sims->fit(*recommender->model.data, recommender->model.spec, {}).isOk()) return nullptr;
        return sims;
    }));
}

void RecommendExplorer::rankCandidates(const QString& userId, const QString& candidates)
{
    m_tabs->setCurrentIndex(2);
    m_rankUser->setText(userId);
    m_candidates->setPlainText(candidates);
    if (!m_recommender) return;
    std::vector<std::string> ids;
    for (const QString& id : candidates.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        ids.push_back(id.toStdString());
    const auto ranked = almanac::rankCandidates(*m_recommender->model.recipe, *m_recommender->model.data, userId.toStdString(), ids);
    std::vector<ScoredItemModel::Row> rows;
    for (const RankedCandidate& r : ranked) rows.push_back({QString::fromStdString(r.itemId), r.score});
    m_ranked->setRows(std::move(rows));
}

void RecommendExplorer::exportRecommendations()
{
    if (!m_recommender) return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export recommendations"), QDir(AppSettings::lastFolder()).filePath(m_recommender->name + QStringLiteral(".xlsx")),
                                                      tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty()) return;
    AppSettings::rememberFolderOf(path);
    // Writing every user's list takes seconds on large data: off the GUI thread.
    const auto recommender = m_recommender;
    const auto filter = m_filterEvaluator;
    const size_t count = size_t(m_count->value());
    const bool keepSeen = m_keepSeen->isChecked();
    auto* watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty()) QMessageBox::warning(this, tr("Export"), error);
        else emit statusMessage(tr("Recommendations written to %1").arg(path));
    });
    emit statusMessage(tr("Writing recommendations to %1…").arg(path));
    watcher->setFuture(QtConcurrent::run([recommender, filter, count, keepSeen, path]() -> QString {
        lowerThisThreadsPriority();
        const InteractionData& data = *recommender->model.data;
        std::vector<std::string> users;
        for (uint32_t u = 0; u < data.userCount(); ++u)
            if (data.itemsOf(u).size) users.push_back(data.userId(u));
        const Status status = writeRecommendations(path.toStdString(), *recommender->model.recipe, data, users, count, keepSeen,
                                                   filter.get());
        return status.isOk() ? QString() : QString::fromStdString(status.message());
    }));
}

} // namespace almanac::ui
