#include "catalog.h"
#include "comparison.h"
#include "formatter.h"
#include "localization.h"
#include "searchengine.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one per numerus form
    QString type;             // "", "unfinished", "vanished", "obsolete"
};

QList<Message> readTs(const QString &path) {
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message")
                current = Message{context, {}, {}, {}, {}};
            else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"comment")
                current.comment = xml.readElementText();
            else if (name == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                // Either plain text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == u"translation") && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform")
                        current.translations.append(xml.readElementText());
                }
                if (current.translations.isEmpty())
                    current.translations.append(text);
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages.append(current);
        }
    }
    return messages;
}

QStringList placeholders(const QString &text) {
    static const QRegularExpression re(QStringLiteral("%(\\d|n)"));
    QStringList found;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured());
    found.sort();
    return found;
}

const QStringList kLanguages = {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es"),
                                QStringLiteral("ja")};

} // namespace

class TestTranslations final : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Localization::setLanguage(QStringLiteral("en")); }

    void complete_data() {
        QTest::addColumn<QString>("language");
        for (const QString &l : kLanguages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void complete() {
        QFETCH(QString, language);
        const QList<Message> messages = readTs(QStringLiteral(TRANSLATIONS_DIR "/sipcodes_") +
                                               language + QStringLiteral(".ts"));
        QVERIFY(messages.size() > 2000);
        QStringList problems;
        for (const Message &m : messages) {
            const QString where = m.context + u" / " + m.comment + u": " + m.source.left(60);
            if (!m.type.isEmpty())
                problems.append(m.type + u' ' + where);
            else if (std::any_of(m.translations.begin(), m.translations.end(),
                                 [](const QString &t) { return t.trimmed().isEmpty(); }))
                problems.append(u"empty " + where);
            else
                for (const QString &t : m.translations)
                    if (placeholders(t) != placeholders(m.source) &&
                        !(m.source.contains(u"%n") && placeholders(t).isEmpty() &&
                          language == u"ja"))
                        problems.append(u"placeholders differ " + where + u" -> " + t.left(60));
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QString::number(problems.size()) + u" problems, first: " +
                            problems.mid(0, 8).join(u'\n')));
    }

    void inSyncWithTheSources_data() { complete_data(); }

    void inSyncWithTheSources() {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString shipped =
            QStringLiteral(TRANSLATIONS_DIR "/sipcodes_") + language + QStringLiteral(".ts");
        const QString copy = dir.filePath(QStringLiteral("copy.ts"));
        QVERIFY(QFile::copy(shipped, copy));
        QProcess lupdate;
        lupdate.start(QStringLiteral(LUPDATE_EXECUTABLE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                       QStringLiteral("-no-ui-lines"), QStringLiteral("@" LUPDATE_SOURCES),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QList<Message> before = readTs(shipped);
        const QList<Message> after = readTs(copy);
        QStringList added;
        for (const Message &m : after)
            if (m.type == u"unfinished")
                added.append(m.context + u": " + m.source.left(60));
        QVERIFY2(added.isEmpty(),
                 qPrintable(u"strings without a translation (run update_translations): " +
                            added.mid(0, 8).join(u" | ")));
        QCOMPARE(after.size(), before.size()); // nothing vanished either
    }

    void printedFrenchHasNoEnglishHeadings() {
        QVERIFY(Localization::setLanguage(QStringLiteral("fr")));
        const Catalog &catalog = Catalog::builtin();
        const Formatter formatter(catalog);
        const QString text = formatter.entryText(*catalog.find(CodeId{Family::Sip, 486}));
        for (const char *heading :
             {"Description", "Quand vous le voyez", "Comment résoudre", "En savoir plus"})
            QVERIFY2(text.contains(QString::fromUtf8(heading)), heading);
        for (const char *english :
             {"What it means", "When you see it", "How to fix it", "Learn more"})
            QVERIFY2(!text.contains(QLatin1StringView(english)), english);
        QVERIFY(text.startsWith(u"486 Busy Here ("));
        const Comparison comparison(catalog, *catalog.find(CodeId{Family::Sip, 486}),
                                    *catalog.find(CodeId{Family::Sip, 600}));
        const QString compared = comparison.toText();
        QVERIFY(compared.contains(u"Différences clés"));
        QVERIFY(compared.contains(u"Quand utiliser lequel"));
        QVERIFY(!compared.contains(u"Key differences"));
    }

    void everyLanguagePrints_data() { complete_data(); }

    void everyLanguagePrints() {
        QFETCH(QString, language);
        QVERIFY(Localization::setLanguage(language));
        const Catalog &catalog = Catalog::builtin();
        const Entry &entry = *catalog.find(CodeId{Family::Sip, 503});
        QVERIFY(entry.summaryText() != entry.summary);
        QVERIFY(!entry.reasonGloss().isEmpty());
        QVERIFY(Formatter::headingHowToFix() != u"How to fix it");
    }

    void frenchSearch() {
        QVERIFY(Localization::setLanguage(QStringLiteral("fr")));
        SearchEngine engine;
        engine.build(Catalog::builtin().entries());
        const auto hits = engine.search(QStringLiteral("occupé"));
        QVERIFY(!hits.isEmpty());
        QCOMPARE(Catalog::builtin().entries().at(hits.constFirst().index).id.toString(),
                 QStringLiteral("486"));
        // Without the accent too, and English still works in French.
        QCOMPARE(Catalog::builtin()
                     .entries()
                     .at(engine.search(QStringLiteral("occupe")).constFirst().index)
                     .id.code,
                 486);
        QCOMPARE(Catalog::builtin()
                     .entries()
                     .at(engine.search(QStringLiteral("busy")).constFirst().index)
                     .id.code,
                 486);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
