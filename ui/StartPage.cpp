#include "ui/StartPage.h"

#include "ui/AppSettings.h"

#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace almanac::ui {

StartPage::StartPage(QWidget* parent) : QWidget(parent), m_recent(new QListWidget)
{
    setObjectName(QStringLiteral("startPage"));
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(QStringLiteral(":/icons/almanac.svg")).pixmap(96, 96));
    auto* title = new QLabel(tr("<h1>Almanac</h1><p>Probabilistic forecasts and recommendations from your own data, "
                                "on your own machine.</p>"));
    title->setWordWrap(true);
    auto* header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto* sample = new QPushButton(tr("Open the &sample project"));
    sample->setObjectName(QStringLiteral("openSample"));
    sample->setToolTip(tr("A retail store's daily demand and a web shop's interactions, ready to explore"));
    auto* create = new QPushButton(tr("&New project…"));
    auto* open = new QPushButton(tr("&Open project…"));
    for (QPushButton* b : {sample, create, open}) b->setMinimumHeight(40);
    connect(sample, &QPushButton::clicked, this, &StartPage::openSampleRequested);
    connect(create, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(open, &QPushButton::clicked, this, &StartPage::openProjectRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { emit openRecentRequested(item->data(Qt::UserRole).toString()); });

    auto* steps = new QLabel(tr("<b>How it works</b><ol><li>Import CSV files: demand history, prices, item metadata, "
                                "or user–item interactions.</li><li>Train a forecast or a recommender: pick a recipe or "
                                "let AutoML backtest them all.</li><li>Explore p10/p50/p90 bands per item and "
                                "recommendation lists per user; export to CSV or Excel.</li></ol>"));
    steps->setWordWrap(true);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(sample);
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addSpacing(16);
    buttons->addWidget(steps);
    buttons->addStretch();
    auto* recent = new QVBoxLayout;
    recent->addWidget(new QLabel(tr("<b>Recent projects</b>")));
    recent->addWidget(m_recent, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(buttons, 1);
    columns->addSpacing(24);
    columns->addLayout(recent, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    layout->addLayout(header);
    layout->addSpacing(16);
    layout->addLayout(columns, 1);
    refreshRecent();
}

void StartPage::refreshRecent()
{
    m_recent->clear();
    for (const QString& path : AppSettings::recentProjects()) {
        auto* item = new QListWidgetItem(QFileInfo(path).completeBaseName() + QStringLiteral("\n") + path, m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    if (m_recent->count() == 0) {
        auto* none = new QListWidgetItem(tr("No recent projects yet."), m_recent);
        none->setFlags(Qt::NoItemFlags);
    }
}

} // namespace almanac::ui
