#pragma once

#include "core/result.h"

#include <QString>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace pt {
class Settings;
}

namespace pt::ui {

// One page of the settings dialog (KeePassXC's EditWidget pages, qBittorrent's option pages):
// load() copies the settings into the widgets, apply() writes the widgets back through the
// typed setters and returns the first refusal, which the page also shows inline at its top.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Settings *settings, QWidget *parent);

    virtual QString title() const = 0;
    virtual void load() = 0;
    virtual Result<void> apply() = 0;

    // The inline error banner (empty = hidden); public so the dialog and tests can read it.
    void showError(const QString &message);
    void clearError();
    QString errorText() const;

    // A note above the page saying that a command-line option overrides what the page edits
    // for this session (empty = hidden). What the page edits is still saved: it applies the
    // next time the app starts without that option.
    void setCommandLineNote(const QString &text);
    QString commandLineNote() const;

signals:
    void errorShown(const QString &message);

protected:
    // Where a page puts its content (below the banner).
    QVBoxLayout *contentLayout() const { return m_content; }
    // Shows a refusal and passes it on, so apply() can `return fail(r)`.
    Result<void> fail(const Result<void> &result, const QString &context = {});

    Settings *m_settings;

private:
    QLabel *m_error = nullptr;
    QLabel *m_note = nullptr;
    QVBoxLayout *m_content = nullptr;
};

} // namespace pt::ui
