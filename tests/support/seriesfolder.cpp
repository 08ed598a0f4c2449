#include "seriesfolder.h"

#include <QDir>
#include <QFile>

QStringList SeriesFolder::writeTo(const QString &folder) const {
    using namespace nbia::emulator;
    if (!QDir().mkpath(folder))
        return {};
    QStringList paths;
    for (int n = 1; n <= images; ++n) {
        SyntheticImageSpec spec;
        spec.patientId = patientId;
        spec.patientName = QStringLiteral("Doe^Jane");
        spec.studyInstanceUid = seriesUid + QStringLiteral(".1");
        spec.studyDate = QDate(2019, 4, 2);
        spec.studyDescription = QStringLiteral("CT CHEST SCREENING");
        spec.seriesInstanceUid = seriesUid;
        spec.seriesDescription = seriesDescription;
        spec.seriesNumber = seriesNumber;
        spec.modality = modality;
        spec.sopInstanceUid = seriesUid + QStringLiteral(".2.") + QString::number(n);
        spec.instanceNumber = n;
        spec.imagesInSeries = images;
        spec.rows = rows;
        spec.columns = columns;
        spec.bitsAllocated = 16;
        spec.encoding = encoding;
        spec.colour = colour;
        spec.frames = frames;
        spec.seed = 11;
        QString error;
        const QByteArray bytes = SyntheticImageFactory::makeFile(spec, &error);
        if (bytes.isEmpty())
            qFatal("cannot make a test image: %s", qPrintable(error));
        // 1-007.dcm, 1-006.dcm, …: the reverse of the series order when scrambled.
        const int nameNumber = scrambleNames ? images + 1 - n : n;
        const QString path =
            QDir(folder).filePath(QStringLiteral("1-%1.dcm").arg(nameNumber, 3, 10, QChar(u'0')));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        paths << path;
    }
    return paths;
}
