#pragma once

#include <QThreadPool>

namespace pt {

// The pool every background job of ours runs on (QtConcurrent::run(workPool(), ...)), never
// QThreadPool::globalInstance(). Qt's raster engine splits tall fills (a scroll bar, a
// window-high panel) into pieces on the global pool and the GUI thread waits for them: with a
// search, a hash check or a cache scan holding the global pool's threads, one repaint of a
// scroll bar froze the window until that job finished (measured: 280 ms behind two 300 ms
// jobs, 0.3 ms with the pool idle). The pool's threads stop after Qt's default idle expiry.
QThreadPool *workPool();

} // namespace pt
