// The emulator's options: the v4 quirks by name, the archive kinds, and the NLST-like archive
// (deterministic, one collection, UIDs apart from the TCIA-like archive of the same seed).
#include "emulatoroptions.h"
#include "syntheticarchive.h"

#include <QSet>
#include <QTest>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

class TestEmulatorOptions final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void v4Quirks() {
        EmulatorQuirks quirks;
        QCOMPARE(quirks.v4Release, EmulatorQuirks::V4Release::Current);
        QVERIFY(quirks.v4EscapeSlashes);
        QVERIFY(!quirks.escapeSlashes); // v1's default is unchanged
        QVERIFY(quirks.apply(u"v4-release=9.5"_s));
        QCOMPARE(quirks.v4Release, EmulatorQuirks::V4Release::R9_5);
        QVERIFY(quirks.apply(u"V4-Release=Current"_s));
        QCOMPARE(quirks.v4Release, EmulatorQuirks::V4Release::Current);
        QVERIFY(quirks.apply(u"v4-escape-slashes=off"_s));
        QVERIFY(!quirks.v4EscapeSlashes);
        QString error;
        QVERIFY(!quirks.apply(u"v4-release=9.6.1"_s, &error));
        QVERIFY(error.contains(u"v4-release=current|9.5"_s));
        QVERIFY(EmulatorQuirks::help().contains(u"v4-escape-slashes=on|off"_s));
    }

    void archiveKinds_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind"); // -1: refused
        QTest::newRow("tcia") << u"tcia"_s << int(ArchiveSpec::Kind::Tcia);
        QTest::newRow("NLST") << u"NLST"_s << int(ArchiveSpec::Kind::Nlst);
        QTest::newRow("blanks") << u" nlst "_s << int(ArchiveSpec::Kind::Nlst);
        QTest::newRow("other") << u"idc"_s << -1;
    }
    void archiveKinds() {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const auto parsed = ArchiveSpec::kindFromName(name);
        QCOMPARE(parsed ? int(*parsed) : -1, kind);
        QCOMPARE(ArchiveSpec().kind, ArchiveSpec::Kind::Tcia);
    }

    void nlstArchive() {
        ArchiveSpec spec = *ArchiveSpec::fromSize(u"300"_s, 7);
        spec.kind = ArchiveSpec::Kind::Nlst;
        const SyntheticArchive nlst(spec);
        const SyntheticArchive again(spec);
        QCOMPARE(nlst.series().size(), again.series().size());
        QCOMPARE(nlst.series().last().uid, again.series().last().uid);
        QCOMPARE(nlst.collections().size(), 1);
        QCOMPARE(nlst.collections().first().name, u"NLST"_s);
        int cr = 0;
        for (const ArchiveSeries &s : nlst.series()) {
            QVERIFY(s.modality == "CT"_L1 || s.modality == "CR"_L1);
            cr += s.modality == "CR"_L1 ? 1 : 0;
        }
        QVERIFY(cr > 0);
        QVERIFY(cr < nlst.series().size() / 4);
        QVERIFY(nlst.patients().size() > 60);
        QVERIFY(nlst.patients().first().id.toInt() > 100000);

        spec.kind = ArchiveSpec::Kind::Tcia;
        const SyntheticArchive tcia(spec);
        QSet<QString> uids;
        for (qsizetype i = 0; i < tcia.series().size(); ++i) {
            uids.insert(tcia.series()[i].uid);
            uids.insert(tcia.sopInstanceUid(i, 1));
        }
        for (const ArchiveStudy &s : tcia.studies())
            uids.insert(s.uid);
        for (qsizetype i = 0; i < nlst.series().size(); ++i) {
            QVERIFY(!uids.contains(nlst.series()[i].uid));
            QVERIFY(!uids.contains(nlst.sopInstanceUid(i, 1)));
        }
        for (const ArchiveStudy &s : nlst.studies())
            QVERIFY(!uids.contains(s.uid));
    }

    // SEG and RTSTRUCT specs carry their source series and its images.
    void derivedImageSpecs() {
        const SyntheticArchive archive(*ArchiveSpec::fromSize(u"600"_s, 1));
        int checked = 0;
        for (qsizetype i = 0; i < archive.series().size(); ++i) {
            const ArchiveSeries &s = archive.series()[i];
            if (s.modality != "SEG"_L1 && s.modality != "RTSTRUCT"_L1)
                continue;
            const SyntheticImageSpec spec = archive.imageSpec(i, 1);
            const qsizetype source = s.referencedSeries.value(0, -1);
            QVERIFY(source >= 0);
            QCOMPARE(spec.referencedSeriesUid, archive.series()[source].uid);
            QCOMPARE(spec.referencedStudyUid, archive.studyOf(archive.series()[source]).uid);
            QCOMPARE(spec.referencedSopInstanceUids.size(),
                     std::min(archive.series()[source].imageCount,
                              SyntheticArchive::kMaxReferencedImages));
            QCOMPARE(spec.referencedSopInstanceUids.first(), archive.sopInstanceUid(source, 1));
            QCOMPARE(spec.referencedSopClassUid,
                     SyntheticImageFactory::sopClassUid(archive.series()[source].modality));
            ++checked;
        }
        QVERIFY(checked > 5);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOptions)
#include "tst_emulatoroptions.moc"
