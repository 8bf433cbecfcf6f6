#include "ui/settings/settingspage.h"

#include <QLabel>
#include <QVBoxLayout>

namespace pt::ui {

SettingsPage::SettingsPage(Settings *settings, QWidget *parent)
    : QWidget(parent), m_settings(settings)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setTextFormat(Qt::PlainText);
    // The palette's link-visited red would be too faint on dark themes; a framed box reads as an
    // error on every style.
    m_error->setStyleSheet(QStringLiteral(
        "QLabel { border: 1px solid #c0392b; border-radius: 3px; padding: 6px; color: #c0392b; }"));
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    layout->addWidget(m_error);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("commandLineNote"));
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setFrameShape(QFrame::StyledPanel);
    m_note->setMargin(6);
    m_note->setAccessibleName(tr("Command-line override"));
    m_note->hide();
    layout->addWidget(m_note);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content, 1);
}

void SettingsPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        emit errorShown(message);
}

void SettingsPage::clearError()
{
    showError(QString());
}

QString SettingsPage::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void SettingsPage::setCommandLineNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

QString SettingsPage::commandLineNote() const
{
    return m_note->text();
}

Result<void> SettingsPage::fail(const Result<void> &result, const QString &context)
{
    if (!result)
        showError(context.isEmpty() ? result.error().message
                                    : tr("%1: %2").arg(context, result.error().message));
    return result;
}

} // namespace pt::ui
