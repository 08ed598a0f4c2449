#include "downloadjournal.h"

#include "downloadqueue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <array>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {

constexpr int formatVersion = 1;
const QString formatName = u"nbia-download-queue"_s;

constexpr std::array stateNames{"queued", "downloading", "extracting", "verifying",
                                "done",   "failed",      "paused",     "cancelled"};

QString stateName(DownloadState state) {
    return QString::fromLatin1(stateNames.at(std::size_t(state)));
}

std::optional<DownloadState> stateFrom(const QString &name) {
    for (std::size_t i = 0; i < stateNames.size(); ++i) {
        if (name == QLatin1StringView(stateNames.at(i)))
            return DownloadState(i);
    }
    return std::nullopt;
}

QByteArray headerLine() {
    return QJsonDocument(QJsonObject{{u"journal"_s, formatName}, {u"version"_s, formatVersion}})
               .toJson(QJsonDocument::Compact) +
           '\n';
}

} // namespace

DownloadJournal::DownloadJournal(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_lock(m_path + u".lock"_s) {
    m_lock.setStaleLockTime(0); // stale only when its program is gone
}

bool DownloadJournal::lock() {
    return m_lock.isLocked() || m_lock.tryLock(0);
}

DownloadJournal::~DownloadJournal() = default;

QByteArray DownloadJournal::line(const DownloadItem &item) {
    QJsonObject object{
        {u"uid"_s, item.seriesUid},
        {u"server"_s, item.server},
        {u"root"_s, item.target.root},
        {u"layout"_s, SeriesFolderLayout::name(item.target.layout)},
        {u"naming"_s, DownloadTarget::namingName(item.target.naming)},
        {u"md5"_s, item.target.verifyMd5},
        {u"state"_s, stateName(item.state)},
    };
    if (item.bytesExpected >= 0)
        object.insert(u"size"_s, item.bytesExpected);
    if (!item.folder.isEmpty())
        object.insert(u"folder"_s, item.folder);
    if (item.contents) {
        object.insert(u"files"_s, item.contents->count);
        object.insert(u"folderBytes"_s, item.contents->bytes);
    }
    if (!item.label.isEmpty())
        object.insert(u"label"_s, item.label);
    if (!item.error.isEmpty())
        object.insert(u"error"_s, item.error);
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QList<DownloadItem> DownloadJournal::read(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<DownloadItem> items;
    QHash<QString, int> rowOf;
    bool ours = false;
    while (!file.atEnd()) {
        const QJsonObject object = QJsonDocument::fromJson(file.readLine()).object();
        if (!ours) {
            ours = object.value(u"journal"_s).toString() == formatName &&
                   object.value(u"version"_s).toInt() == formatVersion;
            if (!ours)
                return {}; // not a journal of ours, or of a version this one cannot read
            continue;
        }
        if (const QString top = object.value(u"moveToTop"_s).toString(); !top.isEmpty()) {
            const int at = rowOf.value(top, -1);
            if (at > 0) {
                items.move(at, 0);
                for (int i = 0; i <= at; ++i)
                    rowOf.insert(items.at(i).seriesUid, i);
            }
            continue;
        }
        const QString uid = object.value(u"uid"_s).toString().trimmed();
        const std::optional<DownloadState> state = stateFrom(object.value(u"state"_s).toString());
        const std::optional<FolderLayout> layout =
            SeriesFolderLayout::parse(object.value(u"layout"_s).toString());
        const std::optional<FileNaming> naming =
            DownloadTarget::parseNaming(object.value(u"naming"_s).toString());
        const QString root = object.value(u"root"_s).toString();
        if (uid.isEmpty() || !state || !layout || !naming || root.isEmpty())
            continue;
        DownloadItem item;
        item.seriesUid = uid;
        item.server = object.value(u"server"_s).toString();
        item.target = {root, *layout, *naming, object.value(u"md5"_s).toBool(true)};
        item.state = *state;
        item.bytesExpected = object.value(u"size"_s).toInteger(-1);
        item.folder = object.value(u"folder"_s).toString();
        if (const qint64 count = object.value(u"files"_s).toInteger(-1); count >= 0)
            item.contents = FolderFiles{count, object.value(u"folderBytes"_s).toInteger(0)};
        item.label = object.value(u"label"_s).toString();
        item.error = object.value(u"error"_s).toString();
        if (const int at = rowOf.value(uid, -1); at >= 0) {
            items[at] = item;
        } else {
            rowOf.insert(uid, int(items.size()));
            items.append(item);
        }
    }
    return items;
}

bool DownloadJournal::attach(DownloadQueue *queue) {
    if (m_queue)
        m_queue->disconnect(this);
    m_queue = queue;
    QFile existing(m_path);
    if (existing.size() > 0 && existing.open(QIODevice::ReadOnly)) {
        const QJsonObject header = QJsonDocument::fromJson(existing.readLine()).object();
        existing.close();
        if (header.value(u"journal"_s).toString() != formatName ||
            header.value(u"version"_s).toInt() != formatVersion) {
            QFile::remove(m_path + u".unreadable"_s);
            QFile::rename(m_path, m_path + u".unreadable"_s);
        }
    }
    if (!rewrite())
        return false;
    connect(queue, &DownloadQueue::rowsAdded, this, [this](int first, int last) {
        for (int row = first; row <= last; ++row)
            record(m_queue->items().at(row));
    });
    connect(queue, &DownloadQueue::rowChanged, this,
            [this](int row) { record(m_queue->items().at(row)); });
    connect(queue, &DownloadQueue::rowMoved, this, [this](int, int to) {
        append(QJsonDocument(QJsonObject{{u"moveToTop"_s, m_queue->items().at(to).seriesUid}})
                   .toJson(QJsonDocument::Compact) +
               '\n');
    });
    connect(queue, &DownloadQueue::rowsRemoved, this, [this] { rewrite(); });
    return true;
}

// The whole queue in a new file that replaces the old one in one step: a crash while writing
// leaves the old file.
bool DownloadJournal::rewrite() {
    QSaveFile file(m_path);
    QHash<QString, QByteArray> recorded;
    if (file.open(QIODevice::WriteOnly)) {
        file.write(headerLine());
        for (const DownloadItem &item : m_queue->items()) {
            const QByteArray text = line(item);
            recorded.insert(item.seriesUid, text);
            file.write(text);
        }
    }
    if (!file.commit()) {
        // The old file and its open handle stay: appending to it goes on.
        failed(file.errorString());
        return false;
    }
    m_recorded = std::move(recorded);
    m_file.close();
    m_lines = int(m_queue->items().size()) + 1;
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        failed(m_file.errorString());
        return false;
    }
    m_error.clear();
    m_failureSaid = false;
    return true;
}

void DownloadJournal::failed(const QString &error) {
    m_error = error;
    if (!m_failureSaid)
        Q_EMIT writeFailed(error);
    m_failureSaid = true;
}

void DownloadJournal::record(const DownloadItem &item) {
    QByteArray text = line(item);
    QByteArray &recorded = m_recorded[item.seriesUid];
    if (recorded == text)
        return; // progress only
    recorded = text;
    append(text);
}

void DownloadJournal::append(const QByteArray &text) {
    if (!m_file.isOpen())
        return;
    // The queue as it is now includes this change: a fresh file replaces the line.
    if (m_lines > 4 * int(m_queue->items().size()) + 256 && rewrite())
        return;
    if (m_file.write(text) != text.size() || !m_file.flush())
        failed(m_file.errorString());
    ++m_lines;
}

} // namespace nbia
