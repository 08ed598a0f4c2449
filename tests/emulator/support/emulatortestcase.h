#pragma once

#include "emulatorfixture.h"
#include "expected.h"

#include <QObject>

namespace nbia::emulator::testsupport {

// Base of the emulator's HTTP tests: the in-process emulator and short names for what the tests
// use of it. Each test class still starts and resets it in its own initTestCase() and init().
class EmulatorTestCase : public QObject {
protected:
    const SyntheticArchive &archive() const { return m_emulator.archive(); }
    Expected expected() const { return m_emulator.expected(); }
    HttpResult get(const QString &pathAndQuery, int transferTimeoutMs = 0) {
        return m_emulator.get(pathAndQuery, transferTimeoutMs);
    }
    HttpResult request(const QUrl &url, const QByteArray &verb = "GET") {
        return m_emulator.request(url, verb);
    }
    HttpResult post(const QString &pathAndQuery, const QByteArray &form) {
        return m_emulator.post(pathAndQuery, form);
    }
    HttpResult download(const QString &endpoint, const QString &uid, const QString &extra = {}) {
        return m_emulator.download(endpoint, uid, extra);
    }
    qsizetype datedCollection() const { return m_emulator.datedCollection(); }
    QList<QDate> releaseDates(const QString &collection) const {
        return m_emulator.releaseDates(collection);
    }

    EmulatorFixture m_emulator;
};

} // namespace nbia::emulator::testsupport
