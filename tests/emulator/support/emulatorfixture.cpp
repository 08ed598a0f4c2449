#include "emulatorfixture.h"

#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace nbia::emulator::testsupport {

namespace {

constexpr int kReplyTimeoutMs = 30000;

} // namespace

void EmulatorFixture::start(ArchiveSpec::Kind kind) {
    m_codecs = std::make_unique<DicomCodecs>(DicomCodecs::Mode::DecodeAndEncode);
    EmulatorOptions options;
    options.archive = *ArchiveSpec::fromSize(u"small"_s, 1);
    options.archive.kind = kind;
    m_server = std::make_unique<EmulatorServer>(options);
    QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
    m_root = m_server->serviceRoot().toString();
    QVERIFY(m_root.startsWith(u"http://127.0.0.1:"_s));
    QVERIFY(m_root.endsWith(u"/nbia-api/services/"_s));
    if (kind != ArchiveSpec::Kind::Tcia)
        return;

    // The small archive must have the quirks the tests rely on.
    const auto &all = archive().series();
    auto any = [&all](const std::function<bool(const ArchiveSeries &)> &f) {
        return std::any_of(all.cbegin(), all.cend(), f);
    };
    QVERIFY(any([](const ArchiveSeries &s) { return s.bodyPart.isNull(); }));
    QVERIFY(any([](const ArchiveSeries &s) {
        return !s.bodyPart.isNull() && s.bodyPart != s.bodyPart.toUpper();
    }));
    QVERIFY(any([](const ArchiveSeries &s) { return s.manufacturer.isNull(); }));
    QVERIFY(any([](const ArchiveSeries &s) { return s.manufacturer.contains(u','); }));
    QVERIFY(any([](const ArchiveSeries &s) { return !s.annotations.has_value(); }));
    QVERIFY(any([](const ArchiveSeries &s) { return s.annotations == false; }));
    QVERIFY(collectionIndex(u"Colon Phantom Study"_s) >= 0);
    QVERIFY(collectionIndex(u"Pediatric-Liver-Tumör"_s) >= 0);
    QVERIFY(releaseDates(archive().collections()[datedCollection()].name).size() >= 3);

    qint64 smallest = std::numeric_limits<qint64>::max();
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QList<int> order = archive().storageOrder(i);
        if (all[i].imageCount < 10 || all[i].imageCount > 99 ||
            std::is_sorted(order.cbegin(), order.cend()))
            continue;
        if (all[i].totalSize() < smallest) {
            smallest = all[i].totalSize();
            m_zipSeries = i;
        }
    }
    QVERIFY(m_zipSeries >= 0);
}

void EmulatorFixture::reset() {
    m_server->quirks() = EmulatorQuirks();
    m_server->faults().clear();
}

void EmulatorFixture::stop() {
    m_server.reset();
    m_codecs.reset();
}

HttpResult EmulatorFixture::request(const QUrl &url, const QByteArray &verb,
                                    int transferTimeoutMs) {
    return exchange(url, verb, QByteArray("x=1"), transferTimeoutMs);
}

HttpResult EmulatorFixture::post(const QString &pathAndQuery, const QByteArray &form) {
    return exchange(QUrl(m_root + pathAndQuery, QUrl::TolerantMode), "POST", form, 0);
}

HttpResult EmulatorFixture::exchange(const QUrl &url, const QByteArray &verb,
                                     const QByteArray &body, int transferTimeoutMs) {
    HttpResult result;
    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Accept", "*/*");
    if (verb != "GET")
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArray("application/x-www-form-urlencoded"));
    if (transferTimeoutMs > 0)
        networkRequest.setTransferTimeout(transferTimeoutMs);
    QNetworkReply *reply = verb == "GET" ? m_network.get(networkRequest)
                                         : m_network.sendCustomRequest(networkRequest, verb, body);
    const QMetaObject::Connection reading =
        QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, &result] {
            if (reply->isOpen())
                result.body += reply->readAll();
        });
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kReplyTimeoutMs);
    result.finished = reply->isFinished();
    if (!result.finished)
        reply->abort();
    if (reply->isOpen())
        result.body += reply->readAll();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.errorString = reply->errorString();
    result.headers = reply->rawHeaderPairs();
    QObject::disconnect(reading);
    reply->deleteLater();
    return result;
}

HttpResult EmulatorFixture::get(const QString &pathAndQuery, int transferTimeoutMs) {
    return request(QUrl(m_root + pathAndQuery, QUrl::TolerantMode), "GET", transferTimeoutMs);
}

HttpResult EmulatorFixture::download(const QString &endpoint, const QString &uid,
                                     const QString &extra) {
    return get(u"v1/"_s + endpoint + u"?SeriesInstanceUID="_s + uid + extra);
}

qsizetype EmulatorFixture::collectionIndex(const QString &name) const {
    for (qsizetype i = 0; i < archive().collections().size(); ++i) {
        if (archive().collections()[i].name == name)
            return i;
    }
    return -1;
}

qsizetype EmulatorFixture::datedCollection() const {
    qsizetype best = 0;
    qsizetype bestDates = -1;
    for (qsizetype c = 0; c < archive().collections().size(); ++c) {
        QSet<QDateTime> dates;
        for (qsizetype i = 0; i < archive().series().size(); ++i) {
            if (expected().collectionOfSeries(i) == archive().collections()[c].name)
                dates.insert(archive().series()[i].released);
        }
        if (dates.size() > bestDates) {
            best = c;
            bestDates = dates.size();
        }
    }
    return best;
}

QList<QDate> EmulatorFixture::releaseDates(const QString &collection) const {
    QSet<QDate> dates;
    for (qsizetype i = 0; i < archive().series().size(); ++i) {
        if (collection.isNull() || expected().collectionOfSeries(i) == collection)
            dates.insert(archive().series()[i].released.date());
    }
    QList<QDate> sorted(dates.cbegin(), dates.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

} // namespace nbia::emulator::testsupport
