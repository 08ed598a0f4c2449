#include "metadatacsv.h"

#include <export/csvtext.h>

#include <QDir>

#include <array>

namespace nbia {

using namespace Qt::StringLiterals;

namespace {
const QStringList columns{
    u"Series UID"_s,           u"Collection"_s,        u"3rd Party Analysis"_s,
    u"Data Description URI"_s, u"Subject ID"_s,        u"Study UID"_s,
    u"Study Description"_s,    u"Study Date"_s,        u"Series Description"_s,
    u"Manufacturer"_s,         u"Modality"_s,          u"SOP Class Name"_s,
    u"SOP Class UID"_s,        u"Number of Images"_s,  u"File Size"_s,
    u"File Location"_s,        u"Download Timestamp"_s};

QByteArray crlfLine(const QStringList &fields) {
    QString line = CsvText::line(fields);
    line.chop(1); // its "\n"
    return line.toUtf8() + "\r\n";
}
} // namespace

QByteArray MetadataCsv::header() {
    return crlfLine(columns);
}

QString MetadataCsv::fileSize(qint64 bytes) {
    if (bytes < 1000)
        return u"%1 B"_s.arg(bytes);
    static constexpr std::array<const char *, 4> units{"KB", "MB", "GB", "TB"};
    double value = double(bytes) / 1000;
    size_t unit = 0;
    while (value >= 1000 && unit + 1 < units.size()) {
        value /= 1000;
        ++unit;
    }
    return u"%1 %2"_s.arg(value, 0, 'f', 2).arg(QLatin1StringView(units.at(unit)));
}

QByteArray MetadataCsv::row(const Row &row) {
    const SeriesMetadata &s = row.series;
    // The archive's texts are written so that a spreadsheet does not run them as formulas.
    const auto text = [](const QString &value) {
        return CsvText::inert(value);
    };
    return crlfLine({
        text(s.seriesInstanceUid),
        text(s.collection),
        text(s.thirdPartyAnalysis),
        text(s.dataDescriptionUri),
        text(s.subjectId),
        text(s.studyInstanceUid),
        text(s.studyDescription),
        s.studyDate.isValid() ? s.studyDate.date().toString(u"MM-dd-yyyy"_s) : QString(),
        text(s.seriesDescription),
        text(s.manufacturer),
        text(s.modality),
        text(row.sopClassName),
        text(s.sopClassUid),
        s.numberOfImages ? QString::number(*s.numberOfImages) : QString(),
        s.fileSize ? fileSize(*s.fileSize) : QString(),
        QDir::toNativeSeparators(row.location),
        row.downloadedAt.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s),
    });
}

QStringList MetadataCsv::listedSeries(const QByteArray &csv) {
    QStringList uids;
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) { // after the header
        const QByteArray first = lines.at(i).trimmed().split(',').value(0);
        QString uid = QString::fromUtf8(first);
        if (uid.startsWith(u'"') && uid.endsWith(u'"') && uid.size() >= 2)
            uid = uid.mid(1, uid.size() - 2);
        if (!uid.isEmpty())
            uids << uid;
    }
    return uids;
}

} // namespace nbia
