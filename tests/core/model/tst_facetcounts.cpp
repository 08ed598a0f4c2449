#include <model/facetcounts.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

namespace {
Series series(const QString &modality, const QString &bodyPart, const QString &manufacturer) {
    Series s;
    s.modality = modality;
    s.bodyPartExamined = bodyPart;
    s.manufacturer = manufacturer;
    return s;
}

// CT/CHEST/GE twice, CT/LUNG/Siemens, MR/chest/GE, MR/(none)/(none)
QList<Series> sample() {
    return {series(u"CT"_s, u"CHEST"_s, u"GE"_s), series(u"CT"_s, u"CHEST"_s, u"GE"_s),
            series(u"CT"_s, u"LUNG"_s, u"SIEMENS"_s), series(u"MR"_s, u"chest"_s, u"GE"_s),
            series(u"MR"_s, {}, {})};
}
} // namespace

// Faceted counts: each panel's counts apply the other panels' choices, not its own.
class TestFacetCounts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void counts_data() {
        QTest::addColumn<QStringList>("modalities");
        QTest::addColumn<QStringList>("bodyParts");
        QTest::addColumn<QString>("facet");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expected");

        const QStringList none;
        QTest::newRow("no filter: CT") << none << none << u"modality"_s << u"CT"_s << 3;
        QTest::newRow("no filter: modality without case")
            << none << none << u"modality"_s << u"mr"_s << 2;
        QTest::newRow("body parts fold case") << none << none << u"bodyPart"_s << u"CHEST"_s << 3;
        QTest::newRow("not specified body part") << none << none << u"bodyPart"_s << QString() << 1;
        QTest::newRow("not specified manufacturer")
            << none << none << u"manufacturer"_s << u""_s << 1;
        QTest::newRow("own panel does not narrow its counts")
            << QStringList{u"CT"_s} << none << u"modality"_s << u"MR"_s << 2;
        QTest::newRow("other panel narrows")
            << QStringList{u"CT"_s} << none << u"bodyPart"_s << u"CHEST"_s << 2;
        QTest::newRow("both other panels narrow manufacturers")
            << QStringList{u"CT"_s, u"MR"_s} << QStringList{u"CHEST"_s} << u"manufacturer"_s
            << u"GE"_s << 3;
        QTest::newRow("absent value") << none << none << u"modality"_s << u"PT"_s << 0;
        // v4 lists manufacturers upper-cased; series have them as stored.
        QTest::newRow("manufacturers fold case")
            << none << none << u"manufacturer"_s << u"ge"_s << 3;
    }

    void counts() {
        QFETCH(QStringList, modalities);
        QFETCH(QStringList, bodyParts);
        QFETCH(QString, facet);
        QFETCH(QString, value);
        QFETCH(int, expected);
        ArchiveFilter filter;
        filter.modalities = QSet<QString>(modalities.cbegin(), modalities.cend());
        filter.bodyParts = QSet<QString>(bodyParts.cbegin(), bodyParts.cend());
        const FacetCounts counts = FacetCounts::of(sample(), filter);
        const qsizetype actual = facet == u"modality"_s   ? counts.modality(value)
                                 : facet == u"bodyPart"_s ? counts.bodyPart(value)
                                                          : counts.manufacturer(value);
        QCOMPARE(actual, qsizetype(expected));
    }

    // Checking one more value in a panel adds exactly its count to what the filter shows.
    void checkingAValueAddsItsCount() {
        const QList<Series> all = sample();
        ArchiveFilter filter;
        filter.bodyParts = {u"CHEST"_s};
        const FacetCounts counts = FacetCounts::of(all, filter);
        auto shown = [&all](const ArchiveFilter &f) {
            return std::count_if(all.cbegin(), all.cend(),
                                 [&f](const Series &s) { return f.accepts(s); });
        };
        filter.modalities = {u"CT"_s};
        const auto ct = shown(filter);
        filter.modalities.insert(u"MR"_s);
        QCOMPARE(shown(filter), ct + counts.modality(u"MR"_s));
    }
};

QTEST_GUILESS_MAIN(TestFacetCounts)
#include "tst_facetcounts.moc"
