#include <model/endpointfilter.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// Which part of a filter is sent to the archive as query parameters.
class TestEndpointFilter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void from_data() {
        QTest::addColumn<QStringList>("modalities");
        QTest::addColumn<QStringList>("bodyParts");
        QTest::addColumn<QStringList>("manufacturers");
        QTest::addColumn<QString>("modality");
        QTest::addColumn<QString>("manufacturer");

        const QStringList none;
        QTest::newRow("nothing checked") << none << none << none << QString() << QString();
        QTest::newRow("one modality")
            << QStringList{u"CT"_s} << none << none << u"CT"_s << QString();
        QTest::newRow("two modalities stay with the proxy")
            << QStringList{u"CT"_s, u"MR"_s} << none << none << QString() << QString();
        QTest::newRow("not specified cannot be asked for")
            << QStringList{u""_s} << none << QStringList{u""_s} << QString() << QString();
        QTest::newRow("body parts stay with the proxy")
            << none << QStringList{u"CHEST"_s} << none << QString() << QString();
        QTest::newRow("one manufacturer")
            << QStringList{u"MR"_s} << none << QStringList{u"GE MEDICAL SYSTEMS"_s} << u"MR"_s
            << u"GE MEDICAL SYSTEMS"_s;
    }

    void from() {
        QFETCH(QStringList, modalities);
        QFETCH(QStringList, bodyParts);
        QFETCH(QStringList, manufacturers);
        QFETCH(QString, modality);
        QFETCH(QString, manufacturer);
        ArchiveFilter filter;
        filter.modalities = QSet<QString>(modalities.cbegin(), modalities.cend());
        filter.bodyParts = QSet<QString>(bodyParts.cbegin(), bodyParts.cend());
        filter.manufacturers = QSet<QString>(manufacturers.cbegin(), manufacturers.cend());
        const EndpointFilter sent = EndpointFilter::from(filter);
        QCOMPARE(sent.modality, modality);
        QCOMPARE(sent.manufacturer, manufacturer);

        SeriesQuery query;
        sent.applyTo(query);
        QCOMPARE(query.modality.isNull(), modality.isEmpty());
        QCOMPARE(query.manufacturer.isNull(), manufacturer.isEmpty());
        QVERIFY(query.bodyPartExamined.isNull());
    }
};

QTEST_GUILESS_MAIN(TestEndpointFilter)
#include "tst_endpointfilter.moc"
