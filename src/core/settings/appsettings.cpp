#include "appsettings.h"

#include <QSettings>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
constexpr std::chrono::seconds kDefaultTimeout{60};

QStringList sorted(const QSet<QString> &values) {
    QStringList list(values.cbegin(), values.cend());
    list.sort();
    return list;
}

QSet<QString> toSet(const QStringList &list) {
    return {list.cbegin(), list.cend()};
}
} // namespace

AppSettings::AppSettings(QSettings *settings)
    : m_owned(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_owned.get()) {}

AppSettings::~AppSettings() = default;

QString AppSettings::serverUrl() const {
    return m_settings->value(u"server/url"_s).toString();
}

void AppSettings::setServerUrl(const QString &url) {
    m_settings->setValue(u"server/url"_s, url);
}

std::chrono::seconds AppSettings::timeout() const {
    const int seconds =
        m_settings->value(u"server/timeoutSeconds"_s, int(kDefaultTimeout.count())).toInt();
    return seconds > 0 ? std::chrono::seconds(seconds) : kDefaultTimeout;
}

void AppSettings::setTimeout(std::chrono::seconds timeout) {
    m_settings->setValue(u"server/timeoutSeconds"_s, qint64(timeout.count()));
}

QByteArray AppSettings::windowGeometry() const {
    return m_settings->value(u"window/geometry"_s).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &state) {
    m_settings->setValue(u"window/geometry"_s, state);
}

QByteArray AppSettings::windowState() const {
    return m_settings->value(u"window/state"_s).toByteArray();
}

void AppSettings::setWindowState(const QByteArray &state) {
    m_settings->setValue(u"window/state"_s, state);
}

QByteArray AppSettings::splitterState() const {
    return m_settings->value(u"window/splitter"_s).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state) {
    m_settings->setValue(u"window/splitter"_s, state);
}

// Kept under a new key since the tree's columns changed: an older layout would misplace them.
QByteArray AppSettings::treeHeaderState() const {
    return m_settings->value(u"window/treeColumns"_s).toByteArray();
}

void AppSettings::setTreeHeaderState(const QByteArray &state) {
    m_settings->setValue(u"window/treeColumns"_s, state);
}

QByteArray AppSettings::seriesHeaderState() const {
    return m_settings->value(u"window/seriesHeader"_s).toByteArray();
}

void AppSettings::setSeriesHeaderState(const QByteArray &state) {
    m_settings->setValue(u"window/seriesHeader"_s, state);
}

QString AppSettings::lastCollection() const {
    return m_settings->value(u"browse/collection"_s).toString();
}

void AppSettings::setLastCollection(const QString &collection) {
    m_settings->setValue(u"browse/collection"_s, collection);
}

ArchiveFilter AppSettings::lastFilter() const {
    // "(not specified)" is stored as an empty entry, which QSettings keeps in a list.
    return {toSet(m_settings->value(u"browse/modalities"_s).toStringList()),
            toSet(m_settings->value(u"browse/bodyParts"_s).toStringList()),
            toSet(m_settings->value(u"browse/manufacturers"_s).toStringList())};
}

void AppSettings::setLastFilter(const ArchiveFilter &filter) {
    m_settings->setValue(u"browse/modalities"_s, sorted(filter.modalities));
    m_settings->setValue(u"browse/bodyParts"_s, sorted(filter.bodyParts));
    m_settings->setValue(u"browse/manufacturers"_s, sorted(filter.manufacturers));
}

QString AppSettings::downloadFolder() const {
    return m_settings->value(u"download/folder"_s).toString();
}

void AppSettings::setDownloadFolder(const QString &folder) {
    m_settings->setValue(u"download/folder"_s, folder);
}

FolderLayout AppSettings::downloadLayout() const {
    return SeriesFolderLayout::parse(m_settings->value(u"download/layout"_s).toString())
        .value_or(FolderLayout::Descriptive);
}

void AppSettings::setDownloadLayout(FolderLayout layout) {
    m_settings->setValue(u"download/layout"_s, SeriesFolderLayout::name(layout));
}

FileNaming AppSettings::downloadNaming() const {
    return DownloadTarget::parseNaming(m_settings->value(u"download/naming"_s).toString())
        .value_or(FileNaming::AsSent);
}

void AppSettings::setDownloadNaming(FileNaming naming) {
    m_settings->setValue(u"download/naming"_s, DownloadTarget::namingName(naming));
}

bool AppSettings::downloadVerifyMd5() const {
    return m_settings->value(u"download/verifyMd5"_s, true).toBool();
}

void AppSettings::setDownloadVerifyMd5(bool verify) {
    m_settings->setValue(u"download/verifyMd5"_s, verify);
}

DownloadTarget AppSettings::downloadTarget() const {
    return {downloadFolder(), downloadLayout(), downloadNaming(), downloadVerifyMd5()};
}

void AppSettings::setDownloadTarget(const DownloadTarget &target) {
    setDownloadFolder(target.root);
    setDownloadLayout(target.layout);
    setDownloadNaming(target.naming);
    setDownloadVerifyMd5(target.verifyMd5);
}

int AppSettings::downloadParallel() const {
    const int parallel = m_settings->value(u"download/parallel"_s, 4).toInt();
    return parallel >= 1 && parallel <= 16 ? parallel : 4;
}

void AppSettings::setDownloadParallel(int parallel) {
    m_settings->setValue(u"download/parallel"_s, parallel);
}

} // namespace nbia
