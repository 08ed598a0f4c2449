// FaultRule::parse (the --fault syntax) and FaultPlan::next (which request gets which fault).
#include "faultplan.h"

#include <QTest>

using namespace nbia::emulator;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(nbia::emulator::FaultRule)

namespace {

FaultRule rule(const QString &endpoint) {
    FaultRule r;
    r.endpoint = endpoint;
    return r;
}

bool sameRule(const FaultRule &a, const FaultRule &b) {
    return a.endpoint == b.endpoint && a.status == b.status && a.latencyMs == b.latencyMs &&
           a.throttleBytesPerSecond == b.throttleBytesPerSecond &&
           a.dropAfterBytes == b.dropAfterBytes && a.truncateZip == b.truncateZip &&
           a.shortZip == b.shortZip && a.corruptZip == b.corruptZip && a.badMd5 == b.badMd5 &&
           a.malformedJson == b.malformedJson && a.hang == b.hang && a.notPublic == b.notPublic &&
           a.webPage == b.webPage && a.endlessZip == b.endlessZip && a.everyNth == b.everyNth &&
           a.firstN == b.firstN;
}

QString describe(const FaultRule &r) {
    return r.toString();
}

FaultRule parsed(const QString &spec) {
    QString error;
    const std::optional<FaultRule> r = FaultRule::parse(spec, &error);
    if (!r)
        qFatal("cannot parse fault %s: %s", qPrintable(spec), qPrintable(error));
    return *r;
}

} // namespace

class TestFaultPlan final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parse_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<FaultRule>("expected");

        auto add = [](const char *name, const QString &spec, FaultRule expected) {
            QTest::newRow(name) << spec << expected;
        };
        {
            FaultRule r = rule(u"getSeries"_s);
            r.status = 503;
            add("status", u"getSeries:status=503"_s, r);
            r.firstN = 2;
            add("status first", u"getSeries:status=503,first=2"_s, r);
        }
        {
            FaultRule r = rule(u"getSeries"_s);
            r.status = 429;
            r.everyNth = 3;
            add("status every", u"getSeries:status=429,every=3"_s, r);
        }
        {
            FaultRule r = rule(u"*"_s);
            r.latencyMs = 250;
            add("latency plain", u"*:latency=250"_s, r);
            add("latency ms", u"*:latency=250ms"_s, r);
            add("delay alias", u"*:delay=250"_s, r);
            r.latencyMs = 2000;
            add("latency s", u"*:latency=2s"_s, r);
            r.latencyMs = 1500;
            add("latency fractional s", u"*:latency=1.5s"_s, r);
            r.latencyMs = 0;
            add("latency zero", u"*:latency=0"_s, r);
        }
        {
            FaultRule r = rule(u"getImage"_s);
            r.throttleBytesPerSecond = 1500;
            add("throttle bytes", u"getImage:throttle=1500"_s, r);
            r.throttleBytesPerSecond = qint64(512) * 1024;
            add("throttle k", u"getImage:throttle=512k"_s, r);
            add("throttle K", u"getImage:throttle=512K"_s, r);
            r.throttleBytesPerSecond = qint64(2) * 1024 * 1024;
            add("throttle M", u"getImage:throttle=2M"_s, r);
            add("throttle m", u"getImage:throttle=2m"_s, r);
        }
        {
            FaultRule r = rule(u"getImage"_s);
            r.dropAfterBytes = qint64(1024) * 1024;
            add("drop-after M", u"getImage:drop-after=1M"_s, r);
            r.dropAfterBytes = qint64(100) * 1024;
            add("drop-after k", u"getImage:drop-after=100k"_s, r);
            r.dropAfterBytes = 12345;
            add("drop-after bytes", u"getImage:drop-after=12345"_s, r);
            r.dropAfterBytes = 0;
            add("drop-after zero", u"getImage:drop-after=0"_s, r);
        }
        {
            FaultRule r = rule(u"getImage"_s);
            r.truncateZip = true;
            add("truncate-zip", u"getImage:truncate-zip"_s, r);
        }
        {
            FaultRule r = rule(u"getImage"_s);
            r.shortZip = true;
            add("short-zip", u"getImage:short-zip"_s, r);
        }
        {
            FaultRule r = rule(u"getImage"_s);
            r.corruptZip = true;
            add("corrupt-zip", u"getImage:corrupt-zip"_s, r);
        }
        {
            FaultRule r = rule(u"getImageWithMD5Hash"_s);
            r.badMd5 = true;
            add("bad-md5", u"getImageWithMD5Hash:bad-md5"_s, r);
        }
        {
            FaultRule r = rule(u"getSeries"_s);
            r.malformedJson = true;
            add("malformed-json", u"getSeries:malformed-json"_s, r);
        }
        {
            FaultRule r = rule(u"*"_s);
            r.hang = true;
            add("hang", u"*:hang"_s, r);
        }
        {
            FaultRule r = rule(u"getImage"_s);
            r.status = 500;
            r.latencyMs = 100;
            r.throttleBytesPerSecond = qint64(64) * 1024;
            r.dropAfterBytes = 2048;
            r.truncateZip = true;
            r.corruptZip = true;
            r.badMd5 = true;
            r.malformedJson = true;
            r.hang = true;
            r.notPublic = true;
            r.webPage = true;
            r.endlessZip = true;
            r.everyNth = 2;
            r.firstN = 5;
            add("everything",
                u"getImage:status=500,latency=100ms,throttle=64k,drop-after=2k,truncate-zip,"
                u"corrupt-zip,bad-md5,malformed-json,hang,not-public,web-page,endless-zip,every=2,"
                u"first=5"_s,
                r);
            add("blanks and empty options",
                u" getImage : status = 500 ,, latency=100 , throttle=64k,drop-after=2k,"
                u"TRUNCATE-ZIP,corrupt-zip,bad-md5,malformed-json,hang,Not-Public,Web-Page,"
                u"endless-zip,every=2,first=5,"_s,
                r);
        }
    }
    void parse() {
        QFETCH(QString, spec);
        QFETCH(FaultRule, expected);
        QString error;
        const std::optional<FaultRule> r = FaultRule::parse(spec, &error);
        QVERIFY2(r.has_value(), qPrintable(error));
        QVERIFY2(sameRule(*r, expected), qPrintable(describe(*r) + u" != "_s + describe(expected)));
        // What toString() writes parses back to the same rule (a rule that does nothing, such
        // as latency=0, prints no option and is left out).
        if (r->toString().endsWith(u':'))
            return;
        const std::optional<FaultRule> again = FaultRule::parse(r->toString(), &error);
        QVERIFY2(again.has_value(), qPrintable(r->toString() + u": "_s + error));
        QVERIFY2(sameRule(*again, *r), qPrintable(again->toString()));
    }

    void parseErrors_data() {
        QTest::addColumn<QString>("spec");
        QTest::newRow("empty") << QString();
        QTest::newRow("no colon") << u"getSeries"_s;
        QTest::newRow("no endpoint") << u":status=503"_s;
        QTest::newRow("no option") << u"getSeries:"_s;
        QTest::newRow("only commas") << u"getSeries:,,"_s;
        QTest::newRow("unknown option") << u"getSeries:explode"_s;
        QTest::newRow("unknown option with value") << u"getSeries:colour=red"_s;
        QTest::newRow("status without value") << u"getSeries:status"_s;
        QTest::newRow("status empty") << u"getSeries:status="_s;
        QTest::newRow("status text") << u"getSeries:status=abc"_s;
        QTest::newRow("status too small") << u"getSeries:status=99"_s;
        QTest::newRow("status too large") << u"getSeries:status=600"_s;
        QTest::newRow("latency without value") << u"*:latency"_s;
        QTest::newRow("latency text") << u"*:latency=soon"_s;
        QTest::newRow("latency negative") << u"*:latency=-5"_s;
        QTest::newRow("latency bad unit") << u"*:latency=5h"_s;
        QTest::newRow("throttle zero") << u"getImage:throttle=0"_s;
        QTest::newRow("throttle negative") << u"getImage:throttle=-1k"_s;
        QTest::newRow("throttle text") << u"getImage:throttle=fast"_s;
        QTest::newRow("throttle bad suffix") << u"getImage:throttle=5x"_s;
        QTest::newRow("drop-after without value") << u"getImage:drop-after"_s;
        QTest::newRow("drop-after text") << u"getImage:drop-after=half"_s;
        QTest::newRow("drop-after negative") << u"getImage:drop-after=-1"_s;
        QTest::newRow("every zero") << u"getSeries:status=503,every=0"_s;
        QTest::newRow("every text") << u"getSeries:status=503,every=x"_s;
        QTest::newRow("first zero") << u"getSeries:status=503,first=0"_s;
        QTest::newRow("first negative") << u"getSeries:status=503,first=-2"_s;
        QTest::newRow("good then bad") << u"getSeries:status=503,bogus"_s;
    }
    void parseErrors() {
        QFETCH(QString, spec);
        QString error;
        const std::optional<FaultRule> r = FaultRule::parse(spec, &error);
        QVERIFY2(!r.has_value(), qPrintable(r ? r->toString() : QString()));
        QVERIFY2(!error.isEmpty(), "a rejected spec must come with a message");
        // The message is optional to ask for.
        QVERIFY(!FaultRule::parse(spec).has_value());
    }

    void nextFirstN() {
        FaultPlan plan;
        plan.add(parsed(u"getSeries:status=503,first=2"_s));
        QCOMPARE(plan.next(u"getSeries"_s).status, 503);
        QCOMPARE(plan.next(u"getSeries"_s).status, 503);
        for (int i = 0; i < 5; ++i) {
            const AppliedFault f = plan.next(u"getSeries"_s);
            QCOMPARE(f.status, 0);
            QVERIFY(!f.any());
        }
    }

    void nextEveryN_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QList<bool>>("fires");
        QTest::newRow("every=3") << u"getSeries:status=503,every=3"_s
                                 << QList<bool>{false, false, true, false, false, true, false};
        QTest::newRow("every=1") << u"getSeries:status=503,every=1"_s
                                 << QList<bool>{true, true, true};
        QTest::newRow("no count") << u"getSeries:status=503"_s
                                  << QList<bool>{true, true, true, true};
        QTest::newRow("every=2 first=4")
            << u"getSeries:status=503,every=2,first=4"_s
            << QList<bool>{false, true, false, true, false, false, false, false};
    }
    void nextEveryN() {
        QFETCH(QString, spec);
        QFETCH(QList<bool>, fires);
        FaultPlan plan;
        plan.add(parsed(spec));
        for (qsizetype i = 0; i < fires.size(); ++i) {
            const AppliedFault f = plan.next(u"getSeries"_s);
            QVERIFY2((f.status == 503) == fires[i], qPrintable(u"request %1"_s.arg(i + 1)));
            QCOMPARE(f.any(), fires[i]);
        }
    }

    void endpointMatching() {
        FaultPlan plan;
        plan.add(parsed(u"getSeries:status=503,first=1"_s));
        // Other endpoints neither fire nor count; names are exact (case-sensitive).
        QVERIFY(!plan.next(u"getImage"_s).any());
        QVERIFY(!plan.next(u"getseries"_s).any());
        QVERIFY(!plan.next(QString()).any());
        QCOMPARE(plan.next(u"getSeries"_s).status, 503);
        QVERIFY(!plan.next(u"getSeries"_s).any());
    }

    void wildcard() {
        FaultPlan plan;
        plan.add(parsed(u"*:status=500,every=2"_s));
        // "*" matches (and counts) every request, whatever the endpoint.
        QVERIFY(!plan.next(u"getSeries"_s).any());
        QCOMPARE(plan.next(u"getImage"_s).status, 500);
        QVERIFY(!plan.next(u"NewPatientsInCollection"_s).any());
        QCOMPARE(plan.next(QString()).status, 500);
    }

    void merging() {
        FaultPlan plan;
        QVERIFY(plan.isEmpty());
        plan.add(parsed(u"*:latency=100"_s));
        plan.add(parsed(u"getImage:latency=50,drop-after=10k"_s));
        plan.add(parsed(u"getImage:status=503,first=1"_s));
        plan.add(parsed(u"getImage:status=502"_s));
        plan.add(parsed(u"getImage:throttle=1M,corrupt-zip,truncate-zip"_s));
        plan.add(parsed(u"getImageWithMD5Hash:bad-md5"_s));
        plan.add(parsed(u"getSeries:malformed-json"_s));
        plan.add(parsed(u"getPatient:hang"_s));
        QVERIFY(!plan.isEmpty());
        QCOMPARE(plan.rules().size(), 8);

        AppliedFault f = plan.next(u"getImage"_s);
        QCOMPARE(f.latencyMs, 150); // latencies add up
        QCOMPARE(f.dropAfterBytes, 10 * 1024);
        QCOMPARE(f.status, 503); // the first rule with a status wins
        QCOMPARE(f.throttleBytesPerSecond, 1024 * 1024);
        QVERIFY(f.corruptZip);
        QVERIFY(f.truncateZip);
        QVERIFY(!f.badMd5);
        QVERIFY(!f.malformedJson);
        QVERIFY(!f.hang);

        f = plan.next(u"getImage"_s);
        QCOMPARE(f.status, 502); // the first=1 rule is spent

        f = plan.next(u"getImageWithMD5Hash"_s);
        QVERIFY(f.badMd5);
        QCOMPARE(f.latencyMs, 100);
        QCOMPARE(f.status, 0);
        QCOMPARE(f.dropAfterBytes, -1);

        f = plan.next(u"getSeries"_s);
        QVERIFY(f.malformedJson);
        f = plan.next(u"getPatient"_s);
        QVERIFY(f.hang);

        plan.clear();
        QVERIFY(plan.isEmpty());
        QVERIFY(!plan.next(u"getImage"_s).any());
    }

    void emptyAppliedFault() {
        const AppliedFault none;
        QVERIFY(!none.any());
        AppliedFault zeroDrop;
        zeroDrop.dropAfterBytes = 0;
        QVERIFY(zeroDrop.any());
    }
};

QTEST_GUILESS_MAIN(TestFaultPlan)
#include "tst_faultplan.moc"
