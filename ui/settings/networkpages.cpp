// The Registry and Gateways pages of the settings dialog.
#include "core/fetch/fetchconfig.h"
#include "core/fetch/source.h"
#include "core/registry/registrysource.h"
#include "core/settings.h"
#include "ui/settings/orderedlisteditor.h"
#include "ui/settings/settingspages.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pt::ui {

// ---- Registry ----------------------------------------------------------------------------

RegistryPage::RegistryPage(Settings *settings, QWidget *parent) : SettingsPage(settings, parent)
{
    auto *intro = new QLabel(tr("Where the app reads <b>registry.json</b>, the list of traces. "
                                "Sources are tried in order; the first that answers is used. "
                                "An https:// or ipfs:// address, a file:// URL or a path."),
                             this);
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);
    m_editor = new OrderedListEditor({tr("Source")}, &RegistryPage::validateSource, this);
    m_editor->setObjectName(u"registrySources"_s);
    m_editor->tree()->setAccessibleName(tr("Registry sources"));
    m_editor->input()->setAccessibleName(tr("New registry source"));
    m_editor->input()->setPlaceholderText(
        tr("https://…/registry.json, ipfs://CID/registry.json or a file"));
    contentLayout()->addWidget(m_editor, 1);
    auto *reset = new QPushButton(tr("Reset to &Default"), this);
    reset->setObjectName(u"resetRegistry"_s);
    reset->setAccessibleName(tr("Reset the registry sources to the default"));
    connect(reset, &QPushButton::clicked, this, [this] {
        m_editor->setValues(Settings::defaultValue(Settings::Key::RegistrySources).toStringList());
    });
    m_editor->addButtonToRow(reset);
}

Result<QString> RegistryPage::validateSource(const QString &text)
{
    const Result<QUrl> url = registry::parseRegistryLocation(text);
    if (!url)
        return url.error();
    // A URL stays as written (an ipfs:// CID is case-sensitive; QUrl would lowercase it); a plain
    // path becomes a file:// URL.
    return text.contains(u"://"_s) ? text : url->toString(QUrl::FullyEncoded);
}

void RegistryPage::load()
{
    clearError();
    m_editor->setValues(m_settings->registrySources());
}

Result<void> RegistryPage::apply()
{
    clearError();
    const QStringList sources = m_editor->values();
    if (sources.isEmpty())
        return fail(Error(Error::InvalidInput,
                          tr("Add at least one registry source, or press Reset to Default.")));
    return fail(m_settings->setRegistrySources(sources));
}

// ---- Gateways ----------------------------------------------------------------------------

namespace {
constexpr int kProbeTimeoutMs = 15000;
const QString kIdentityEmpty = u"bafkqaaa"_s; // identity CID of zero bytes: nothing to fetch
} // namespace

GatewaysPage::GatewaysPage(Settings *settings, QWidget *parent)
    : SettingsPage(settings, parent), m_nam(new QNetworkAccessManager(this))
{
    auto *intro = new QLabel(
        tr("Public IPFS gateways used when no local daemon has the content, in order of "
           "preference. Every block is verified against its CID, so a gateway cannot change what "
           "you download. Use https://{cid}.ipfs.example.org for a subdomain gateway."),
        this);
    intro->setWordWrap(true);
    contentLayout()->addWidget(intro);
    m_editor = new OrderedListEditor({tr("Gateway"), tr("Test result")},
                                     &GatewaysPage::validateGateway, this);
    m_editor->setObjectName(u"gateways"_s);
    m_editor->tree()->setAccessibleName(tr("Gateways"));
    m_editor->input()->setAccessibleName(tr("New gateway"));
    m_editor->input()->setPlaceholderText(tr("https://gateway.example.org"));
    contentLayout()->addWidget(m_editor, 1);

    auto *reset = new QPushButton(tr("Reset to &Defaults"), this);
    reset->setObjectName(u"resetGateways"_s);
    reset->setAccessibleName(tr("Reset the gateway list to the defaults"));
    connect(reset, &QPushButton::clicked, this, [this] {
        cancelProbes();
        m_editor->setValues(fetch::defaultGateways());
    });
    m_editor->addButtonToRow(reset);

    m_test = new QPushButton(tr("&Test"), this);
    m_test->setObjectName(u"testGateways"_s);
    m_test->setAccessibleName(tr("Test every gateway"));
    m_test->setToolTip(tr("Asks each gateway for an empty block and shows how long it took"));
    connect(m_test, &QPushButton::clicked, this, &GatewaysPage::testAll);
    m_editor->addButtonToRow(m_test);
    connect(m_editor, &OrderedListEditor::changed, this, [this] {
        if (testsRunning())
            cancelProbes();
    });
}

GatewaysPage::~GatewaysPage()
{
    cancelProbes();
}

Result<QString> GatewaysPage::validateGateway(const QString &text)
{
    QString value = text.trimmed();
    while (value.endsWith(u'/'))
        value.chop(1);
    if (auto source = fetch::Source::parseGateway(value); !source)
        return source.error();
    return value;
}

QUrl GatewaysPage::probeUrl(const QString &gateway)
{
    if (gateway.contains(u"{cid}"_s)) {
        QUrl url(QString(gateway).replace(u"{cid}"_s, kIdentityEmpty));
        url.setPath(u"/"_s);
        url.setQuery(u"format=raw"_s);
        return url;
    }
    QUrl url(gateway);
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path + u"/ipfs/"_s + kIdentityEmpty);
    url.setQuery(u"format=raw"_s);
    return url;
}

void GatewaysPage::load()
{
    clearError();
    cancelProbes();
    m_editor->setValues(m_settings->gateways());
}

Result<void> GatewaysPage::apply()
{
    clearError();
    const QStringList gateways = m_editor->values();
    if (gateways.isEmpty())
        return fail(Error(Error::InvalidInput,
                          tr("Add at least one gateway, or press Reset to Defaults: without a "
                             "gateway, content is only available through a local daemon.")));
    return fail(m_settings->setGateways(gateways));
}

void GatewaysPage::cancelProbes()
{
    const auto replies = m_probes.keys();
    m_probes.clear();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    m_test->setEnabled(true);
}

void GatewaysPage::setResult(const QString &gateway, const QString &text, bool ok)
{
    QTreeWidget *tree = m_editor->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = tree->topLevelItem(i);
        if (item->text(0) != gateway)
            continue;
        item->setText(1, text);
        item->setToolTip(1, text);
        item->setData(1, Qt::UserRole, ok);
        item->setForeground(1, ok ? palette().text() : QBrush(QColor(0xc0, 0x39, 0x2b)));
    }
}

void GatewaysPage::testAll()
{
    cancelProbes();
    const QStringList gateways = m_editor->values();
    if (gateways.isEmpty())
        return;
    m_test->setEnabled(false);
    for (const QString &gateway : gateways) {
        QNetworkRequest request(probeUrl(gateway));
        // A trustless gateway answers a raw block request; a plain one may ignore the header and
        // still send the (empty) bytes.
        request.setRawHeader("Accept", "application/vnd.ipld.raw");
        request.setHeader(QNetworkRequest::UserAgentHeader, fetch::Source::userAgent());
        request.setTransferTimeout(kProbeTimeoutMs);
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        QNetworkReply *reply = m_nam->get(request);
        Probe probe;
        probe.gateway = gateway;
        probe.timer.start();
        m_probes.insert(reply, probe);
        setResult(gateway, tr("Testing…"), true);
        connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
            // The block is empty: any byte is wrong, and there is no reason to read more.
            if (reply->bytesAvailable() > 0 && m_probes.contains(reply)) {
                m_probes[reply].sentBytes = true;
                reply->abort();
            }
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply] { onProbeFinished(reply); });
    }
}

void GatewaysPage::onProbeFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (!m_probes.contains(reply))
        return;
    const Probe probe = m_probes.take(reply);
    const qint64 ms = probe.timer.elapsed();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (probe.sentBytes) {
        setResult(probe.gateway,
                  tr("Wrong answer: sent data for an empty block (HTTP %1)").arg(status), false);
    } else if (reply->error() != QNetworkReply::NoError && status == 0) {
        setResult(probe.gateway, tr("Failed: %1").arg(reply->errorString()), false);
    } else if (status != 200) {
        setResult(probe.gateway, tr("Failed: HTTP %1 after %2 ms").arg(status).arg(ms), false);
    } else {
        setResult(probe.gateway, tr("OK, %1 ms").arg(ms), true);
    }
    if (m_probes.isEmpty()) {
        m_test->setEnabled(true);
        emit testsFinished();
    }
}

} // namespace pt::ui
