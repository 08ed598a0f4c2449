#include "clienttestcase.h"

#include <cart/seriescartmodel.h>
#include <cartpanel.h>
#include <download/downloadjournal.h>
#include <download/downloadqueue.h>
#include <download/tciamanifest.h>
#include <downloadcontroller.h>
#include <downloaddialog.h>
#include <downloadspanel.h>
#include <mainwindow.h>

#include <QAbstractButton>
#include <QApplication>
#include <QDropEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// Where the window's downloads come from: manifests (opened, given on the command line,
// dropped), shared lists, the journal of the last session; and the question on quit.
class TestDownloadController final : public ClientTestCase {
    Q_OBJECT

private:
    [[nodiscard]] DownloadTarget target() const {
        return {m_dir->filePath(u"downloads"_s), FolderLayout::Flat, FileNaming::AsSent, true};
    }

    QString writeFile(const QString &name, const QByteArray &bytes) {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(bytes);
        return path;
    }

    // Answers the next modal dialog of type T from inside its own event loop.
    template<class T>
    void answerNextDialog(std::function<void(T *)> answer) {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        connect(timer, &QTimer::timeout, this, [timer, answer] {
            if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
                timer->stop();
                timer->deleteLater();
                answer(dialog);
            }
        });
        timer->start();
    }

    static void click(QMessageBox *box, const QString &text) {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&') == text)
                button->click();
        }
    }

private Q_SLOTS:
    void initTestCase_data() { addApiVersions(); }
    void initTestCase() { QVERIFY(startArchive()); }

    void init() { QVERIFY(resetArchiveAndFolder()); }

    void manifestsAreQueued_data() {
        QTest::addColumn<bool>("crlf");
        QTest::newRow("LF") << false;
        QTest::newRow("CRLF") << true;
    }
    void manifestsAreQueued() {
        QFETCH(bool, crlf);
        const QStringList uids = uidsOf(smallestSeries(2));
        QByteArray text =
            TciaManifest::forSeries(uids, QDateTime::currentDateTime(), m_server->serviceRoot())
                .toText();
        if (crlf)
            text.replace("\n", "\r\n");
        const QString path = writeFile(u"manifest-1.tcia"_s, text);
        DownloadController controller(m_client.get(), nullptr, nullptr);
        QSignalSpy queued(&controller, &DownloadController::queued);
        QCOMPARE(controller.queueManifest(path, target()), QString());
        QCOMPARE(queued.count(), 1);
        QCOMPARE(controller.queue()->items().size(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(controller.queue()->isFinished(), 30000);
        for (const DownloadItem &item : controller.queue()->items()) {
            QCOMPARE(item.state, DownloadState::Done);
            QVERIFY(QDir(target().root).exists(item.seriesUid));
        }
        controller.queue()->pauseAll();
        QCOMPARE(controller.queueManifest(path, target()), QString()); // done: queued again
        QCOMPARE(queued.last().at(0).toInt(), 2);
        QCOMPARE(controller.queueManifest(path, target()), QString()); // waiting: not twice
        QCOMPARE(queued.last().at(0).toInt(), 0);
        QCOMPARE(queued.last().at(1).toInt(), 2);
    }

    // A manifest names its archive: one of NLST's downloads from NLST (here the emulator, the
    // archive pointed at it as at a mirror), whatever the window shows; one of a host this
    // program does not know is refused without a request.
    void manifestsDownloadFromTheirArchive() {
        const QStringList uids = uidsOf(smallestSeries(1));
        TciaManifest nlst = TciaManifest::forSeries(uids, QDateTime::currentDateTime());
        nlst.downloadServerUrl =
            u"https://nlst.cancerimagingarchive.net/nbia-download/servlet/DownloadServlet"_s;
        qputenv("NBIA_ARCHIVE_URLS",
                (u"nlst="_s + m_server->serviceRoot().toString() + u"v4"_s).toUtf8());
        ClientSettings elsewhere = m_client->settings();
        elsewhere.serviceRoot = QUrl(u"http://127.0.0.1:9/nbia-api/services/"_s);
        NbiaClient window(&m_network, elsewhere);
        DownloadController controller(&window, nullptr, nullptr);
        const QString error =
            controller.queueManifest(writeFile(u"nlst.tcia"_s, nlst.toText()), target());
        qunsetenv("NBIA_ARCHIVE_URLS");
        QCOMPARE(error, QString());
        QCOMPARE(controller.queue()->items().size(), 1);
        QCOMPARE(controller.queue()->items().first().server,
                 m_server->serviceRoot().toString() + u"v4/"_s);
        QTRY_VERIFY_WITH_TIMEOUT(controller.queue()->isFinished(), 30000);
        QCOMPARE(controller.queue()->items().first().state, DownloadState::Done);

        TciaManifest unknown = nlst;
        unknown.downloadServerUrl = u"https://nbia.example.org/nbia-download/servlet/x"_s;
        DownloadController other(m_client.get(), nullptr, nullptr);
        const int before = m_server->requestCount();
        const QString refused =
            other.queueManifest(writeFile(u"unknown.tcia"_s, unknown.toText()), target());
        QVERIFY2(refused.contains(u"nbia.example.org"_s), qPrintable(refused));
        QVERIFY(other.queue()->items().isEmpty());
        QCOMPARE(m_server->requestCount(), before);
    }

    void aBadManifestSaysWhy_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<bool>("exists");
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("empty") << QByteArray() << true;
        QTest::newRow("junk") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11) << true;
    }
    void aBadManifestSaysWhy() {
        QFETCH(QByteArray, text);
        QFETCH(bool, exists);
        const QString path =
            exists ? writeFile(u"bad.tcia"_s, text) : m_dir->filePath(u"no.tcia"_s);
        DownloadController controller(m_client.get(), nullptr, nullptr);
        const QString error = controller.queueManifest(path, target());
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(u"bad.tcia"_s) || error.contains(u"no.tcia"_s), qPrintable(error));
        QVERIFY(controller.queue()->items().isEmpty());
    }

    void sharedListsAreQueued() {
        const SharedList &list = archive().sharedLists().first();
        DownloadController controller(m_client.get(), nullptr, nullptr);
        QSignalSpy queued(&controller, &DownloadController::queued);
        QSignalSpy failed(&controller, &DownloadController::failed);
        controller.queueSharedList(list.name, target());
        QVERIFY(queued.wait(15000));
        QCOMPARE(queued.first().at(0).toInt(), list.series.size());
        QCOMPARE(controller.queue()->items().size(), list.series.size());
        controller.queue()->pauseAll(); // no need to download them all

        controller.queueSharedList(u"no such list"_s, target());
        QVERIFY(failed.wait(15000));
        QVERIFY(failed.first().at(0).toString().contains(u"no such list"_s));
    }

    // The last session's rows come back paused, saying why; new rows are kept too.
    void theLastSessionComesBack() {
        const auto series = smallestSeries(3);
        DownloadItem waiting;
        waiting.seriesUid = series.at(0)->uid;
        waiting.server = m_client->settings().endpointUrl(QString()).toString();
        waiting.target = target();
        waiting.state = DownloadState::Downloading;
        DownloadItem failed = waiting;
        failed.seriesUid = series.at(1)->uid;
        failed.state = DownloadState::Failed;
        failed.error = u"not in public domain"_s;
        const QString journal = writeFile(
            u"queue.jsonl"_s, "{\"journal\":\"nbia-download-queue\",\"version\":1}\n" +
                                  DownloadJournal::line(waiting) + DownloadJournal::line(failed));
        {
            DownloadController controller(m_client.get(), nullptr, nullptr);
            QCOMPARE(controller.useJournal(journal), 2);
            DownloadQueue *queue = controller.queue();
            QVERIFY(queue->isPaused());
            QCOMPARE(queue->pauseKind(), PauseReason::LastSession); // a value, not a sentence
            QCOMPARE(queue->items().at(0).state, DownloadState::Queued);
            QCOMPARE(queue->items().at(1).state, DownloadState::Failed);
            QCOMPARE(queue->items().at(1).error, failed.error);
            QVERIFY(!controller.isBusy()); // paused: quitting loses nothing
            Series third;
            third.seriesInstanceUid = series.at(2)->uid;
            QVERIFY(controller.queue({third}, target()));
            // The new one runs; the old one now waits on its own.
            QCOMPARE(queue->items().at(0).state, DownloadState::Paused);
            QVERIFY(!queue->isPaused());
        }
        const QList<DownloadItem> kept = DownloadJournal::read(journal);
        QCOMPARE(kept.size(), 3);
        QCOMPARE(kept.at(2).seriesUid, series.at(2)->uid);

        DownloadController again(m_client.get(), nullptr, nullptr);
        QCOMPARE(again.useJournal(journal), 3);
        QCOMPARE(again.queue()->items().at(0).state, DownloadState::Paused);
        again.queue()->resumeAll();
        again.queue()->resume(series.at(0)->uid);
        QTRY_VERIFY_WITH_TIMEOUT(again.queue()->isFinished(), 30000);
        QCOMPARE(again.queue()->items().at(0).state, DownloadState::Done);
        QCOMPARE(again.queue()->items().at(2).state, DownloadState::Done);
    }

    // A finished row whose folder went is queued again, but waits for Resume all like the rest.
    void nothingStartsByItself() {
        DownloadItem done;
        done.seriesUid = uidsOf(smallestSeries(1)).first();
        done.target = target();
        done.state = DownloadState::Done;
        done.folder = u"gone"_s;
        const QString journal =
            writeFile(u"queue.jsonl"_s, "{\"journal\":\"nbia-download-queue\",\"version\":1}\n" +
                                            DownloadJournal::line(done));
        DownloadController controller(m_client.get(), nullptr, nullptr);
        QCOMPARE(controller.useJournal(journal), 1);
        QCOMPARE(controller.queue()->items().first().state, DownloadState::Queued);
        QVERIFY(controller.queue()->isPaused());
        QCOMPARE(controller.queue()->runningCount(), 0);
    }

    // New downloads start at once; the last session's rows wait, each one paused.
    void newDownloadsDoNotWaitForTheLastSession() {
        const auto series = smallestSeries(2);
        DownloadItem left;
        left.seriesUid = series.at(0)->uid;
        left.target = target();
        left.state = DownloadState::Downloading;
        const QString journal =
            writeFile(u"queue.jsonl"_s, "{\"journal\":\"nbia-download-queue\",\"version\":1}\n" +
                                            DownloadJournal::line(left));
        DownloadController controller(m_client.get(), nullptr, nullptr);
        QCOMPARE(controller.useJournal(journal), 1);
        QVERIFY(controller.queue()->isPaused());
        Series fresh;
        fresh.seriesInstanceUid = series.at(1)->uid;
        QVERIFY(controller.queue({fresh}, target()));
        QVERIFY(!controller.queue()->isPaused());
        QCOMPARE(controller.queue()->items().first().state, DownloadState::Paused);
        QTRY_COMPARE_WITH_TIMEOUT(controller.queue()->items().at(1).state, DownloadState::Done,
                                  30000);
        QCOMPARE(controller.queue()->items().first().state, DownloadState::Paused);
    }

    // A second window leaves the first one's journal alone.
    void oneJournalPerProgram() {
        const QString journal = m_dir->filePath(u"queue.jsonl"_s);
        DownloadController first(m_client.get(), nullptr, nullptr);
        first.useJournal(journal);
        DownloadController second(m_client.get(), nullptr, nullptr);
        QSignalSpy failed(&second, &DownloadController::failed);
        QCOMPARE(second.useJournal(journal), 0);
        QCOMPARE(failed.count(), 1);
    }

    // A manifest dropped on the window goes to the cart, to be looked at first; its Download
    // offers a folder named after the manifest, and OK queues its series.
    void aDroppedManifestIsOffered() {
        const QStringList uids = uidsOf(smallestSeries(2));
        const QString path = writeFile(
            u"manifest-2.tcia"_s,
            TciaManifest::forSeries(uids, QDateTime::currentDateTime(), m_server->serviceRoot())
                .toText());
        MainWindow window(m_client.get());
        window.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &drop);
        QTRY_COMPARE(window.cart()->uids(), uids);
        QVERIFY(window.cartPanel()->isVisible());
        QCOMPARE(window.downloads()->queue()->items().size(), 0);
        QString offeredRoot;
        answerNextDialog<DownloadDialog>([&](DownloadDialog *dialog) {
            offeredRoot = dialog->target().root;
            DownloadTarget chosen = target();
            dialog->setTarget(chosen);
            dialog->accept();
        });
        window.cartPanel()->downloadAll();
        QTRY_COMPARE_WITH_TIMEOUT(window.downloads()->queue()->items().size(), 2, 15000);
        QVERIFY2(offeredRoot.endsWith(u"/manifest-2"_s), qPrintable(offeredRoot));
        QVERIFY(window.downloadsPanel()->isVisible());
        window.downloads()->queue()->pauseAll();

        QMimeData other;
        other.setUrls({QUrl::fromLocalFile(m_dir->filePath(u"picture.png"_s))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &other, Qt::LeftButton,
                                Qt::NoModifier);
        refused.setAccepted(false);
        QApplication::sendEvent(&window, &refused);
        QVERIFY(!refused.isAccepted());
    }

    // Quitting with downloads under way asks first; keeping them keeps the window open.
    void quittingAsksWhileDownloading() {
        m_server->faults().add(*FaultRule::parse(imageEndpoint() + u":throttle=50k"_s));
        MainWindow window(m_client.get());
        window.show();
        Series series;
        series.seriesInstanceUid = uidsOf(smallestSeries(1)).first();
        QVERIFY(window.downloads()->queue({series}, target()));
        answerNextDialog<QMessageBox>([](QMessageBox *box) { click(box, u"Keep downloading"_s); });
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        answerNextDialog<QMessageBox>([](QMessageBox *box) { click(box, u"Quit"_s); });
        QVERIFY(window.close());

        MainWindow idle(m_client.get()); // nothing under way: no question
        idle.show();
        QVERIFY(idle.close());
    }
};

QTEST_MAIN(TestDownloadController)
#include "tst_downloadcontroller.moc"
