#include "core/result.h"

namespace pt {

Error Error::wrapped(const QString &context) const
{
    return Error(code, context + QStringLiteral(": ") + message);
}

} // namespace pt
