#pragma once

#include "httpresult.h"

#include <QByteArray>
#include <QList>

namespace nbia::emulator::testsupport {

// Checks of an answer against the reference, reported through QTest (QVERIFY/QCOMPARE): call
// from a test function and test QTest::currentTestFailed() before relying on the answer.

// The first line of every 500 answer (§2.4).
inline const QByteArray kServerError = "Server was not able to process your request";

// Empty result per §2.3: 200, zero-length body, no Content-Type.
void verifyEmpty(const HttpResult &r);

// 200 with Content-Type application/json.
void verifyJsonOk(const HttpResult &r);

// A list endpoint's rows, compared as a bag (or the empty answer when none are expected).
void verifyRows(const HttpResult &r, const QList<QByteArray> &rows);

// The objects of a body as raw texts; the reference leaves most orders unspecified, so rows are
// compared as bags. Empty when they agree, otherwise what differs.
QString bagDifference(QList<QByteArray> actual, QList<QByteArray> expected);

} // namespace nbia::emulator::testsupport
