#include "ui/browser/browserview.h"

#include "ui/appcontext.h"
#include "ui/browser/detailpane.h"
#include "ui/browser/filtersidebar.h"
#include "ui/browser/registrymodel.h"
#include "ui/browser/textcelldelegate.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace pt::ui {

BrowserView::BrowserView(AppContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setAccessibleName(tr("Registry browser"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search id, description, tags, author… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search the registry"));
    m_search->setMinimumWidth(280);
    m_search->installEventFilter(this); // Esc clears

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BrowserView::searchNow);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });

    m_sidebar = new FilterSidebar(this);
    connect(m_sidebar, &FilterSidebar::filtersChanged, this, &BrowserView::searchNow);
    connect(m_sidebar, &FilterSidebar::collectionDownloadRequested, this,
            &BrowserView::collectionDownloadRequested);

    m_model = new RegistryModel(this);
    connect(m_model, &RegistryModel::sortRequested, this,
            [this](registry::SortField field, bool descending) {
                if (field == m_sortField && descending == m_descending)
                    return;
                m_sortField = field;
                m_descending = descending;
                searchNow();
            });

    m_table = new QTableView(this);
    m_table->setAccessibleName(tr("Registry entries"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new TextCellDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform rows: no per-row size hints, so 100k rows lay out in constant time.
    QHeaderView *vh = m_table->verticalHeader();
    vh->hide();
    vh->setSectionResizeMode(QHeaderView::Fixed);
    vh->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *hh = m_table->horizontalHeader();
    hh->setSectionsMovable(true);
    hh->setStretchLastSection(true);
    hh->setSortIndicatorShown(true);
    hh->setSortIndicator(RegistryModel::Id, Qt::AscendingOrder);
    hh->resizeSection(RegistryModel::Id, 200);
    hh->resizeSection(RegistryModel::Description, 320);
    hh->resizeSection(RegistryModel::Model, 120);
    hh->resizeSection(RegistryModel::Params, 70);
    hh->resizeSection(RegistryModel::Vertices, 80);
    hh->resizeSection(RegistryModel::Size, 80);
    hh->resizeSection(RegistryModel::Status, 100);
    m_table->setSortingEnabled(true);
    // Columns the index cannot sort keep the indicator on the real sort column.
    connect(hh, &QHeaderView::sortIndicatorChanged, this, [this, hh](int column, Qt::SortOrder) {
        if (!RegistryModel::sortFieldFor(column)) {
            QSignalBlocker block(hh);
            hh->setSortIndicator(RegistryModel::columnFor(m_sortField),
                                 m_descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    });
    connect(m_table, &QTableView::activated, this, &BrowserView::activate);

    m_detail = new DetailPane(context, this);
    connect(m_detail, &DetailPane::downloadRequested, this, &BrowserView::downloadRequested);
    connect(m_detail, &DetailPane::openRequested, this, &BrowserView::openRequested);
    connect(m_detail, &DetailPane::availabilityChanged, m_model, &RegistryModel::refreshEntry);
    m_model->setProbeCache(context->probeCache());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                const registry::Entry *e = m_model->entryAt(current.row());
                m_detail->showEntry(e ? e->id : QString());
            });

    // Empty state: what happened and what to do next, instead of a blank table.
    auto *empty = new QWidget(this);
    auto *el = new QVBoxLayout(empty);
    el->addStretch();
    m_emptyText = new QLabel(empty);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    m_emptyText->setAccessibleName(tr("Empty state"));
    el->addWidget(m_emptyText);
    m_emptyClear = new QPushButton(tr("C&lear search and filters"), empty);
    m_emptyClear->setAccessibleName(tr("Clear search and filters"));
    m_emptyRefresh = new QPushButton(tr("&Refresh registry"), empty);
    m_emptyRefresh->setAccessibleName(tr("Refresh registry"));
    m_emptySettings = new QPushButton(tr("Registry &settings…"), empty);
    m_emptySettings->setAccessibleName(tr("Registry settings"));
    m_emptySettings->setObjectName(QStringLiteral("emptySettings"));
    for (QPushButton *b : {m_emptyClear, m_emptyRefresh, m_emptySettings})
        el->addWidget(b, 0, Qt::AlignHCenter);
    el->addStretch();
    connect(m_emptyClear, &QPushButton::clicked, this, &BrowserView::clearAll);
    connect(m_emptyRefresh, &QPushButton::clicked, this, &BrowserView::refreshRequested);
    connect(m_emptySettings, &QPushButton::clicked, this, &BrowserView::settingsRequested);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(empty);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("browserSplitter"));
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({200, 650, 420});
    m_splitter->setChildrenCollapsible(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_detail);

    connect(m_context, &AppContext::indexChanged, this, &BrowserView::onIndexChanged);
    connect(m_context, &AppContext::registryStatusChanged, this, &BrowserView::updateEmptyState);
    connect(m_context, &AppContext::downloadedChanged, this, [this] {
        m_model->setDownloaded(m_context->downloadedIds());
        m_detail->refreshLocalState();
        searchNow(); // the downloaded facet and its counts changed
    });
    if (m_context->indexReady())
        onIndexChanged();
    else
        updateEmptyState();
}

BrowserView::~BrowserView() = default;

bool BrowserView::eventFilter(QObject *watched, QEvent *event)
{
    // Esc clears the search (Zeal, KeePassXC); a second Esc with nothing typed does nothing,
    // so a dialog around us still gets it.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void BrowserView::onIndexChanged()
{
    const QString selected = selectedId();
    m_model->setIndex(m_context->index());
    m_model->setDownloaded(m_context->downloadedIds());
    m_hasResult = false;
    m_detail->showEntry(QString()); // the entry may differ in the new registry
    searchNow();
    m_pendingSelection = selected;
}

registry::Query BrowserView::currentQuery() const
{
    registry::Query q;
    q.text = m_search->text();
    m_sidebar->applyTo(q);
    q.sort = m_sortField;
    q.descending = m_descending;
    q.downloadedIds = m_context->downloadedIds();
    return q;
}

void BrowserView::searchNow()
{
    m_debounce.stop();
    if (!m_context->indexReady()) {
        updateEmptyState();
        return;
    }
    const int generation = ++m_generation;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto *watcher = new QFutureWatcher<registry::SearchResult>(this);
    connect(watcher, &QFutureWatcher<registry::SearchResult>::finished, this,
            [this, watcher, generation, timer] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer query was issued meanwhile
                applyResult(watcher->result(), double(timer->nsecsElapsed()) / 1e6);
            });
    watcher->setFuture(m_context->index().searchAsync(currentQuery()));
}

void BrowserView::applyResult(const registry::SearchResult &result, double ms)
{
    const QString keep = m_detail->entryId().isEmpty() ? m_pendingSelection : m_detail->entryId();
    m_pendingSelection.clear();
    m_model->setRows(result.rows);
    m_sidebar->setFacets(result);
    m_sidebar->setCollections(m_context->index().registry().collections);
    m_hasResult = true;
    ++m_searchesRun;
    if (!keep.isEmpty() && !selectEntry(keep))
        m_detail->showEntry(QString());
    updateEmptyState();
    emit searchFinished(int(result.rows.size()), result.total, ms);
}

bool BrowserView::selectEntry(const QString &id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    m_detail->showEntry(id);
    return true;
}

QString BrowserView::selectedId() const
{
    const registry::Entry *e = m_model->entryAt(m_table->selectionModel()->currentIndex().row());
    return e ? e->id : QString();
}

void BrowserView::clearAll()
{
    {
        QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_sidebar->clearFilters(); // searches
}

QString BrowserView::emptyStateText() const
{
    return m_stack->currentIndex() == 1 ? m_emptyText->text() : QString();
}

void BrowserView::updateEmptyState()
{
    QString text;
    bool clear = false, refresh = false, settings = false;
    if (!m_context->indexReady()) {
        if (!m_context->registryError().isEmpty()) {
            text = tr("No registry could be loaded.\n%1").arg(m_context->registryError());
            refresh = settings = true;
        } else {
            text = tr("Loading the registry…");
        }
    } else if (m_context->index().isEmpty()) {
        text = tr("The registry has no entries.");
        refresh = settings = true;
    } else if (m_hasResult && m_model->rowCount() == 0) {
        text = tr("No entry matches the search and filters.");
        clear = true;
    }
    m_emptyText->setText(text);
    m_emptyClear->setVisible(clear);
    m_emptyRefresh->setVisible(refresh);
    m_emptySettings->setVisible(settings);
    m_stack->setCurrentIndex(text.isEmpty() ? 0 : 1);
}

void BrowserView::activate(const QModelIndex &index)
{
    const registry::Entry *e = m_model->entryAt(index.row());
    if (!e)
        return;
    if (m_context->isDownloaded(e->id))
        emit openRequested(m_context->primaryFile(*e));
    else if (e->usable)
        emit downloadRequested(e->id);
}

QByteArray BrowserView::saveSplitterState() const
{
    return m_splitter->saveState();
}

QByteArray BrowserView::saveHeaderState() const
{
    return m_table->horizontalHeader()->saveState();
}

void BrowserView::restoreState(const QByteArray &splitter, const QByteArray &header)
{
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    if (!header.isEmpty()) {
        QHeaderView *hh = m_table->horizontalHeader();
        hh->restoreState(header);
        // The restored indicator is the sort the user last chose.
        if (const auto field = RegistryModel::sortFieldFor(hh->sortIndicatorSection())) {
            m_sortField = *field;
            m_descending = hh->sortIndicatorOrder() == Qt::DescendingOrder;
        } else {
            hh->setSortIndicator(RegistryModel::Id, Qt::AscendingOrder);
        }
    }
}

} // namespace pt::ui
