#include "ui/settings/settingsdialog.h"

#include "core/globaloptions.h"
#include "core/settings.h"
#include "ui/settings/settingspages.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pt::ui {

SettingsDialog::SettingsDialog(Settings *settings, QWidget *parent)
    : QDialog(parent), m_settings(settings)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));
    setModal(false);
    resize(860, 640);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"pageList"_s);
    m_list->setAccessibleName(tr("Settings pages"));
    m_list->setIconSize(QSize(24, 24));
    m_list->setMaximumWidth(170);
    m_stack = new QStackedWidget(this);

    m_registry = new RegistryPage(settings, this);
    m_gateways = new GatewaysPage(settings, this);
    m_daemon = new DaemonPage(settings, this);
    m_cache = new CachePage(settings, this);
    m_publishing = new PublishingPage(settings, this);
    m_language = new LanguagePage(settings, this);
    addPage(m_registry, u"folder-remote"_s);
    addPage(m_gateways, u"network-workgroup"_s);
    addPage(m_daemon, u"network-server"_s);
    addPage(m_cache, u"drive-harddisk"_s);
    addPage(m_publishing, u"document-send"_s);
    addPage(m_language, u"preferences-desktop-locale"_s);

    m_buttons = new QDialogButtonBox(
        QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Apply and close"));
    m_buttons->button(QDialogButtonBox::Apply)->setAccessibleName(tr("Apply the settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Close without applying"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &SettingsDialog::apply);

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_list->setCurrentRow(0);

    auto *top = new QHBoxLayout;
    top->addWidget(m_list);
    top->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);
    setTabOrder(m_list, m_stack);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setCommandLine(const GlobalOptions &o)
{
    m_registry->setCommandLineNote(
        o.registry.isEmpty()
            ? QString()
            : tr("This session uses the registry %1 from the command line (--registry); the "
                 "locations below apply the next time the app starts without it.")
                  .arg(o.registry));
    m_gateways->setCommandLineNote(
        o.gateways.isEmpty()
            ? QString()
            : tr("This session uses the gateways %1 from the command line (--gateway); the "
                 "list below applies the next time the app starts without it.")
                  .arg(o.gateways.join(QStringLiteral(", "))));
    QStringList daemon;
    if (o.noDaemon)
        daemon << tr("no IPFS daemon (--no-daemon)");
    if (!o.ipfsApi.isEmpty())
        daemon << tr("the API address %1 (--ipfs-api)").arg(o.ipfsApi);
    if (!o.ipfsBin.isEmpty())
        daemon << tr("the binary %1 (--ipfs-bin)").arg(o.ipfsBin);
    m_daemon->setCommandLineNote(
        daemon.isEmpty()
            ? QString()
            : tr("This session uses %1 from the command line; the settings below apply the "
                 "next time the app starts without it.")
                  .arg(daemon.join(QStringLiteral(", "))));
    m_cache->setCommandLineNote(
        o.cacheDir.isEmpty()
            ? QString()
            : tr("This session keeps everything it writes below %1 (--cache-dir on the command "
                 "line), the folders shown here included; the settings below apply the next "
                 "time the app starts without it.")
                  .arg(QDir(o.cacheDir).absolutePath()));
}

void SettingsDialog::addPage(SettingsPage *page, const QString &iconName)
{
    // Long pages scroll instead of forcing a tall dialog on a small screen.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    auto *item = new QListWidgetItem(QIcon::fromTheme(iconName), page->title(), m_list);
    item->setData(Qt::AccessibleTextRole, page->title());
    m_pages << page;
}

void SettingsDialog::setKeyringEnabled(bool on)
{
    m_publishing->setKeyringEnabled(on);
}

void SettingsDialog::showPage(Page page)
{
    m_list->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_list->currentRow());
}

void SettingsDialog::load()
{
    for (SettingsPage *page : std::as_const(m_pages))
        page->load();
}

bool SettingsDialog::apply()
{
    for (int i = 0; i < m_pages.size(); ++i) {
        if (!m_pages.at(i)->apply()) {
            m_list->setCurrentRow(i);
            return false;
        }
    }
    if (auto r = m_settings->sync(); !r) {
        m_pages.first()->showError(r.error().message);
        m_list->setCurrentRow(0);
        return false;
    }
    emit applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    // A spontaneous show (the window manager restoring it) must not undo what is being edited.
    if (!event->spontaneous())
        load();
    QDialog::showEvent(event);
}

} // namespace pt::ui
