// SyntheticArchive and ArchiveSpec: determinism, sizes, valid and unique UIDs, consistent
// counts, and image specs that agree with the metadata the API reports.
#include "dicomcodecs.h"
#include "syntheticarchive.h"
#include "syntheticimagefactory.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

namespace {

ArchiveSpec specOf(int seriesCount, quint32 seed) {
    ArchiveSpec spec;
    spec.seriesCount = seriesCount;
    spec.seed = seed;
    return spec;
}

// PS3.5 §9.1: at most 64 characters, components of digits separated by dots, no empty
// component, no leading zero in a component of more than one digit.
bool isValidUid(const QString &uid) {
    static const QRegularExpression pattern(u"^(0|[1-9][0-9]*)(\\.(0|[1-9][0-9]*))*$"_s);
    return uid.size() <= 64 && pattern.match(uid).hasMatch();
}

// Series per collection, computed from the series' own links (not from the ranges).
QList<qsizetype> seriesPerCollection(const SyntheticArchive &archive) {
    QList<qsizetype> counts(archive.collections().size(), 0);
    for (const ArchiveSeries &series : archive.series())
        ++counts[archive.patientOf(archive.studyOf(series)).collection];
    return counts;
}

} // namespace

class TestSyntheticArchive final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fromSize_data() {
        QTest::addColumn<QString>("size");
        QTest::addColumn<int>("expected"); // 0: rejected
        QTest::newRow("small") << u"small"_s << 60;
        QTest::newRow("Small") << u"Small"_s << 60;
        QTest::newRow("medium") << u"medium"_s << 2000;
        QTest::newRow("MEDIUM") << u"MEDIUM"_s << 2000;
        QTest::newRow("large") << u"large"_s << 125000;
        QTest::newRow("number") << u"500"_s << 500;
        QTest::newRow("one") << u"1"_s << 1;
        QTest::newRow("blanks") << u" 42 "_s << 42;
        QTest::newRow("zero") << u"0"_s << 0;
        QTest::newRow("negative") << u"-5"_s << 0;
        QTest::newRow("word") << u"huge"_s << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("number with unit") << u"10k"_s << 0;
        QTest::newRow("fraction") << u"1.5"_s << 0;
    }
    void fromSize() {
        QFETCH(QString, size);
        QFETCH(int, expected);
        const std::optional<ArchiveSpec> spec = ArchiveSpec::fromSize(size, 77);
        QCOMPARE(spec.has_value(), expected > 0);
        if (spec) {
            QCOMPARE(spec->seriesCount, expected);
            QCOMPARE(spec->seed, 77u);
        }
    }

    void sizes_data() {
        QTest::addColumn<int>("requested");
        QTest::newRow("1") << 1;
        QTest::newRow("17") << 17;
        QTest::newRow("small") << ArchiveSpec::fromSize(u"small"_s)->seriesCount;
        QTest::newRow("500") << 500;
        QTest::newRow("medium") << ArchiveSpec::fromSize(u"medium"_s)->seriesCount;
    }
    void sizes() {
        QFETCH(int, requested);
        const SyntheticArchive archive(specOf(requested, 3));
        // Every collection gets at least one series, so tiny archives are a bit larger.
        QVERIFY2(archive.series().size() >= requested,
                 qPrintable(QString::number(archive.series().size())));
        QVERIFY(archive.series().size() <= requested + archive.collections().size());
        if (requested >= 500)
            QCOMPARE(archive.series().size(), requested);
        QVERIFY(!archive.collections().isEmpty());
        for (const ArchiveCollection &collection : archive.collections())
            QVERIFY2(collection.patientCount > 0, qPrintable(collection.name));
    }

    void large() {
        QElapsedTimer timer;
        timer.start();
        const SyntheticArchive archive(*ArchiveSpec::fromSize(u"large"_s));
        const qint64 elapsed = timer.elapsed();
        qInfo("large archive made in %lld ms", elapsed);
        QCOMPARE(archive.series().size(), 125000);
        const QList<qsizetype> counts = seriesPerCollection(archive);
        QCOMPARE(*std::max_element(counts.cbegin(), counts.cend()), 100000);
        QVERIFY2(elapsed < 20000, "making the large archive took more than 20 s");
        // Lookups work at this size too.
        const ArchiveSeries &last = archive.series().last();
        QCOMPARE(archive.findSeries(last.uid), archive.series().size() - 1);
        QCOMPARE(archive.findInstance(
                     archive.sopInstanceUid(archive.series().size() - 1, last.imageCount)),
                 std::make_optional(std::pair{archive.series().size() - 1, last.imageCount}));
    }

    // The less common forms of pixel data all occur, each where the archive has it: so that a
    // client meets them when browsing the emulator (the demo's medium archive), not only in unit
    // tests. A small archive has a single ultrasound series, so not all of them.
    void everyPixelFormOccurs() {
        for (const QString &size : {u"medium"_s}) {
            const SyntheticArchive archive(*ArchiveSpec::fromSize(size));
            QSet<int> colours;
            QSet<int> encodings;
            bool multiFrame = false;
            for (const ArchiveSeries &s : archive.series()) {
                colours.insert(int(s.colour));
                encodings.insert(int(s.encoding));
                multiFrame |= s.frames > 1;
                if (s.colour == ColourModel::Monochrome1)
                    QCOMPARE(s.modality, u"CR"_s);
                if (s.colour == ColourModel::Rgb || s.colour == ColourModel::YbrFull ||
                    s.colour == ColourModel::PaletteColor || s.frames > 1)
                    QCOMPARE(s.modality, u"US"_s);
                if (s.encoding == PixelEncoding::BigEndian ||
                    s.encoding == PixelEncoding::JpegExtended)
                    QCOMPARE(s.modality, u"MR"_s);
            }
            for (const ColourModel c : {ColourModel::Monochrome1, ColourModel::Rgb,
                                        ColourModel::YbrFull, ColourModel::PaletteColor})
                QVERIFY2(colours.contains(int(c)), qPrintable(size));
            for (const PixelEncoding e :
                 {PixelEncoding::BigEndian, PixelEncoding::JpegExtended, PixelEncoding::Jpeg2000})
                QVERIFY2(encodings.contains(int(e)), qPrintable(size));
            QVERIFY(multiFrame);
        }
    }

    void determinism() {
        const SyntheticArchive a(specOf(300, 5));
        const SyntheticArchive b(specOf(300, 5));
        QCOMPARE(a.series().size(), b.series().size());
        QCOMPARE(a.studies().size(), b.studies().size());
        QCOMPARE(a.patients().size(), b.patients().size());
        for (qsizetype i = 0; i < a.series().size(); ++i) {
            const ArchiveSeries &x = a.series()[i];
            const ArchiveSeries &y = b.series()[i];
            QCOMPARE(x.uid, y.uid);
            QCOMPARE(x.modality, y.modality);
            QCOMPARE(x.bodyPart, y.bodyPart);
            QCOMPARE(x.bodyPart.isNull(), y.bodyPart.isNull());
            QCOMPARE(x.manufacturer, y.manufacturer);
            QCOMPARE(x.description, y.description);
            QCOMPARE(x.seriesNumber, y.seriesNumber);
            QCOMPARE(x.imageCount, y.imageCount);
            QCOMPARE(x.imageFileSize, y.imageFileSize);
            QCOMPARE(x.annotations, y.annotations);
            QCOMPARE(x.released, y.released);
            QCOMPARE(x.submitted, y.submitted);
            QCOMPARE(x.study, y.study);
            QCOMPARE(a.storageOrder(i), b.storageOrder(i));
            QCOMPARE(a.sopInstanceUid(i, 1), b.sopInstanceUid(i, 1));
        }
        for (qsizetype i = 0; i < a.studies().size(); ++i) {
            QCOMPARE(a.studies()[i].uid, b.studies()[i].uid);
            QCOMPARE(a.studies()[i].date, b.studies()[i].date);
            QCOMPARE(a.studies()[i].description, b.studies()[i].description);
        }
        for (qsizetype i = 0; i < a.patients().size(); ++i) {
            QCOMPARE(a.patients()[i].id, b.patients()[i].id);
            QCOMPARE(a.patients()[i].name, b.patients()[i].name);
            QCOMPARE(a.patients()[i].birthDate, b.patients()[i].birthDate);
        }
        QCOMPARE(a.sharedLists().size(), b.sharedLists().size());
        for (qsizetype i = 0; i < a.sharedLists().size(); ++i) {
            QCOMPARE(a.sharedLists()[i].name, b.sharedLists()[i].name);
            QCOMPARE(a.sharedLists()[i].series, b.sharedLists()[i].series);
        }
    }

    void differentSeedDiffers() {
        const SyntheticArchive a(specOf(300, 5));
        const SyntheticArchive c(specOf(300, 6));
        QSet<QString> uidsA;
        for (const ArchiveSeries &series : a.series())
            uidsA.insert(series.uid);
        int shared = 0;
        for (const ArchiveSeries &series : c.series())
            shared += uidsA.contains(series.uid) ? 1 : 0;
        QCOMPARE(shared, 0);
        QVERIFY(a.studies().first().uid != c.studies().first().uid);
        // The values differ too, not only the UIDs.
        int sameImageCount = 0;
        const qsizetype n = std::min(a.series().size(), c.series().size());
        for (qsizetype i = 0; i < n; ++i)
            sameImageCount += a.series()[i].imageCount == c.series()[i].imageCount ? 1 : 0;
        QVERIFY2(sameImageCount < n / 2, qPrintable(QString::number(sameImageCount)));
        QVERIFY(a.sharedLists().first().name != c.sharedLists().first().name);
    }

    // The benchmarks' series: uncompressed CT series of the asked sizes, the rest as without.
    void seriesOfAChosenSize() {
        ArchiveSpec spec = specOf(300, 5);
        const SyntheticArchive plain(spec);
        spec.resizedSeries = {380, 16000};
        const SyntheticArchive resized(spec);
        QCOMPARE(resized.series().size(), plain.series().size());
        QList<int> changed;
        for (qsizetype i = 0; i < resized.series().size(); ++i) {
            const ArchiveSeries &s = resized.series()[i];
            if (s.imageCount == plain.series()[i].imageCount)
                continue;
            changed << s.imageCount;
            QCOMPARE(s.modality, u"CT"_s);
            QCOMPARE(s.encoding, PixelEncoding::Uncompressed);
        }
        QCOMPARE(changed, (QList<int>{380, 16000}));
    }

    void uidsValidAndUnique_data() {
        QTest::addColumn<int>("seriesCount");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("small seed 1") << 60 << 1u;
        QTest::newRow("medium seed 2") << 2000 << 2u;
        QTest::newRow("300 seed 4294967295") << 300 << 4294967295u;
    }
    void uidsValidAndUnique() {
        QFETCH(int, seriesCount);
        QFETCH(quint32, seed);
        const SyntheticArchive archive(specOf(seriesCount, seed));
        QSet<QString> seen;
        auto check = [&seen](const QString &uid) -> QString {
            if (!isValidUid(uid))
                return u"invalid UID "_s + uid;
            if (seen.contains(uid))
                return u"duplicate UID "_s + uid;
            seen.insert(uid);
            return QString();
        };
        for (const ArchiveStudy &study : archive.studies()) {
            const QString problem = check(study.uid);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        for (qsizetype s = 0; s < archive.series().size(); ++s) {
            const ArchiveSeries &series = archive.series()[s];
            QString problem = check(series.uid);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (int n = 1; n <= series.imageCount; ++n) {
                problem = check(archive.sopInstanceUid(s, n));
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
            }
        }
        // Patient IDs are unique within a collection; shared-list names are unique.
        QSet<QString> patientKeys;
        for (const ArchivePatient &patient : archive.patients()) {
            const QString key = archive.collectionOf(patient).name + u'/' + patient.id;
            QVERIFY2(!patientKeys.contains(key), qPrintable(key));
            patientKeys.insert(key);
        }
        QSet<QString> listNames;
        for (const SharedList &list : archive.sharedLists()) {
            QVERIFY(!list.name.isEmpty());
            QVERIFY(!listNames.contains(list.name));
            listNames.insert(list.name);
        }
    }

    void findSeriesAndCollection() {
        const SyntheticArchive archive(specOf(60, 1));
        for (qsizetype i = 0; i < archive.series().size(); ++i)
            QCOMPARE(archive.findSeries(archive.series()[i].uid), std::make_optional(i));
        QCOMPARE(archive.findSeries(u"1.2.3"_s), std::nullopt);
        QCOMPARE(archive.findSeries(QString()), std::nullopt);
        for (qsizetype i = 0; i < archive.collections().size(); ++i) {
            const QString name = archive.collections()[i].name;
            QCOMPARE(archive.findCollection(name), std::make_optional(i));
            QCOMPARE(archive.findCollection(name.toUpper()), std::make_optional(i));
            QCOMPARE(archive.findCollection(name.toLower()), std::make_optional(i));
        }
        QCOMPARE(archive.findCollection(u"No-Such-Collection"_s), std::nullopt);
        QCOMPARE(archive.findCollection(QString()), std::nullopt);
    }

    void instanceRoundTrip() {
        const SyntheticArchive archive(specOf(60, 1));
        for (qsizetype s = 0; s < archive.series().size(); ++s) {
            const ArchiveSeries &series = archive.series()[s];
            for (int n = 1; n <= series.imageCount; ++n) {
                const QString sop = archive.sopInstanceUid(s, n);
                QVERIFY(sop != series.uid);
                QCOMPARE(archive.findInstance(sop), std::make_optional(std::pair{s, n}));
            }
        }
        const ArchiveSeries &first = archive.series().first();
        QCOMPARE(archive.findInstance(first.uid), std::nullopt); // a series UID is no instance
        QCOMPARE(archive.findInstance(first.uid + u".0"_s), std::nullopt);
        QCOMPARE(archive.findInstance(first.uid + u'.' + QString::number(first.imageCount + 1)),
                 std::nullopt);
        QCOMPARE(archive.findInstance(first.uid + u".01"_s), std::nullopt);
        QCOMPARE(archive.findInstance(first.uid + u".-1"_s), std::nullopt);
        QCOMPARE(archive.findInstance(u"1.2.3.4"_s), std::nullopt);
        QCOMPARE(archive.findInstance(u"garbage"_s), std::nullopt);
        QCOMPARE(archive.findInstance(QString()), std::nullopt);
    }

    void storageOrderIsPermutation() {
        const SyntheticArchive archive(specOf(2000, 1));
        int outOfOrder = 0;
        for (qsizetype s = 0; s < archive.series().size(); ++s) {
            const int count = archive.series()[s].imageCount;
            QList<int> order = archive.storageOrder(s);
            QCOMPARE(order.size(), count);
            QList<int> sorted = order;
            std::sort(sorted.begin(), sorted.end());
            for (int i = 0; i < count; ++i)
                QCOMPARE(sorted[i], i + 1);
            if (order != sorted)
                ++outOfOrder;
        }
        // §4.1: database order, not InstanceNumber order — at least sometimes.
        QVERIFY(outOfOrder > 0);
    }

    void countsConsistent_data() {
        QTest::addColumn<int>("seriesCount");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("small") << 60 << 1u;
        QTest::newRow("medium") << 2000 << 9u;
    }
    void countsConsistent() {
        QFETCH(int, seriesCount);
        QFETCH(quint32, seed);
        const SyntheticArchive archive(specOf(seriesCount, seed));
        const auto &collections = archive.collections();
        const auto &patients = archive.patients();
        const auto &studies = archive.studies();
        const auto &series = archive.series();

        // Collections partition the patients, patients the studies, studies the series, in order.
        qsizetype nextPatient = 0;
        for (qsizetype c = 0; c < collections.size(); ++c) {
            QCOMPARE(collections[c].firstPatient, nextPatient);
            QVERIFY(collections[c].patientCount > 0);
            for (qsizetype p = 0; p < collections[c].patientCount; ++p)
                QCOMPARE(patients[nextPatient + p].collection, int(c));
            nextPatient += collections[c].patientCount;
            QVERIFY(collections[c].license >= 0 &&
                    collections[c].license < archive.licenses().size());
        }
        QCOMPARE(nextPatient, patients.size());

        qsizetype nextStudy = 0;
        for (qsizetype p = 0; p < patients.size(); ++p) {
            QCOMPARE(patients[p].firstStudy, nextStudy);
            QVERIFY(patients[p].studyCount > 0);
            for (qsizetype s = 0; s < patients[p].studyCount; ++s)
                QCOMPARE(studies[nextStudy + s].patient, p);
            nextStudy += patients[p].studyCount;
        }
        QCOMPARE(nextStudy, studies.size());

        qsizetype nextSeries = 0;
        for (qsizetype s = 0; s < studies.size(); ++s) {
            QCOMPARE(studies[s].firstSeries, nextSeries);
            QVERIFY(studies[s].seriesCount > 0);
            qsizetype counted = 0;
            for (const ArchiveSeries &one : series)
                counted += one.study == s ? 1 : 0;
            QCOMPARE(studies[s].seriesCount, counted);
            for (qsizetype i = 0; i < studies[s].seriesCount; ++i)
                QCOMPARE(series[nextSeries + i].study, s);
            nextSeries += studies[s].seriesCount;
        }
        QCOMPARE(nextSeries, series.size());

        for (const ArchiveSeries &one : series) {
            QVERIFY(one.imageCount >= 1);
            QVERIFY(one.imageFileSize > 0);
            QCOMPARE(one.totalSize(), one.imageFileSize * one.imageCount);
            QVERIFY(!one.modality.isEmpty());
            QVERIFY(one.released.isValid());
            QVERIFY(one.submitted.isValid());
            QVERIFY(one.submitted <= one.released.addDays(1));
        }
        for (const SharedList &list : archive.sharedLists()) {
            QVERIFY(!list.series.isEmpty());
            for (const qsizetype index : list.series)
                QVERIFY(index >= 0 && index < series.size());
        }
    }

    void imageSpecAgreesWithMetadata() {
        const SyntheticArchive archive(specOf(60, 1));
        for (qsizetype s = 0; s < archive.series().size(); ++s) {
            const ArchiveSeries &series = archive.series()[s];
            const ArchiveStudy &study = archive.studyOf(series);
            const ArchivePatient &patient = archive.patientOf(study);
            for (const int n : {1, series.imageCount}) {
                const SyntheticImageSpec spec = archive.imageSpec(s, n);
                QCOMPARE(spec.patientId, patient.id);
                QCOMPARE(spec.patientName, patient.name);
                QCOMPARE(spec.patientSex, patient.sex);
                QCOMPARE(spec.patientBirthDate, patient.birthDate);
                QCOMPARE(spec.studyInstanceUid, study.uid);
                QCOMPARE(spec.studyDate, study.date);
                QCOMPARE(spec.studyDescription, study.description);
                QCOMPARE(spec.studyId, study.studyId);
                QCOMPARE(spec.patientAge, study.patientAge);
                QCOMPARE(spec.seriesInstanceUid, series.uid);
                QCOMPARE(spec.seriesDescription, series.description);
                QCOMPARE(spec.modality, series.modality);
                QCOMPARE(spec.bodyPartExamined, series.bodyPart);
                QCOMPARE(spec.manufacturer, series.manufacturer);
                QCOMPARE(spec.manufacturerModelName, series.model);
                QCOMPARE(spec.softwareVersions, series.software);
                QCOMPARE(spec.protocolName, series.protocol);
                QCOMPARE(spec.seriesNumber, series.seriesNumber);
                QCOMPARE(spec.sopInstanceUid, archive.sopInstanceUid(s, n));
                QCOMPARE(spec.instanceNumber, n);
                QCOMPARE(spec.imagesInSeries, series.imageCount);
                QCOMPARE(spec.rows, series.rows);
                QCOMPARE(spec.columns, series.columns);
                QCOMPARE(spec.bitsAllocated, series.bitsAllocated);
                QCOMPARE(spec.encoding, series.encoding);
                QCOMPARE(spec.targetFileSize, series.imageFileSize);
            }
        }
    }

    void madeFilesHaveTheAnnouncedSize() {
        // getSeries FileSize and getSeriesSize are computed from imageFileSize without making
        // the files; the files must really be that size. One image per distinct kind of series.
        const DicomCodecs codecs(DicomCodecs::Mode::DecodeAndEncode);
        const SyntheticArchive archive(specOf(60, 1));
        QSet<QString> kinds;
        for (qsizetype s = 0; s < archive.series().size(); ++s) {
            const ArchiveSeries &series = archive.series()[s];
            const QString kind = series.modality + u'/' + QString::number(int(series.encoding));
            if (kinds.contains(kind))
                continue;
            kinds.insert(kind);
            QString error;
            const QByteArray file =
                SyntheticImageFactory::makeFile(archive.imageSpec(s, series.imageCount), &error);
            QVERIFY2(!file.isEmpty(), qPrintable(error));
            QCOMPARE(file.size(), series.imageFileSize);
            QVERIFY(file.mid(128, 4) == "DICM");
            QVERIFY(file.contains(archive.sopInstanceUid(s, series.imageCount).toLatin1()));
            // Same spec, same bytes.
            QCOMPARE(SyntheticImageFactory::makeFile(archive.imageSpec(s, series.imageCount)),
                     file);
        }
        QVERIFY(kinds.size() > 1);
    }
};

QTEST_GUILESS_MAIN(TestSyntheticArchive)
#include "tst_syntheticarchive.moc"
