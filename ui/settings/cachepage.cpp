// The Cache page of the settings dialog: where downloads and verified blocks live, how much
// they take (computed off the GUI thread), and clearing the block store.
#include "core/fetch/localstore.h"
#include "core/paths.h"
#include "core/settings.h"
#include "core/workpool.h"
#include "ui/settings/settingspages.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace pt::ui {

namespace {

struct FolderSize
{
    qint64 bytes = 0;
    qint64 files = 0;
};

// Regular files below `dir`, symlinks not followed (a link to $HOME must not count $HOME).
FolderSize folderSize(const QString &dir)
{
    FolderSize s;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        s.bytes += it.fileInfo().size();
        ++s.files;
    }
    return s;
}

QLabel *pathLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

CachePage::CachePage(Settings *settings, QWidget *parent) : SettingsPage(settings, parent)
{
    // --- the block store
    auto *store = new QGroupBox(tr("Verified blocks"), this);
    auto *storeForm = new QFormLayout(store);
    m_storePath = pathLabel(store);
    m_storePath->setObjectName(u"storePath"_s);
    storeForm->addRow(tr("Folder:"), m_storePath);
    m_storeSize = new QLabel(store);
    m_storeSize->setObjectName(u"storeSize"_s);
    storeForm->addRow(tr("Size:"), m_storeSize);
    m_clear = new QPushButton(tr("&Clear Block Store…"), store);
    m_clear->setObjectName(u"clearStore"_s);
    m_clear->setAccessibleName(tr("Clear the block store"));
    m_clear->setToolTip(tr("Removes the verified IPFS blocks kept for resuming and "
                           "de-duplication. Finished trace files are kept."));
    storeForm->addRow(QString(), m_clear);
    contentLayout()->addWidget(store);

    // --- the places shared with the Python library
    auto *python = new QGroupBox(tr("Shared with the phasic Python library"), this);
    auto *pyForm = new QFormLayout(python);
    m_pythonCompatible =
        new QCheckBox(tr("&Place downloads where the Python library looks for them"), python);
    m_pythonCompatible->setObjectName(u"pythonCompatible"_s);
    m_pythonCompatible->setAccessibleName(tr("Place downloads where the Python library looks"));
    pyForm->addRow(m_pythonCompatible);
    m_tracesDir = new QLineEdit(python);
    m_tracesDir->setObjectName(u"pythonTracesDir"_s);
    m_tracesDir->setAccessibleName(tr("Trace packages folder"));
    m_tracesDir->setPlaceholderText(Paths::pythonTracesDir());
    m_tracesDir->setClearButtonEnabled(true);
    auto *tracesLabel = new QLabel(tr("&Trace packages:"), python);
    tracesLabel->setBuddy(m_tracesDir);
    pyForm->addRow(tracesLabel, m_tracesDir);
    m_tracesSize = new QLabel(python);
    m_tracesSize->setObjectName(u"tracesSize"_s);
    pyForm->addRow(QString(), m_tracesSize);
    m_computeDir = new QLineEdit(python);
    m_computeDir->setObjectName(u"computeCacheDir"_s);
    m_computeDir->setAccessibleName(tr("Compute cache folder"));
    m_computeDir->setPlaceholderText(Paths::pythonComputeCacheDir());
    m_computeDir->setClearButtonEnabled(true);
    auto *computeLabel = new QLabel(tr("C&ompute cache:"), python);
    computeLabel->setBuddy(m_computeDir);
    pyForm->addRow(computeLabel, m_computeDir);
    m_computeSize = new QLabel(python);
    m_computeSize->setObjectName(u"computeSize"_s);
    pyForm->addRow(QString(), m_computeSize);
    auto *keep = new QLabel(tr("Files here are finished downloads that the Python library uses "
                               "too. The app never deletes them on its own; remove them in your "
                               "file manager if you no longer need them."),
                            python);
    keep->setWordWrap(true);
    pyForm->addRow(keep);
    contentLayout()->addWidget(python);

    auto *downloads = new QFormLayout;
    m_parallel = new QSpinBox(this);
    m_parallel->setObjectName(u"maxParallelDownloads"_s);
    m_parallel->setAccessibleName(tr("Downloads at the same time"));
    m_parallel->setRange(1, 16);
    auto *parallelLabel = new QLabel(tr("&Downloads at the same time:"), this);
    parallelLabel->setBuddy(m_parallel);
    downloads->addRow(parallelLabel, m_parallel);
    contentLayout()->addLayout(downloads);

    m_status = new QLabel(this);
    m_status->setObjectName(u"cacheStatus"_s);
    m_status->setWordWrap(true);
    contentLayout()->addWidget(m_status);
    contentLayout()->addStretch();

    connect(m_clear, &QPushButton::clicked, this, &CachePage::askClearStore);
    connect(&m_sizes, &QFutureWatcher<Sizes>::finished, this, [this] {
        if (m_sizes.isCanceled())
            return;
        const Sizes s = m_sizes.result();
        const QLocale locale;
        const auto text = [&](qint64 bytes, qint64 files) {
            return tr("%1 in %n file(s)", nullptr, int(qMin<qint64>(files, INT_MAX)))
                .arg(locale.formattedDataSize(bytes));
        };
        m_lastStoreSize = s.store;
        m_storeSize->setText(text(s.store, s.storeFiles));
        m_tracesSize->setText(text(s.traces, s.tracesFiles));
        m_computeSize->setText(text(s.compute, s.computeFiles));
        m_clear->setEnabled(m_clearing.isFinished() || !m_clearing.isStarted());
        emit sizesUpdated();
    });
    connect(&m_clearing, &QFutureWatcher<Result<void>>::finished, this, [this] {
        const Result<void> r = m_clearing.result();
        if (r) {
            m_status->setText(tr("The block store was cleared."));
            clearError();
        } else {
            m_status->clear();
            showError(r.error().message);
        }
        m_clear->setEnabled(true);
        refreshSizes();
        emit storeCleared();
    });
}

CachePage::~CachePage()
{
    // No waiting here (that would block the GUI thread on a folder walk): the workers own copies
    // of everything they touch, and a result nobody watches any more is simply dropped.
}

QString CachePage::tracesDir() const
{
    const QString t = m_tracesDir->text().trimmed();
    return t.isEmpty() ? Paths::pythonTracesDir() : t;
}

QString CachePage::computeDir() const
{
    const QString t = m_computeDir->text().trimmed();
    return t.isEmpty() ? Paths::pythonComputeCacheDir() : t;
}

void CachePage::load()
{
    clearError();
    m_status->clear();
    m_storePath->setText(QDir::toNativeSeparators(Paths::contentStoreDir()));
    m_pythonCompatible->setChecked(m_settings->pythonCompatibleCache());
    m_tracesDir->setText(m_settings->pythonTracesDir());
    m_computeDir->setText(m_settings->computeCacheDir());
    m_parallel->setValue(m_settings->maxParallelDownloads());
    refreshSizes();
}

void CachePage::refreshSizes()
{
    if (m_sizes.isRunning())
        return; // a walk is under way; its answer is current enough
    const QString store = Paths::contentStoreDir(), traces = tracesDir(), compute = computeDir();
    for (QLabel *l : {m_storeSize, m_tracesSize, m_computeSize})
        l->setText(tr("Calculating…"));
    m_sizes.setFuture(QtConcurrent::run(workPool(), [store, traces, compute] {
        Sizes s;
        const FolderSize a = folderSize(store), b = folderSize(traces), c = folderSize(compute);
        s.store = a.bytes;
        s.storeFiles = a.files;
        s.traces = b.bytes;
        s.tracesFiles = b.files;
        s.compute = c.bytes;
        s.computeFiles = c.files;
        return s;
    }));
}

void CachePage::askClearStore()
{
    // Non-modal confirmation (no nested event loop); a modal only because this deletes.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Clear the block store?"),
                                tr("Remove the verified IPFS blocks in %1 (%2)?")
                                    .arg(QDir::toNativeSeparators(Paths::contentStoreDir()),
                                         m_lastStoreSize < 0
                                             ? tr("size not known yet")
                                             : QLocale().formattedDataSize(m_lastStoreSize)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(u"confirmClearStore"_s);
    box->setInformativeText(
        tr("Finished trace files in the folders shared with the Python library are kept. "
           "Downloads that are under way may have to fetch some blocks again."));
    box->button(QMessageBox::Yes)->setText(tr("&Clear"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this](int result) {
        if (result == QMessageBox::Yes)
            clearStore();
    });
    box->open();
}

void CachePage::clearStore()
{
    m_clear->setEnabled(false);
    m_status->setText(tr("Clearing the block store…"));
    const QString dir = Paths::contentStoreDir();
    m_clearing.setFuture(QtConcurrent::run(workPool(), [dir]() -> Result<void> {
        fetch::LocalStore store(dir);
        return store.clear();
    }));
}

Result<void> CachePage::apply()
{
    clearError();
    const QString traces = m_tracesDir->text().trimmed();
    const QString compute = m_computeDir->text().trimmed();
    for (const QString &dir : {traces, compute}) {
        if (!dir.isEmpty() && !QDir::isAbsolutePath(dir))
            return fail(Error(Error::InvalidInput,
                              tr("Folder %1 must be an absolute path (or leave the field empty "
                                 "for the default).")
                                  .arg(dir)));
    }
    if (auto r = m_settings->setPythonTracesDir(traces); !r)
        return fail(r);
    if (auto r = m_settings->setComputeCacheDir(compute); !r)
        return fail(r);
    if (auto r = m_settings->setMaxParallelDownloads(m_parallel->value()); !r)
        return fail(r);
    m_settings->setPythonCompatibleCache(m_pythonCompatible->isChecked());
    refreshSizes();
    return {};
}

} // namespace pt::ui
