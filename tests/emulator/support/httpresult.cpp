#include "httpresult.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nbia::emulator::testsupport {

bool HttpResult::has(QByteArrayView name) const {
    return std::any_of(headers.cbegin(), headers.cend(), [name](const auto &header) {
        return header.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

QByteArray HttpResult::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString HttpResult::describe() const {
    return u"HTTP %1, error %2 (%3), %4 body bytes: %5"_s.arg(status)
        .arg(int(error))
        .arg(errorString)
        .arg(body.size())
        .arg(QString::fromUtf8(body.left(300)));
}

} // namespace nbia::emulator::testsupport
