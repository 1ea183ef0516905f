#pragma once
// Train a recommender: interactions (and optional item metadata), a recipe or AutoML, event types.
#include <QDialog>

class QComboBox;
class QLineEdit;

namespace almanac::ui {

class ProjectSession;

struct RecommenderRequest {
    QString interactions;
    QString items;       // empty: none
    QString recipe;      // a registered recipe or "auto"
    QString eventTypes;  // comma-separated; empty: all
    QString name;
};

class TrainRecommenderDialog : public QDialog {
    Q_OBJECT
public:
    explicit TrainRecommenderDialog(const ProjectSession& session, QWidget* parent = nullptr);
    RecommenderRequest request() const;
    void accept() override;

private:
    const ProjectSession& m_session;
    QComboBox* m_interactions;
    QComboBox* m_items;
    QComboBox* m_recipe;
    QLineEdit* m_eventTypes;
    QLineEdit* m_name;
};

} // namespace almanac::ui
