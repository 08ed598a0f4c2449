#include <api/nbiaclient.h>
#include <emulatorserver.h>
#include <emulatorthread.h>

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace nbia;
using namespace nbia::emulator;
using namespace Qt::StringLiterals;

// The emulator on a thread of its own answers like the one on the caller's thread, lives on its
// thread, and stops cleanly.
class TestEmulatorThread final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void answersFromItsOwnThread() {
        EmulatorOptions options;
        options.archive = *ArchiveSpec::fromSize(u"small"_s);
        EmulatorThread emulator(options);
        QVERIFY(emulator.start());
        QVERIFY(emulator.start()); // already running: nothing more
        QVERIFY(emulator.serviceRoot().isValid());
        QCOMPARE(emulator.serviceRoot().host(), u"127.0.0.1"_s);
        QVERIFY(emulator.server().thread() != QThread::currentThread());

        QNetworkAccessManager network;
        ClientSettings settings;
        settings.serviceRoot = emulator.serviceRoot();
        NbiaClient client(&network, settings);
        std::optional<ApiResult<QStringList>> collections;
        client.collections(this,
                           [&](const ApiResult<QStringList> &result) { collections = result; });
        QTRY_VERIFY(collections.has_value());
        QVERIFY(collections->ok());
        QCOMPARE(collections->value().size(), emulator.server().archive().collections().size());
    }
};

QTEST_GUILESS_MAIN(TestEmulatorThread)
#include "tst_emulatorthread.moc"
