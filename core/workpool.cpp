#include "core/workpool.h"

#include <QThread>

#include <algorithm>

namespace pt {

QThreadPool *workPool()
{
    // Never destroyed: jobs may still be finishing while static objects go away at exit.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setObjectName(QStringLiteral("pt-work"));
        // At least four threads even on two cores: a long hash check must not leave a
        // search-as-you-type waiting in the queue behind it.
        p->setMaxThreadCount(std::max(4, QThread::idealThreadCount()));
        return p;
    }();
    return pool;
}

} // namespace pt
