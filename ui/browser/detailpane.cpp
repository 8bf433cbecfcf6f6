#include "ui/browser/detailpane.h"

#include "ui/appcontext.h"
#include "ui/browser/flowlayout.h"
#include "ui/browser/registrymodel.h"
#include "ui/health/healthpane.h"
#include "ui/inspector/traceinspector.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace pt::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Only well-formed DOIs become links (registry text is untrusted).
QString doiLink(const QString &doi)
{
    static const QRegularExpression re(QStringLiteral("^10\\.\\d{4,9}/\\S+$"));
    if (!re.match(doi).hasMatch())
        return esc(doi);
    const QUrl url(QStringLiteral("https://doi.org/") + doi, QUrl::TolerantMode);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(esc(QString::fromLatin1(url.toEncoded())), esc(doi));
}

QString webLink(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return esc(text);
    return QStringLiteral("<a href=\"%1\">%2</a>")
        .arg(esc(QString::fromLatin1(url.toEncoded())), esc(text));
}

} // namespace

DetailPane::DetailPane(AppContext *context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setAccessibleName(tr("Entry details"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_placeholder = new QLabel(tr("Select an entry to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    outer->addWidget(m_placeholder);

    m_body = new QWidget(this);
    auto *layout = new QVBoxLayout(m_body);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = new QLabel(m_body);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);
    m_status = new QLabel(m_body);
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Local status"));
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    // Where the entry can be fetched from (gateways, the local node, pins), checked on demand.
    m_health = new HealthPane(context->probeCache(), context->network(), m_body);
    connect(m_health, &HealthPane::availabilityChanged, this, &DetailPane::availabilityChanged);
    layout->addWidget(m_health);

    // The actions wrap onto a second row in a narrow pane instead of being clipped.
    auto *actions = new QWidget(m_body);
    auto *row = new FlowLayout(actions);
    row->setContentsMargins(0, 0, 0, 0);
    auto addButton = [&](const QString &name, const QString &text, const QString &accessible) {
        auto *b = new QPushButton(text, actions);
        b->setObjectName(name);
        b->setAccessibleName(accessible);
        row->addWidget(b);
        return b;
    };
    m_download = addButton(QStringLiteral("download"), tr("&Download"), tr("Download entry"));
    m_open = addButton(QStringLiteral("open"), tr("&Open"), tr("Open trace"));
    m_folder = addButton(QStringLiteral("folder"), tr("Show in &folder"), tr("Show in folder"));
    m_copy = addButton(QStringLiteral("copy"), tr("Copy &CID"), tr("Copy CID"));
    m_verifyButton = addButton(QStringLiteral("verify"), tr("&Verify"), tr("Verify files"));
    m_remove =
        addButton(QStringLiteral("remove"), tr("&Remove from cache"), tr("Remove from cache"));
    layout->addWidget(actions);
    connect(m_download, &QPushButton::clicked, this, [this] { emit downloadRequested(m_id); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const registry::Entry *e = m_context->index().registry().find(m_id))
            emit openRequested(m_context->primaryFile(*e));
    });
    connect(m_folder, &QPushButton::clicked, this, &DetailPane::showInFolder);
    connect(m_copy, &QPushButton::clicked, this, &DetailPane::copyCid);
    connect(m_verifyButton, &QPushButton::clicked, this, &DetailPane::verify);
    connect(m_remove, &QPushButton::clicked, this, &DetailPane::confirmRemove);
    connect(m_context, &AppContext::verifyFinished, this, &DetailPane::onVerified);
    // The shown entry's download: progress in the status line, Download disabled meanwhile.
    auto onDownload = [this](int id) {
        const std::optional<fetch::DownloadInfo> info = m_context->downloads()->info(id);
        if (info && !m_id.isEmpty() && info->entryId == m_id)
            refreshLocalState();
    };
    connect(m_context->downloads(), &fetch::DownloadManager::changed, this, onDownload);
    connect(m_context->downloads(), &fetch::DownloadManager::finished, this, onDownload);

    m_verify = new QLabel(m_body);
    m_verify->setWordWrap(true);
    m_verify->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verify->setAccessibleName(tr("Verification result"));
    m_verify->hide();
    layout->addWidget(m_verify);

    m_tabs = new QTabWidget(m_body);
    m_tabs->setDocumentMode(true);
    auto *overview = new QWidget;
    auto *ov = new QVBoxLayout(overview);
    ov->setContentsMargins(0, 0, 0, 0);
    m_details = new QTextBrowser(overview);
    m_details->setOpenExternalLinks(true);
    m_details->setAccessibleName(tr("Entry description"));
    ov->addWidget(m_details, 1);
    m_cidBox = new QWidget(overview);
    m_cidGrid = new QGridLayout(m_cidBox);
    m_cidGrid->setContentsMargins(0, 0, 0, 0);
    ov->addWidget(m_cidBox);
    m_tabs->addTab(overview, tr("Overview"));

    m_traceTab = new QWidget;
    auto *tv = new QVBoxLayout(m_traceTab);
    tv->setContentsMargins(0, 0, 0, 0);
    m_traceHint = new QLabel(m_traceTab);
    m_traceHint->setWordWrap(true);
    m_traceHint->setAlignment(Qt::AlignCenter);
    tv->addWidget(m_traceHint);
    m_tabs->addTab(m_traceTab, tr("Trace"));
    layout->addWidget(m_tabs, 1);

    // The pane scrolls when the window is short (a downloads dock below it, 800 px screens)
    // instead of forcing the window taller: the trace plot alone wants ~300 px.
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(m_scroll, 1);
    m_scroll->hide();
}

void DetailPane::showEntry(const QString &id)
{
    if (id == m_id)
        return;
    m_id = id;
    m_verify->hide();
    rebuild();
}

void DetailPane::setCidRows(const QList<QPair<QString, QString>> &rows)
{
    while (QLayoutItem *item = m_cidGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cids.clear();
    int r = 0;
    for (const auto &p : rows) {
        auto *label = new QLabel(p.first, m_cidBox);
        auto *value = new QLabel(p.second, m_cidBox);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setTextFormat(Qt::PlainText);
        // A long CID must not widen the pane (it is cut at the pane's edge; the copy button
        // and the tooltip have all of it).
        value->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        value->setToolTip(p.second);
        auto *copy = new QToolButton(m_cidBox);
        copy->setText(tr("Copy"));
        copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
        copy->setAccessibleName(tr("Copy %1").arg(p.first));
        copy->setToolTip(tr("Copy %1 to the clipboard").arg(p.second));
        const QString text = p.second;
        connect(copy, &QToolButton::clicked, this,
                [text] { QGuiApplication::clipboard()->setText(text); });
        m_cidGrid->addWidget(label, r, 0);
        m_cidGrid->addWidget(value, r, 1);
        m_cidGrid->addWidget(copy, r, 2);
        m_cids << p.second;
        ++r;
    }
    m_cidGrid->setColumnStretch(1, 1);
    m_cidBox->setVisible(r > 0);
}

void DetailPane::rebuild()
{
    const registry::Entry *e = m_id.isEmpty() ? nullptr : m_context->index().registry().find(m_id);
    m_placeholder->setVisible(!e);
    m_scroll->setVisible(e);
    if (!e) {
        setCidRows({});
        delete m_inspector;
        m_inspectorPath.clear();
        return;
    }
    const registry::Metadata &m = e->metadata;
    m_title->setText(QStringLiteral("<h3>%1</h3>").arg(esc(e->id)));

    QString html;
    html += QStringLiteral("<p>%1</p>").arg(esc(e->description));
    if (!m.description.isEmpty() && m.description != e->description)
        html += QStringLiteral("<p>%1</p>").arg(esc(m.description));
    QStringList facts;
    auto fact = [&](const QString &name, const QString &valueHtml) {
        if (!valueHtml.isEmpty())
            facts << QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                         .arg(name, valueHtml);
    };
    fact(tr("Kind"), esc(registry::kindName(e->kind)));
    fact(tr("Model"), esc(m.modelType));
    fact(tr("Domain"), esc(m.domain));
    fact(tr("Variant"), esc(m.variant));
    if (e->parameterCount() >= 0)
        fact(tr("Parameters"), QString::number(e->parameterCount()));
    if (e->traceVertices() >= 0)
        fact(tr("Vertices"), QString::number(e->traceVertices()));
    fact(tr("Author"), esc(m.author));
    fact(tr("License"), esc(e->effectiveLicense()));
    fact(tr("Created"), esc(m.created));
    if (!m.tags.isEmpty())
        fact(tr("Tags"), esc(m.tags.join(QStringLiteral(", "))));
    if (!m.citation.isEmpty()) {
        QString c = esc(m.citation.text);
        if (!m.citation.doi.isEmpty())
            c += QStringLiteral(" doi:") + doiLink(m.citation.doi);
        if (!m.citation.url.isEmpty() && m.citation.doi.isEmpty())
            c += QLatin1Char(' ') + webLink(m.citation.url);
        fact(tr("Citation"), c);
    }
    if (e->retracted)
        fact(tr("Retracted"), esc(e->retractedReason.isEmpty() ? tr("yes") : e->retractedReason));
    if (!e->note.isEmpty())
        fact(tr("Note"), esc(e->note));
    html += QStringLiteral("<table>%1</table>").arg(facts.join(QString()));

    if (!m.parameters.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Parameters"));
        for (const registry::Parameter &p : m.parameters)
            html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(p.name), esc(p.description), esc(p.domain));
        html += QStringLiteral("</table>");
    }

    QList<QPair<QString, QString>> cidRows;
    html += QStringLiteral("<h4>%1</h4><table>").arg(tr("Files"));
    auto fileRow = [&](const QString &name, qint64 size, const QString &where) {
        html += QStringLiteral("<tr><td>%1&nbsp;</td><td align=right>%2&nbsp;</td><td>%3</td></tr>")
                    .arg(esc(name), esc(RegistryModel::humanSize(size)), esc(where));
    };
    if (e->kind == registry::EntryKind::Trace) {
        for (const registry::FileRef &f : e->files)
            fileRow(f.name, f.size, QString());
        if (!e->directoryCid.isEmpty())
            cidRows.append({tr("Directory CID"), e->directoryCid});
    } else {
        if (e->parent) {
            fileRow(tr("parent"), e->parent->size, e->parent->cidOrPath);
            if (e->parent->location == registry::LocationKind::Cid)
                cidRows.append({tr("Parent CID"), e->parent->cidOrPath});
        }
        for (const registry::Artifact &a : e->scc) {
            fileRow(tr("SCC"), a.size, a.cidOrPath);
            if (a.location == registry::LocationKind::Cid)
                cidRows.append({tr("SCC CID"), a.cidOrPath});
        }
    }
    html += QStringLiteral("</table>");
    if (e->totalSize() >= 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Total %1").arg(RegistryModel::humanSize(e->totalSize())));

    if (!e->pins.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Pinned at"));
        for (const registry::Pin &p : e->pins)
            html += QStringLiteral("<li>%1 — %2</li>").arg(esc(p.service), esc(p.status));
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No pins recorded in the registry."));
    }
    const QList<registry::Warning> warnings =
        registry::entryWarnings(m_context->index().registry(), *e);
    if (!warnings.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Notes on the data"));
        for (const registry::Warning &w : warnings)
            html += QStringLiteral("<li>%1</li>").arg(esc(w.message));
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
    setCidRows(cidRows);
    m_health->setSources(m_context->fetchConfig().sources);
    Result<QList<fetch::ProbeTarget>> targets =
        fetch::probeTargets(m_context->index().registry(), {e->id});
    m_health->setEntry(e->id, targets ? *targets : QList<fetch::ProbeTarget>());
    refreshLocalState();
}

void DetailPane::refreshLocalState()
{
    const registry::Entry *e = m_id.isEmpty() ? nullptr : m_context->index().registry().find(m_id);
    if (!e)
        return;
    const bool downloaded = m_context->isDownloaded(m_id);
    const std::optional<fetch::DownloadInfo> job = downloadInfo();
    QString status;
    if (!e->usable)
        status = tr("Cannot be downloaded: %1").arg(e->unusableReason);
    else if (job && job->isActive())
        status = job->progress.totalBytes > 0
                     ? tr("Downloading: %1 of %2")
                           .arg(RegistryModel::humanSize(job->progress.doneBytes),
                                RegistryModel::humanSize(job->progress.totalBytes))
                     : tr("Downloading…");
    else if (downloaded)
        // A zero-width space after each separator lets the label wrap a long path instead of
        // widening the pane (and squeezing the table).
        status =
            tr("Downloaded: %1")
                .arg(QDir::toNativeSeparators(QFileInfo(m_context->primaryFile(*e)).path())
                         .replace(QDir::separator(), QString(QDir::separator()) + QChar(0x200B)));
    else if (job && job->state == fetch::DownloadInfo::State::Failed)
        status = tr("Not downloaded. The last attempt failed: %1").arg(job->error.message);
    else
        status = tr("Not downloaded.");
    m_status->setText(status);
    updateActions();

    // The trace tab: the inspector of the downloaded file (read off the GUI thread).
    const QString path = downloaded ? m_context->primaryFile(*e) : QString();
    if (path != m_inspectorPath) {
        delete m_inspector;
        m_inspectorPath = path;
        if (!path.isEmpty()) {
            m_inspector = new TraceInspector(path, m_traceTab);
            m_traceTab->layout()->addWidget(m_inspector);
        }
    }
    m_traceHint->setVisible(path.isEmpty());
    m_traceHint->setText(e->usable ? tr("Download the entry to see its trace: structure, "
                                        "parameters and the distribution it encodes.")
                                   : tr("This entry cannot be downloaded."));
}

void DetailPane::updateActions()
{
    const registry::Entry *e = m_id.isEmpty() ? nullptr : m_context->index().registry().find(m_id);
    const bool downloaded = e && m_context->isDownloaded(m_id);
    const std::optional<fetch::DownloadInfo> job = downloadInfo();
    m_download->setEnabled(e && e->usable && !downloaded && !(job && job->isActive()));
    m_open->setEnabled(downloaded);
    m_folder->setEnabled(downloaded);
    m_verifyButton->setEnabled(downloaded && m_verifying.isEmpty());
    m_remove->setEnabled(downloaded);
    m_copy->setEnabled(!m_cids.isEmpty());
}

std::optional<fetch::DownloadInfo> DetailPane::downloadInfo() const
{
    const fetch::DownloadManager *dm = m_context->downloads();
    const int id = m_id.isEmpty() ? -1 : dm->idForEntry(m_id);
    return id >= 0 ? dm->info(id) : std::nullopt;
}

void DetailPane::copyCid()
{
    if (!m_cids.isEmpty())
        QGuiApplication::clipboard()->setText(m_cids.first());
}

void DetailPane::showInFolder()
{
    if (const registry::Entry *e = m_context->index().registry().find(m_id)) {
        const QString file = m_context->primaryFile(*e);
        if (!file.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).path()));
    }
}

void DetailPane::verify()
{
    const QString id = m_id;
    m_verify->setText(tr("Verifying %1…").arg(id));
    m_verify->setStyleSheet(QString());
    m_verify->show();
    m_verifyButton->setEnabled(false);
    m_verifying = id;
    m_context->verify(id);
}

void DetailPane::onVerified(const VerifyReport &r)
{
    if (r.entryId != m_verifying)
        return; // another pane's or an earlier request
    m_verifying.clear();
    updateActions();
    if (r.entryId != m_id)
        return; // another entry is shown now
    QString head;
    if (r.corrupt > 0)
        head = tr("%n file(s) do not match the registry; download again.", nullptr, r.corrupt);
    else if (r.checked > 0)
        head = tr("Verified: %n file(s) match the registry.", nullptr, r.checked);
    else
        head = tr("Nothing could be verified.");
    m_verify->setText(head + QLatin1Char('\n') + r.lines.join(QLatin1Char('\n')));
    m_verify->setStyleSheet(r.corrupt > 0 ? QStringLiteral("color: #b3261e;") : QString());
}

void DetailPane::confirmRemove()
{
    // Window-modal and asynchronous (open(), no exec()): destructive, so it asks first.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove from cache"),
                                tr("Remove the downloaded files of %1? They can be downloaded "
                                   "again later.")
                                    .arg(m_id),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmRemove"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Cancel);
    const QString id = m_id;
    connect(box, &QMessageBox::finished, this, [this, box, id](int) {
        if (box->standardButton(box->clickedButton()) == QMessageBox::Yes)
            m_context->removeFromCache(id);
    });
    box->open();
}

QString DetailPane::detailsText() const
{
    return m_scroll->isVisible() || !m_id.isEmpty() ? m_details->toPlainText() : QString();
}

QString DetailPane::statusText() const
{
    return m_status->text();
}

QString DetailPane::verifyText() const
{
    return m_verify->text();
}

QPushButton *DetailPane::button(const QString &name) const
{
    return findChild<QPushButton *>(name);
}

QStringList DetailPane::cids() const
{
    return m_cids;
}

} // namespace pt::ui
