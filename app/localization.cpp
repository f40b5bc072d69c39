#include "localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

struct Installed {
    QString language = QStringLiteral("en");
    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    bool initialized = false;
};

Installed &installed() {
    static Installed state;
    return state;
}

} // namespace

QStringList Localization::available() {
    return {QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es"),
            QStringLiteral("ja")};
}

QString Localization::nativeName(const QString &language) {
    const QLocale locale(language);
    QString name = locale.nativeLanguageName();
    if (language == u"en")
        name = QStringLiteral("English");
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString Localization::systemLanguage() {
    const QStringList shipped = available();
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString language = ui.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (shipped.contains(language))
            return language;
    }
    return QStringLiteral("en");
}

QString Localization::current() {
    return installed().language;
}

bool Localization::setLanguage(const QString &language) {
    if (!available().contains(language))
        return false;
    Installed &state = installed();
    if (state.language == language && (state.app || language == u"en") && state.initialized)
        return true;

    std::unique_ptr<QTranslator> app;
    std::unique_ptr<QTranslator> qt;
    // English has a catalog too, for its plural forms; it is embedded only where widgets are.
    app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral("sipcodes_") + language, QStringLiteral(":/i18n"))) {
        app.reset();
        if (language != u"en")
            return false;
    }
    if (language != u"en") {
        qt = std::make_unique<QTranslator>();
        if (!qt->load(QStringLiteral("qtbase_") + language,
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            qt.reset(); // Qt's own strings stay English where Qt's catalogs are not installed
    }

    // Remove the old ones first so lookups never reach a stale translator.
    if (state.app)
        QCoreApplication::removeTranslator(state.app.get());
    if (state.qt)
        QCoreApplication::removeTranslator(state.qt.get());
    state.app = std::move(app);
    state.qt = std::move(qt);
    if (state.qt)
        QCoreApplication::installTranslator(state.qt.get());
    if (state.app)
        QCoreApplication::installTranslator(state.app.get());
    state.language = language;
    state.initialized = true;
    QLocale::setDefault(QLocale(language));
    return true;
}
