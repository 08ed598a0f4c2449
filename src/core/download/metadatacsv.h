#pragma once

#include <api/seriesmetadata.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace nbia {

// The metadata.csv the archive's Data Retriever writes in the download folder, so that scripts
// written for it keep working: its header and columns, one row appended per finished series,
// CRLF line ends, sizes in base-1000 units. One deliberate difference: a value holding a comma,
// a quote or a line break is quoted (RFC 4180); the Data Retriever writes it bare, which shifts
// the columns of that row.
class MetadataCsv final {
public:
    struct Row {
        SeriesMetadata series;  // getSeriesMetaData
        QString sopClassName;   // the name of series.sopClassUid
        QString location;       // the series folder from the download folder: "./C/P/study/series"
        QDateTime downloadedAt; // local time
    };

    static QByteArray header();
    static QByteArray row(const Row &row);
    // "812 B", "1.50 KB", "12.35 MB", … as the Data Retriever writes them.
    static QString fileSize(qint64 bytes);
    // The Series UIDs a metadata.csv lists already (a finished series is not downloaded again).
    static QStringList listedSeries(const QByteArray &csv);
};

} // namespace nbia
