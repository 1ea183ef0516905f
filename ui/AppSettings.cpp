#include "ui/AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace almanac::ui {

namespace {
const QString kThreads = QStringLiteral("compute/threads");
const QString kQuantiles = QStringLiteral("forecast/defaultQuantiles");
const QString kLanguage = QStringLiteral("ui/language");
const QString kRecent = QStringLiteral("files/recentProjects");
const QString kDrift = QStringLiteral("monitoring/driftFactor");
const QString kLastFolder = QStringLiteral("files/lastFolder");

// A header's key: its columns in order (a hash keeps the settings file's keys short and plain).
QString templateKey(const QStringList& header)
{
    const QByteArray joined = header.join(QChar(0x1f)).toUtf8();
    return QStringLiteral("importTemplates/") + QString::fromLatin1(QCryptographicHash::hash(joined, QCryptographicHash::Sha1).toHex());
}
} // namespace

QString AppSettings::lastFolder()
{
    const QString folder = QSettings().value(kLastFolder).toString();
    return !folder.isEmpty() && QFileInfo(folder).isDir() ? folder : QDir::homePath();
}

void AppSettings::rememberFolderOf(const QString& path)
{
    if (!path.isEmpty()) QSettings().setValue(kLastFolder, QFileInfo(path).absolutePath());
}

QVariantMap AppSettings::importTemplate(const QStringList& header)
{
    return QSettings().value(templateKey(header)).toMap();
}

void AppSettings::setImportTemplate(const QStringList& header, const QVariantMap& choices)
{
    QSettings().setValue(templateKey(header), choices);
}

int AppSettings::threads() { return QSettings().value(kThreads, 0).toInt(); }
void AppSettings::setThreads(int threads) { QSettings().setValue(kThreads, threads); }

QString AppSettings::defaultQuantiles() { return QSettings().value(kQuantiles, QStringLiteral("0.1,0.5,0.9")).toString(); }
void AppSettings::setDefaultQuantiles(const QString& quantiles) { QSettings().setValue(kQuantiles, quantiles); }

QString AppSettings::language() { return QSettings().value(kLanguage).toString(); }
void AppSettings::setLanguage(const QString& language) { QSettings().setValue(kLanguage, language); }

double AppSettings::driftFactor() { return QSettings().value(kDrift, 1.5).toDouble(); }
void AppSettings::setDriftFactor(double factor) { QSettings().setValue(kDrift, factor); }

QStringList AppSettings::recentProjects()
{
    QStringList out;
    for (const QString& path : QSettings().value(kRecent).toStringList())
        if (QFileInfo::exists(path)) out << path;
    return out;
}

void AppSettings::addRecentProject(const QString& path)
{
    QStringList list = QSettings().value(kRecent).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > kMaxRecent) list.removeLast();
    QSettings().setValue(kRecent, list);
}

void AppSettings::removeRecentProject(const QString& path)
{
    QStringList list = QSettings().value(kRecent).toStringList();
    list.removeAll(path);
    QSettings().setValue(kRecent, list);
}

} // namespace almanac::ui
