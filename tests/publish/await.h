#pragma once

#include "core/result.h"

#include <QEventLoop>
#include <QTimer>

#include <functional>
#include <optional>

namespace pt::test {

// Runs an asynchronous call and waits (event loop, at most `timeoutMs`) for its callback.
template <typename T>
Result<T> await(const std::function<void(std::function<void(Result<T>)>)> &call,
                int timeoutMs = 15000)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    call([&](Result<T> r) {
        out.emplace(std::move(r));
        loop.quit();
    });
    if (!out)
        loop.exec();
    if (!out)
        return Error(Error::Network,
                     QStringLiteral("test: no callback within %1 ms").arg(timeoutMs));
    return std::move(*out);
}

// The error text of a result for QVERIFY2 (which evaluates its message even on success).
template <typename R> QByteArray why(const R &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

} // namespace pt::test
