#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace nbia::emulator {

// One way to misbehave, for requests to one endpoint (or "*" for all).
// Spec syntax: "ENDPOINT:key=value,flag,…", e.g. "getSeries:status=503,first=2",
// "*:latency=250", "getImage:drop-after=1M", "getImageWithMD5Hash:bad-md5".
struct FaultRule {
    QString endpoint = QStringLiteral("*");
    int status = 0;    // answer with this HTTP status instead
    int latencyMs = 0; // wait before answering
    qint64 throttleBytesPerSecond = 0;
    qint64 dropAfterBytes = -1; // close the connection after this many body bytes
    bool truncateZip = false;   // end the ZIP early (no central directory), cleanly
    // A failure on the server's side mid-series: a valid ZIP that ends after half the images,
    // without md5hashes.csv (the archive catches the exception and closes the ZIP normally).
    bool shortZip = false;
    bool corruptZip = false;    // damage the compressed data of the first image
    bool badMd5 = false;        // a wrong hash in md5hashes.csv
    bool malformedJson = false; // cut the JSON body in half
    bool hang = false;          // never answer
    bool notPublic = false;     // getImage*: refuse the series as outside the public domain (400)
    bool webPage = false;       // a web filter's HTML page with status 200, instead of the body
    bool endlessZip = false;    // getImage*: after the first image, bytes without end
    int everyNth = 0;           // only every Nth matching request (1 = all)
    int firstN = 0;             // only the first N matching requests (0 = no limit)

    static std::optional<FaultRule> parse(const QString &spec, QString *error = nullptr);
    [[nodiscard]] QString toString() const;
};

// What to do to one request: the merge of every rule that fired for it.
struct AppliedFault {
    int status = 0;
    int latencyMs = 0;
    qint64 throttleBytesPerSecond = 0;
    qint64 dropAfterBytes = -1;
    bool truncateZip = false;
    bool shortZip = false;
    bool corruptZip = false;
    bool badMd5 = false;
    bool malformedJson = false;
    bool hang = false;
    bool notPublic = false;
    bool webPage = false;
    bool endlessZip = false;

    [[nodiscard]] bool any() const;
};

// The faults an emulator injects. Counts requests per rule, so "first=2" and "every=3" work.
class FaultPlan final {
public:
    void add(const FaultRule &rule);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_rules.isEmpty(); }
    [[nodiscard]] QList<FaultRule> rules() const;

    // Decides the faults of the next request to `endpoint`, counting it.
    AppliedFault next(const QString &endpoint);

private:
    struct Entry {
        FaultRule rule;
        int seen = 0;
    };
    QList<Entry> m_rules;
};

} // namespace nbia::emulator
