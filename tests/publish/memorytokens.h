#pragma once

// Tokens in memory for the publish tests, answered asynchronously like the keychain, so the
// pipeline and the wizard see the same timing as with a real secret service.

#include "core/publish/publishpipeline.h"

#include <QMap>
#include <QString>
#include <QTimer>

#include <functional>

namespace pt::test {

class MemoryTokens : public publish::TokenStore
{
public:
    QMap<QString, QString> tokens;
    int reads = 0;
    void read(const QString &service, std::function<void(Result<QString>)> done) override
    {
        ++reads;
        const bool has = tokens.contains(service);
        const QString value = tokens.value(service);
        QTimer::singleShot(0, [done, has, value, service] {
            if (has)
                done(value);
            else
                done(Error(Error::NotFound, QStringLiteral("no secret stored for ") + service));
        });
    }
    void write(const QString &service, const QString &token,
               std::function<void(Result<void>)> done) override
    {
        tokens.insert(service, token);
        QTimer::singleShot(0, [done] { done(Result<void>()); });
    }
};

} // namespace pt::test
