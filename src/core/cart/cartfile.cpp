#include "cartfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
constexpr QLatin1StringView formatName("nbia-browser cart");

QLatin1StringView statusName(CartItem::Status status) {
    switch (status) {
    case CartItem::Status::Resolved:
        return "resolved"_L1;
    case CartItem::Status::NotFound:
        return "notFound"_L1;
    case CartItem::Status::Unresolved:
        break;
    }
    return "unresolved"_L1;
}

CartItem::Status statusOf(const QString &name) {
    if (name == "resolved"_L1)
        return CartItem::Status::Resolved;
    if (name == "notFound"_L1)
        return CartItem::Status::NotFound;
    return CartItem::Status::Unresolved;
}

void putText(QJsonObject &object, QLatin1StringView key, const QString &value) {
    if (!value.isEmpty())
        object.insert(key, value);
}

std::optional<qint64> number(const QJsonObject &object, QLatin1StringView key) {
    const QJsonValue value = object.value(key);
    if (!value.isDouble() || value.toDouble() < 0)
        return std::nullopt;
    return value.toInteger();
}

CartFile::Contents problem(CartFile::Problem kind, const QString &detail) {
    CartFile::Contents contents;
    contents.problem = kind;
    contents.detail = detail;
    return contents;
}
} // namespace

QByteArray CartFile::toJson(const QList<CartItem> &items) {
    QJsonArray series;
    for (const CartItem &item : items) {
        QJsonObject object{{u"uid"_s, item.seriesInstanceUid}};
        putText(object, "collection"_L1, item.collection);
        putText(object, "patient"_L1, item.patientId);
        putText(object, "study"_L1, item.studyInstanceUid);
        putText(object, "modality"_L1, item.modality);
        putText(object, "description"_L1, item.seriesDescription);
        if (item.imageCount)
            object.insert("images"_L1, *item.imageCount);
        if (item.bytes)
            object.insert("bytes"_L1, *item.bytes);
        object.insert("status"_L1, statusName(item.status));
        series.append(object);
    }
    const QJsonObject root{
        {u"format"_s, formatName}, {u"version"_s, formatVersion}, {u"series"_s, series}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact) + '\n';
}

CartFile::Contents CartFile::parse(const QByteArray &json) {
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return problem(Problem::Damaged,
                       u"%1 at byte %2"_s.arg(error.errorString()).arg(error.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value("format"_L1).toString() != formatName)
        return problem(Problem::Damaged, u"not a cart"_s);
    const QJsonValue version = root.value("version"_L1);
    if (!version.isDouble() || version.toInt() != formatVersion)
        return problem(Problem::UnknownVersion, version.toVariant().toString());
    const QJsonValue series = root.value("series"_L1);
    if (!series.isArray())
        return problem(Problem::Damaged, u"no list of series"_s);
    Contents contents;
    const QJsonArray entries = series.toArray();
    for (const QJsonValue entry : entries) {
        const QJsonObject object = entry.toObject();
        const QString uid = object.value("uid"_L1).toString().trimmed();
        if (uid.isEmpty())
            continue; // nothing to go on: not worth losing the rest of the cart over
        CartItem item = CartItem::fromUid(uid);
        item.collection = object.value("collection"_L1).toString();
        item.patientId = object.value("patient"_L1).toString();
        item.studyInstanceUid = object.value("study"_L1).toString();
        item.modality = object.value("modality"_L1).toString();
        item.seriesDescription = object.value("description"_L1).toString();
        item.imageCount = number(object, "images"_L1);
        item.bytes = number(object, "bytes"_L1);
        item.status = statusOf(object.value("status"_L1).toString());
        contents.items.append(item);
    }
    return contents;
}

CartFile::Contents CartFile::read(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return {};
    if (file.size() > maxFileBytes)
        return problem(Problem::TooLarge, QString::number(file.size()));
    if (!file.open(QIODevice::ReadOnly))
        return problem(Problem::Unreadable, file.errorString());
    const QByteArray json = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return problem(Problem::Unreadable, file.errorString());
    return parse(json);
}

bool CartFile::write(const QString &path, const QList<CartItem> &items, QString *error) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = tr("The folder %1 cannot be made.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(toJson(items));
    if (!file.commit()) {
        if (error)
            *error = tr("%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString CartFile::moveAside(const QString &path) {
    QString aside = path + u".damaged"_s;
    for (int n = 2; QFileInfo::exists(aside); ++n)
        aside = path + u".damaged-%1"_s.arg(n);
    return QFile::rename(path, aside) ? aside : QString();
}

QString CartFile::describe(Problem problem, const QString &detail) {
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::Unreadable:
        return tr("the file cannot be read (%1)").arg(detail);
    case Problem::TooLarge:
        return tr("the file is far too large to be a cart (%1 bytes)").arg(detail);
    case Problem::Damaged:
        return tr("the file is damaged (%1)").arg(detail);
    case Problem::UnknownVersion:
        return tr("the file is a cart of another version of this program (format %1)")
            .arg(detail.isEmpty() ? tr("unknown") : detail);
    }
    return {};
}

} // namespace nbia
