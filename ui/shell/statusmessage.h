#pragma once

#include <QString>

class QStatusBar;
class QWidget;

namespace pt::ui {

// Shows `text` as the status bar's temporary message, elided to the room left of the
// permanent widgets (QStatusBar paints a message across its whole width, and the permanent
// widgets on the right cover its end), with the full text as the bar's tooltip while it shows.
// `timeoutMs` 0: until the next message.
void showStatusMessage(QStatusBar *bar, const QString &text, int timeoutMs = 0);

// Marks a widget added with QStatusBar::addWidget (left, hidden while a message shows), so it
// is not counted as covering the message.
void markNormalStatusWidget(QWidget *widget);

} // namespace pt::ui
