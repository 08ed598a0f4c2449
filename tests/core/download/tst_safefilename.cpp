#include <download/safefilename.h>

#include <QTest>

using namespace nbia;
using namespace Qt::StringLiterals;

// Names from the archive's metadata become one safe file or folder name on every system.
class TestSafeFileName final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void from_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("already safe") << u"LIDC-IDRI-0001"_s << u"LIDC-IDRI-0001"_s;
        QTest::newRow("spaces and accents kept")
            << u"Pediatric-Liver-Tumör 2"_s << u"Pediatric-Liver-Tumör 2"_s;
        QTest::newRow("path separators") << u"a/b\\c"_s << u"a_b_c"_s;
        QTest::newRow("going up") << u"../../etc"_s << u".._.._etc"_s;
        QTest::newRow("dot") << u"."_s << u"_"_s;
        QTest::newRow("dot dot") << u".."_s << u"_"_s;
        QTest::newRow("characters Windows rejects")
            << u"T1: <axial>|\"x\"?*"_s << u"T1_ _axial___x___"_s;
        QTest::newRow("control characters") << u"a\tb\nc\x01"_s << u"a_b_c_"_s;
        QTest::newRow("trailing dots and spaces") << u"Study. . "_s << u"Study"_s;
        QTest::newRow("device name") << u"CON"_s << u"_CON"_s;
        QTest::newRow("device name, any case and extension") << u"nul.txt"_s << u"_nul.txt"_s;
        QTest::newRow("COM port") << u"com1"_s << u"_com1"_s;
        QTest::newRow("not a device") << u"CONSENT"_s << u"CONSENT"_s;
        QTest::newRow("empty") << QString() << u"_"_s;
        QTest::newRow("blank") << u"   "_s << u"_"_s;
        QTest::newRow("drive letter") << u"C:"_s << u"C_"_s;
    }
    void from() {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QCOMPARE(SafeFileName::from(text), name);
        QVERIFY(SafeFileName::isSafe(name));
    }

    void fallbackForNothing() {
        QCOMPARE(SafeFileName::from(QString(), u"(no patient ID)"_s), u"(no patient ID)"_s);
    }

    // At most 255 bytes of UTF-8, never a character cut in half.
    void longNamesAreCutOnCharacters_data() {
        QTest::addColumn<QString>("unit");
        QTest::newRow("ASCII") << u"a"_s;
        QTest::newRow("two bytes") << u"ö"_s;
        QTest::newRow("three bytes") << u"日"_s;
        QTest::newRow("four bytes (surrogate pair)") << u"😀"_s;
    }
    void longNamesAreCutOnCharacters() {
        QFETCH(QString, unit);
        const QString name = SafeFileName::from(unit.repeated(300));
        QVERIFY(name.toUtf8().size() <= SafeFileName::maxUtf8Bytes);
        QVERIFY(name.toUtf8().size() > SafeFileName::maxUtf8Bytes - 4);
        QCOMPARE(name, unit.repeated(name.size() / unit.size()));
        QVERIFY(QString::fromUtf8(name.toUtf8()) == name); // valid UTF-8
    }

    void unsafeNamesAreSaidSo() {
        QVERIFY(!SafeFileName::isSafe(u".."_s));
        QVERIFY(!SafeFileName::isSafe(u"a/b"_s));
        QVERIFY(!SafeFileName::isSafe(u"AUX"_s));
        QVERIFY(!SafeFileName::isSafe(QString()));
        QVERIFY(SafeFileName::isSafe(u"1-001.dcm"_s));
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
