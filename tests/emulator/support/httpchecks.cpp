#include "httpchecks.h"

#include "flatjsonarray.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nbia::emulator::testsupport {

void verifyEmpty(const HttpResult &r) {
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QCOMPARE(r.error, QNetworkReply::NoError);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray());
    QVERIFY2(!r.has("Content-Type"), r.header("Content-Type").constData());
}

void verifyJsonOk(const HttpResult &r) {
    QVERIFY2(r.finished, qPrintable(r.describe()));
    QVERIFY2(r.error == QNetworkReply::NoError, qPrintable(r.describe()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
}

void verifyRows(const HttpResult &r, const QList<QByteArray> &rows) {
    if (rows.isEmpty()) {
        verifyEmpty(r);
        return;
    }
    verifyJsonOk(r);
    if (QTest::currentTestFailed())
        return;
    FlatJsonArray json;
    QVERIFY2(json.parse(r.body), qPrintable(json.error()));
    QList<QByteArray> actual;
    for (const JsonRow &row : json.rows())
        actual.append(row.raw);
    const QString difference = bagDifference(actual, rows);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

QString bagDifference(QList<QByteArray> actual, QList<QByteArray> expected) {
    std::sort(actual.begin(), actual.end());
    std::sort(expected.begin(), expected.end());
    if (actual == expected)
        return {};
    QList<QByteArray> missing = expected;
    QList<QByteArray> unexpected;
    for (const QByteArray &row : actual) {
        if (!missing.removeOne(row))
            unexpected.append(row);
    }
    QString text = u"%1 rows, expected %2."_s.arg(actual.size()).arg(expected.size());
    if (!missing.isEmpty())
        text += u"\n  missing:    "_s + QString::fromUtf8(missing.first());
    if (!unexpected.isEmpty())
        text += u"\n  unexpected: "_s + QString::fromUtf8(unexpected.first());
    return text;
}

} // namespace nbia::emulator::testsupport
