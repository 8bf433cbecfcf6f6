#include "ui/shell/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace pt::ui {

Translator::Translator(QObject *parent) : QObject(parent) {}

Translator::~Translator()
{
    removeAll();
}

QList<Translator::Language> Translator::languages()
{
    // Language names are written in their own language (as every language menu does), so a user
    // who cannot read the current one still finds theirs. Only "System" is translated.
    return {
        {QString(), tr("System")},
        {u"en"_s, u"English"_s},
        {u"da"_s, u"Dansk"_s},
    };
}

QLocale Translator::localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

void Translator::removeAll()
{
    for (QTranslator *t : std::as_const(m_translators)) {
        if (m_app)
            QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_translators.clear();
    m_installed.clear();
}

QStringList Translator::install(QCoreApplication *app, const QString &language)
{
    removeAll();
    m_app = app;
    QStringList notes;
    const QLocale locale = localeFor(language);
    // Numbers, dates and sizes follow the chosen language too, not only the words.
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    // QTranslator::load(QLocale, …) walks the locale's uiLanguages ("da-DK", "da", …) and finds
    // phasic-traces_da.qm. English is the source language: there is no .qm for it, and its
    // absence must not fall through to another language.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        notes << u"language: English (the source strings)"_s;
        return notes;
    }
    auto *appTranslator = new QTranslator;
    if (!appTranslator->load(locale, u"phasic-traces"_s, u"_"_s, resourceDir())) {
        delete appTranslator;
        notes << u"language: no translation for %1; using English"_s.arg(locale.name());
        return notes;
    }
    QCoreApplication::installTranslator(appTranslator);
    m_translators << appTranslator;
    m_installed = appTranslator->language().section(u'_', 0, 0);
    notes << u"language: %1"_s.arg(appTranslator->language());

    // Qt's own strings (QDialogButtonBox's "Cancel", file dialogs). Optional: a missing file
    // leaves those English, which is worth a note, not an error.
    auto *qtTranslator = new QTranslator;
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, qtDir)) {
        QCoreApplication::installTranslator(qtTranslator);
        m_translators << qtTranslator;
    } else {
        delete qtTranslator;
        notes << u"Qt's own %1 translation (qtbase_%2.qm) is not in %3; standard buttons stay "
                 u"English (Debian: install qt6-translations-l10n)"_s.arg(
                     locale.nativeLanguageName(), m_installed, qtDir);
    }
    return notes;
}

} // namespace pt::ui
