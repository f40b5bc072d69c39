#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Chooses the language of everything SIP Codes shows, and switches it at run time: installs this
// program's translations (embedded under :/i18n) and Qt's own, replacing the previous ones, so
// QEvent::LanguageChange reaches every widget.
class Localization final {
    Q_DECLARE_TR_FUNCTIONS(Localization)

public:
    static QStringList available(); // "en" first, then the shipped translations
    static QString nativeName(const QString &language);
    // The first of the system's UI languages that SIP Codes ships, else "en".
    static QString systemLanguage();
    // Installs `language` ("fr", "de", ...); false when it is not shipped.
    static bool setLanguage(const QString &language);
    static QString current();
};
