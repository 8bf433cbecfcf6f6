#include "ui/publish/publishwizard.h"

#include "core/daemon/kuborpc.h"
#include "core/paths.h"
#include "core/publish/daemonpinning.h"
#include "core/publish/packagebuilder.h"
#include "core/publish/pinning.h"
#include "core/settings.h"
#include "core/trace/trace.h"
#include "core/workpool.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using pt::publish::PinState;
using pt::publish::PublishRecord;
using Step = pt::publish::PublishRecord::Step;

namespace pt::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const QString &name, const QString &accessible)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(name);
    e->setAccessibleName(accessible);
    return e;
}

QPushButton *button(QWidget *parent, const QString &text, const QString &name)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    b->setAccessibleName(QString(text).remove(u'&'));
    b->setAutoDefault(false);
    return b;
}

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Result<void> writeBytes(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error(Error::Io,
                     QCoreApplication::translate("pt::ui::PublishWizard", "cannot write %1: %2")
                         .arg(path, f.errorString()));
    return {};
}

QStringList splitPaths(const QString &text)
{
    QStringList out;
    for (const QString &p : text.split(u';', Qt::SkipEmptyParts))
        if (!p.trimmed().isEmpty())
            out << p.trimmed();
    return out;
}

bool isArtifactList(const QStringList &paths)
{
    if (paths.isEmpty())
        return false;
    for (const QString &p : paths)
        if (!p.endsWith(u".bin"_s, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------

BusyPanel::BusyPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"busy"_s);
    m_bar->setAccessibleName(tr("Progress"));
    m_bar->setTextVisible(false);
    m_bar->setRange(0, 0);
    m_bar->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusText"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error = new QLabel(this);
    m_error->setObjectName(u"errorText"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(
        u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s);
    m_error->setAccessibleName(tr("Error"));
    m_error->hide();
    m_retry = button(this, tr("&Retry"), u"retry"_s);
    m_retry->hide();
    auto *row = new QHBoxLayout;
    row->addWidget(m_error, 1);
    row->addWidget(m_retry);
    layout->addWidget(m_bar);
    layout->addWidget(m_status);
    layout->addLayout(row);
    connect(m_retry, &QPushButton::clicked, this, &BusyPanel::retry);
}

void BusyPanel::setBusy(const QString &text)
{
    m_error->hide();
    m_retry->hide();
    m_error->clear();
    m_bar->setRange(0, 0);
    m_bar->show();
    m_status->setText(text);
}

void BusyPanel::setProgress(qint64 done, qint64 total)
{
    if (total <= 0) {
        m_bar->setRange(0, 0);
        return;
    }
    m_bar->setRange(0, 1000);
    m_bar->setValue(int(1000 * double(done) / double(total)));
}

void BusyPanel::setStatus(const QString &text)
{
    m_status->setText(text);
}

void BusyPanel::setError(const QString &text)
{
    m_bar->hide();
    m_error->setText(text);
    m_error->show();
    m_retry->show();
}

void BusyPanel::clear()
{
    m_bar->hide();
    m_error->hide();
    m_retry->hide();
    m_error->clear();
}

QString BusyPanel::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString BusyPanel::statusText() const
{
    return m_status->text();
}

bool BusyPanel::isBusy() const
{
    return !m_bar->isHidden();
}

PublishPage::PublishPage(PublishWizard *wizard)
    : QWizardPage(wizard), m_wizard(wizard), m_busy(new BusyPanel(this))
{}

// ---------------------------------------------------------------------------------------------
// 1. What to publish

namespace {

struct Inspection
{
    Error error;
    bool ok = false;
    QString text;
    int parameters = -1;
    qint64 vertices = -1;
    qint64 edges = -1;
};

class SourcePageImpl : public PublishPage
{
    Q_OBJECT
public:
    explicit SourcePageImpl(PublishWizard *w) : PublishPage(w)
    {
        setTitle(tr("What to publish"));
        setSubTitle(tr("A trace (trace.json.gz or .json) or compute artifacts (.bin files, "
                       "separated by ';'). The file is checked and summarised."));
        auto *form = new QFormLayout;
        m_path = lineEdit(this, u"sourcePath"_s, tr("Trace or artifact files"));
        auto *browse = button(this, tr("&Browse…"), u"browse"_s);
        auto *row = new QHBoxLayout;
        row->addWidget(m_path, 1);
        row->addWidget(browse);
        auto *label = new QLabel(tr("&File:"), this);
        label->setBuddy(m_path);
        form->addRow(label, row);
        m_code = lineEdit(this, u"constructionCode"_s, tr("Construction code (optional)"));
        auto *codeLabel = new QLabel(tr("Construction &code (optional):"), this);
        codeLabel->setBuddy(m_code);
        form->addRow(codeLabel, m_code);
        m_summary = new QLabel(this);
        m_summary->setObjectName(u"summary"_s);
        m_summary->setWordWrap(true);
        m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_summary);
        layout->addWidget(m_busy);
        layout->addStretch();
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(250);
        connect(m_timer, &QTimer::timeout, this, [this] { inspect(); });
        connect(m_path, &QLineEdit::textChanged, this, [this] {
            m_ok = false;
            m_inspected.clear();
            emit completeChanged();
            m_timer->start();
            m_wizard->scheduleDraftSave();
        });
        connect(m_code, &QLineEdit::textChanged, m_wizard, &PublishWizard::scheduleDraftSave);
        connect(m_busy, &BusyPanel::retry, this, [this] { inspect(); });
        connect(browse, &QPushButton::clicked, this, [this] {
            auto *dialog = new QFileDialog(this, tr("Choose a trace or artifacts"));
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setFileMode(QFileDialog::ExistingFiles);
            dialog->setNameFilters(
                {tr("Traces and artifacts (*.json *.json.gz *.bin)"), tr("All files (*)")});
            if (m_wizard->context().settings)
                dialog->setDirectory(m_wizard->context().settings->lastPublishDir());
            connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) {
                m_path->setText(files.join(u';'));
                if (!files.isEmpty() && m_wizard->context().settings)
                    (void)m_wizard->context().settings->setLastPublishDir(
                        QFileInfo(files.first()).absolutePath());
            });
            dialog->open();
        });
    }

    bool isComplete() const override { return m_ok && m_inspected == m_path->text(); }
    int parameterCount() const { return m_parameters; }
    qint64 vertices() const { return m_vertices; }
    qint64 edges() const { return m_edges; }

    void saveTo(QJsonObject &d) const override
    {
        d.insert(u"source"_s, m_path->text());
        d.insert(u"constructionCode"_s, m_code->text());
    }
    void restoreFrom(const QJsonObject &d) override
    {
        m_path->setText(d.value(u"source"_s).toString());
        m_code->setText(d.value(u"constructionCode"_s).toString());
    }

private:
    void inspect()
    {
        const QString text = m_path->text();
        const QStringList paths = splitPaths(text);
        if (paths.isEmpty()) {
            m_busy->clear();
            m_summary->clear();
            return;
        }
        m_busy->setBusy(tr("Checking %1…").arg(text));
        auto *watcher = new QFutureWatcher<Inspection>(this);
        connect(watcher, &QFutureWatcher<Inspection>::finished, this, [this, watcher, text] {
            watcher->deleteLater();
            if (text != m_path->text())
                return; // changed meanwhile; a newer check runs
            const Inspection r = watcher->result();
            if (!r.ok) {
                m_busy->setError(r.error.message);
                m_summary->clear();
                m_ok = false;
            } else {
                m_busy->clear();
                m_busy->setStatus(QString());
                m_summary->setText(r.text);
                m_parameters = r.parameters;
                m_vertices = r.vertices;
                m_edges = r.edges;
                m_ok = true;
                m_inspected = text;
            }
            emit completeChanged();
        });
        watcher->setFuture(QtConcurrent::run(workPool(), [paths] {
            Inspection out;
            if (isArtifactList(paths)) {
                QStringList lines;
                for (const QString &p : paths) {
                    Result<pt::publish::ArtifactInfo> info = pt::publish::inspectArtifact(p);
                    if (!info) {
                        out.error = info.error();
                        return out;
                    }
                    lines << tr("%1: %2 revision %3, %4 commands, %5 vertices, %6")
                                 .arg(info->fileName, QString::fromLatin1(info->magic))
                                 .arg(info->formatRevision)
                                 .arg(info->commands)
                                 .arg(info->vertices)
                                 .arg(humanSize(info->size));
                }
                out.text = tr("Compute artifacts (registry v2):") + u"\n"_s + lines.join(u'\n');
                out.ok = true;
                return out;
            }
            if (paths.size() != 1) {
                out.error = Error(Error::InvalidInput,
                                  tr("Give one trace file, or only .bin artifact files."));
                return out;
            }
            Result<pt::trace::Trace> t = pt::trace::readTraceFile(paths.first());
            if (!t) {
                out.error = t.error();
                return out;
            }
            const pt::trace::TraceSummary s = pt::trace::summarize(*t);
            out.parameters = int(s.parameters);
            out.vertices = s.vertices;
            out.edges = qint64(s.edges);
            out.text = tr("Trace: %1 vertices, %2 edges, %3 parameters, %4 operations")
                           .arg(s.vertices)
                           .arg(qint64(s.edges))
                           .arg(s.parameters)
                           .arg(qint64(s.operations));
            out.ok = true;
            return out;
        }));
    }

    QLineEdit *m_path;
    QLineEdit *m_code;
    QLabel *m_summary;
    QTimer *m_timer;
    bool m_ok = false;
    QString m_inspected;
    int m_parameters = -1;
    qint64 m_vertices = -1;
    qint64 m_edges = -1;
};

// ---------------------------------------------------------------------------------------------
// 2. Describe it

class DescribePageImpl : public PublishPage
{
    Q_OBJECT
public:
    DescribePageImpl(PublishWizard *w, SourcePageImpl *source) : PublishPage(w), m_source(source)
    {
        setTitle(tr("Describe it"));
        setSubTitle(tr("What the registry shows about this trace. Fields marked * are needed."));
        auto *form = new QFormLayout;
        auto add = [&](const QString &label, QWidget *field) {
            auto *l = new QLabel(label, this);
            l->setBuddy(field);
            form->addRow(l, field);
        };
        m_id = lineEdit(this, u"id"_s, tr("Registry id"));
        m_idStatus = new QLabel(this);
        m_idStatus->setObjectName(u"idStatus"_s);
        m_idStatus->setWordWrap(true);
        m_replace = new QCheckBox(tr("Re&place the existing entry of this id"), this);
        m_replace->setObjectName(u"replace"_s);
        m_description = lineEdit(this, u"description"_s, tr("Description"));
        m_modelType = lineEdit(this, u"modelType"_s, tr("Model type"));
        m_domain = lineEdit(this, u"domain"_s, tr("Domain"));
        m_parameters = new QTableWidget(0, 3, this);
        m_parameters->setObjectName(u"parameters"_s);
        m_parameters->setAccessibleName(tr("Parameters"));
        m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Description"), tr("Domain")});
        m_parameters->horizontalHeader()->setStretchLastSection(true);
        m_parameters->setTabKeyNavigation(false);
        m_parameters->setEditTriggers(QAbstractItemView::AllEditTriggers);
        m_parameters->setMaximumHeight(110);
        m_tags = lineEdit(this, u"tags"_s, tr("Tags"));
        m_tags->setPlaceholderText(tr("comma-separated, e.g. coalescent, kingman"));
        m_author = lineEdit(this, u"author"_s, tr("Author"));
        m_orcid = lineEdit(this, u"orcid"_s, tr("ORCID"));
        m_orcid->setPlaceholderText(u"0000-0002-1825-0097"_s);
        m_citation = lineEdit(this, u"citation"_s, tr("Citation"));
        m_doi = lineEdit(this, u"doi"_s, tr("DOI"));
        m_doi->setPlaceholderText(u"10.1007/s11222-022-10155-6"_s);
        m_doiStatus = new QLabel(this);
        m_doiStatus->setObjectName(u"doiStatus"_s);
        m_license = new QComboBox(this);
        m_license->setObjectName(u"license"_s);
        m_license->setAccessibleName(tr("License"));
        m_license->addItem(tr("(choose a license)"), QString());
        for (const QString &l : PublishWizard::spdxLicenses())
            m_license->addItem(l, l);
        add(tr("&Id *:"), m_id);
        form->addRow(QString(), m_idStatus);
        form->addRow(QString(), m_replace);
        add(tr("D&escription *:"), m_description);
        add(tr("&Model type *:"), m_modelType);
        add(tr("Do&main:"), m_domain);
        add(tr("&Parameters:"), m_parameters);
        add(tr("&Tags:"), m_tags);
        add(tr("&Author *:"), m_author);
        add(tr("&ORCID:"), m_orcid);
        add(tr("Ci&tation:"), m_citation);
        add(tr("&DOI:"), m_doi);
        form->addRow(QString(), m_doiStatus);
        add(tr("&License *:"), m_license);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_busy);
        if (pt::Settings *s = w->context().settings) {
            m_author->setText(s->authorName());
            m_orcid->setText(s->authorOrcid());
        }
        for (QLineEdit *e : {m_id, m_description, m_modelType, m_domain, m_tags, m_author, m_orcid,
                             m_citation, m_doi})
            connect(e, &QLineEdit::textChanged, this, [this] { changed(); });
        connect(m_replace, &QCheckBox::toggled, this, [this] { changed(); });
        connect(m_license, &QComboBox::currentIndexChanged, this, [this] { changed(); });
        connect(m_parameters, &QTableWidget::itemChanged, this, [this] { changed(); });
        changed();
    }

    void initializePage() override
    {
        // Never removes what was typed: only adds rows up to the trace's parameter count.
        const int n = m_source->parameterCount();
        if (n > m_parameters->rowCount())
            m_parameters->setRowCount(n);
        m_parameters->setEnabled(n != 0);
        changed();
    }

    bool isComplete() const override { return m_problems.isEmpty(); }

    bool validatePage() override
    {
        Result<QByteArray> meta = metadataJson();
        if (meta) {
            QString id;
            Result<pt::publish::OJson> v = pt::publish::validateMetadata(
                *meta, m_id->text().trimmed(), &id,
                isArtifactList(splitPaths(m_wizard->draft().value(u"source"_s).toString()))
                    ? pt::publish::MetadataKind::V2Compute
                    : pt::publish::MetadataKind::V1Trace);
            if (!v)
                meta = v.error();
        }
        if (meta)
            meta = [&]() -> Result<QByteArray> {
                if (auto r = writeBytes(m_wizard->metadataPath(), *meta); !r)
                    return r.error();
                return *meta;
            }();
        if (!meta) {
            m_busy->setError(meta.error().message);
            return false;
        }
        m_busy->clear();
        m_wizard->saveDraft();
        return true;
    }

    void saveTo(QJsonObject &d) const override
    {
        d.insert(u"id"_s, m_id->text());
        d.insert(u"replace"_s, m_replace->isChecked());
        d.insert(u"description"_s, m_description->text());
        d.insert(u"modelType"_s, m_modelType->text());
        d.insert(u"domain"_s, m_domain->text());
        QJsonArray params;
        for (int r = 0; r < m_parameters->rowCount(); ++r) {
            QJsonArray row;
            for (int c = 0; c < 3; ++c)
                row.append(m_parameters->item(r, c) ? m_parameters->item(r, c)->text() : QString());
            params.append(row);
        }
        d.insert(u"parameters"_s, params);
        d.insert(u"tags"_s, m_tags->text());
        d.insert(u"author"_s, m_author->text());
        d.insert(u"orcid"_s, m_orcid->text());
        d.insert(u"citation"_s, m_citation->text());
        d.insert(u"doi"_s, m_doi->text());
        d.insert(u"license"_s, m_license->currentData().toString());
    }

    void restoreFrom(const QJsonObject &d) override
    {
        auto set = [&](QLineEdit *e, const char *key) {
            if (d.contains(QLatin1String(key)))
                e->setText(d.value(QLatin1String(key)).toString());
        };
        set(m_id, "id");
        set(m_description, "description");
        set(m_modelType, "modelType");
        set(m_domain, "domain");
        set(m_tags, "tags");
        set(m_author, "author");
        set(m_orcid, "orcid");
        set(m_citation, "citation");
        set(m_doi, "doi");
        m_replace->setChecked(d.value(u"replace"_s).toBool());
        const int li = m_license->findData(d.value(u"license"_s).toString());
        if (li >= 0)
            m_license->setCurrentIndex(li);
        const QJsonArray params = d.value(u"parameters"_s).toArray();
        m_parameters->setRowCount(int(params.size()));
        for (int r = 0; r < params.size(); ++r)
            for (int c = 0; c < 3; ++c)
                m_parameters->setItem(
                    r, c, new QTableWidgetItem(params.at(r).toArray().at(c).toString()));
        changed();
    }

private:
    void changed()
    {
        m_problems.clear();
        const QString id = m_id->text().trimmed();
        const QString idProblem = m_wizard->idProblem(id, m_replace->isChecked());
        if (id.isEmpty()) {
            m_idStatus->setText(tr("Choose an id: letters, digits, '_' and '-', e.g. coal_n5."));
            m_problems << u"id"_s;
        } else if (!idProblem.isEmpty()) {
            m_idStatus->setText(idProblem);
            m_problems << u"id"_s;
        } else if (m_wizard->context().registry && m_wizard->context().registry().find(id)) {
            m_idStatus->setText(
                tr("✓ %1 is in the registry: its entry will be replaced (a new version).").arg(id));
        } else {
            m_idStatus->setText(tr("✓ %1 is free in the registry.").arg(id));
        }
        m_idStatus->setAccessibleDescription(m_idStatus->text());
        if (m_description->text().trimmed().isEmpty())
            m_problems << u"description"_s;
        if (m_modelType->text().trimmed().isEmpty())
            m_problems << u"model type"_s;
        if (m_author->text().trimmed().isEmpty())
            m_problems << u"author"_s;
        if (m_license->currentData().toString().isEmpty())
            m_problems << u"license"_s;
        const QString doi = m_doi->text().trimmed();
        if (doi.isEmpty()) {
            m_doiStatus->clear();
        } else if (auto r = pt::publish::checkDoi(doi); !r) {
            m_doiStatus->setText(r.error().message);
            m_problems << u"DOI"_s;
        } else {
            m_doiStatus->setText(tr("✓ https://doi.org/%1").arg(doi));
        }
        if (const QString orcid = m_orcid->text().trimmed(); !orcid.isEmpty())
            if (auto r = pt::publish::checkOrcid(orcid); !r)
                m_problems << u"ORCID"_s;
        for (int r = 0; r < m_parameters->rowCount(); ++r)
            if (!m_parameters->item(r, 0) || m_parameters->item(r, 0)->text().trimmed().isEmpty())
                m_problems << u"parameter name"_s;
        emit completeChanged();
        m_wizard->scheduleDraftSave();
    }

    Result<QByteArray> metadataJson() const
    {
        using pt::publish::OJson;
        QList<OJson::Member> m;
        auto text = [&](const char *key, const QLineEdit *e) {
            if (!e->text().trimmed().isEmpty())
                m.append({QString::fromLatin1(key), OJson::string(e->text().trimmed())});
        };
        m.append({u"id"_s, OJson::string(m_id->text().trimmed())});
        text("description", m_description);
        text("model_type", m_modelType);
        text("domain", m_domain);
        text("author", m_author);
        text("orcid", m_orcid);
        m.append({u"license"_s, OJson::string(m_license->currentData().toString())});
        QList<OJson> params;
        for (int r = 0; r < m_parameters->rowCount(); ++r) {
            auto cell = [&](int c) {
                return m_parameters->item(r, c) ? m_parameters->item(r, c)->text().trimmed()
                                                : QString();
            };
            params.append(OJson::object({{u"name"_s, OJson::string(cell(0))},
                                         {u"description"_s, OJson::string(cell(1))},
                                         {u"domain"_s, OJson::string(cell(2))}}));
        }
        const int paramLength =
            m_source->parameterCount() >= 0 ? m_source->parameterCount() : int(params.size());
        m.append({u"param_length"_s, OJson::integer(paramLength)});
        m.append({u"parameters"_s, OJson::array(params)});
        if (m_source->vertices() > 0)
            m.append({u"vertices"_s, OJson::integer(m_source->vertices() - 1)});
        if (m_source->edges() >= 0)
            m.append({u"edges"_s, OJson::integer(m_source->edges())});
        QList<OJson> tags;
        for (const QString &t : m_tags->text().split(u',', Qt::SkipEmptyParts))
            if (!t.trimmed().isEmpty())
                tags.append(OJson::string(t.trimmed()));
        if (!tags.isEmpty())
            m.append({u"tags"_s, OJson::array(tags)});
        QList<OJson::Member> citation;
        if (!m_citation->text().trimmed().isEmpty())
            citation.append({u"text"_s, OJson::string(m_citation->text().trimmed())});
        if (!m_doi->text().trimmed().isEmpty()) {
            citation.append({u"doi"_s, OJson::string(m_doi->text().trimmed())});
            citation.append(
                {u"url"_s, OJson::string(u"https://doi.org/"_s + m_doi->text().trimmed())});
        }
        if (!citation.isEmpty())
            m.append({u"citation"_s, OJson::object(citation)});
        pt::publish::JsonStyle style;
        style.indent = 2;
        return pt::publish::writeJson(OJson::object(m), style);
    }

    SourcePageImpl *m_source;
    QLineEdit *m_id;
    QLabel *m_idStatus;
    QCheckBox *m_replace;
    QLineEdit *m_description;
    QLineEdit *m_modelType;
    QLineEdit *m_domain;
    QTableWidget *m_parameters;
    QLineEdit *m_tags;
    QLineEdit *m_author;
    QLineEdit *m_orcid;
    QLineEdit *m_citation;
    QLineEdit *m_doi;
    QLabel *m_doiStatus;
    QComboBox *m_license;
    QStringList m_problems;
};

// ---------------------------------------------------------------------------------------------
// 3. Package preview

class PackagePageImpl : public PublishPage
{
    Q_OBJECT
public:
    explicit PackagePageImpl(PublishWizard *w) : PublishPage(w)
    {
        setTitle(tr("Package preview"));
        setSubTitle(tr("The files that go to IPFS, their checksums and the content id (CID) "
                       "they get under the chosen import profile."));
        m_profile = new QComboBox(this);
        m_profile->setObjectName(u"profile"_s);
        m_profile->setAccessibleName(tr("Import profile"));
        m_profile->addItems({u"kubo-v0"_s, u"kubo-v1"_s, u"unixfs-v1-2025"_s});
        auto *profileLabel = new QLabel(tr("Import &profile:"), this);
        profileLabel->setBuddy(m_profile);
        m_tree = new QTreeWidget(this);
        m_tree->setObjectName(u"packageTree"_s);
        m_tree->setAccessibleName(tr("Package files"));
        m_tree->setHeaderLabels({tr("File"), tr("Size"), tr("SHA-256"), tr("CID")});
        m_tree->setRootIsDecorated(false);
        m_root = new QLineEdit(this);
        m_root->setObjectName(u"rootCid"_s);
        m_root->setAccessibleName(tr("Root CID"));
        m_root->setReadOnly(true);
        auto *rootLabel = new QLabel(tr("Root &CID:"), this);
        rootLabel->setBuddy(m_root);
        auto *grid = new QGridLayout;
        grid->addWidget(profileLabel, 0, 0);
        grid->addWidget(m_profile, 0, 1);
        grid->addWidget(rootLabel, 1, 0);
        grid->addWidget(m_root, 1, 1);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(grid);
        layout->addWidget(m_tree, 1);
        layout->addWidget(m_busy);
        connect(m_profile, &QComboBox::currentTextChanged, this, [this] {
            m_wizard->scheduleDraftSave();
            if (m_wizard->currentPage() == this)
                build();
        });
        connect(m_busy, &BusyPanel::retry, this, [this] { build(); });
    }

    void initializePage() override { build(); }
    bool isComplete() const override
    {
        return !m_wizard->pipeline()->isRunning() && m_wizard->pipeline()->record().packaged;
    }
    void saveTo(QJsonObject &d) const override { d.insert(u"profile"_s, m_profile->currentText()); }
    void restoreFrom(const QJsonObject &d) override
    {
        if (d.contains(u"profile"_s))
            m_profile->setCurrentText(d.value(u"profile"_s).toString());
    }
    void pipelineFinished(const Result<void> &r) override
    {
        show();
        if (!r)
            m_busy->setError(r.error().message);
        else
            m_busy->clear();
        emit completeChanged();
    }

private:
    void build()
    {
        m_tree->clear();
        m_root->clear();
        m_busy->setBusy(tr("Building the package and computing its CID…"));
        emit completeChanged();
        m_wizard->runPipeline(Step::Package, this);
    }
    void show()
    {
        const PublishRecord &rec = m_wizard->pipeline()->record();
        m_tree->clear();
        for (const pt::publish::PublishFile &f : rec.files)
            m_tree->addTopLevelItem(
                new QTreeWidgetItem(QStringList{f.name, humanSize(f.size), f.sha256, f.cid}));
        for (int c = 0; c < 4; ++c)
            m_tree->resizeColumnToContents(c);
        m_root->setText(rec.rootCid);
    }

    QComboBox *m_profile;
    QTreeWidget *m_tree;
    QLineEdit *m_root;
};

// ---------------------------------------------------------------------------------------------
// 4. Where to put it

class TargetPageImpl : public PublishPage
{
    Q_OBJECT
public:
    explicit TargetPageImpl(PublishWizard *w) : PublishPage(w)
    {
        setTitle(tr("Where to put it"));
        setSubTitle(tr("Add the package to your IPFS node and ask pinning services to keep it "
                       "online, so that others can download it."));
        auto *layout = new QVBoxLayout(this);
        m_daemon = new QCheckBox(this);
        m_daemon->setObjectName(u"useDaemon"_s);
        m_daemon->setAccessibleName(tr("Add to the local IPFS daemon"));
        m_daemonState = new QLabel(this);
        m_daemonState->setObjectName(u"daemonState"_s);
        m_daemonState->setWordWrap(true);
        layout->addWidget(m_daemon);
        layout->addWidget(m_daemonState);
        m_grid = new QGridLayout;
        const QList<pt::PinningService> services = w->context().settings
                                                       ? w->context().settings->pinningServices()
                                                       : QList<pt::PinningService>();
        for (const pt::PinningService &s : services) {
            QString name;
            switch (s.kind) {
            case pt::PinningService::Kind::Pinata:
                name = u"pinata"_s;
                break;
            case pt::PinningService::Kind::Web3Storage:
                name = u"web3storage"_s;
                break;
            case pt::PinningService::Kind::Psa:
                name = u"psa:"_s + s.name;
                break;
            }
            addServiceRow(name, tr("Pin on %1").arg(name));
        }
        if (services.isEmpty()) {
            m_none = new QLabel(tr("No pinning service is set up (Settings → Pinning "
                                   "services). Without one the content stays on your node "
                                   "only."),
                                this);
            m_none->setWordWrap(true);
            m_grid->addWidget(m_none, 0, 0, 1, 3);
            m_rows = 1;
        }
        layout->addLayout(m_grid);
        m_publish = button(this, tr("&Put it on IPFS"), u"putOnIpfs"_s);
        layout->addWidget(m_publish, 0, Qt::AlignLeft);
        // Live status of every pin: one row per chosen service and content (the v1 package,
        // or each v2 artifact), since each artifact is pinned on its own.
        m_pins = new QTreeWidget(this);
        m_pins->setObjectName(u"pinStatus"_s);
        m_pins->setAccessibleName(tr("Pin status per service and content"));
        m_pins->setRootIsDecorated(false);
        m_pins->setHeaderLabels({tr("Service"), tr("Content"), tr("CID"), tr("State")});
        m_pins->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
        m_pins->setMinimumHeight(90);
        m_pins->hide();
        layout->addWidget(m_pins);
        layout->addWidget(m_busy);
        layout->addStretch();
        connect(m_publish, &QPushButton::clicked, this, [this] { start(); });
        connect(m_busy, &BusyPanel::retry, this, [this] { start(); });
        connect(m_daemon, &QCheckBox::toggled, m_wizard, &PublishWizard::scheduleDraftSave);
        connect(w->pipeline(), &pt::publish::PublishPipeline::pinStateChanged, this,
                [this](const QString &service, const QString &cid, PinState s) {
                    showPin(service, cid, pt::publish::pinStateName(s));
                    updateServiceStatus(service);
                });
        probeDaemon();
    }

    void initializePage() override
    {
        const PublishRecord &rec = m_wizard->pipeline()->record();
        for (auto it = m_status.begin(); it != m_status.end(); ++it)
            if (rec.pins.contains(it.key()))
                updateServiceStatus(it.key());
        rebuildPinTable();
    }

    bool isComplete() const override
    {
        const auto *p = m_wizard->pipeline();
        if (p->isRunning())
            return false;
        const PublishRecord &rec = p->record();
        const pt::publish::PublishRequest req = m_wizard->buildRequest();
        if (!rec.packaged || rec.addState.isEmpty() || !rec.allPinned())
            return false;
        // What was done must be what is ticked now.
        return rec.request.services == req.services && rec.request.daemonApi == req.daemonApi;
    }

    void saveTo(QJsonObject &d) const override
    {
        d.insert(u"useDaemon"_s, m_daemon->isChecked());
        QJsonArray services;
        for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it)
            if (it.value()->isChecked())
                services.append(it.key());
        // Services of the node not listed yet (its answer is pending) stay chosen.
        for (const QString &s : m_restoredServices)
            if (!m_boxes.contains(s) && !services.contains(QJsonValue(s)))
                services.append(s);
        d.insert(u"services"_s, services);
    }
    void restoreFrom(const QJsonObject &d) override
    {
        m_wantDaemon = d.value(u"useDaemon"_s).toBool(true);
        m_daemon->setChecked(m_wantDaemon && m_daemon->isEnabled());
        const QJsonArray services = d.value(u"services"_s).toArray();
        m_restoredServices.clear();
        for (const QJsonValue &v : services)
            m_restoredServices << v.toString();
        for (auto it = m_boxes.begin(); it != m_boxes.end(); ++it)
            it.value()->setChecked(m_restoredServices.contains(it.key()));
    }
    void pipelineFinished(const Result<void> &r) override
    {
        m_publish->setEnabled(true);
        if (!r)
            m_busy->setError(r.error().message);
        else {
            m_busy->clear();
            m_busy->setStatus(m_wizard->pipeline()->record().summary());
        }
        rebuildPinTable();
        emit completeChanged();
    }

private:
    void addServiceRow(const QString &name, const QString &text)
    {
        if (m_boxes.contains(name))
            return;
        if (m_none) { // the "no service" note gives way to the node's services
            m_none->hide();
        }
        auto *box = new QCheckBox(text, this);
        box->setObjectName(u"service:"_s + name);
        box->setAccessibleName(QString(text).remove(u'&'));
        auto *test = button(this, tr("Test credentials"), u"test:"_s + name);
        test->setAccessibleName(tr("Test credentials of %1").arg(name));
        auto *status = new QLabel(this);
        status->setObjectName(u"status:"_s + name);
        status->setAccessibleName(tr("Status of %1").arg(name));
        m_grid->addWidget(box, m_rows, 0);
        m_grid->addWidget(test, m_rows, 1);
        m_grid->addWidget(status, m_rows, 2);
        ++m_rows;
        m_boxes.insert(name, box);
        m_status.insert(name, status);
        // Keep the keyboard order: the new row comes before "Put it on IPFS".
        QWidget::setTabOrder(box, test);
        if (m_publish) // rows of the node's services come after the page is built
            QWidget::setTabOrder(test, m_publish);
        box->setChecked(m_restoredServices.contains(name));
        connect(box, &QCheckBox::toggled, this, [this, name](bool on) {
            // Pinning through the node's remote service needs the node to hold the content.
            if (on && name.startsWith(pt::publish::DaemonRemotePinning::prefix()) &&
                m_daemon->isEnabled())
                m_daemon->setChecked(true);
            m_wizard->scheduleDraftSave();
            emit completeChanged();
        });
        connect(test, &QPushButton::clicked, this, [this, name] { testCredentials(name); });
    }

    // The node's own remote pinning services (`ipfs pin remote service ls`), offered as
    // "via my IPFS node's remote service NAME": their keys stay in the node.
    void listDaemonServices(const QUrl &api)
    {
        auto *rpc = new pt::daemon::KuboRpc(this);
        rpc->setBaseUrl(api);
        rpc->setTimeout(5000);
        rpc->remoteServices([this, rpc](Result<QList<pt::daemon::RemoteService>> r) {
            rpc->deleteLater();
            setProperty("daemonServicesListed", true); // the answer is in (tests wait on it)
            if (!r) // an old node, or js-ipfs: no remote pinning there; nothing to offer
                return;
            for (const pt::daemon::RemoteService &s : std::as_const(*r))
                addServiceRow(pt::publish::DaemonRemotePinning::prefix() + s.service,
                              tr("Pin via my IPFS node's remote service %1").arg(s.service));
            emit completeChanged();
        });
    }

    void showPin(const QString &service, const QString &cid, const QString &state)
    {
        for (int i = 0; i < m_pins->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = m_pins->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() == service &&
                item->data(2, Qt::UserRole).toString() == cid) {
                item->setText(3, stateText(state));
                return;
            }
        }
    }

    QString stateText(const QString &state) const
    {
        if (state.isEmpty())
            return tr("waiting");
        if (state == u"queued"_s)
            return tr("queued");
        if (state == u"pinning"_s)
            return tr("pinning");
        if (state == u"pinned"_s)
            return tr("pinned");
        if (state == u"failed"_s)
            return tr("failed");
        return state;
    }

    void rebuildPinTable()
    {
        const PublishRecord &rec = m_wizard->pipeline()->record();
        m_pins->clear();
        const QStringList cids = rec.pinCids();
        for (const QString &s : rec.request.services) {
            for (const QString &cid : cids) {
                const PublishRecord::Pin pin = rec.pin(s, cid);
                auto *item = new QTreeWidgetItem(
                    m_pins, {s, rec.contentName(cid), cid, stateText(pin.state)});
                item->setData(0, Qt::UserRole, s);
                item->setData(2, Qt::UserRole, cid);
                if (!pin.error.isEmpty())
                    item->setToolTip(3, pin.error);
            }
        }
        m_pins->setVisible(m_pins->topLevelItemCount() > 0);
    }

    // The service's line: its state when it has one CID, else "pinned 1 of 2".
    void updateServiceStatus(const QString &service)
    {
        QLabel *label = m_status.value(service);
        if (!label)
            return;
        const PublishRecord &rec = m_wizard->pipeline()->record();
        const QStringList cids = rec.pinCids();
        if (cids.size() <= 1) {
            label->setText(cids.isEmpty() ? QString() : rec.pin(service, cids.first()).state);
            return;
        }
        int pinned = 0, failed = 0;
        for (const QString &cid : cids) {
            const QString st = rec.pin(service, cid).state;
            pinned += st == u"pinned"_s;
            failed += st == u"failed"_s;
        }
        QString text = tr("pinned %1 of %2").arg(pinned).arg(cids.size());
        if (failed > 0)
            text += tr(", %n failed", nullptr, failed);
        label->setText(text);
    }

    void probeDaemon()
    {
        const QUrl api = m_wizard->context().kuboApi;
        m_daemon->setText(tr("Add to the local IPFS &daemon"));
        m_daemon->setEnabled(false);
        if (api.isEmpty() || !m_wizard->context().network) {
            m_daemonState->setText(tr("No local IPFS daemon is set up: the package will be "
                                      "uploaded to the pinning services instead, where they "
                                      "can take files."));
            return;
        }
        m_daemonState->setText(tr("Checking the daemon at %1…").arg(api.toString()));
        QUrl url = api;
        url.setPath(u"/api/v0/version"_s);
        QNetworkRequest req(url);
        req.setTransferTimeout(5000);
        req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("phasic-traces"));
        QNetworkReply *reply = m_wizard->context().network->post(req, QByteArray());
        connect(reply, &QNetworkReply::finished, this, [this, reply, api] {
            reply->deleteLater();
            if (reply->error() == QNetworkReply::NoError) {
                m_daemon->setEnabled(true);
                m_daemon->setChecked(m_wantDaemon);
                m_daemonState->setText(tr("The daemon at %1 is running.").arg(api.toString()));
                listDaemonServices(api);
            } else {
                m_daemon->setChecked(false);
                m_daemonState->setText(tr("The daemon at %1 does not answer (%2): start it, "
                                          "or publish through the pinning services.")
                                           .arg(api.toString(), reply->errorString()));
            }
            m_wizard->scheduleDraftSave();
            emit completeChanged();
        });
    }

    void testCredentials(const QString &name)
    {
        QLabel *label = m_status.value(name);
        label->setText(tr("testing…"));
        const QList<pt::PinningService> services =
            m_wizard->context().settings ? m_wizard->context().settings->pinningServices()
                                         : QList<pt::PinningService>();
        Result<pt::publish::ServiceHandle> handle =
            pt::publish::createPinningService(name, services, m_wizard->context().kuboApi);
        if (!handle) {
            label->setText(handle.error().message);
            return;
        }
        // Kept here until its answer: the client must outlive its own callback.
        std::shared_ptr<pt::publish::PinningService> service(handle->service.release());
        m_testers.insert(name, service);
        pt::publish::PinningService *raw = service.get();
        QPointer<QLabel> guard(label);
        auto test = [this, guard, raw, name]() {
            raw->testCredentials([this, guard, name](Result<void> r) {
                if (guard)
                    guard->setText(r ? tr("credentials OK") : r.error().message);
                QTimer::singleShot(0, this, [this, name] { m_testers.remove(name); });
            });
        };
        if (handle->secretService.isEmpty())
            return test();
        m_wizard->context().tokens->read(handle->secretService, [this, guard, raw, test,
                                                                 name](Result<QString> token) {
            if (!guard || !m_testers.contains(name))
                return;
            if (!token) {
                guard->setText(tr("no token stored for %1 (%2)").arg(name, token.error().message));
                m_testers.remove(name);
                return;
            }
            static_cast<pt::publish::HttpPinningClient *>(raw)->setToken(*token);
            test();
        });
    }

    void start()
    {
        m_publish->setEnabled(false);
        for (auto it = m_status.begin(); it != m_status.end(); ++it)
            if (m_boxes.value(it.key())->isChecked() &&
                !m_wizard->pipeline()->record().pinnedOn(it.key()))
                it.value()->setText(tr("waiting"));
        m_busy->setBusy(tr("Putting the package on IPFS…"));
        emit completeChanged();
        m_wizard->runPipeline(Step::Pin, this);
        rebuildPinTable(); // the request of this run: its services × contents
    }

    QCheckBox *m_daemon;
    QLabel *m_daemonState;
    QGridLayout *m_grid;
    QLabel *m_none = nullptr;
    int m_rows = 0;
    QMap<QString, QCheckBox *> m_boxes;
    QMap<QString, QLabel *> m_status;
    QStringList m_restoredServices;
    QPushButton *m_publish = nullptr;
    QTreeWidget *m_pins;
    bool m_wantDaemon = true;
    QMap<QString, std::shared_ptr<pt::publish::PinningService>> m_testers;
};

// ---------------------------------------------------------------------------------------------
// 5. Registry pull request

class RegistryPageImpl : public PublishPage
{
    Q_OBJECT
public:
    explicit RegistryPageImpl(PublishWizard *w) : PublishPage(w)
    {
        setTitle(tr("Registry pull request"));
        setSubTitle(tr("The registry lists the entry once its maintainers merge a pull request. "
                       "Without GitHub, save a patch and send it another way."));
        m_diff = new QPlainTextEdit(this);
        m_diff->setObjectName(u"diff"_s);
        m_diff->setAccessibleName(tr("Registry diff"));
        m_diff->setReadOnly(true);
        m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_title = lineEdit(this, u"prTitle"_s, tr("Pull request title"));
        m_note = lineEdit(this, u"prNote"_s, tr("Note for the maintainers"));
        m_body = new QPlainTextEdit(this);
        m_body->setObjectName(u"prBody"_s);
        m_body->setAccessibleName(tr("Pull request body"));
        m_body->setReadOnly(true);
        m_body->setMaximumHeight(100);
        m_github = new QLabel(this);
        m_github->setObjectName(u"githubStatus"_s);
        m_github->setWordWrap(true);
        m_code = new QLineEdit(this);
        m_code->setObjectName(u"deviceCode"_s);
        m_code->setAccessibleName(tr("GitHub device code"));
        m_code->setReadOnly(true);
        m_code->hide();
        m_login = button(this, tr("&Log in to GitHub"), u"githubLogin"_s);
        m_open = button(this, tr("&Open pull request"), u"openPr"_s);
        m_patchPath = lineEdit(this, u"patchPath"_s, tr("Patch file"));
        m_savePatch = button(this, tr("&Save patch"), u"savePatch"_s);
        m_result = new QLabel(this);
        m_result->setObjectName(u"prResult"_s);
        m_result->setWordWrap(true);
        m_result->setOpenExternalLinks(true);
        m_result->setTextInteractionFlags(Qt::TextBrowserInteraction);
        auto *form = new QFormLayout;
        auto add = [&](const QString &label, QWidget *field) {
            auto *l = new QLabel(label, this);
            l->setBuddy(field);
            form->addRow(l, field);
        };
        add(tr("Registry &diff:"), m_diff);
        add(tr("&Title:"), m_title);
        add(tr("&Note:"), m_note);
        add(tr("&Body:"), m_body);
        auto *gh = new QHBoxLayout;
        gh->addWidget(m_github, 1);
        gh->addWidget(m_code);
        gh->addWidget(m_login);
        form->addRow(tr("GitHub:"), gh);
        auto *patchRow = new QHBoxLayout;
        patchRow->addWidget(m_patchPath, 1);
        patchRow->addWidget(m_savePatch);
        add(tr("&Patch file:"), m_patchPath);
        form->addRow(QString(), patchRow);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_open, 0, Qt::AlignLeft);
        layout->addWidget(m_result);
        layout->addWidget(m_busy);
        connect(m_title, &QLineEdit::textChanged, this, [this] {
            m_wizard->scheduleDraftSave();
            updateBody();
        });
        connect(m_note, &QLineEdit::textChanged, this, [this] {
            m_wizard->scheduleDraftSave();
            updateBody();
        });
        connect(m_patchPath, &QLineEdit::textChanged, m_wizard, &PublishWizard::scheduleDraftSave);
        connect(m_open, &QPushButton::clicked, this, [this] { openPullRequest(); });
        connect(m_savePatch, &QPushButton::clicked, this, [this] { savePatch(); });
        connect(m_login, &QPushButton::clicked, this, [this] { login(); });
        connect(m_busy, &BusyPanel::retry, this, [this] {
            if (m_lastAction == 0)
                prepare();
            else
                openPullRequest();
        });
    }

    void initializePage() override
    {
        if (m_title->text().isEmpty())
            m_title->setText(m_wizard->pipeline()->pullRequestSpec().title);
        if (m_patchPath->text().isEmpty())
            m_patchPath->setText(QDir(m_wizard->draftDir())
                                     .filePath(u"phasic-publish-"_s +
                                               m_wizard->pipeline()->record().id + u".patch"_s));
        checkLogin();
        prepare();
    }

    bool isComplete() const override
    {
        const PublishRecord &rec = m_wizard->pipeline()->record();
        return !m_wizard->pipeline()->isRunning() &&
               (!rec.prUrl.isEmpty() || !rec.patchPath.isEmpty());
    }

    void saveTo(QJsonObject &d) const override
    {
        d.insert(u"title"_s, m_title->text());
        d.insert(u"note"_s, m_note->text());
        d.insert(u"patchPath"_s, m_patchPath->text());
    }
    void restoreFrom(const QJsonObject &d) override
    {
        m_title->setText(d.value(u"title"_s).toString());
        m_note->setText(d.value(u"note"_s).toString());
        m_patchPath->setText(d.value(u"patchPath"_s).toString());
    }

    void pipelineFinished(const Result<void> &r) override
    {
        m_open->setEnabled(true);
        const PublishRecord &rec = m_wizard->pipeline()->record();
        m_diff->setPlainText(rec.diff.isEmpty()
                                 ? tr("(No registry file to compare with: the entry is)\n") +
                                       QString::fromUtf8(rec.entryJson)
                                 : QString::fromUtf8(rec.diff));
        updateBody();
        if (!r) {
            QString text = r.error().message;
            if (text.contains(u"401"_s))
                text += u"\n"_s + tr("Log in to GitHub again, then Retry — or save a patch.");
            m_busy->setError(text);
        } else {
            m_busy->clear();
            m_busy->setStatus(QString());
        }
        showResult();
        emit completeChanged();
    }

private:
    void updateBody()
    {
        pt::publish::PullRequestSpec spec = m_wizard->pipeline()->pullRequestSpec();
        if (!m_title->text().isEmpty())
            spec.title = m_title->text();
        spec.note = m_note->text();
        m_body->setPlainText(pt::publish::pullRequestBody(spec));
    }

    void showResult()
    {
        const PublishRecord &rec = m_wizard->pipeline()->record();
        if (!rec.prUrl.isEmpty()) {
            m_result->setText((rec.prExisting ? tr("Updated the open pull request <a "
                                                   "href=\"%1\">%1</a> (it already existed).")
                                              : tr("Opened the pull request <a "
                                                   "href=\"%1\">%1</a>."))
                                  .arg(rec.prUrl.toHtmlEscaped()));
        } else if (!rec.patchPath.isEmpty()) {
            m_result->setText(
                tr("Not sending to GitHub (%1). Saved the patch %2 — push it as a branch of "
                   "your fork and open <a href=\"%3\">the compare page</a>.")
                    .arg(rec.offlineReason.toHtmlEscaped(), rec.patchPath.toHtmlEscaped(),
                         rec.compareUrl.toHtmlEscaped()));
        } else {
            m_result->clear();
        }
    }

    void checkLogin()
    {
        QPointer<QLabel> label(m_github);
        m_wizard->context().tokens->read(u"github"_s, [label](Result<QString> token) {
            if (label)
                label->setText(token ? tr("Logged in (token in the keyring).")
                                     : tr("Not logged in: log in, or save a patch."));
        });
    }

    void login()
    {
        m_login->setEnabled(false);
        m_github->setText(tr("Starting the GitHub login…"));
        auto *client = new pt::publish::GitHubClient(m_wizard->context().github, this);
        auto *job = new pt::publish::DeviceLoginJob(client, u"public_repo"_s, client);
        connect(job, &pt::publish::DeviceLoginJob::codeReady, this,
                [this](const QString &code, const QString &uri, int expires) {
                    m_code->setText(code);
                    m_code->show();
                    m_github->setText(tr("Enter the code %1 at %2 (valid %3 min); the browser "
                                         "was opened. Waiting…")
                                          .arg(code, uri)
                                          .arg(expires / 60));
                    const auto open = m_wizard->context().openUrl
                                          ? m_wizard->context().openUrl
                                          : [](const QUrl &u) { QDesktopServices::openUrl(u); };
                    open(QUrl(uri));
                });
        connect(job, &pt::publish::DeviceLoginJob::finished, this,
                [this, client](const Result<QString> &token) {
                    client->deleteLater();
                    m_login->setEnabled(true);
                    m_code->hide();
                    if (!token) {
                        m_github->setText(token.error().message);
                        return;
                    }
                    QPointer<QLabel> label(m_github);
                    m_wizard->context().tokens->write(u"github"_s, *token, [label](Result<void> r) {
                        if (label)
                            label->setText(r ? tr("Logged in.")
                                             : tr("Logged in, but the "
                                                  "token could not be "
                                                  "stored: %1")
                                                   .arg(r.error().message));
                    });
                });
        job->start();
    }

    void prepare()
    {
        m_lastAction = 0;
        m_busy->setBusy(tr("Preparing the registry edit…"));
        m_wizard->runPipeline(Step::Registry, this);
    }

    void openPullRequest()
    {
        m_lastAction = 1;
        m_open->setEnabled(false);
        m_result->clear();
        m_busy->setBusy(tr("Opening the pull request…"));
        emit completeChanged();
        m_wizard->runPipeline(Step::Done, this);
    }

    void savePatch()
    {
        Result<QString> r =
            m_wizard->pipeline()->savePatch(m_patchPath->text(), tr("saved on request"));
        if (!r) {
            m_busy->setError(r.error().message);
            return;
        }
        m_busy->clear();
        showResult();
        emit completeChanged();
    }

    QPlainTextEdit *m_diff;
    QLineEdit *m_title;
    QLineEdit *m_note;
    QPlainTextEdit *m_body;
    QLabel *m_github;
    QLineEdit *m_code;
    QPushButton *m_login;
    QPushButton *m_open;
    QLineEdit *m_patchPath;
    QPushButton *m_savePatch;
    QLabel *m_result;
    int m_lastAction = 0;
};

// ---------------------------------------------------------------------------------------------
// 6. Done

class DonePageImpl : public PublishPage
{
    Q_OBJECT
public:
    explicit DonePageImpl(PublishWizard *w) : PublishPage(w)
    {
        setTitle(tr("Done"));
        setFinalPage(true);
        m_layout = new QVBoxLayout(this);
        m_summary = new QLabel(this);
        m_summary->setObjectName(u"doneSummary"_s);
        m_summary->setWordWrap(true);
        m_layout->addWidget(m_summary);
        m_grid = new QGridLayout;
        m_layout->addLayout(m_grid);
        m_layout->addStretch();
    }

    void initializePage() override
    {
        while (QLayoutItem *item = m_grid->takeAt(0)) {
            delete item->widget();
            delete item;
        }
        const PublishRecord &rec = m_wizard->pipeline()->record();
        m_summary->setText(rec.summary());
        int row = 0;
        auto add = [&](const QString &label, const QString &value) {
            auto *l = new QLabel(label, this);
            auto *e = new QLineEdit(value, this);
            e->setReadOnly(true);
            e->setObjectName(u"value:%1"_s.arg(row));
            e->setAccessibleName(label);
            l->setBuddy(e);
            auto *copy = button(this, tr("Copy"), u"copy:%1"_s.arg(row));
            copy->setAccessibleName(tr("Copy %1").arg(label));
            connect(copy, &QPushButton::clicked, this,
                    [value] { QGuiApplication::clipboard()->setText(value); });
            m_grid->addWidget(l, row, 0);
            m_grid->addWidget(e, row, 1);
            m_grid->addWidget(copy, row, 2);
            ++row;
        };
        if (!rec.prUrl.isEmpty())
            add(tr("Pull request"), rec.prUrl);
        if (!rec.patchPath.isEmpty()) {
            add(tr("Patch"), rec.patchPath);
            add(tr("Compare page"), rec.compareUrl);
        }
        for (const pt::publish::PublishContent &c : rec.contents)
            add(tr("CID of %1").arg(c.name), c.cid);
        const QStringList gateways =
            m_wizard->context().settings ? m_wizard->context().settings->gateways() : QStringList();
        for (const QString &gw : gateways) {
            QString base = gw;
            while (base.endsWith(u'/'))
                base.chop(1);
            add(tr("Gateway"), base + u"/ipfs/"_s + rec.rootCid);
        }
    }

private:
    QVBoxLayout *m_layout;
    QLabel *m_summary;
    QGridLayout *m_grid;
};

} // namespace

// ---------------------------------------------------------------------------------------------

PublishContext PublishContext::forApp(pt::Settings *settings, QNetworkAccessManager *network,
                                      std::function<pt::registry::Registry()> registry)
{
    static pt::publish::KeychainTokenStore keychain;
    PublishContext c;
    c.settings = settings;
    c.tokens = &keychain;
    c.network = network;
    c.registry = std::move(registry);
    QString ipfsPath = settings ? settings->ipfsPath() : QString();
    if (ipfsPath.isEmpty())
        ipfsPath = Paths::ipfsRepoDir();
    if (!settings || settings->useDaemon()) {
        if (Result<QUrl> api = pt::daemon::resolveApiUrl(
                settings ? settings->kuboApiAddress() : QString(), ipfsPath);
            api)
            c.kuboApi = *api;
    }
    c.github.clientId = pt::publish::defaultGitHubClientId();
    return c;
}

PublishWizard *PublishWizard::showWizard(const PublishContext &context, QWidget *parent)
{
    static QPointer<PublishWizard> open;
    if (!open) {
        open = new PublishWizard(context, parent);
        open->setAttribute(Qt::WA_DeleteOnClose);
    }
    open->show();
    open->raise();
    open->activateWindow();
    return open;
}

PublishWizard::PublishWizard(PublishContext context, QWidget *parent)
    : QWizard(parent), m_context(std::move(context)), m_draftTimer(new QTimer(this))
{
    setObjectName(u"publishWizard"_s);
    setWindowTitle(tr("Publish a trace"));
    setWindowModality(Qt::NonModal);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::HaveHelpButton, false);
    m_pipeline = new pt::publish::PublishPipeline(m_context.settings, m_context.tokens, this);
    m_pipeline->setGitHubConfig(m_context.github);
    m_pipeline->setPinWait(m_context.pinPollInitialMs, m_context.pinPollMaxMs,
                           m_context.pinTimeoutMs);
    if (!m_context.recordDir.isEmpty())
        m_pipeline->setRecordDir(m_context.recordDir);
    connect(m_pipeline, &pt::publish::PublishPipeline::message, this, [this](const QString &m) {
        if (PublishPage *page = m_runningPage.data())
            page->busyPanel()->setStatus(m);
    });
    connect(m_pipeline, &pt::publish::PublishPipeline::progress, this, [this](qint64 d, qint64 t) {
        if (PublishPage *page = m_runningPage.data())
            page->busyPanel()->setProgress(d, t);
    });
    connect(m_pipeline, &pt::publish::PublishPipeline::finished, this,
            [this](const Result<void> &r) {
                QPointer<PublishPage> page = m_runningPage;
                m_runningPage = nullptr;
                saveDraft();
                if (page)
                    page->pipelineFinished(r);
            });
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(300);
    connect(m_draftTimer, &QTimer::timeout, this, &PublishWizard::saveDraft);

    auto *source = new SourcePageImpl(this);
    setPage(SourcePage, source);
    setPage(DescribePage, new DescribePageImpl(this, source));
    setPage(PackagePage, new PackagePageImpl(this));
    setPage(TargetPage, new TargetPageImpl(this));
    setPage(RegistryPage, new RegistryPageImpl(this));
    setPage(DonePage, new DonePageImpl(this));
    restoreDraft();
}

PublishWizard::~PublishWizard()
{
    if (m_draftTimer->isActive())
        saveDraft();
}

QString PublishWizard::draftDir() const
{
    return m_context.draftDir.isEmpty() ? Paths::dataDir() + u"/publish/draft"_s
                                        : m_context.draftDir;
}

QString PublishWizard::draftPath() const
{
    return draftDir() + u"/draft.json"_s;
}

QString PublishWizard::metadataPath() const
{
    return draftDir() + u"/metadata.json"_s;
}

QStringList PublishWizard::spdxLicenses()
{
    // The licenses scientific code and data are usually released under (SPDX identifiers).
    return {u"MIT"_s,           u"Apache-2.0"_s,       u"BSD-2-Clause"_s,  u"BSD-3-Clause"_s,
            u"GPL-2.0-only"_s,  u"GPL-2.0-or-later"_s, u"GPL-3.0-only"_s,  u"GPL-3.0-or-later"_s,
            u"LGPL-2.1-only"_s, u"LGPL-3.0-only"_s,    u"AGPL-3.0-only"_s, u"MPL-2.0"_s,
            u"EPL-2.0"_s,       u"BSL-1.0"_s,          u"ISC"_s,           u"Zlib"_s,
            u"Unlicense"_s,     u"CC0-1.0"_s,          u"CC-BY-4.0"_s,     u"CC-BY-SA-4.0"_s};
}

QString PublishWizard::idProblem(const QString &id, bool replace) const
{
    if (id.isEmpty())
        return tr("The id is empty.");
    if (const QString p = pt::registry::idProblem(id); !p.isEmpty())
        return tr("Not a safe id: %1").arg(p);
    for (const QChar c : id)
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'_' && c != u'-' && c != u'.')
            return tr("Not a safe id: '%1' is not allowed (use letters, digits, '_', '-', '.').")
                .arg(c);
    if (m_context.registry) {
        const pt::registry::Registry reg = m_context.registry();
        if (reg.find(id) && !replace)
            return tr("%1 is already in the registry: choose another id, or tick \"Replace\" "
                      "to publish a new version of it.")
                .arg(id);
    }
    return QString();
}

QJsonObject PublishWizard::draft() const
{
    QJsonObject d{{u"version"_s, 1}};
    for (int id : pageIds())
        if (auto *p = qobject_cast<PublishPage *>(page(id)))
            p->saveTo(d);
    d.insert(u"record"_s, m_pipeline->recordPath());
    d.insert(u"page"_s, currentId());
    return d;
}

void PublishWizard::scheduleDraftSave()
{
    if (!m_restoring)
        m_draftTimer->start();
}

void PublishWizard::saveDraft()
{
    if (m_restoring)
        return;
    m_draftTimer->stop();
    (void)writeBytes(draftPath(), QJsonDocument(draft()).toJson(QJsonDocument::Indented));
}

void PublishWizard::clearDraft()
{
    m_draftTimer->stop();
    QFile::remove(draftPath());
}

void PublishWizard::restoreDraft()
{
    QFile f(draftPath());
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject d = QJsonDocument::fromJson(f.readAll()).object();
    if (d.value(u"version"_s).toInt() != 1)
        return;
    m_restoring = true;
    for (int id : pageIds())
        if (auto *p = qobject_cast<PublishPage *>(page(id)))
            p->restoreFrom(d);
    const QString record = d.value(u"record"_s).toString();
    if (!record.isEmpty() && QFile::exists(record))
        (void)m_pipeline->resume(record);
    m_restoring = false;
}

pt::publish::PublishRequest PublishWizard::buildRequest() const
{
    const QJsonObject d = draft();
    pt::publish::PublishRequest r;
    const QStringList paths = splitPaths(d.value(u"source"_s).toString());
    if (isArtifactList(paths))
        r.artifactPaths = paths;
    else
        r.tracePath = paths.value(0);
    r.constructionCodePath = d.value(u"constructionCode"_s).toString().trimmed();
    r.metadataPath = metadataPath();
    r.id = d.value(u"id"_s).toString().trimmed();
    r.replace = d.value(u"replace"_s).toBool();
    r.profile = d.value(u"profile"_s).toString(u"kubo-v0"_s);
    if (d.value(u"useDaemon"_s).toBool())
        r.daemonApi = m_context.kuboApi;
    for (const QJsonValue &v : d.value(u"services"_s).toArray())
        r.services << v.toString();
    r.title = d.value(u"title"_s).toString();
    r.note = d.value(u"note"_s).toString();
    const QString registryFile = draftDir() + u"/registry.json"_s;
    if (QFile::exists(registryFile))
        r.registryPath = registryFile;
    return r;
}

void PublishWizard::runPipeline(Step last, PublishPage *page)
{
    if (m_pipeline->isRunning())
        return;
    // The registry as loaded now: for the diff preview and the offline patch.
    const QString registryFile = draftDir() + u"/registry.json"_s;
    if (m_context.registry) {
        const QByteArray source = m_context.registry().source;
        if (!source.isEmpty())
            (void)writeBytes(registryFile, source);
    }
    m_pipeline->setRequest(buildRequest());
    m_runningPage = page;
    m_pipeline->start(last);
}

void PublishWizard::reject()
{
    if (m_closing)
        return QWizard::reject();
    const bool wasRunning = m_pipeline->isRunning();
    if (wasRunning)
        m_pipeline->cancel();
    saveDraft();
    const PublishRecord &rec = m_pipeline->record();
    const bool somethingExists =
        rec.packaged && (rec.addState == u"added"_s || !rec.pins.isEmpty() ||
                         !rec.prUrl.isEmpty() || !rec.patchPath.isEmpty());
    if (!somethingExists && !wasRunning)
        return QWizard::reject();
    const QString text = rec.nextStep() == Step::Done
                             ? rec.summary()
                             : rec.summary() + u"\n\n"_s +
                                   tr("Your entries are kept: open the publish wizard again to "
                                      "resume where you stopped.");
    auto *box = new QMessageBox(QMessageBox::Information, tr("Publishing is not finished"), text,
                                QMessageBox::NoButton, this);
    box->setObjectName(u"cancelSummary"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *close = box->addButton(tr("&Close and resume later"), QMessageBox::AcceptRole);
    box->addButton(tr("&Stay and resume now"), QMessageBox::RejectRole);
    box->setDefaultButton(close);
    connect(box, &QMessageBox::finished, this, [this, box, close] {
        if (box->clickedButton() == close) {
            m_closing = true;
            QWizard::reject();
            m_closing = false;
        }
    });
    box->open();
    emit cancelSummaryShown(text);
}

void PublishWizard::accept()
{
    if (m_pipeline->record().nextStep() == Step::Done)
        clearDraft(); // published: the record stays, the draft is spent
    QWizard::accept();
}

} // namespace pt::ui

// The page classes above have Q_OBJECT so that their tr() uses their own context (the one
// lupdate records), not PublishPage's.
#include "publishwizard.moc"
