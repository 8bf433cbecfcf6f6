#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QProgressBar;

namespace pt::fetch {
class DownloadManager;
}

namespace pt::ui {

// The global download progress for the status bar: a small bar and "2 of 5 · 1.2 MiB/s ·
// 30 s left". Hidden while nothing is queued or running. A click (or Enter when focused)
// asks for the downloads panel.
class DownloadsStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit DownloadsStatusWidget(fetch::DownloadManager *manager, QWidget *parent = nullptr);

    QProgressBar *bar() const { return m_bar; }
    QString text() const;

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void refresh();

    QPointer<fetch::DownloadManager> m_manager;
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QTimer m_coalesce; // several downloads changing at once: one refresh
};

} // namespace pt::ui
