#include "faultplan.h"

#include <QStringList>

namespace nbia::emulator {

using namespace Qt::StringLiterals;

namespace {
// "1500", "64k", "2M", "1G": bytes (1024-based suffixes).
std::optional<qint64> parseBytes(QString text) {
    text = text.trimmed();
    qint64 factor = 1;
    if (text.endsWith(u'k', Qt::CaseInsensitive))
        factor = 1024;
    else if (text.endsWith(u'm', Qt::CaseInsensitive))
        factor = qint64(1024) * 1024;
    else if (text.endsWith(u'g', Qt::CaseInsensitive))
        factor = qint64(1024) * 1024 * 1024;
    if (factor != 1)
        text.chop(1);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return qint64(value * double(factor));
}

// "250", "250ms", "2s"
std::optional<int> parseMilliseconds(QString text) {
    text = text.trimmed();
    int factor = 1;
    if (text.endsWith("ms"_L1)) {
        text.chop(2);
    } else if (text.endsWith(u's')) {
        text.chop(1);
        factor = 1000;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return int(value * factor);
}

bool fail(QString *error, const QString &message) {
    if (error)
        *error = message;
    return false;
}

bool applyOption(FaultRule &rule, const QString &key, const QString &value, bool hasValue,
                 QString *error) {
    auto needValue = [&] {
        return hasValue || fail(error, u"fault option \"%1\" needs a value"_s.arg(key));
    };
    auto needInt = [&](int &target, int minimum) {
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!needValue() || !ok || number < minimum)
            return fail(error, u"fault option \"%1\" needs a whole number"_s.arg(key));
        target = number;
        return true;
    };
    if (key == "status"_L1) {
        if (!needInt(rule.status, 100) || rule.status > 599)
            return fail(error, u"status must be an HTTP status code"_s);
        return true;
    }
    if (key == "every"_L1)
        return needInt(rule.everyNth, 1);
    if (key == "first"_L1)
        return needInt(rule.firstN, 1);
    if (key == "latency"_L1 || key == "delay"_L1) {
        const auto ms = parseMilliseconds(value);
        if (!needValue() || !ms)
            return fail(error, u"latency takes milliseconds, e.g. 250 or 2s"_s);
        rule.latencyMs = *ms;
        return true;
    }
    if (key == "throttle"_L1) {
        const auto rate = parseBytes(value);
        if (!needValue() || !rate || *rate == 0)
            return fail(error, u"throttle takes bytes per second, e.g. 512k"_s);
        rule.throttleBytesPerSecond = *rate;
        return true;
    }
    if (key == "drop-after"_L1) {
        const auto bytes = parseBytes(value);
        if (!needValue() || !bytes)
            return fail(error, u"drop-after takes a byte count, e.g. 100k"_s);
        rule.dropAfterBytes = *bytes;
        return true;
    }
    const std::initializer_list<std::pair<QLatin1StringView, bool FaultRule::*>> flags{
        {"truncate-zip"_L1, &FaultRule::truncateZip},     {"short-zip"_L1, &FaultRule::shortZip},
        {"corrupt-zip"_L1, &FaultRule::corruptZip},       {"bad-md5"_L1, &FaultRule::badMd5},
        {"malformed-json"_L1, &FaultRule::malformedJson}, {"hang"_L1, &FaultRule::hang},
        {"not-public"_L1, &FaultRule::notPublic},         {"web-page"_L1, &FaultRule::webPage},
        {"endless-zip"_L1, &FaultRule::endlessZip}};
    for (const auto &[name, member] : flags) {
        if (key == name) {
            rule.*member = true;
            return true;
        }
    }
    return fail(error, u"unknown fault \"%1\" (known: status, latency, throttle, drop-after, "
                       u"truncate-zip, short-zip, corrupt-zip, bad-md5, malformed-json, hang, "
                       u"not-public, web-page, "
                       u"endless-zip, every, first)"_s.arg(key));
}
} // namespace

std::optional<FaultRule> FaultRule::parse(const QString &spec, QString *error) {
    FaultRule rule;
    const qsizetype colon = spec.indexOf(u':');
    if (colon <= 0) {
        fail(error, u"a fault looks like ENDPOINT:option[=value],…, e.g. getSeries:status=503"_s);
        return std::nullopt;
    }
    rule.endpoint = spec.left(colon).trimmed();
    const QStringList options = spec.mid(colon + 1).split(u',', Qt::SkipEmptyParts);
    if (options.isEmpty()) {
        fail(error, u"fault \"%1\" names no option"_s.arg(spec));
        return std::nullopt;
    }
    for (const QString &option : options) {
        const qsizetype equals = option.indexOf(u'=');
        const QString key = (equals < 0 ? option : option.left(equals)).trimmed().toLower();
        const QString value = equals < 0 ? QString() : option.mid(equals + 1).trimmed();
        if (!applyOption(rule, key, value, equals >= 0, error))
            return std::nullopt;
    }
    return rule;
}

QString FaultRule::toString() const {
    QStringList parts;
    if (status)
        parts << u"status=%1"_s.arg(status);
    if (latencyMs)
        parts << u"latency=%1"_s.arg(latencyMs);
    if (throttleBytesPerSecond)
        parts << u"throttle=%1"_s.arg(throttleBytesPerSecond);
    if (dropAfterBytes >= 0)
        parts << u"drop-after=%1"_s.arg(dropAfterBytes);
    if (truncateZip)
        parts << u"truncate-zip"_s;
    if (shortZip)
        parts << u"short-zip"_s;
    if (corruptZip)
        parts << u"corrupt-zip"_s;
    if (badMd5)
        parts << u"bad-md5"_s;
    if (malformedJson)
        parts << u"malformed-json"_s;
    if (hang)
        parts << u"hang"_s;
    if (notPublic)
        parts << u"not-public"_s;
    if (webPage)
        parts << u"web-page"_s;
    if (endlessZip)
        parts << u"endless-zip"_s;
    if (everyNth)
        parts << u"every=%1"_s.arg(everyNth);
    if (firstN)
        parts << u"first=%1"_s.arg(firstN);
    return endpoint + u':' + parts.join(u',');
}

bool AppliedFault::any() const {
    return status || latencyMs || throttleBytesPerSecond || dropAfterBytes >= 0 || truncateZip ||
           shortZip || corruptZip || badMd5 || malformedJson || hang || notPublic || webPage ||
           endlessZip;
}

void FaultPlan::add(const FaultRule &rule) {
    m_rules.append({rule, 0});
}

void FaultPlan::clear() {
    m_rules.clear();
}

QList<FaultRule> FaultPlan::rules() const {
    QList<FaultRule> result;
    for (const Entry &entry : m_rules)
        result.append(entry.rule);
    return result;
}

AppliedFault FaultPlan::next(const QString &endpoint) {
    AppliedFault applied;
    for (Entry &entry : m_rules) {
        const FaultRule &rule = entry.rule;
        if (rule.endpoint != "*"_L1 && rule.endpoint != endpoint)
            continue;
        const int index = ++entry.seen; // 1-based count of matching requests
        if (rule.firstN > 0 && index > rule.firstN)
            continue;
        if (rule.everyNth > 1 && index % rule.everyNth != 0)
            continue;
        if (!applied.status)
            applied.status = rule.status;
        applied.latencyMs += rule.latencyMs;
        if (rule.throttleBytesPerSecond)
            applied.throttleBytesPerSecond = rule.throttleBytesPerSecond;
        if (rule.dropAfterBytes >= 0)
            applied.dropAfterBytes = rule.dropAfterBytes;
        applied.truncateZip |= rule.truncateZip;
        applied.shortZip |= rule.shortZip;
        applied.corruptZip |= rule.corruptZip;
        applied.badMd5 |= rule.badMd5;
        applied.malformedJson |= rule.malformedJson;
        applied.hang |= rule.hang;
        applied.notPublic |= rule.notPublic;
        applied.webPage |= rule.webPage;
        applied.endlessZip |= rule.endlessZip;
    }
    return applied;
}

} // namespace nbia::emulator
