#include "emulatoroptions.h"

namespace nbia::emulator {

using namespace Qt::StringLiterals;

namespace {
std::optional<bool> parseSwitch(const QString &value) {
    const QString v = value.trimmed().toLower();
    if (v == "on"_L1 || v == "yes"_L1 || v == "true"_L1 || v == "1"_L1)
        return true;
    if (v == "off"_L1 || v == "no"_L1 || v == "false"_L1 || v == "0"_L1)
        return false;
    return std::nullopt;
}
} // namespace

bool EmulatorQuirks::apply(const QString &nameValue, QString *error) {
    const qsizetype equals = nameValue.indexOf(u'=');
    const QString name = nameValue.left(equals).trimmed().toLower();
    const QString value = equals < 0 ? u"on"_s : nameValue.mid(equals + 1).trimmed().toLower();
    auto reject = [&] {
        if (error)
            *error = u"unknown quirk \"%1\"; known: %2"_s.arg(nameValue, help());
        return false;
    };
    if (name == "escape-slashes"_L1 || name == "stack-traces"_L1 || name == "gzip"_L1 ||
        name == "v4-escape-slashes"_L1) {
        const std::optional<bool> on = parseSwitch(value);
        if (!on)
            return reject();
        (name == "escape-slashes"_L1      ? escapeSlashes
         : name == "gzip"_L1              ? gzip
         : name == "v4-escape-slashes"_L1 ? v4EscapeSlashes
                                          : stackTraces) = *on;
        return true;
    }
    if (name == "v4-release"_L1) {
        if (value == "current"_L1)
            v4Release = V4Release::Current;
        else if (value == "9.5"_L1)
            v4Release = V4Release::R9_5;
        else
            return reject();
        return true;
    }
    if (name == "series-size-unknown"_L1) {
        if (value == "empty"_L1)
            unknownSeriesSize = UnknownSeriesSize::EmptyBody;
        else if (value == "object"_L1)
            unknownSeriesSize = UnknownSeriesSize::EmptyObject;
        else
            return reject();
        return true;
    }
    if (name == "unknown-path"_L1) {
        if (value == "404"_L1)
            unknownPath = UnknownPath::NotFound;
        else if (value == "500"_L1)
            unknownPath = UnknownPath::ServerError;
        else
            return reject();
        return true;
    }
    return reject();
}

QString EmulatorQuirks::help() {
    return u"escape-slashes=on|off, stack-traces=on|off, gzip=on|off, "
           u"series-size-unknown=object|empty, "
           u"unknown-path=500|404, v4-release=current|9.5, v4-escape-slashes=on|off"_s;
}

} // namespace nbia::emulator
