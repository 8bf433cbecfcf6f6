// The IPFS Daemon and Language pages of the settings dialog.
#include "core/daemon/multiaddr.h"
#include "core/paths.h"
#include "core/settings.h"
#include "ui/settings/settingspages.h"
#include "ui/shell/translator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pt::ui {

namespace {

// A line edit with a Browse… button opening a window-modal, asynchronous file dialog (no
// nested event loop; tests type into the line edit instead).
QWidget *withBrowse(QLineEdit *edit, bool directory, const QString &caption, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(QCoreApplication::translate("SettingsDialog", "Browse…"), row);
    browse->setAccessibleName(caption);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, directory, caption] {
        auto *dialog = new QFileDialog(edit->window(), caption);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(directory ? QFileDialog::Directory : QFileDialog::ExistingFile);
        if (!edit->text().isEmpty())
            dialog->selectFile(edit->text());
        QObject::connect(dialog, &QFileDialog::fileSelected, edit, [edit](const QString &file) {
            edit->setText(QDir::toNativeSeparators(file));
        });
        dialog->open();
    });
    return row;
}

} // namespace

// ---- IPFS daemon -------------------------------------------------------------------------

DaemonPage::DaemonPage(Settings *settings, QWidget *parent) : SettingsPage(settings, parent)
{
    auto *intro = new QLabel(tr("A local IPFS node (Kubo) makes downloads faster and lets you "
                                "share what you have. Without one, the gateways are used."),
                             this);
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);

    auto *form = new QFormLayout;
    m_useDaemon = new QCheckBox(tr("&Use a local IPFS daemon when one is running"), this);
    m_useDaemon->setObjectName(u"useDaemon"_s);
    m_useDaemon->setAccessibleName(tr("Use a local IPFS daemon"));
    form->addRow(m_useDaemon);
    m_startWithApp = new QCheckBox(tr("&Start the daemon with the app"), this);
    m_startWithApp->setObjectName(u"startDaemonWithApp"_s);
    m_startWithApp->setAccessibleName(tr("Start the IPFS daemon with the app"));
    form->addRow(m_startWithApp);

    m_binary = new QLineEdit(this);
    m_binary->setObjectName(u"ipfsBinary"_s);
    m_binary->setAccessibleName(tr("IPFS program"));
    const QString found = QStandardPaths::findExecutable(u"ipfs"_s);
    m_binary->setPlaceholderText(found.isEmpty() ? tr("not found on PATH") : found);
    auto *binaryLabel = new QLabel(tr("IPFS &program:"), this);
    binaryLabel->setBuddy(m_binary);
    form->addRow(binaryLabel, withBrowse(m_binary, false, tr("Choose the ipfs program"), this));

    m_ipfsPath = new QLineEdit(this);
    m_ipfsPath->setObjectName(u"ipfsPath"_s);
    m_ipfsPath->setAccessibleName(tr("IPFS repository folder (IPFS_PATH)"));
    m_ipfsPath->setPlaceholderText(Paths::ipfsRepoDir());
    auto *pathLabel = new QLabel(tr("&Repository (IPFS_PATH):"), this);
    pathLabel->setBuddy(m_ipfsPath);
    form->addRow(pathLabel,
                 withBrowse(m_ipfsPath, true, tr("Choose the IPFS repository folder"), this));

    m_apiAddress = new QLineEdit(this);
    m_apiAddress->setObjectName(u"kuboApiAddress"_s);
    m_apiAddress->setAccessibleName(tr("Kubo API address"));
    m_apiAddress->setPlaceholderText(
        tr("from the repository's api file, e.g. /ip4/127.0.0.1/tcp/5001"));
    auto *apiLabel = new QLabel(tr("&API address:"), this);
    apiLabel->setBuddy(m_apiAddress);
    form->addRow(apiLabel, m_apiAddress);
    contentLayout()->addLayout(form);

    auto *note = new QLabel(tr("Leave a field empty to use the default shown in it."), this);
    note->setWordWrap(true);
    contentLayout()->addWidget(note);
    contentLayout()->addStretch();
}

void DaemonPage::load()
{
    clearError();
    m_useDaemon->setChecked(m_settings->useDaemon());
    m_startWithApp->setChecked(m_settings->startDaemonWithApp());
    m_binary->setText(m_settings->ipfsBinary());
    m_ipfsPath->setText(m_settings->ipfsPath());
    m_apiAddress->setText(m_settings->kuboApiAddress());
}

Result<void> DaemonPage::apply()
{
    clearError();
    const QString binary = m_binary->text().trimmed();
    if (!binary.isEmpty()) {
        const QFileInfo info(binary);
        if (!info.isAbsolute() || !info.isFile() || !info.isExecutable())
            return fail(Error(Error::NotFound,
                              tr("IPFS program %1 is not an executable file; choose the ipfs "
                                 "program or leave the field empty to search PATH.")
                                  .arg(binary)));
    }
    const QString repo = m_ipfsPath->text().trimmed();
    if (!repo.isEmpty() && !QDir::isAbsolutePath(repo))
        return fail(Error(Error::InvalidInput,
                          tr("Repository folder %1 must be an absolute path.").arg(repo)));
    const QString api = m_apiAddress->text().trimmed();
    if (!api.isEmpty()) {
        if (auto parsed = daemon::parseApiAddress(api); !parsed)
            return fail(Error(parsed.error()), tr("API address"));
    }
    if (auto r = m_settings->setIpfsBinary(binary); !r)
        return fail(r);
    if (auto r = m_settings->setIpfsPath(repo); !r)
        return fail(r);
    if (auto r = m_settings->setKuboApiAddress(api); !r)
        return fail(r);
    m_settings->setUseDaemon(m_useDaemon->isChecked());
    m_settings->setStartDaemonWithApp(m_startWithApp->isChecked());
    return {};
}

// ---- Language ----------------------------------------------------------------------------

LanguagePage::LanguagePage(Settings *settings, QWidget *parent) : SettingsPage(settings, parent)
{
    auto *form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(u"language"_s);
    m_language->setAccessibleName(tr("Language of the interface"));
    for (const Translator::Language &l : Translator::languages())
        m_language->addItem(l.label, l.code);
    auto *label = new QLabel(tr("&Language:"), this);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    contentLayout()->addLayout(form);
    auto *note = new QLabel(tr("A new language applies when Phasic Traces is restarted."), this);
    note->setObjectName(u"languageNote"_s);
    note->setWordWrap(true);
    contentLayout()->addWidget(note);
    contentLayout()->addStretch();
}

void LanguagePage::load()
{
    clearError();
    const int index = m_language->findData(m_settings->language());
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

Result<void> LanguagePage::apply()
{
    clearError();
    return fail(m_settings->setLanguage(m_language->currentData().toString()));
}

} // namespace pt::ui
