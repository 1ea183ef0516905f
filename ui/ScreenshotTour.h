#pragma once
// `almanac --screenshots DIR`: opens the main views in turn, waits until each shows real content,
// saves it as a PNG and quits. Tests run it; the README shows what it produced.
#include <QObject>
#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>
#include <QStringList>

#include <functional>
#include <vector>

class QTimer;
class QWidget;

namespace almanac::ui {

class MainWindow;
class ImportWizard;

class ScreenshotTour : public QObject {
    Q_OBJECT
public:
    // project: the project to tour; empty: the sample project.
    ScreenshotTour(MainWindow* window, const QString& folder, const QString& project, QObject* parent = nullptr);

    void start();
    QStringList saved() const { return m_saved; }
    QStringList failures() const { return m_failures; }

signals:
    void finished(bool ok);

private:
    struct Step {
        QString name;                 // file name without .png; empty: no picture
        std::function<void()> begin;
        std::function<bool()> ready;
        std::function<QWidget*()> target;
        int timeoutMs = 30000;
    };
    void add(const QString& name, std::function<void()> begin, std::function<bool()> ready, std::function<QWidget*()> target,
             int timeoutMs = 30000);
    void buildSteps();
    void runStep();
    void poll();
    void shoot(QWidget* widget, const QString& name);

    MainWindow* m_window;
    QString m_folder;
    QString m_project;
    QString m_csvFolder;
    ImportWizard* m_wizard = nullptr;
    QWidget* m_dialog = nullptr;
    QPointer<QWidget> m_monitoring;
    QPointer<QWidget> m_guide;
    std::vector<Step> m_steps;
    size_t m_current = 0;
    QTimer* m_poll;
    QElapsedTimer m_stepClock;
    QStringList m_saved;
    QStringList m_failures;
};

} // namespace almanac::ui
