#include <download/instancefilenames.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<nbia::InstanceNumbers>)

// The archive's "new file names", against the examples its documentation gives.
class TestInstanceFileNames final : public QObject {
    Q_OBJECT

private:
    static QList<InstanceNumbers> run(int first, int count, std::optional<int> acquisition) {
        QList<InstanceNumbers> files;
        for (int i = 0; i < count; ++i)
            files << InstanceNumbers{first + i, acquisition};
        return files;
    }
    static QStringList numbered(int acquisition, int count, int digits) {
        QStringList names;
        for (int i = 1; i <= count; ++i)
            names << u"%1-%2.dcm"_s.arg(acquisition).arg(i, digits, 10, QChar(u'0'));
        return names;
    }

private Q_SLOTS:
    void names_data() {
        QTest::addColumn<QList<InstanceNumbers>>("files");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("133 images") << run(1, 133, 1) << numbered(1, 133, 3);
        QTest::newRow("10 images") << run(1, 10, std::nullopt) << numbered(1, 10, 2);
        QTest::newRow("one image") << run(7, 1, 1) << QStringList{u"1-1.dcm"_s};
        QTest::newRow("two acquisitions of 42")
            << run(1, 42, 1) + run(43, 42, 2) << numbered(1, 42, 2) + numbered(2, 42, 2);
        QList<InstanceNumbers> reversed = run(1, 3, 1);
        std::reverse(reversed.begin(), reversed.end());
        QTest::newRow("sent in another order")
            << reversed << QStringList{u"1-3.dcm"_s, u"1-2.dcm"_s, u"1-1.dcm"_s};
        QTest::newRow("no instance number first")
            << QList<InstanceNumbers>{{2, 1}, {std::nullopt, 1}, {1, 1}}
            << QStringList{u"1-3.dcm"_s, u"1-1.dcm"_s, u"1-2.dcm"_s};
        QTest::newRow("equal numbers keep the archive's order")
            << QList<InstanceNumbers>{{5, 1}, {5, 1}, {4, 1}}
            << QStringList{u"1-2.dcm"_s, u"1-3.dcm"_s, u"1-1.dcm"_s};
        QTest::newRow("no acquisition counts as 0")
            << QList<InstanceNumbers>{{1, std::nullopt}, {2, 0}, {3, 1}}
            << QStringList{u"1-1.dcm"_s, u"1-2.dcm"_s, u"2-1.dcm"_s};
        QTest::newRow("nothing") << QList<InstanceNumbers>{} << QStringList{};
    }
    void names() {
        QFETCH(QList<InstanceNumbers>, files);
        QFETCH(QStringList, expected);
        QCOMPARE(InstanceFileNames::names(files), expected);
    }

    void whatIsNotDicomHasNoNumbers() {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"notes.dcm"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("DICM? no, just text");
        file.close();
        const InstanceNumbers numbers = InstanceFileNames::read(file.fileName());
        QVERIFY(!numbers.instance && !numbers.acquisition);
        QVERIFY(!InstanceFileNames::read(dir.filePath(u"missing.dcm"_s)).instance);
    }

    // Only DICOM files are renamed, and no new name lands on an old one.
    void renamesOnlyDicomFiles() {
        QTemporaryDir dir;
        for (const QString &name : {u"1-2.dcm"_s, u"1-1.dcm"_s, u"annotation.xml"_s}) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(name.toUtf8());
        }
        QVERIFY(!InstanceFileNames::rename(dir.path(),
                                           {u"1-2.dcm"_s, u"1-1.dcm"_s, u"annotation.xml"_s}));
        QStringList names = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(names, (QStringList{u"1-1.dcm"_s, u"1-2.dcm"_s, u"annotation.xml"_s}));
        QFile first(dir.filePath(u"1-1.dcm"_s));
        QVERIFY(first.open(QIODevice::ReadOnly));
        QCOMPARE(first.readAll(), QByteArray("1-2.dcm")); // no numbers: the order it came in
    }
};

QTEST_GUILESS_MAIN(TestInstanceFileNames)
#include "tst_instancefilenames.moc"
