#include "inprocesscli.h"

#include <dicomcodecs.h>
#include <dicomrenderer.h>
#include <exitcode.h>
#include <syntheticimagefactory.h>

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace nbia;
using namespace nbia::cli;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// nbia-cli thumbnail: the viewer's renderer from the command line, with its options checked.
class TestCliThumbnail final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode};
    QTemporaryDir m_dir;
    QString m_ct;

    [[nodiscard]] QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        SyntheticImageSpec spec;
        spec.modality = u"CT"_s;
        spec.studyInstanceUid = u"1.2.3"_s;
        spec.seriesInstanceUid = u"1.2.3.4"_s;
        spec.sopInstanceUid = u"1.2.3.4.5"_s;
        spec.rows = 300;
        spec.columns = 200;
        spec.encoding = PixelEncoding::JpegLs;
        QFile file(path(u"ct.dcm"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(SyntheticImageFactory::makeFile(spec));
        file.close();
        m_ct = file.fileName();
    }

    void rendersWhatTheViewerWould_data() {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("window"); // empty: the file's own
        QTest::addColumn<QSize>("expected");
        QTest::newRow("defaults") << QStringList{} << 256 << QString() << QSize(171, 256);
        QTest::newRow("a size") << QStringList{u"--size"_s, u"64"_s} << 64 << QString()
                                << QSize(43, 64);
        QTest::newRow("full size")
            << QStringList{u"--size"_s, u"0"_s} << 0 << QString() << QSize(200, 300);
        QTest::newRow("lung window") << QStringList{u"--window"_s, u"-600,1500"_s} << 256
                                     << u"-600,1500"_s << QSize(171, 256);
        QTest::newRow("window with =")
            << QStringList{u"--window=40,400"_s} << 256 << u"40,400"_s << QSize(171, 256);
    }
    void rendersWhatTheViewerWould() {
        QFETCH(QStringList, options);
        QFETCH(int, size);
        QFETCH(QString, window);
        QFETCH(QSize, expected);
        const QString out = path(u"out.png"_s);
        QFile::remove(out);
        const CliRun run =
            runCliInProcess(QStringList{u"thumbnail"_s, m_ct, u"--out"_s, out} + options);
        QVERIFY2(run.exitCode == int(ExitCode::Success), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QImage png(out);
        QCOMPARE(png.size(), expected);
        DicomRenderer::Options same;
        same.maxSize = size;
        if (!window.isEmpty())
            same.window = WindowLevel{
                window.section(u',', 0, 0).toDouble(), window.section(u',', 1, 1).toDouble(), {}};
        const QImage rendered = DicomRenderer::render(m_ct, same).image;
        QCOMPARE(png.convertToFormat(QImage::Format_Grayscale8), rendered);
    }

    void mistakesAreSaid_data() {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QString out = path(u"x.png"_s);
        QTest::newRow("no output")
            << QStringList{u"thumbnail"_s, u"a.dcm"_s} << int(ExitCode::UsageError) << u"--out"_s;
        QTest::newRow("bad size") << QStringList{u"thumbnail"_s, u"a.dcm"_s, u"--out"_s, out,
                                                 u"--size"_s,    u"big"_s}
                                  << int(ExitCode::UsageError) << u"invalid --size 'big'"_s;
        QTest::newRow("bad window")
            << QStringList{u"thumbnail"_s, u"a.dcm"_s, u"--out"_s, out, u"--window"_s, u"40"_s}
            << int(ExitCode::UsageError) << u"invalid --window '40'"_s;
        QTest::newRow("zero width")
            << QStringList{u"thumbnail"_s, u"a.dcm"_s, u"--out"_s, out, u"--window=40,0"_s}
            << int(ExitCode::UsageError) << u"invalid --window"_s;
        QTest::newRow("missing file")
            << QStringList{u"thumbnail"_s, path(u"none.dcm"_s), u"--out"_s, out}
            << int(ExitCode::Failure) << u"none.dcm"_s;
        QTest::newRow("not DICOM")
            << QStringList{u"thumbnail"_s, QStringLiteral(__FILE__), u"--out"_s, out}
            << int(ExitCode::Failure) << u"not a DICOM file"_s;
    }
    void mistakesAreSaid() {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliRun run = runCliInProcess(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!QFile::exists(path(u"x.png"_s)));
    }

    void anUnwritableOutputIsSaid() {
        const CliRun run =
            runCliInProcess({u"thumbnail"_s, m_ct, u"--out"_s, path(u"no/such/folder/x.png"_s)});
        QCOMPARE(run.exitCode, int(ExitCode::Failure));
        QVERIFY2(run.err.contains(u"cannot write"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliThumbnail)
#include "tst_cli_thumbnail.moc"
