#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace pt::ui {

// Installs the translations for the language the user chose (Settings::language(): empty =
// the system's, "en", "da"): the app's .qm, embedded as a resource (:/i18n/, built by
// translations/CMakeLists.txt), and Qt's own qtbase_<lang>.qm (standard buttons, file dialogs)
// from Qt's translations folder when it is installed (Debian: qt6-translations-l10n).
// Call once, before any widget exists; a language change applies on restart.
class Translator : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;  // "" = system, "en", "da"
        QString label; // in its own language: "System", "English", "Dansk"
    };

    explicit Translator(QObject *parent = nullptr);
    ~Translator() override;

    // The languages the settings dialog offers, System first.
    static QList<Language> languages();
    // The resource folder the app's .qm files live in.
    static QString resourceDir() { return QStringLiteral(":/i18n"); }

    // Loads and installs the translators for `language` into `app` (replacing any installed by
    // an earlier call). Returns notes worth a log line (e.g. Qt's own translation missing);
    // English or a system language we do not translate installs nothing and says so.
    QStringList install(QCoreApplication *app, const QString &language);

    // The locale the app runs in for `language` ("" → QLocale::system()).
    static QLocale localeFor(const QString &language);
    // The app translation in use after install(): "da", or "" for the English source strings.
    QString installedLanguage() const { return m_installed; }

private:
    void removeAll();

    QCoreApplication *m_app = nullptr;
    QList<QTranslator *> m_translators;
    QString m_installed;
};

} // namespace pt::ui
