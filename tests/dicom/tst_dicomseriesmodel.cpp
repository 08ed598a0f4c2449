#include <dicomseriesmodel.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// The series of a folder as a picker's rows: the label to read, the fields in their roles.
class TestDicomSeriesModel final : public QObject {
    Q_OBJECT

private:
    static DicomSeries series(const QString &uid, const QString &modality, const QString &number,
                              const QString &description, qsizetype first, qsizetype count) {
        DicomSeries s;
        s.uid = uid;
        s.modality = modality;
        s.number = number;
        s.description = description;
        s.first = first;
        s.count = count;
        return s;
    }

private Q_SLOTS:
    void rowsAndRoles_data() {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("role");
        QTest::addColumn<QVariant>("expected");
        QTest::newRow("label") << 0 << int(Qt::DisplayRole)
                               << QVariant(u"CT · 3 · Chest 1.25mm · 120 images"_s);
        QTest::newRow("uid") << 0 << int(DicomSeriesModel::SeriesUidRole) << QVariant(u"1.2.3"_s);
        QTest::newRow("modality") << 1 << int(DicomSeriesModel::ModalityRole) << QVariant(u"MR"_s);
        QTest::newRow("number") << 1 << int(DicomSeriesModel::SeriesNumberRole) << QVariant(u"4"_s);
        QTest::newRow("description")
            << 0 << int(DicomSeriesModel::DescriptionRole) << QVariant(u"Chest 1.25mm"_s);
        QTest::newRow("count") << 1 << int(DicomSeriesModel::ImageCountRole) << QVariant(30);
        QTest::newRow("unknown label")
            << 2 << int(Qt::DisplayRole) << QVariant(u"Unknown series · 1 image"_s);
        QTest::newRow("unknown uid")
            << 2 << int(DicomSeriesModel::SeriesUidRole) << QVariant(QString());
    }
    void rowsAndRoles() {
        QFETCH(int, row);
        QFETCH(int, role);
        QFETCH(QVariant, expected);
        DicomSeriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSeries({series(u"1.2.3"_s, u"CT"_s, u"3"_s, u"Chest 1.25mm"_s, 0, 120),
                         series(u"1.2.4"_s, u"MR"_s, u"4"_s, u"T1 axial"_s, 120, 30),
                         series(QString(), QString(), QString(), QString(), 150, 1)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(row).data(role), expected);
        QVERIFY(model.index(row).data(Qt::ToolTipRole).toString().contains(u"Images: "_s));
    }

    void anotherFolderResetsTheRows() {
        DicomSeriesModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSeries({series(u"1.2.3"_s, u"CT"_s, u"3"_s, QString(), 0, 10)});
        QCOMPARE(model.rowCount(), 1);
        model.setSeries({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(reset.count(), 2);
        QVERIFY(!model.index(0).data().isValid());
        QCOMPARE(model.series().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDicomSeriesModel)
#include "tst_dicomseriesmodel.moc"
