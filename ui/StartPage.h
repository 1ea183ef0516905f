#pragma once
// The welcome page: open the bundled sample project, create or open a project, or pick a recent one.
#include <QWidget>

class QListWidget;

namespace almanac::ui {

class StartPage : public QWidget {
    Q_OBJECT
public:
    explicit StartPage(QWidget* parent = nullptr);

public slots:
    void refreshRecent();

signals:
    void openSampleRequested();
    void newProjectRequested();
    void openProjectRequested();
    void openRecentRequested(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace almanac::ui
