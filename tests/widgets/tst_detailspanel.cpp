#include <api/nbiaclient.h>
#include <detailspanel.h>
#include <dicomcodecs.h>
#include <dicomrenderer.h>
#include <emulatorserver.h>
#include <model/archivetreenode.h>
#include <preview/previewcache.h>
#include <preview/seriespreviewloader.h>
#include <previewlabel.h>

#include <QLabel>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUrlQuery>

using namespace nbia;
using namespace Qt::StringLiterals;

// The details of the selected row: its own fields, and for a series what getSeriesMetaData and
// getSeriesSize add.
class TestDetailsPanel final : public QObject {
    Q_OBJECT

private:
    DicomCodecs m_codecs{DicomCodecs::Mode::DecodeAndEncode}; // the emulator's images
    std::unique_ptr<emulator::EmulatorServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<NbiaClient> m_client;

    Series seriesRecord(const emulator::ArchiveSeries &target) {
        std::optional<Series> found;
        QObject context;
        SeriesQuery query;
        query.seriesInstanceUid = target.uid;
        m_client->series(query, &context, [&](const ApiResult<QList<Series>> &r) {
            found = r.ok() && !r.value().isEmpty() ? r.value().first() : Series{};
        });
        if (!QTest::qWaitFor([&] { return found.has_value(); }))
            return {};
        return *found;
    }

    // The n-th series with a picture the free codecs decode (not SEG, RTSTRUCT or JPEG 2000).
    Series renderable(int n) {
        for (const emulator::ArchiveSeries &s : m_server->archive().series()) {
            const bool picture = s.modality != u"SEG"_s && s.modality != u"RTSTRUCT"_s &&
                                 s.encoding != emulator::PixelEncoding::Jpeg2000;
            if (picture && n-- == 0)
                return seriesRecord(s);
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        emulator::EmulatorOptions options;
        options.archive = *emulator::ArchiveSpec::fromSize(u"small"_s, 7);
        m_server = std::make_unique<emulator::EmulatorServer>(options);
        QVERIFY(m_server->listen());
        ClientSettings settings;
        settings.serviceRoot = m_server->serviceRoot();
        m_client = std::make_unique<NbiaClient>(&m_network, settings);
    }

    // v4: a collection shows its curators' description as safe rich text: no script, no remote
    // image, no handler; its links stay. v1 has none to show.
    void collectionDescriptionIsSafe() {
        const auto &collections = m_server->archive().collections();
        const auto hostile =
            std::find_if(collections.cbegin(), collections.cend(),
                         [](const auto &c) { return c.description.contains(u"<script"_s); });
        QVERIFY(hostile != collections.cend());
        ArchiveTreeNode node;
        node.kind = ArchiveTreeNode::Kind::Collection;
        node.record = hostile->name;
        DetailsPanel panel(m_client.get());
        panel.showNode(&node);
        QTRY_VERIFY(panel.description()->isVisibleTo(&panel));
        const QString shown = panel.description()->toHtml();
        QVERIFY(!shown.contains(u"<script"_s, Qt::CaseInsensitive));
        QVERIFY(!shown.contains(u"<img"_s, Qt::CaseInsensitive));
        QVERIFY(!shown.contains(u"onclick"_s, Qt::CaseInsensitive));
        QVERIFY(!panel.description()->toPlainText().contains(u"alert"_s));
        QVERIFY(shown.contains(u"href=\"http"_s));

        ClientSettings v1 = m_client->settings();
        v1.apiVersion = u"v1"_s;
        NbiaClient v1Client(&m_network, v1);
        DetailsPanel v1Panel(&v1Client);
        const int before = m_server->requestCount(u"getCollectionDescriptions"_s);
        v1Panel.showNode(&node);
        QVERIFY(!v1Panel.description()->isVisibleTo(&v1Panel));
        QCOMPARE(m_server->requestCount(u"getCollectionDescriptions"_s), before);
    }

    // v4: a segmentation names the image series it is drawn on, one click from downloading
    // them together.
    void segmentationNamesItsImages() {
        const auto &all = m_server->archive().series();
        const auto seg = std::find_if(all.cbegin(), all.cend(),
                                      [](const auto &s) { return s.modality == u"SEG"_s; });
        QVERIFY(seg != all.cend());
        QStringList expected;
        for (const qsizetype index : seg->referencedSeries)
            expected << all[index].uid;
        DetailsPanel panel(m_client.get());
        panel.showSeries(seriesRecord(*seg));
        QTRY_COMPARE(panel.referencedSeries(), expected);
        QVERIFY(panel.referencesLink()->isVisibleTo(&panel));
        QSignalSpy requested(&panel, &DetailsPanel::downloadRequested);
        Q_EMIT panel.referencesLink()->linkActivated(u"#download"_s);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toStringList(), QStringList{seg->uid} + expected);
    }

    void seriesShowsEverythingTheArchiveSays() {
        const emulator::ArchiveSeries &target = m_server->archive().series()[3];
        ArchiveTreeNode node;
        node.kind = ArchiveTreeNode::Kind::Series;
        node.record = seriesRecord(target);
        DetailsPanel panel(m_client.get());
        QSignalSpy loaded(&panel, &DetailsPanel::detailsLoaded);
        panel.showNode(&node);
        QVERIFY(loaded.wait());
        QCOMPARE(loaded.first().first().toString(), target.uid);
        QCOMPARE(panel.fieldValue(u"SeriesInstanceUID"_s), target.uid);
        QCOMPARE(panel.fieldValue(u"Number of Images"_s), QString::number(target.imageCount));
        QTRY_VERIFY(panel.fieldValue(u"TotalSizeInBytes"_s)
                        .endsWith(u"(%1 bytes)"_s.arg(QLocale().toString(target.totalSize()))));
        // Readable names; the archive's keys stay findable (and are in the tool tips).
        QCOMPARE(panel.fieldValue(u"Series UID"_s), target.uid);
        QVERIFY(!panel.fieldValue(u"Images"_s).isEmpty());
        bool linked = false;
        for (const QLabel *label : panel.findChildren<QLabel *>())
            linked |= label->text().contains(u"href=\"https://doi.org/"_s);
        QVERIFY(linked);
    }

    // A series shows its middle image, fetched once: coming back takes it from the cache.
    void previewShowsTheMiddleImage() {
        m_server->faults().clear();
        const int sopsBefore = m_server->requestCount(u"getSOPInstanceUIDs"_s);
        const int imagesBefore = m_server->requestCount(u"getSingleImage"_s);
        QTemporaryDir dir;
        PreviewCache cache(dir.path(), 1 << 24);
        SeriesPreviewLoader loader(m_client.get(), &cache);
        DetailsPanel panel(m_client.get());
        panel.setPreviewLoader(&loader);
        panel.show();
        const Series first = renderable(3);
        const Series second = renderable(4);
        QString askedFor; // the SOP instance of the first getSingleImage
        connect(m_server.get(), &emulator::EmulatorServer::requestReceived, &panel,
                [&](const QString &endpoint, const QUrl &url) {
                    if (endpoint == u"getSingleImage"_s && askedFor.isEmpty())
                        askedFor = QUrlQuery(url).queryItemValue(u"SOPInstanceUID"_s);
                });
        panel.showSeries(first);
        QTRY_VERIFY2_WITH_TIMEOUT(!panel.preview()->pixmap().isNull(),
                                  qPrintable(panel.previewCaption()), 15000);
        const QSize size = panel.preview()->pixmap().size();
        QVERIFY(size.width() <= 256 && size.height() <= 256 && size.width() > 0);
        QVERIFY2(panel.previewCaption().contains(u"×"_s), qPrintable(panel.previewCaption()));
        QCOMPARE(m_server->requestCount(u"getSOPInstanceUIDs"_s), sopsBefore + 1);
        QCOMPARE(m_server->requestCount(u"getSingleImage"_s), imagesBefore + 1);

        panel.showSeries(second);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.preview()->pixmap().isNull(), 15000);
        panel.showSeries(first);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.preview()->pixmap().isNull(), 15000);
        QCOMPARE(m_server->requestCount(u"getSingleImage"_s), imagesBefore + 2); // not again
        QVERIFY(cache.size() > 0);

        // It was the middle one of the series' images, and it shows that file's pixels.
        std::optional<ApiResult<QStringList>> sops;
        m_client->sopInstanceUids(first.seriesInstanceUid, &panel,
                                  [&](const ApiResult<QStringList> &r) { sops = r; });
        QTRY_VERIFY_WITH_TIMEOUT(sops && sops->ok(), 15000);
        QCOMPARE(askedFor, sops->value().at(sops->value().size() / 2));
        std::optional<ApiResult<QByteArray>> file;
        m_client->image(first.seriesInstanceUid, askedFor, &panel,
                        [&](const ApiResult<QByteArray> &r) { file = r; });
        QTRY_VERIFY_WITH_TIMEOUT(file && file->ok(), 15000);
        DicomRenderer::Options options;
        options.maxSize = 256;
        const DicomRenderer::Result expected = DicomRenderer::render(file->value(), options);
        QVERIFY(expected.ok());
        QCOMPARE(panel.preview()->pixmap().toImage().convertToFormat(expected.image.format()),
                 expected.image);
    }

    // More images: evenly spaced through the series, the first and the last included, each
    // fetched once.
    void aStripOfImagesOnDemand() {
        m_server->faults().clear();
        const emulator::ArchiveSeries *many = nullptr;
        for (const emulator::ArchiveSeries &s : m_server->archive().series()) {
            if (s.imageCount >= 12 && s.rows > 0 &&
                s.encoding != emulator::PixelEncoding::Jpeg2000) {
                many = &s;
                break;
            }
        }
        QVERIFY(many);
        QTemporaryDir dir;
        PreviewCache cache(dir.path(), 1 << 24);
        SeriesPreviewLoader loader(m_client.get(), &cache);
        DetailsPanel panel(m_client.get());
        panel.setPreviewLoader(&loader);
        panel.resize(360, 800);
        panel.show();
        const Series series = seriesRecord(*many);
        panel.showSeries(series);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.preview()->pixmap().isNull(), 15000);
        QVERIFY(panel.moreImagesButton()->isVisible());
        const int before = m_server->requestCount(u"getSingleImage"_s);
        panel.moreImagesButton()->click();
        QCOMPARE(panel.stripImages().size(), 6);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(panel.stripImages().cbegin(),
                                             panel.stripImages().cend(),
                                             [](QLabel *l) { return !l->pixmap().isNull(); }),
                                 15000);
        QCOMPARE(m_server->requestCount(u"getSingleImage"_s), before + 6);
        QCOMPARE(panel.stripImages().first()->toolTip(), u"Image 1 of %1"_s.arg(many->imageCount));
        QCOMPARE(panel.stripImages().last()->toolTip(), u"Image %1 of %1"_s.arg(many->imageCount));

        panel.showSeries(series); // again: from the cache
        QTRY_VERIFY_WITH_TIMEOUT(!panel.preview()->pixmap().isNull(), 15000);
        panel.moreImagesButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(panel.stripImages().cbegin(),
                                             panel.stripImages().cend(),
                                             [](QLabel *l) { return !l->pixmap().isNull(); }),
                                 15000);
        QCOMPARE(m_server->requestCount(u"getSingleImage"_s), before + 6);
    }

    // In a short series the strip holds the middle image the preview fetched: not fetched again.
    void theStripReusesThePreview() {
        m_server->faults().clear();
        const auto &all = m_server->archive().series();
        const auto few = std::find_if(all.cbegin(), all.cend(), [](const auto &s) {
            return s.imageCount >= 2 && s.imageCount <= 6 && s.rows > 0 &&
                   s.encoding != emulator::PixelEncoding::Jpeg2000;
        });
        QVERIFY(few != all.cend());
        QTemporaryDir dir;
        PreviewCache cache(dir.path(), 1 << 24);
        SeriesPreviewLoader loader(m_client.get(), &cache);
        DetailsPanel panel(m_client.get());
        panel.setPreviewLoader(&loader);
        panel.resize(360, 800);
        panel.show();
        const int before = m_server->requestCount(u"getSingleImage"_s);
        panel.showSeries(seriesRecord(*few));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.preview()->pixmap().isNull(), 15000);
        panel.moreImagesButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(panel.stripImages().cbegin(), panel.stripImages().cend(),
                        [](QLabel *l) { return l->isHidden() || !l->pixmap().isNull(); }),
            15000);
        QCOMPARE(m_server->requestCount(u"getSingleImage"_s), before + few->imageCount);
    }

    // The strip of More images belongs to its series: whatever is shown next (a collection's
    // summary, an empty collection, another series, nothing) shows none of its images.
    void theStripGoesWithItsSeries_data() {
        QTest::addColumn<QString>("next");
        QTest::newRow("a collection") << u"collection"_s;
        QTest::newRow("an empty collection") << u"empty collection"_s;
        QTest::newRow("another series") << u"series"_s;
        QTest::newRow("nothing") << u"nothing"_s;
    }
    void theStripGoesWithItsSeries() {
        QFETCH(QString, next);
        m_server->faults().clear();
        QTemporaryDir dir;
        PreviewCache cache(dir.path(), 1 << 24);
        SeriesPreviewLoader loader(m_client.get(), &cache);
        DetailsPanel panel(m_client.get());
        panel.setPreviewLoader(&loader);
        panel.resize(360, 800);
        panel.show();
        const Series first = renderable(0);
        QVERIFY(!first.seriesInstanceUid.isEmpty());
        panel.showSeries(first);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.preview()->pixmap().isNull(), 15000);
        panel.moreImagesButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!panel.stripImages().isEmpty() &&
                                     !panel.stripImages().first()->pixmap().isNull(),
                                 15000);

        ArchiveTreeNode collection;
        collection.kind = ArchiveTreeNode::Kind::Collection;
        if (next == u"collection"_s) {
            collection.record = m_server->archive().collections().first().name;
            panel.showNode(&collection);
        } else if (next == u"empty collection"_s) {
            collection.record = u"Nothing-In-It"_s;
            panel.showNode(&collection);
        } else if (next == u"series"_s) {
            panel.showSeries(renderable(1));
        } else {
            panel.showNode(nullptr);
        }
        QVERIFY(panel.stripImages().isEmpty());
        for (QLabel *label : panel.findChildren<QLabel *>())
            QVERIFY2(!label->isVisible() || label == panel.preview() || label->pixmap().isNull(),
                     qPrintable(label->toolTip()));
        if (next == u"series"_s) {
            QVERIFY(panel.moreImagesButton()->isVisible());
            QTRY_VERIFY_WITH_TIMEOUT(!panel.preview()->pixmap().isNull(), 15000);
        } else {
            QVERIFY(!panel.preview()->isVisible());
            QVERIFY(!panel.moreImagesButton()->isVisible());
        }
    }

    // Moving on before a preview came cancels it: only the series shown gets its preview.
    // Moving on while the list of images, or the image itself, is on its way: the first
    // series' preview never shows (its answer, asked for first, would have come first), nothing
    // is said to have failed, and (for the list) its image is never asked for.
    void aPreviewLeftBehindIsDropped_data() {
        QTest::addColumn<QString>("slow");
        QTest::newRow("the list of images") << u"getSOPInstanceUIDs"_s;
        QTest::newRow("the image") << u"getSingleImage"_s;
    }
    void aPreviewLeftBehindIsDropped() {
        QFETCH(QString, slow);
        m_server->faults().clear();
        m_server->faults().add(*emulator::FaultRule::parse(slow + u":latency=300"_s));
        SeriesPreviewLoader loader(m_client.get(), nullptr);
        DetailsPanel panel(m_client.get());
        panel.setPreviewLoader(&loader);
        QSignalSpy loaded(&loader, &SeriesPreviewLoader::loaded);
        QSignalSpy failed(&loader, &SeriesPreviewLoader::failed);
        const Series first = renderable(5);
        const Series second = renderable(6);
        const int before = m_server->requestCount(slow);
        const int imagesBefore = m_server->requestCount(u"getSingleImage"_s);
        panel.showSeries(first);
        QTRY_COMPARE_WITH_TIMEOUT(m_server->requestCount(slow), before + 1, 15000); // on its way
        panel.showSeries(second);
        QVERIFY(loaded.wait(15000));
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(loaded.first().first().toString(), second.seriesInstanceUid);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(m_server->requestCount(u"getSingleImage"_s),
                 imagesBefore + (slow == u"getSingleImage"_s ? 2 : 1));
        m_server->faults().clear();
    }

    void aPreviewThatCannotComeSaysWhy() {
        m_server->faults().clear();
        m_server->faults().add(*emulator::FaultRule::parse(u"getSingleImage:status=500"_s));
        ClientSettings settings = m_client->settings();
        settings.maxRetries = 0;
        NbiaClient client(&m_network, settings);
        SeriesPreviewLoader loader(&client, nullptr);
        DetailsPanel panel(&client);
        panel.setPreviewLoader(&loader);
        QSignalSpy failed(&loader, &SeriesPreviewLoader::failed);
        panel.showSeries(seriesRecord(m_server->archive().series()[3]));
        QVERIFY(failed.wait(15000));
        QVERIFY(!panel.previewCaption().isEmpty());
        QCOMPARE(panel.preview()->text(), u"No preview"_s);
        m_server->faults().clear();
    }

    // The archive holds some series in JPEG 2000, which the free DCMTK cannot decode.
    void aJpeg2000SeriesSaysItCannotBeShown() {
        m_server->faults().clear();
        const auto &all = m_server->archive().series();
        const auto j2k = std::find_if(all.cbegin(), all.cend(), [](const auto &s) {
            return s.encoding == emulator::PixelEncoding::Jpeg2000;
        });
        QVERIFY(j2k != all.cend());
        SeriesPreviewLoader loader(m_client.get(), nullptr);
        DetailsPanel panel(m_client.get());
        panel.setPreviewLoader(&loader);
        QSignalSpy failed(&loader, &SeriesPreviewLoader::failed);
        panel.showSeries(seriesRecord(*j2k));
        QVERIFY(failed.wait(15000));
        QVERIFY2(panel.previewCaption().contains(u"JPEG 2000"_s),
                 qPrintable(panel.previewCaption()));
    }

    void unknownSeriesSaysSo() {
        ArchiveTreeNode node;
        node.kind = ArchiveTreeNode::Kind::Series;
        Series gone;
        gone.seriesInstanceUid = u"1.2.3.4"_s;
        node.record = gone;
        DetailsPanel panel(m_client.get());
        QSignalSpy loaded(&panel, &DetailsPanel::detailsLoaded);
        panel.showNode(&node);
        QVERIFY(loaded.wait());
        QVERIFY(panel.fieldValue(u"Note"_s).contains(u"no metadata"_s));
    }

    void patientAndClearing() {
        ArchiveTreeNode node;
        node.kind = ArchiveTreeNode::Kind::Patient;
        Patient patient;
        patient.patientId = u"P-1"_s;
        patient.collection = u"X"_s;
        node.record = patient;
        DetailsPanel panel(m_client.get());
        panel.showNode(&node);
        QCOMPARE(panel.fieldValue(u"PatientId"_s), u"P-1"_s);
        panel.showNode(nullptr);
        QVERIFY(panel.fieldValue(u"PatientId"_s).isEmpty());
    }
};

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
