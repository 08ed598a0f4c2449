#pragma once

#include <api/apiresult.h>

#include <QObject>
#include <QTest>

#include <optional>

// Starts a client call with a context and a handler, and waits (on events, not a fixed sleep)
// until the handler has run. Nullopt when it did not run in time.
template<class T, class Start>
std::optional<nbia::ApiResult<T>> awaitResult(Start start, int timeoutMs = 15000) {
    std::optional<nbia::ApiResult<T>> result;
    QObject context;
    start(&context, [&result](const nbia::ApiResult<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    return result;
}
