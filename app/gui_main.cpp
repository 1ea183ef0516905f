// almanac: the desktop workbench (DESIGN §1). Nothing here but start-up: arguments, translations,
// the main window, and the screenshot tour.
#include "deep/DeepRecipes.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

// The user's language from the settings, else the system's; German and French are bundled.
void installTranslations(QApplication& app)
{
    const QString chosen = almanac::ui::AppSettings::language();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("almanac"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char** argv)
{
    almanac::deep::registerDeepRecipes();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Almanac"));
    QApplication::setApplicationName(QStringLiteral("Almanac"));
    QApplication::setApplicationVersion(QStringLiteral(ALMANAC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.almanac.Almanac"));
    installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Probabilistic forecasting and recommendations on the desktop"));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption project(QStringLiteral("project"), QApplication::translate("main", "Open this project file."),
                               QStringLiteral("FILE"));
    QCommandLineOption sample(QStringLiteral("sample"), QApplication::translate("main", "Open the bundled sample project."));
    QCommandLineOption screenshots(QStringLiteral("screenshots"),
                                   QApplication::translate("main", "Save every main view as a PNG in DIR, then quit."),
                                   QStringLiteral("DIR"));
    parser.addOption(project);
    parser.addOption(sample);
    parser.addOption(screenshots);
    parser.addPositionalArgument(QStringLiteral("file"), QApplication::translate("main", "A project file to open."), QStringLiteral("[file]"));
    parser.process(app);

    QString projectPath = parser.value(project);
    if (projectPath.isEmpty() && !parser.positionalArguments().isEmpty()) projectPath = parser.positionalArguments().front();

    almanac::ui::MainWindow window;
    window.show();
    if (parser.isSet(screenshots)) {
        auto* tour = new almanac::ui::ScreenshotTour(&window, parser.value(screenshots), projectPath, &app);
        QObject::connect(tour, &almanac::ui::ScreenshotTour::finished, &app, [tour](bool ok) {
            QTextStream err(stderr);
            for (const QString& path : tour->saved()) err << "saved " << path << '\n';
            for (const QString& failure : tour->failures()) err << "error: " << failure << '\n';
            QApplication::exit(ok ? 0 : 1);
        });
        QTimer::singleShot(0, tour, &almanac::ui::ScreenshotTour::start);
    } else if (!projectPath.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, projectPath] { window.openProject(projectPath); });
    } else if (parser.isSet(sample)) {
        QTimer::singleShot(0, &window, &almanac::ui::MainWindow::openSampleProject);
    }
    return QApplication::exec();
}
