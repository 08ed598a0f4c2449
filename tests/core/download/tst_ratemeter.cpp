#include <download/ratemeter.h>

#include <QTest>

using namespace nbia;

// Download speed and time left from progress samples.
class TestRateMeter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void rates_data() {
        QTest::addColumn<QList<qint64>>("samples"); // time, bytes, time, bytes, …
        QTest::addColumn<double>("rate");           // -1: unknown
        QTest::newRow("no samples") << QList<qint64>{} << -1.0;
        QTest::newRow("one sample") << QList<qint64>{0, 100} << -1.0;
        QTest::newRow("too close together") << QList<qint64>{0, 0, 100, 1000} << -1.0;
        QTest::newRow("steady 1 MB/s")
            << QList<qint64>{0, 0, 1000, 1000000, 2000, 2000000} << 1000000.0;
        // From the newest sample at least five seconds old: the burst before it is forgotten.
        QTest::newRow("only the last seconds count")
            << QList<qint64>{0, 0, 1000, 10000000, 7000, 10000000, 8000, 11000000} << 1000000.0 / 7;
        QTest::newRow("a restart from nothing")
            << QList<qint64>{0, 0, 1000, 5000000, 2000, 0, 3000, 500000} << 500000.0;
        QTest::newRow("stalled") << QList<qint64>{0, 500, 1000, 500} << 0.0;
    }
    void rates() {
        QFETCH(QList<qint64>, samples);
        QFETCH(double, rate);
        RateMeter meter;
        for (qsizetype i = 0; i + 1 < samples.size(); i += 2)
            meter.add(samples[i], samples[i + 1]);
        const std::optional<double> measured = meter.bytesPerSecond();
        QCOMPARE(measured.has_value(), rate >= 0);
        if (measured)
            QCOMPARE(*measured, rate);
    }

    void timeLeft() {
        RateMeter meter;
        QCOMPARE(meter.secondsLeft(100), std::optional<qint64>());
        meter.add(0, 0);
        meter.add(2000, 4000); // 2 kB/s
        QCOMPARE(meter.secondsLeft(10000), std::optional<qint64>(5));
        QCOMPARE(meter.secondsLeft(1), std::optional<qint64>(1));
        meter.add(4000, 4000);
        meter.add(9000, 4000); // nothing for five seconds
        QCOMPARE(meter.secondsLeft(10000), std::optional<qint64>());
    }
};

QTEST_GUILESS_MAIN(TestRateMeter)
#include "tst_ratemeter.moc"
