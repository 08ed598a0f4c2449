#include <model/collectioncharts.h>

#include <QElapsedTimer>
#include <QTest>
#include <QTimeZone>

using namespace nbia;
using namespace Qt::StringLiterals;

using Chart = CollectionCharts::Chart;
using V = CollectionCharts::ValueCount;
using M = CollectionCharts::MonthCount;
using B = CollectionCharts::ModalityBytes;

Q_DECLARE_METATYPE(QList<CollectionCharts::ValueCount>)
Q_DECLARE_METATYPE(CollectionCharts::Chart)

namespace nbia {
// For QCOMPARE's messages.
char *toString(const CollectionCharts::ValueCount &v) {
    return QTest::toString((v.value.isNull() ? u"(null)"_s : v.value) + u": "_s +
                           QString::number(v.count));
}
} // namespace nbia

namespace {
Series series(const QString &modality, const QString &bodyPart = u"CHEST"_s,
              const QString &manufacturer = u"SIEMENS"_s, std::optional<qint64> bytes = 1,
              QDate released = {2020, 1, 15}) {
    Series s;
    s.modality = modality;
    s.bodyPartExamined = bodyPart;
    s.manufacturer = manufacturer;
    s.fileSize = bytes;
    s.imageCount = 1;
    if (released.isValid())
        s.dateReleased = QDateTime(released, QTime(10, 30), QTimeZone::utc());
    return s;
}

Series released(QDate date) {
    return series(u"CT"_s, u"CHEST"_s, u"SIEMENS"_s, 1, date);
}

// A minimal RFC 4180 reader: rows of fields, quotes undone.
QList<QStringList> parseCsv(const QByteArray &bytes) {
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\n') {
            row.append(field);
            field.clear();
            rows.append(row);
            row.clear();
        } else {
            field += c;
        }
    }
    return rows;
}
} // namespace

// The figures behind a collection's charts, counted from its series.
class TestCollectionCharts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void empty() {
        const CollectionCharts charts = CollectionCharts::of({});
        QCOMPARE(charts.series, 0);
        QVERIFY(charts.modalities.isEmpty());
        QVERIFY(charts.bytesByModality.isEmpty());
        QVERIFY(charts.releases.isEmpty());
        QVERIFY(charts.releasesByMonth().isEmpty());
        QCOMPARE(charts.undated, 0);
        QCOMPARE(charts.toCsv(Chart::Modality), "Modality,Series\n"_ba);
        QCOMPARE(charts.toCsv(Chart::Releases), "Month,Series\n"_ba);
    }

    // Most series first, ties by value; modalities and body parts in upper case; empty and
    // absent values are one null "not specified".
    void countsPerValue_data() {
        QTest::addColumn<Chart>("chart");
        QTest::addColumn<QList<V>>("expected");
        QTest::newRow("modality") << Chart::Modality
                                  << QList<V>{{u"CT"_s, 3}, {QString(), 2}, {u"MR"_s, 2}};
        QTest::newRow("body part")
            << Chart::BodyPart << QList<V>{{u"CHEST"_s, 4}, {QString(), 2}, {u"HEAD"_s, 1}};
        QTest::newRow("manufacturer")
            << Chart::Manufacturer
            << QList<V>{{QString(), 3}, {u"GE MEDICAL SYSTEMS"_s, 2}, {u"SIEMENS"_s, 2}};
    }
    void countsPerValue() {
        QFETCH(Chart, chart);
        QFETCH(QList<V>, expected);
        const CollectionCharts charts = CollectionCharts::of({
            series(u"CT"_s, u"CHEST"_s, u"SIEMENS"_s),
            series(u"ct"_s, u"Chest"_s, u"SIEMENS"_s),
            series(u"CT"_s, u"chest"_s, u""_s),
            series(u"MR"_s, u"HEAD"_s, {}),
            series(u"MR"_s, {}, u"GE MEDICAL SYSTEMS"_s),
            series({}, u""_s, u"GE MEDICAL SYSTEMS"_s),
            series(u""_s, u"CHEST"_s, {}),
        });
        const QList<V> &values = chart == Chart::Modality   ? charts.modalities
                                 : chart == Chart::BodyPart ? charts.bodyParts
                                                            : charts.manufacturers;
        QCOMPARE(values, expected);
        for (const V &v : values)
            QCOMPARE(v.value.isNull(), v.value.isEmpty());
        QCOMPARE(charts.series, 7);
    }

    // Bytes of the series whose size is known, per modality, and how many are not known.
    void bytesPerModality() {
        const CollectionCharts charts = CollectionCharts::of({
            series(u"CT"_s, {}, {}, 1000),
            series(u"CT"_s, {}, {}, std::nullopt),
            series(u"CT"_s, {}, {}, 500),
            series(u"SEG"_s, {}, {}, 4000),
            series(u"MR"_s, {}, {}, std::nullopt),
            series({}, {}, {}, 10),
        });
        QCOMPARE(charts.bytesByModality, (QList<B>{{u"SEG"_s, 4000, 1, 0},
                                                   {u"CT"_s, 1500, 3, 1},
                                                   {QString(), 10, 1, 0},
                                                   {u"MR"_s, 0, 1, 1}}));
        QCOMPARE(charts.unknownSizes, 2);
        QCOMPARE(charts.bytesAsValues(),
                 (QList<V>{{u"SEG"_s, 4000}, {u"CT"_s, 1500}, {QString(), 10}, {u"MR"_s, 0}}));
    }

    void otherBucket_data() {
        QTest::addColumn<int>("values");
        QTest::addColumn<int>("bars");
        QTest::addColumn<int>("shown");
        QTest::addColumn<qint64>("other");
        QTest::addColumn<int>("otherValues");
        // Values 1..n with counts n..1.
        QTest::newRow("fewer than bars") << 3 << 12 << 3 << qint64(0) << 0;
        QTest::newRow("exactly bars") << 12 << 12 << 12 << qint64(0) << 0;
        QTest::newRow("one too many") << 13 << 12 << 11 << qint64(2 + 1) << 2;
        QTest::newRow("many") << 20 << 12 << 11 << qint64(9 * 10 / 2) << 9;
        QTest::newRow("one bar") << 5 << 1 << 0 << qint64(15) << 5;
        QTest::newRow("none") << 0 << 12 << 0 << qint64(0) << 0;
    }
    void otherBucket() {
        QFETCH(int, values);
        QFETCH(int, bars);
        QFETCH(int, shown);
        QFETCH(qint64, other);
        QFETCH(int, otherValues);
        QList<V> ranked;
        for (int i = 0; i < values; ++i)
            ranked.append({u"V"_s + QString::number(i), values - i});
        const CollectionCharts::Folded folded = CollectionCharts::folded(ranked, bars);
        QCOMPARE(folded.shown, ranked.first(shown));
        QCOMPARE(folded.other, other);
        QCOMPARE(folded.otherValues, otherValues);
        QVERIFY(folded.shown.size() + (folded.otherValues > 0 ? 1 : 0) <= bars);
    }

    // One bucket per calendar month, across years, oldest first; the time of day and the day
    // do not matter.
    void monthBuckets() {
        const CollectionCharts charts = CollectionCharts::of({
            released({2021, 1, 31}),
            released({2020, 12, 1}),
            released({2020, 12, 31}),
            released({2019, 2, 10}),
            released({2021, 1, 1}),
            released({}),
            released({2019, 2, 28}),
            released({2020, 12, 15}),
        });
        QCOMPARE(charts.releases,
                 (QList<M>{{{2019, 2, 1}, 2}, {{2020, 12, 1}, 3}, {{2021, 1, 1}, 2}}));
        QCOMPARE(charts.undated, 1);
        const QList<M> months = charts.releasesByMonth();
        QCOMPARE(months.size(), 24); // 2019-02 to 2021-01
        QCOMPARE(months.first(), (M{{2019, 2, 1}, 2}));
        QCOMPARE(months.at(1), (M{{2019, 3, 1}, 0}));
        QCOMPARE(months.at(22), (M{{2020, 12, 1}, 3}));
        QCOMPARE(months.last(), (M{{2021, 1, 1}, 2}));
        qsizetype total = 0;
        for (const M &m : months) {
            QCOMPARE(m.month.day(), 1);
            total += m.series;
        }
        QCOMPARE(total + charts.undated, charts.series);
    }

    void undatedOnly() {
        const CollectionCharts charts = CollectionCharts::of({released({}), released({})});
        QVERIFY(charts.releases.isEmpty());
        QCOMPARE(charts.undated, 2);
        QCOMPARE(charts.toCsv(Chart::Releases), "Month,Series\n,2\n"_ba);
    }

    void csv_data() {
        QTest::addColumn<Chart>("chart");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("modality") << Chart::Modality << "Modality,Series\nCT,2\n,1\nMR,1\n"_ba;
        QTest::newRow("body part")
            << Chart::BodyPart << "Body part,Series\nCHEST,3\n\"HEAD, NECK\",1\n"_ba;
        QTest::newRow("manufacturer")
            << Chart::Manufacturer
            << "Manufacturer,Series\n'+1,1\n\"'=HYPERLINK(\"\"x\"\")\",1\n'@Home,1\n"
               "\"Philips \"\"Medical\"\"\",1\n"_ba;
        QTest::newRow("size") << Chart::SizeByModality
                              << "Modality,Bytes,Series,Series of unknown size\n"
                                 "CT,3000,2,0\n,0,1,1\nMR,0,1,1\n"_ba;
        QTest::newRow("releases") << Chart::Releases
                                  << "Month,Series\n2020-11,1\n2020-12,0\n2021-01,2\n,1\n"_ba;
    }
    void csv() {
        QFETCH(Chart, chart);
        QFETCH(QByteArray, expected);
        const CollectionCharts charts = CollectionCharts::of({
            series(u"CT"_s, u"CHEST"_s, u"=HYPERLINK(\"x\")"_s, 1000, {2020, 11, 3}),
            series(u"CT"_s, u"CHEST"_s, u"@Home"_s, 2000, {2021, 1, 3}),
            series(u"MR"_s, u"HEAD, NECK"_s, u"+1"_s, std::nullopt, {2021, 1, 4}),
            series({}, u"CHEST"_s, u"Philips \"Medical\""_s, std::nullopt, {}),
        });
        QCOMPARE(charts.toCsv(chart), expected);
    }

    // What a spreadsheet reads back: the values, with commas and quotes intact, and a formula
    // as text.
    void csvRoundTrip() {
        const QString tricky = u"Siemens, \"Healthineers\"\nAG"_s;
        const CollectionCharts charts = CollectionCharts::of({
            series(u"CT"_s, u"-CHEST"_s, tricky),
            series(u"CT"_s, u"=1+2"_s, u"=cmd|' /C calc'!A0"_s),
            series(u"CT"_s, u"=1+2"_s, tricky),
        });
        const QList<QStringList> manufacturers = parseCsv(charts.toCsv(Chart::Manufacturer));
        QCOMPARE(manufacturers, (QList<QStringList>{{u"Manufacturer"_s, u"Series"_s},
                                                    {tricky, u"2"_s},
                                                    {u"'=cmd|' /C calc'!A0"_s, u"1"_s}}));
        const QList<QStringList> bodyParts = parseCsv(charts.toCsv(Chart::BodyPart));
        QCOMPARE(bodyParts,
                 (QList<QStringList>{
                     {u"Body part"_s, u"Series"_s}, {u"'=1+2"_s, u"2"_s}, {u"'-CHEST"_s, u"1"_s}}));
    }

    // One pass, fit for a worker thread: a hundred thousand series in well under a second.
    void manySeries() {
        QList<Series> many;
        many.reserve(100000);
        const QStringList modalities{u"CT"_s, u"MR"_s, u"PT"_s, u"SEG"_s, u"RTSTRUCT"_s};
        for (int i = 0; i < 100000; ++i) {
            many.append(series(modalities.at(i % modalities.size()),
                               u"PART"_s + QString::number(i % 40),
                               u"Maker "_s + QString::number(i % 25), i % 7 ? 1000 : 0,
                               QDate(2010 + i % 12, 1 + i % 12, 1 + i % 28)));
        }
        QElapsedTimer timer;
        timer.start();
        const CollectionCharts charts = CollectionCharts::of(many);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(charts.series, 100000);
        QCOMPARE(charts.modalities.size(), 5);
        QCOMPARE(charts.bodyParts.size(), 40);
        QCOMPARE(charts.manufacturers.size(), 25);
        QCOMPARE(charts.releases.size(), 12);
        QVERIFY2(elapsed < 1000, qPrintable(u"%1 ms"_s.arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestCollectionCharts)
#include "tst_collectioncharts.moc"
