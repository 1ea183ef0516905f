#include "ui/ScheduleDialog.h"

#include "ui/ProjectSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace almanac::ui {

QString ScheduleDialog::cliPath()
{
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/almanac-cli");
    return QFileInfo::exists(beside) ? beside : QStringLiteral("almanac-cli");
}

ScheduleDialog::ScheduleDialog(ProjectSession& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("scheduleDialog"));
    setWindowTitle(tr("Schedules — %1").arg(session.displayName()));
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("schedulesTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Every"), tr("Steps"), tr("Last run")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* run = new QPushButton(tr("Run now"));
    auto* remove = new QPushButton(tr("Remove"));
    connect(run, &QPushButton::clicked, this, [this] {
        if (selected().isEmpty()) return;
        emit runRequested(selected());
        accept();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString name = selected();
        if (name.isEmpty()) return;
        QString error;
        if (!m_session.removeSchedule(name, &error)) m_message->setText(error);
        else m_message->setText(tr("Removed %1 and its timer.").arg(name));
        fill();
    });
    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(run);
    rowButtons->addWidget(remove);
    rowButtons->addStretch(1);

    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("scheduleName"));
    m_every = new QComboBox;
    m_every->setObjectName(QStringLiteral("scheduleEvery"));
    m_every->setEditable(true);
    m_every->addItems({QStringLiteral("daily"), QStringLiteral("weekly"), QStringLiteral("hourly"), QStringLiteral("0 6 * * 1")});
    m_every->setToolTip(tr("daily, weekly, hourly, or a cron expression (minute hour day month weekday)"));
    m_steps = new QLineEdit;
    m_steps->setObjectName(QStringLiteral("scheduleSteps"));
    m_steps->setPlaceholderText(tr("import sales=/data/sales.csv append; retrain weekly; forecast weekly; export /out/forecast.csv"));
    m_steps->setToolTip(tr("Steps separated by ';': import DATASET=FILE [append], retrain MODEL, forecast PREDICTOR, export FILE"));
    m_install = new QCheckBox(tr("Install a timer that runs it (systemd user timer, or crontab)"));
    m_install->setChecked(true);
    auto* add = new QPushButton(tr("Add schedule"));
    add->setObjectName(QStringLiteral("addSchedule"));
    connect(add, &QPushButton::clicked, this, &ScheduleDialog::addFromForm);
    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Every:"), m_every);
    form->addRow(tr("Steps:"), m_steps);
    form->addRow(QString(), m_install);
    form->addRow(QString(), add);
    auto* group = new QGroupBox(tr("New schedule"));
    group->setLayout(form);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("scheduleMessage"));
    m_message->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(group);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 480);
    fill();
}

void ScheduleDialog::setDraft(const QString& name, const QString& every, const QString& steps, bool install)
{
    m_name->setText(name);
    m_every->setCurrentText(every);
    m_steps->setText(steps);
    m_install->setChecked(install);
}

QString ScheduleDialog::message() const { return m_message->text(); }

bool ScheduleDialog::addFromForm()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        m_message->setText(tr("Give the schedule a name."));
        return false;
    }
    StoredSchedule schedule;
    schedule.name = name.toStdString();
    schedule.every = m_every->currentText().trimmed().toStdString();
    schedule.steps = m_steps->text().trimmed().toStdString();
    QString how, error;
    if (!m_session.addSchedule(schedule, m_install->isChecked(), cliPath(), &how, &error)) {
        m_message->setText(error);
        return false;
    }
    m_message->setText(how.isEmpty() ? tr("Stored %1 (no timer installed: run it from here or with almanac-cli schedule run).").arg(name)
                                     : tr("Stored %1 and installed it as a %2.").arg(name, how));
    m_name->clear();
    m_steps->clear();
    fill();
    return true;
}

QString ScheduleDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 0) ? m_table->item(row, 0)->text() : QString();
}

void ScheduleDialog::fill()
{
    m_table->setRowCount(0);
    for (const StoredSchedule& s : m_session.schedules()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        QString last = tr("never run");
        for (const JobRecord& j : m_session.jobs())
            if (j.kind == "schedule" && j.detail == s.name) {
                last = tr("%1: %2").arg(QString::fromStdString(j.finishedAt), QString::fromStdString(j.outcome));
                break;
            }
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(s.name)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(s.every)));
        m_table->setItem(row, 2, new QTableWidgetItem(QString::fromStdString(s.steps)));
        m_table->setItem(row, 3, new QTableWidgetItem(last));
    }
    if (m_table->rowCount() > 0) m_table->selectRow(0);
}

} // namespace almanac::ui
