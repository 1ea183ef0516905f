#pragma once
// The workbench's settings, kept in QSettings: threads, default quantiles, language, recent files.
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace almanac::ui {

class AppSettings {
public:
    static int threads();                 // 0: all cores
    static void setThreads(int threads);
    static QString defaultQuantiles();    // "0.1,0.5,0.9"
    static void setDefaultQuantiles(const QString& quantiles);
    static QString language();            // empty: follow the system locale
    static void setLanguage(const QString& language);
    // A predictor is marked as drifting when its monitored mean wQL exceeds the backtest's by this.
    static double driftFactor();          // 1.5
    static void setDriftFactor(double factor);
    // Where the last file was opened or saved: file dialogs start there (the home folder at first).
    static QString lastFolder();
    static void rememberFolderOf(const QString& path);
    // The import wizard's choices (type, domain, mapping...) for files with exactly this header,
    // applied again to the next such file; empty when none was kept.
    static QVariantMap importTemplate(const QStringList& header);
    static void setImportTemplate(const QStringList& header, const QVariantMap& choices);
    static QStringList recentProjects();
    static void addRecentProject(const QString& path);
    static void removeRecentProject(const QString& path);

    static constexpr int kMaxRecent = 8;
};

} // namespace almanac::ui
