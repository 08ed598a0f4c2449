#include "instancefilenames.h"

#include <QDir>
#include <QFile>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

#include <algorithm>
#include <numeric>

namespace nbia {

using namespace Qt::StringLiterals;

QStringList InstanceFileNames::names(const QList<InstanceNumbers> &files) {
    QList<int> order(files.size());
    std::iota(order.begin(), order.end(), 0);
    // The archive's comparator: by InstanceNumber, none first; ties keep the archive's order.
    std::stable_sort(order.begin(), order.end(), [&files](int l, int r) {
        return files.at(l).instance.value_or(std::numeric_limits<int>::min()) <
               files.at(r).instance.value_or(std::numeric_limits<int>::min());
    });
    int acquisitionChanges = 0;
    int instanceChanges = 0;
    for (qsizetype i = 1; i < order.size(); ++i) {
        const InstanceNumbers &previous = files.at(order.at(i - 1));
        const InstanceNumbers &current = files.at(order.at(i));
        acquisitionChanges += previous.acquisition.value_or(0) != current.acquisition.value_or(0);
        instanceChanges += previous.instance != current.instance;
    }
    const auto digits = [](int count) {
        return int(QString::number(count).size());
    };
    const int acquisitionDigits = digits(acquisitionChanges + 1);
    const int instanceDigits = digits(instanceChanges + 1);
    QStringList names(files.size());
    int group = 0;
    int within = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const InstanceNumbers &current = files.at(order.at(i));
        if (i == 0 ||
            files.at(order.at(i - 1)).acquisition.value_or(0) != current.acquisition.value_or(0)) {
            ++group;
            within = 0;
        }
        ++within;
        names[order.at(i)] = QString::number(group).rightJustified(acquisitionDigits, u'0') + u'-' +
                             QString::number(within).rightJustified(instanceDigits, u'0') +
                             u".dcm"_s;
    }
    return names;
}

InstanceNumbers InstanceFileNames::read(const QString &path) {
    InstanceNumbers numbers;
    DcmFileFormat file;
    // Everything past InstanceNumber (0020,0013), the pixels too, is left unread.
    if (file.loadFileUntilTag(OFFilename(QFile::encodeName(path).constData()), EXS_Unknown,
                              EGL_noChange, DCM_MaxReadLength, ERM_autoDetect,
                              DcmTagKey(0x0020, 0x0014))
            .bad())
        return numbers;
    DcmDataset *data = file.getDataset();
    Sint32 value = 0;
    if (data->findAndGetSint32(DCM_InstanceNumber, value).good())
        numbers.instance = int(value);
    if (data->findAndGetSint32(DCM_AcquisitionNumber, value).good())
        numbers.acquisition = int(value);
    return numbers;
}

std::optional<ExtractionFailure> InstanceFileNames::rename(const QString &folder,
                                                           const QStringList &allFiles) {
    QStringList files; // annotation files and the like keep their names
    for (const QString &file : allFiles) {
        if (file.endsWith(".dcm"_L1, Qt::CaseInsensitive))
            files << file;
    }
    const QDir dir(folder);
    QList<InstanceNumbers> numbers;
    numbers.reserve(files.size());
    for (const QString &file : files)
        numbers << read(dir.filePath(file));
    const QStringList newNames = names(numbers);
    // Through names of their own first, so that no new name can land on an old one.
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!QFile::rename(dir.filePath(files.at(i)), dir.filePath(u".renaming-%1"_s.arg(i))))
            return ExtractionFailure{ExtractionFailure::Kind::Disk,
                                     u"%1 cannot be renamed"_s.arg(dir.filePath(files.at(i)))};
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        if (!QFile::rename(dir.filePath(u".renaming-%1"_s.arg(i)), dir.filePath(newNames.at(i))))
            return ExtractionFailure{ExtractionFailure::Kind::Disk,
                                     u"%1 cannot be renamed"_s.arg(dir.filePath(newNames.at(i)))};
    }
    return std::nullopt;
}

} // namespace nbia
