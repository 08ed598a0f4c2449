#include "seriesfolder.h"

#include <dicomcodecs.h>
#include <dicomtagmodel.h>

#include <QAbstractItemModelTester>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// Every element of a file, sequences as subtrees, binary values by their length.
class TestDicomTagModel final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};

    static QString value(const DicomTagModel &model, const QString &tag) {
        return model.index(model.findTag(tag).row(), DicomTagModel::ValueColumn).data().toString();
    }

private Q_SLOTS:
    void everyElementIsListed() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.images = 1;
        const QString path = series.writeTo(dir.path()).value(0);
        DicomTagModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(model.load(path), qPrintable(model.errorString()));
        QVERIFY(model.rowCount() > 40);
        QCOMPARE(model.index(0, DicomTagModel::TagColumn).data().toString(), u"(0002,0000)"_s);
        QCOMPARE(value(model, u"(0010,0020)"_s), u"LSCT-0042"_s);
        QCOMPARE(value(model, u"(0010,0010)"_s), u"Doe^Jane"_s);
        const QModelIndex name = model.findTag(u"(0010,0010)"_s);
        QCOMPARE(model.index(name.row(), DicomTagModel::NameColumn).data().toString(),
                 u"PatientName"_s);
        QCOMPARE(model.index(name.row(), DicomTagModel::VrColumn).data().toString(), u"PN"_s);
        QCOMPARE(value(model, u"(7FE0,0010)"_s), u"(8192 bytes)"_s); // 64×64×2, not read
        QCOMPARE(model.headerData(DicomTagModel::ValueColumn, Qt::Horizontal, Qt::DisplayRole),
                 QVariant(u"Value"_s));
    }

    void sequencesAreSubtrees() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.modality = u"SEG"_s;
        series.images = 1;
        const QString path = series.writeTo(dir.path()).value(0);
        DicomTagModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(path));
        const QModelIndex segments = model.findTag(u"(0062,0002)"_s); // SegmentSequence
        QVERIFY(segments.isValid());
        QCOMPARE(model.index(segments.row(), DicomTagModel::ValueColumn).data().toString(),
                 u"Items: 1"_s);
        QCOMPARE(model.rowCount(segments), 1);
        const QModelIndex item = model.index(0, 0, segments);
        QCOMPARE(model.parent(item), segments);
        QVERIFY(model.rowCount(item) > 2);
        bool labelled = false;
        for (int row = 0; row < model.rowCount(item); ++row)
            labelled |=
                model.index(row, DicomTagModel::ValueColumn, item).data().toString() == u"Brain"_s;
        QVERIFY(labelled);
    }

    // An image the viewer cannot show (JPEG 2000) has its tags all the same; a file cut short
    // shows what came before the cut, and says it is damaged.
    void tagsOfWhatCannotBeShown() {
        QTemporaryDir dir;
        SeriesFolder j2k;
        j2k.images = 1;
        j2k.encoding = emulator::PixelEncoding::Jpeg2000;
        DicomTagModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(j2k.writeTo(dir.filePath(u"j2k"_s)).value(0)));
        QCOMPARE(value(model, u"(0002,0010)"_s), u"1.2.840.10008.1.2.4.90"_s);
        QCOMPARE(value(model, u"(0010,0020)"_s), u"LSCT-0042"_s);

        SeriesFolder plain;
        plain.images = 1;
        QFile cut(plain.writeTo(dir.filePath(u"cut"_s)).value(0));
        QVERIFY(cut.resize(cut.size() - 2000));
        QVERIFY(!model.load(cut.fileName()));
        QVERIFY(!model.errorString().isEmpty());
        QCOMPARE(value(model, u"(0010,0020)"_s), u"LSCT-0042"_s);
    }

    void aFileThatIsNotDicomLeavesItEmpty() {
        QTemporaryDir dir;
        SeriesFolder series;
        series.images = 1;
        DicomTagModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.load(series.writeTo(dir.path()).value(0)));
        QFile text(dir.filePath(u"LICENSE"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Creative Commons");
        text.close();
        QVERIFY(!model.load(text.fileName()));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorString().contains(u"LICENSE"_s));
        model.clear();
        QVERIFY(model.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDicomTagModel)
#include "tst_dicomtagmodel.moc"
