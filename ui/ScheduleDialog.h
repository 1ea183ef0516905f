#pragma once
// The project's re-training schedules: each one's interval, steps and last outcome; add one
// (steps checked before anything is stored, then installed as a systemd user timer or a crontab
// line that runs almanac-cli), remove one, or run one now as a job.
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace almanac::ui {

class ProjectSession;

class ScheduleDialog : public QDialog {
    Q_OBJECT
public:
    ScheduleDialog(ProjectSession& session, QWidget* parent = nullptr);

    // The command-line program the installed timer runs: almanac-cli beside this program.
    static QString cliPath();

    QTableWidget* table() const { return m_table; }
    void setDraft(const QString& name, const QString& every, const QString& steps, bool install);
    // Adds the schedule in the form; false with the reason shown in the dialog.
    bool addFromForm();
    QString message() const;

signals:
    void runRequested(const QString& schedule);

private:
    void fill();
    QString selected() const;

    ProjectSession& m_session;
    QTableWidget* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_every = nullptr;
    QLineEdit* m_steps = nullptr;
    QCheckBox* m_install = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace almanac::ui
