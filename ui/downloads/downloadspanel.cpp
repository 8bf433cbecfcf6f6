#include "ui/downloads/downloadspanel.h"

#include "core/fetch/downloadmanager.h"
#include "ui/downloads/downloadsmodel.h"
#include "ui/downloads/progressdelegate.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pt::ui {

using fetch::DownloadInfo;

namespace {

bool isActive(const DownloadInfo &d)
{
    return d.state == DownloadInfo::State::Queued || d.state == DownloadInfo::State::Running;
}
bool isRetryable(const DownloadInfo &d)
{
    return d.state == DownloadInfo::State::Failed || d.state == DownloadInfo::State::Cancelled;
}

// A push button that stands for an action: its own mnemonic (QToolButton drops the '&' of
// an action's text) and the action's enabled state.
QPushButton *buttonFor(QAction *action, const QString &text, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setAccessibleName(action->toolTip());
    b->setToolTip(action->toolTip() + QStringLiteral(" (") +
                  action->shortcut().toString(QKeySequence::NativeText) + QLatin1Char(')'));
    b->setEnabled(action->isEnabled());
    QObject::connect(b, &QPushButton::clicked, action, &QAction::trigger);
    QObject::connect(action, &QAction::changed, b,
                     [b, action] { b->setEnabled(action->isEnabled()); });
    return b;
}

} // namespace

DownloadsPanel::DownloadsPanel(fetch::DownloadManager *manager, QWidget *parent)
    : QWidget(parent), m_manager(manager)
{
    setAccessibleName(tr("Downloads"));
    m_model = new DownloadsModel(manager, this);
    m_delegate = new ProgressDelegate(this);

    auto makeAction = [this](const QString &text, const QString &tip, const QKeySequence &key) {
        auto *a = new QAction(text, this);
        a->setToolTip(tip);
        a->setShortcut(key);
        // Only while the focus is in the panel: Delete in the registry table must not remove
        // a download.
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
        return a;
    };
    m_cancel = makeAction(tr("&Cancel"), tr("Cancel the selected downloads"),
                          QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_retry = makeAction(tr("&Retry"), tr("Retry the selected downloads"),
                         QKeySequence(Qt::CTRL | Qt::Key_R));
    m_remove = makeAction(tr("Re&move"), tr("Remove the selected downloads from the list"),
                          QKeySequence::Delete);
    m_clear = makeAction(tr("Clear &Finished"), tr("Remove every finished download from the list"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_open = makeAction(tr("&Open"), tr("Show the downloaded entry"), QKeySequence());
    m_copyLog = makeAction(tr("Copy &Log"), tr("Copy what happened during the download"),
                           QKeySequence::Copy);

    connect(m_cancel, &QAction::triggered, this, [this] {
        for (int id : selectedIds())
            m_manager->cancel(id);
    });
    connect(m_retry, &QAction::triggered, this, [this] {
        for (int id : selectedIds())
            m_manager->retry(id);
    });
    connect(m_remove, &QAction::triggered, this, [this] {
        for (int id : selectedIds())
            m_manager->remove(id);
    });
    connect(m_clear, &QAction::triggered, this, [this] { m_manager->clearFinished(); });
    connect(m_open, &QAction::triggered, this, &DownloadsPanel::openCurrent);
    connect(m_copyLog, &QAction::triggered, this, [this] {
        if (const DownloadInfo *d = m_model->infoAt(m_view->currentIndex().row()))
            QGuiApplication::clipboard()->setText(logText(*d));
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_cancel, tr("&Cancel"), this));
    buttons->addWidget(buttonFor(m_retry, tr("&Retry"), this));
    buttons->addWidget(buttonFor(m_remove, tr("Re&move"), this));
    buttons->addStretch();
    buttons->addWidget(buttonFor(m_clear, tr("Clear &Finished"), this));

    m_view = new QListView(this);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Download list"));
    m_view->setAccessibleDescription(tr("One row per download, with its progress"));
    connect(m_view, &QListView::customContextMenuRequested, this, &DownloadsPanel::showContextMenu);
    // activated: double-click, or Enter/Return from the keyboard.
    connect(m_view, &QListView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });

    m_empty = new QLabel(tr("No downloads yet.\nSelect an entry in the registry and choose "
                            "Download; its progress shows here."),
                         this);
    m_empty->setObjectName(QStringLiteral("downloadsEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false); // greyed, as an empty-state hint

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_view);

    m_detailsBox = new QWidget(this);
    auto *detailsLayout = new QHBoxLayout(m_detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_details = new QLabel(m_detailsBox);
    m_details->setObjectName(QStringLiteral("downloadDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setAccessibleName(tr("Download error"));
    m_detailsRetry = new QPushButton(tr("Retry"), m_detailsBox);
    m_detailsRetry->setAccessibleName(tr("Retry this download"));
    connect(m_detailsRetry, &QPushButton::clicked, m_retry, &QAction::trigger);
    m_detailsSettings = new QPushButton(tr("Open &Settings…"), m_detailsBox);
    m_detailsSettings->setAccessibleName(tr("Open the settings"));
    connect(m_detailsSettings, &QPushButton::clicked, this, &DownloadsPanel::settingsRequested);
    detailsLayout->addWidget(m_details, 1);
    detailsLayout->addWidget(m_detailsRetry);
    detailsLayout->addWidget(m_detailsSettings);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_detailsBox);

    auto refresh = [this] {
        updateEmptyState();
        updateActions();
        updateDetails();
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this, refresh] {
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(m_model->rowCount() - 1));
        refresh();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, refresh);
    connect(m_model, &QAbstractItemModel::dataChanged, this, refresh);
    connect(m_model, &QAbstractItemModel::modelReset, this, refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, refresh);
    connect(manager, &fetch::DownloadManager::finished, this, &DownloadsPanel::onFinished);

    setTabOrder(m_view, m_detailsRetry);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    refresh();
}

QList<int> DownloadsPanel::selectedIds() const
{
    QList<int> ids;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &i : rows)
        ids.append(m_model->idAt(i.row()));
    if (ids.isEmpty() && m_view->currentIndex().isValid())
        ids.append(m_model->idAt(m_view->currentIndex().row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void DownloadsPanel::selectDownload(int id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row));
    m_view->scrollTo(m_model->index(row));
}

void DownloadsPanel::showDownload(int id)
{
    selectDownload(id);
    openRow(m_model->rowOf(id));
}

void DownloadsPanel::updateEmptyState()
{
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_view) : m_empty);
}

void DownloadsPanel::updateActions()
{
    bool anyActive = false, anyRetryable = false, anyFinished = false;
    const QList<int> ids = selectedIds();
    for (int id : ids) {
        if (const DownloadInfo *d = m_model->infoAt(m_model->rowOf(id))) {
            anyActive |= isActive(*d);
            anyRetryable |= isRetryable(*d);
        }
    }
    for (int row = 0; row < m_model->rowCount(); ++row)
        anyFinished |= !isActive(*m_model->infoAt(row));
    const DownloadInfo *current = m_model->infoAt(m_view->currentIndex().row());
    m_cancel->setEnabled(anyActive);
    m_retry->setEnabled(anyRetryable);
    m_remove->setEnabled(!ids.isEmpty());
    m_clear->setEnabled(anyFinished);
    m_open->setEnabled(current && current->state == DownloadInfo::State::Done);
    m_copyLog->setEnabled(current != nullptr);
}

QString DownloadsPanel::logText(const DownloadInfo &d)
{
    QStringList lines{d.title};
    if (!d.error.message.isEmpty())
        lines.append(d.error.message);
    lines.append(d.files);
    lines.append(QString());
    lines.append(d.log);
    return lines.join(QLatin1Char('\n'));
}

QString DownloadsPanel::detailsText() const
{
    const DownloadInfo *d = m_model->infoAt(m_view->currentIndex().row());
    if (!d || !isRetryable(*d))
        return {};
    QString text = d->state == DownloadInfo::State::Failed
                       ? tr("%1 failed: %2").arg(d->title, d->error.message)
                       : tr("%1 was cancelled.").arg(d->title);
    if (!d->suggestion.isEmpty())
        text += QLatin1Char('\n') + d->suggestion;
    return text;
}

void DownloadsPanel::updateDetails()
{
    const QString text = detailsText();
    m_details->setText(text);
    m_detailsBox->setVisible(!text.isEmpty());
    const DownloadInfo *d = m_model->infoAt(m_view->currentIndex().row());
    const bool settingsHelp = d && d->state == DownloadInfo::State::Failed &&
                              (d->error.code == Error::Network || d->error.code == Error::NotFound);
    m_detailsSettings->setVisible(settingsHelp);
}

void DownloadsPanel::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (index.isValid() && !m_view->selectionModel()->isSelected(index))
        m_view->setCurrentIndex(index);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->setAccessibleName(tr("Download actions"));
    menu->addAction(m_open);
    menu->addAction(m_copyLog);
    menu->addSeparator();
    menu->addAction(m_cancel);
    menu->addAction(m_retry);
    menu->addAction(m_remove);
    menu->addSeparator();
    menu->addAction(m_clear);
    menu->popup(m_view->viewport()->mapToGlobal(pos)); // no nested event loop
}

void DownloadsPanel::openCurrent()
{
    openRow(m_view->currentIndex().row());
}

void DownloadsPanel::openRow(int row)
{
    const DownloadInfo *d = m_model->infoAt(row);
    if (!d || d->state != DownloadInfo::State::Done)
        return;
    if (!d->entryId.isEmpty())
        emit openRequested(d->entryId);
    else if (!d->files.isEmpty())
        emit openFileRequested(d->files.first());
}

void DownloadsPanel::onFinished(int id, bool ok)
{
    if (!m_manager || (window() && window()->isActiveWindow()))
        return;
    std::optional<DownloadInfo> d = m_manager->info(id);
    if (!d || d->state == DownloadInfo::State::Cancelled) // the user did that; no news
        return;
    if (ok) {
        emit notify(tr("Download finished"),
                    tr("%1 is ready (%2).")
                        .arg(d->title, DownloadsModel::formatBytes(d->progress.doneBytes)),
                    id);
    } else {
        emit notify(tr("Download failed"),
                    tr("%1: %2\n%3").arg(d->title, d->error.message, d->suggestion), id);
    }
}

} // namespace pt::ui
