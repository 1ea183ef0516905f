#pragma once
// Train a forecast: dataset, recipe or AutoML, horizon, quantiles, backtest windows, optional
// hyper-parameter search and per-recipe parameters; the related dataset's columns, each a
// regressor known in the future, historical only, or left out. Recipes come from the registry, so a new
// recipe appears here without UI code.
#include "project/ProjectForecasting.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace almanac::ui {

class ProjectSession;

class TrainForecastDialog : public QDialog {
    Q_OBJECT
public:
    TrainForecastDialog(const ProjectSession& session, const QString& defaultQuantiles, QWidget* parent = nullptr);

    void setDataset(const QString& name);
    void setRecipe(const QString& name);
    void setHorizon(int periods);
    // nullopt with a message when the form does not make a valid request.
    std::optional<ProjectForecastRequest> request(QString* error) const;

    // Whether the trained model is kept as a predictor (forecast again, monitored, retrained).
    bool keepsPredictor() const;
    void setKeepPredictor(bool keep);

    void accept() override;

    // The related dataset's numeric columns and how each is used: a regressor known through
    // the horizon, historical only, or not used (the target column never is one).
    enum class ColumnUse { KnownInFuture, Historical, NotUsed };
    void setRelatedDataset(const QString& name);
    // The related datasets offered for the chosen target: those at its frequency.
    QStringList relatedChoices() const;
    void setColumnUse(const QString& column, ColumnUse use);

private:
    void updateForRecipe();
    void fillRelatedColumns();
    void fillRelatedChoices();

    const ProjectSession& m_session;
    QComboBox* m_dataset = nullptr;
    QComboBox* m_related = nullptr;
    QTableWidget* m_relatedColumns = nullptr;
    QLabel* m_relatedHelp = nullptr;
    QComboBox* m_recipe = nullptr;
    QLabel* m_recipeHelp = nullptr;
    QSpinBox* m_horizon = nullptr;
    QLineEdit* m_quantiles = nullptr;
    QSpinBox* m_windows = nullptr;
    QComboBox* m_autoMode = nullptr;
    QSpinBox* m_budget = nullptr;
    QLineEdit* m_parameters = nullptr;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_keepPredictor = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace almanac::ui
