#include <model/seriesselection.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
Series series(const QString &uid, const QString &patient, const QString &study,
              const QString &modality, qint64 size) {
    Series s;
    s.seriesInstanceUid = uid;
    s.patientId = patient;
    s.studyInstanceUid = study;
    s.modality = modality;
    s.fileSize = size;
    return s;
}

const QHash<QString, QList<Series>> &catalog() {
    static const QHash<QString, QList<Series>> collections{
        {u"A"_s,
         {series(u"1"_s, u"P1"_s, u"S1"_s, u"CT"_s, 100),
          series(u"2"_s, u"P1"_s, u"S1"_s, u"SEG"_s, 10),
          series(u"3"_s, u"P1"_s, u"S2"_s, u"CT"_s, 200),
          series(u"4"_s, u"P2"_s, u"S3"_s, u"MR"_s, 400)}},
        {u"B"_s, {series(u"5"_s, u"Q1"_s, u"T1"_s, u"CT"_s, 1000)}}};
    return collections;
}

const QList<Series> *lookup(const QString &collection) {
    const auto found = catalog().constFind(collection);
    return found == catalog().constEnd() ? nullptr : &*found;
}
} // namespace

// A selection at any level resolves to its series through the filter, each once.
class TestSeriesSelection final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void resolve_data() {
        QTest::addColumn<QStringList>("items"); // kind:collection:value
        QTest::addColumn<QStringList>("modalities");
        QTest::addColumn<QStringList>("uids");
        QTest::addColumn<qint64>("bytes");
        QTest::addColumn<QStringList>("pending");

        const QStringList none;
        QTest::newRow("whole collection")
            << QStringList{u"collection:A:"_s} << none
            << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s} << qint64(710) << none;
        QTest::newRow("patient") << QStringList{u"patient:A:P1"_s} << none
                                 << QStringList{u"1"_s, u"2"_s, u"3"_s} << qint64(310) << none;
        QTest::newRow("study") << QStringList{u"study:A:S1"_s} << none
                               << QStringList{u"1"_s, u"2"_s} << qint64(110) << none;
        QTest::newRow("through the filter")
            << QStringList{u"patient:A:P1"_s} << QStringList{u"CT"_s} << QStringList{u"1"_s, u"3"_s}
            << qint64(300) << none;
        QTest::newRow("overlaps count once")
            << QStringList{u"series:A:1"_s, u"study:A:S1"_s, u"patient:A:P1"_s} << none
            << QStringList{u"1"_s, u"2"_s, u"3"_s} << qint64(310) << none;
        QTest::newRow("two collections") << QStringList{u"study:A:S3"_s, u"collection:B:"_s} << none
                                         << QStringList{u"4"_s, u"5"_s} << qint64(1400) << none;
        QTest::newRow("not loaded yet")
            << QStringList{u"collection:C:"_s, u"series:A:4"_s} << none << QStringList{u"4"_s}
            << qint64(400) << QStringList{u"C"_s};
        QTest::newRow("nothing") << none << none << none << qint64(0) << none;
    }

    void resolve() {
        QFETCH(QStringList, items);
        QFETCH(QStringList, modalities);
        QFETCH(QStringList, uids);
        QFETCH(qint64, bytes);
        QFETCH(QStringList, pending);
        SeriesSelection selection;
        for (const QString &item : items) {
            const QStringList parts = item.split(u':');
            if (parts[0] == u"collection"_s) {
                selection.addCollection(parts[1]);
            } else if (parts[0] == u"patient"_s) {
                selection.addPatient(parts[1], parts[2]);
            } else if (parts[0] == u"study"_s) {
                selection.addStudy(parts[1], parts[2]);
            } else {
                const QList<Series> &all = *lookup(parts[1]);
                for (const Series &s : all) {
                    if (s.seriesInstanceUid == parts[2])
                        selection.addSeries(s);
                }
            }
        }
        QCOMPARE(selection.isEmpty(), items.isEmpty());
        ArchiveFilter filter;
        filter.modalities = QSet<QString>(modalities.cbegin(), modalities.cend());
        const SeriesSelection::Resolved resolved = selection.resolve(lookup, filter);
        QCOMPARE(resolved.seriesUids(), uids);
        QCOMPARE(resolved.bytes, bytes);
        QCOMPARE(resolved.pendingCollections, pending);
    }
};

QTEST_GUILESS_MAIN(TestSeriesSelection)
#include "tst_seriesselection.moc"
