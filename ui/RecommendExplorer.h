#pragma once
// The recommendation explorer: pick a user to see their recent history and recommendations (with
// a filter), pick an item to see related items (SIMS), or paste candidates to re-rank them.
#include "recommend/Exploration.h"
#include "recommend/RecommendationFilter.h"
#include "recommend/SimsRecipe.h"
#include "ui/TrainedRecommender.h"

#include <QWidget>

#include <map>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTableView;

namespace almanac::ui {

class UserEvents;

class EntityListModel;
class ProjectSession;
class ScoredItemModel;

class RecommendExplorer : public QWidget {
    Q_OBJECT
public:
    explicit RecommendExplorer(ProjectSession* session, QWidget* parent = nullptr);

    void showRecommender(const QString& name);
    void selectUser(const QString& userId);
    void selectItem(const QString& itemId);
    // Re-ranks candidates (ids separated by commas, spaces or lines) for a user.
    void rankCandidates(const QString& userId, const QString& candidates);
    // Returns false and shows why when the filter does not parse or does not fit the data.
    bool setFilter(const QString& expression);
    // The related-items tab's filter on item attributes (INCLUDE/EXCLUDE ItemID WHERE Items...);
    // false, with the reason shown, when it cannot be used.
    bool setRelatedFilter(const QString& expression);

    ScoredItemModel* recommendationModel() const { return m_recommended; }
    ScoredItemModel* historyModel() const { return m_history; }
    ScoredItemModel* relatedModel() const { return m_related; }
    // The line above the related items: what to pick, or what the list shows.
    QString relatedHint() const;
    ScoredItemModel* rankedModel() const { return m_ranked; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void refreshRecommenderList();
    void exportRecommendations();

signals:
    void trainRequested();
    // A stored recommender was chosen that this session has not fitted yet.
    void loadRequested(const QString& name);
    void relatedItemsShown();
    void statusMessage(const QString& text);

private:
    // The filter language (recommend/RecommendationFilter) over the recommender's data.
    Result<FilterEvaluator> evaluatorFor(const QString& expression) const;
    QWidget* createUserTab();
    QWidget* createItemTab();
    QWidget* createRankTab();
    void setRecommender(std::shared_ptr<const TrainedRecommender> recommender);
    void showUser(int64_t user);
    void showRelated(int64_t item);

    ProjectSession* m_session;
    std::shared_ptr<const TrainedRecommender> m_recommender;
    std::shared_ptr<const UserEvents> m_userEvents; // built off the GUI thread per recommender
    int m_userEventsRequest = 0;
    std::map<const TrainedRecommender*, std::shared_ptr<const SimsRecipe>> m_sims;
    QComboBox* m_choice = nullptr;
    QLabel* m_summary = nullptr;
    QTabWidget* m_tabs = nullptr;
    EntityListModel* m_users = nullptr;
    EntityListModel* m_items = nullptr;
    QSortFilterProxyModel* m_userProxy = nullptr;
    QSortFilterProxyModel* m_itemProxy = nullptr;
    QTableView* m_userView = nullptr;
    QTableView* m_itemView = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_filterError = nullptr;
    QSpinBox* m_count = nullptr;
    QCheckBox* m_keepSeen = nullptr;
    ScoredItemModel* m_history = nullptr;
    ScoredItemModel* m_recommended = nullptr;
    ScoredItemModel* m_related = nullptr;
    QLineEdit* m_relatedFilter = nullptr;
    QLabel* m_relatedFilterError = nullptr;
    QSpinBox* m_relatedCount = nullptr;
    std::vector<bool> m_relatedAllowed; // empty: every item
    int64_t m_relatedItem = -1;
    QLabel* m_relatedHint = nullptr;
    ScoredItemModel* m_ranked = nullptr;
    QLineEdit* m_rankUser = nullptr;
    QPlainTextEdit* m_candidates = nullptr;
    int64_t m_user = -1;
    std::shared_ptr<const FilterEvaluator> m_filterEvaluator;
    // Exploration as the CLI and the API serve it, for a recommender whose recipe explores.
    ExplorationPool m_explorationPool;
    double m_explorationWeight = 0;
};

} // namespace almanac::ui
