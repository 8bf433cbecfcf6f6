// Translations: every .ts in translations/ is complete (no unfinished or empty translation, every
// %1-style placeholder and the mnemonic kept, every plural form given), and the compiled .qm is
// embedded and really translates (ui/shell/translator.h).
#include "ui/shell/translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

using namespace pt::ui;
using namespace Qt::StringLiterals;

namespace {

QString translationsDir()
{
    return QStringLiteral(PT_TESTS_DIR "/../translations");
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(\\d+|n)"_s);
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

// A mnemonic: '&' followed by a letter or digit ("&&" is a literal ampersand; entities such as
// "&amp;" are already decoded by the XML reader).
bool hasMnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            return true;
    }
    return false;
}

struct Message
{
    QString context, source;
    bool numerus = false;
    QString type; // "unfinished", "vanished", "obsolete" or empty
    QStringList forms;
};

QList<Message> readTs(const QString &path, QString *language, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"TS"_s) {
            *language = xml.attributes().value(u"language"_s).toString();
        } else if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            current = Message();
            current.context = context;
            current.numerus = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (name == u"source"_s) {
            current.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            current.type = xml.attributes().value(u"type"_s).toString();
            if (current.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"numerusform"_s)
                        current.forms << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                current.forms << xml.readElementText();
            }
            out << current;
        }
    }
    if (xml.hasError())
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void complete_data();
    void complete();
    void compiledTranslationLoads();
};

void TestTranslations::complete_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files =
        QDir(translationsDir()).entryList({u"phasic-traces_*.ts"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), qPrintable(translationsDir()));
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(translationsDir()).filePath(f);
}

void TestTranslations::complete()
{
    QFETCH(QString, path);
    QString language, error;
    const QList<Message> messages = readTs(path, &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    // Plural forms per language (Qt's numerus rules): Danish and English have two.
    const int forms = language.startsWith(u"da"_s) ? 2 : 0;

    QStringList problems;
    for (const Message &m : messages) {
        const QString where = u"[%1] \"%2\""_s.arg(m.context, m.source.left(60));
        if (m.type == u"vanished"_s || m.type == u"obsolete"_s)
            continue; // lupdate -no-obsolete drops these; harmless if present
        if (m.type == u"unfinished"_s) {
            problems << where + u": unfinished"_s;
            continue;
        }
        if (m.forms.isEmpty() ||
            std::any_of(m.forms.cbegin(), m.forms.cend(),
                        [](const QString &f) { return f.trimmed().isEmpty(); })) {
            problems << where + u": empty translation"_s;
            continue;
        }
        if (m.numerus && forms > 0 && m.forms.size() != forms)
            problems << where + u": %1 plural forms, %2 expected"_s.arg(m.forms.size()).arg(forms);
        for (const QString &form : m.forms) {
            QStringList want = placeholders(m.source);
            QStringList have = placeholders(form);
            // A singular form may say "one file" instead of "%n file".
            if (m.numerus && form != m.forms.last()) {
                want.removeAll(u"%n"_s);
                have.removeAll(u"%n"_s);
            }
            if (want != have)
                problems << where + u": placeholders %1 in the source, %2 in \"%3\""_s.arg(
                                        want.join(u' '), have.join(u' '), form.left(60));
            if (hasMnemonic(m.source) && !hasMnemonic(form))
                problems << where + u": the translation has no '&' mnemonic"_s;
        }
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"%1 problem(s) in %2 (run the update_translations target, then "
                        u"translate in Qt Linguist):\n  "_s.arg(problems.size())
                            .arg(path) +
                        problems.join(u"\n  "_s)));
}

void TestTranslations::compiledTranslationLoads()
{
#if !PT_HAVE_TRANSLATIONS
    QSKIP("translations/ is not part of this build (top-level CMakeLists.txt: "
          "add_subdirectory(translations))");
#endif
    QVERIFY2(QFile::exists(Translator::resourceDir() + u"/phasic-traces_da.qm"_s),
             "the Danish .qm is not embedded under :/i18n/");
    Translator translator;
    translator.install(QCoreApplication::instance(), u"da"_s);
    QCOMPARE(translator.installedLanguage(), u"da"_s);
    QCOMPARE(QCoreApplication::translate("pt::ui::SettingsDialog", "Settings"), u"Indstillinger"_s);
    QCOMPARE(QCoreApplication::translate("pt::ui::CachePage", "%1 in %n file(s)", nullptr, 3),
             u"%1 i 3 filer"_s);
    QCOMPARE(QCoreApplication::translate("pt::ui::CachePage", "%1 in %n file(s)", nullptr, 1),
             u"%1 i 1 fil"_s);

    // English: the source strings, nothing installed.
    translator.install(QCoreApplication::instance(), u"en"_s);
    QCOMPARE(translator.installedLanguage(), QString());
    QCOMPARE(QCoreApplication::translate("pt::ui::SettingsDialog", "Settings"), u"Settings"_s);
    // A language we do not have falls back to English, with a note.
    const QStringList notes = translator.install(QCoreApplication::instance(), u"fi"_s);
    QCOMPARE(translator.installedLanguage(), QString());
    QVERIFY2(notes.join(u' ').contains(u"no translation"_s), qPrintable(notes.join(u' ')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
