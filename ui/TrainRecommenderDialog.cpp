#include "ui/TrainRecommenderDialog.h"

#include "recommend/RecommendRecipes.h"
#include "recommend/RecommenderTraining.h"
#include "ui/ProjectSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

namespace almanac::ui {

TrainRecommenderDialog::TrainRecommenderDialog(const ProjectSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_interactions(new QComboBox), m_items(new QComboBox), m_recipe(new QComboBox),
      m_eventTypes(new QLineEdit), m_name(new QLineEdit)
{
    setWindowTitle(tr("Train a recommender"));
    m_interactions->addItems(session.datasetNames(DatasetType::Interactions));
    m_items->addItem(tr("(none)"), QString());
    for (const QString& n : session.datasetNames(DatasetType::Items)) m_items->addItem(n, n);
    if (m_items->count() > 1) m_items->setCurrentIndex(1);
    m_recipe->addItem(tr("AutoML — evaluate every recipe on a holdout, keep the best NDCG@10"), QString::fromLatin1(kAutoRecommendRecipe));
    for (const std::string& name : recommendRecipes().names()) {
        m_recipe->addItem(QString::fromStdString(name), QString::fromStdString(name));
        m_recipe->setItemData(m_recipe->count() - 1, QString::fromStdString(recommendRecipes().create(name)->description()),
                              Qt::ToolTipRole);
    }
    m_eventTypes->setPlaceholderText(tr("all event types (or e.g. purchase,click)"));
    m_name->setPlaceholderText(tr("(automatic)"));
    auto* form = new QFormLayout(this);
    form->addRow(tr("&Interactions:"), m_interactions);
    form->addRow(tr("Item &metadata:"), m_items);
    form->addRow(tr("Re&cipe:"), m_recipe);
    form->addRow(tr("&Event types:"), m_eventTypes);
    form->addRow(tr("&Name:"), m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Train"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

RecommenderRequest TrainRecommenderDialog::request() const
{
    RecommenderRequest r;
    r.interactions = m_interactions->currentText();
    r.items = m_items->currentData().toString();
    r.recipe = m_recipe->currentData().toString();
    r.eventTypes = m_eventTypes->text().trimmed();
    r.name = m_name->text().trimmed();
    if (r.name.isEmpty()) r.name = m_session.uniqueName(r.interactions + QLatin1Char('-') + r.recipe);
    return r;
}

void TrainRecommenderDialog::accept()
{
    if (m_interactions->currentText().isEmpty()) {
        QMessageBox::information(this, windowTitle(), tr("The project has no interactions dataset yet: import one first."));
        return;
    }
    if (!m_name->text().trimmed().isEmpty() && m_session.recommender(m_name->text().trimmed())) {
        QMessageBox::information(this, windowTitle(), tr("A recommender with this name exists already."));
        return;
    }
    QDialog::accept();
}

} // namespace almanac::ui
