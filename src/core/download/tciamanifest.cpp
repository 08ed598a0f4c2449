#include "tciamanifest.h"

#include <api/archivepreset.h>

#include <QFile>
#include <QSaveFile>

namespace nbia {

using namespace Qt::StringLiterals;

TciaManifest TciaManifest::forSeries(const QStringList &uids, const QDateTime &now,
                                     const QUrl &serviceRoot) {
    TciaManifest manifest;
    // The public archive's manifests name its usual download host, as the portal's do; any other
    // server (NLST, a private archive, a mirror) names itself.
    const std::optional<ArchivePreset> archive = ArchivePreset::forUrl(serviceRoot);
    const bool publicArchive = archive && archive->id == ArchivePreset::defaultArchive().id;
    if (!publicArchive && serviceRoot.isValid() && !serviceRoot.host().isEmpty())
        manifest.downloadServerUrl = downloadServerUrlFor(serviceRoot);
    manifest.databasketId = u"manifest-%1.tcia"_s.arg(now.toMSecsSinceEpoch());
    manifest.seriesInstanceUids = uids;
    return manifest;
}

QString TciaManifest::downloadServerUrlFor(const QUrl &serviceRoot) {
    QUrl url;
    url.setScheme(serviceRoot.scheme());
    url.setAuthority(serviceRoot.authority());
    url.setPath(u"/nbia-download/servlet/DownloadServlet"_s);
    return url.toString();
}

QByteArray TciaManifest::toText() const {
    QByteArray text;
    text += "downloadServerUrl=" + downloadServerUrl.toUtf8() + '\n';
    text += QByteArray("includeAnnotation=") + (includeAnnotation ? "true" : "false") + '\n';
    text += "noOfrRetry=" + QByteArray::number(retries) + '\n';
    text += "databasketId=" + databasketId.toUtf8() + '\n';
    text += "manifestVersion=" + manifestVersion.toUtf8() + '\n';
    text += "ListOfSeriesToDownload=\n";
    for (const QString &uid : seriesInstanceUids)
        text += uid.toUtf8() + '\n';
    return text;
}

std::optional<TciaManifest> TciaManifest::readFile(const QString &path, QString *error,
                                                   bool *unreadable) {
    const auto failed = [&](const QString &why, bool io) -> std::optional<TciaManifest> {
        if (error)
            *error = why;
        if (unreadable)
            *unreadable = io;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(file.errorString(), true);
    if (file.size() > maxFileBytes)
        return failed(u"%1 bytes, more than a manifest ever holds"_s.arg(file.size()), true);
    const QByteArray text = file.read(maxFileBytes);
    if (file.error() != QFileDevice::NoError)
        return failed(file.errorString(), true);
    QString why;
    std::optional<TciaManifest> manifest = parse(text, &why);
    if (!manifest)
        return failed(why, false);
    return manifest;
}

std::optional<TciaManifest> TciaManifest::parse(const QByteArray &text, QString *error) {
    TciaManifest manifest;
    manifest.databasketId.clear();
    bool inList = false;
    bool aManifest = false;     // a header of the archive's seen
    QString version = u"1.0"_s; // what a manifest without manifestVersion is
    // Like the archive's retriever: keep digits and dots; what is left empty is not a UID.
    const auto addUid = [&manifest](const QByteArray &line) {
        QString uid;
        for (const char c : line) {
            if ((c >= '0' && c <= '9') || c == '.')
                uid += QLatin1Char(c);
        }
        while (uid.startsWith(u'.'))
            uid.remove(0, 1);
        if (!uid.isEmpty())
            manifest.seriesInstanceUids.append(uid);
    };
    QByteArray body = text;
    if (body.startsWith("\xEF\xBB\xBF")) // a byte order mark, from an editor
        body.remove(0, 3);
    for (QByteArray line : body.split('\n')) {
        line = line.trimmed();
        if (inList) {
            addUid(line);
            continue;
        }
        const qsizetype equals = line.indexOf('=');
        if (equals < 0)
            continue;
        const QByteArray key = line.left(equals).trimmed();
        const QString value = QString::fromUtf8(line.mid(equals + 1)).trimmed();
        aManifest |= key == "databasketId" || key == "manifestVersion";
        if (key == "manifestVersion")
            version = value;
        if (key == "downloadServerUrl")
            manifest.downloadServerUrl = value;
        else if (key == "includeAnnotation")
            manifest.includeAnnotation = value.compare("false"_L1, Qt::CaseInsensitive) != 0;
        else if (key == "noOfrRetry")
            manifest.retries = std::max(0, value.toInt());
        else if (key == "databasketId")
            manifest.databasketId = value;
        else if (key == "manifestVersion")
            manifest.manifestVersion = value;
        else if (key == "ListOfSeriesToDownload") {
            inList = true;
            addUid(line.mid(equals + 1));
        }
    }
    if (!inList) {
        if (error && aManifest) {
            *error = u"this manifest (version %1) does not list its series (no "
                     u"ListOfSeriesToDownload= line): make a new one on the archive's portal"_s.arg(
                         version);
        } else if (error) {
            *error = u"not a .tcia manifest: it has no ListOfSeriesToDownload= line"_s;
        }
        return std::nullopt;
    }
    manifest.seriesInstanceUids.removeDuplicates();
    return manifest;
}

bool TciaManifest::writeFile(const QString &path, QString *error) const {
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(toText()) >= 0 && file.commit())
        return true;
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace nbia
