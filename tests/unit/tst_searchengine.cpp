#include "catalog.h"
#include "localization.h"
#include "searchengine.h"

#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

class TestSearchEngine final : public QObject {
    Q_OBJECT

    SearchEngine m_engine;

    QStringList results(const QString &query) const {
        QStringList ids;
        for (const SearchEngine::Hit &hit : m_engine.search(query))
            ids.append(Catalog::builtin().entries().at(hit.index).id.toString());
        return ids;
    }

private slots:
    void initTestCase() { m_engine.build(Catalog::builtin().entries()); }

    void ranking_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("first"); // the results must start with exactly these

        QTest::newRow("exact code") << "486" << QStringList{"486"};
        QTest::newRow("code prefix, ties by code")
            << "48"
            << QStringList{"480", "481", "482", "483", "484", "485", "486", "487", "488", "489"};
        QTest::newRow("class") << "4xx" << QStringList{"400", "401", "402"};
        QTest::newRow("reason word") << "busy" << QStringList{"486", "600"};
        QTest::newRow("reason phrase, any case") << "BUSY HERE" << QStringList{"486"};
        QTest::newRow("reason narrows") << "busy everywhere" << QStringList{"600"};
        QTest::newRow("header as phrase") << "min-expires" << QStringList{"423"};
        QTest::newRow("header, other case") << "Min-SE" << QStringList{"422"};
        QTest::newRow("rfc number") << "4028" << QStringList{"422"};
        QTest::newRow("rfc word and number") << "rfc 4028" << QStringList{"422"};
        QTest::newRow("rfc glued") << "RFC4028" << QStringList{"422"};
        QTest::newRow("typo: missing letter") << "forbiden" << QStringList{"403"};
        QTest::newRow("typo: swapped letters") << "forbdiden" << QStringList{"403"};
        QTest::newRow("typo: British spelling") << "unauthorised" << QStringList{"401"};
        QTest::newRow("word prefix") << "unauth" << QStringList{"401"};
        QTest::newRow("q850 form") << "cause 17" << QStringList{"q850:17"};
        QTest::newRow("q850 dotted") << "Q.850 34" << QStringList{"q850:34"};
        QTest::newRow("q850 colon") << "q850:16" << QStringList{"q850:16"};
        QTest::newRow("warning form") << "warning 399" << QStringList{"warning:399"};
        QTest::newRow("warning colon") << "warning:305" << QStringList{"warning:305"};
        QTest::newRow("decline") << "decline" << QStringList{"603"};
    }

    void ranking() {
        QFETCH(QString, query);
        QFETCH(QStringList, first);
        const QStringList found = results(query);
        QVERIFY2(found.size() >= first.size(), qPrintable(found.join(u' ')));
        QCOMPARE(found.mid(0, first.size()), first);
    }

    void matchesAnywhereInProse() {
        // "Retry-After" is a header of several codes; 503 must be among them.
        QVERIFY(results(QStringLiteral("retry-after")).contains(u"503"));
        // Prose matches come after reason-phrase matches.
        const QStringList busy = results(QStringLiteral("busy"));
        QVERIFY(busy.size() > 2);
        QVERIFY(busy.indexOf(u"486") < busy.indexOf(u"q850:34") || !busy.contains(u"q850:34"));
    }

    void rankingIsOrderedAndTiesKeepCatalogOrder() {
        QStringList queries = {u"4"_s,     u"48"_s,          u"busy"_s, u"forbiden"_s,
                               u"rfc"_s,   u"min-expires"_s, u"call"_s, u"retry after"_s,
                               u"cause"_s, u"unavailable"_s, u"sip"_s};
        for (char letter = 'a'; letter <= 'z'; ++letter)
            queries.append(QString(QChar::fromLatin1(letter)));
        const auto key = [](const SearchEngine::Hit &hit) {
            return std::tuple(hit.tier, !hit.phrase, hit.fuzzy, hit.index);
        };
        for (const QString &query : std::as_const(queries)) {
            const QList<SearchEngine::Hit> hits = m_engine.search(query);
            for (qsizetype i = 1; i < hits.size(); ++i)
                QVERIFY2(key(hits.at(i - 1)) < key(hits.at(i)), qPrintable(query));
        }
    }

    void tooShortForTypos() {
        // One-letter typos are forgiven from five letters on only: "bisy" matches nothing by typo.
        QVERIFY(!results(QStringLiteral("bisy")).contains(u"486"));
    }

    void noMatch() {
        QVERIFY(results(QStringLiteral("xyzzyplugh")).isEmpty());
        QVERIFY(results(QStringLiteral("busy xyzzyplugh")).isEmpty());
        QVERIFY(results(QStringLiteral("cause 200")).isEmpty());
    }

    void emptyQueryListsEverything() {
        QCOMPARE(m_engine.search(QString()).size(), Catalog::builtin().entries().size());
        QCOMPARE(results(QStringLiteral("   ")).constFirst(), QStringLiteral("100"));
    }

    void fold_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << "Occupé"
                                 << "occupe";
        QTest::newRow("german") << "Überlastung"
                                << "uberlastung";
        QTest::newRow("spanish") << "Señal"
                                 << "senal";
        QTest::newRow("case") << "BUSY Here"
                              << "busy here";
        QTest::newRow("ascii, untouched but for case") << "Min-SE: 90 [RFC4028]"
                                                       << "min-se: 90 [rfc4028]";
    }

    void fold() {
        QFETCH(QString, input);
        QTEST(SearchEngine::fold(input), "folded");
    }

    // fold() takes shortcuts (ASCII, one character at a time); it must give exactly what the
    // Unicode rules give for the whole text.
    static QString foldByTheRules(const QString &text) {
        const QString decomposed = text.normalized(QString::NormalizationForm_KD);
        QString result;
        QChar previous;
        for (const QChar c : decomposed) {
            if (c.category() == QChar::Mark_NonSpacing && previous.unicode() < 0x2E80)
                continue;
            result.append(c);
            previous = c;
        }
        return result.normalized(QString::NormalizationForm_C).toCaseFolded();
    }

    void foldTakesNoWrongShortcut() {
        // Every character of the BMP alone, and beside neighbours it could combine with: a
        // letter, an accented letter, a combining accent, kana and its voicing mark, Hangul jamo.
        const QList<QString> neighbours = {u"A"_s,      u"\u00e9"_s, u"\u0301"_s, u"\u304b"_s,
                                           u"\u3099"_s, u"\u1100"_s, u"\u1161"_s, u"\u11a8"_s};
        for (char32_t u = 1; u < 0x10000; ++u) {
            const QChar c(static_cast<char16_t>(u));
            if (c.isSurrogate())
                continue;
            const QString alone(c);
            if (SearchEngine::fold(alone) != foldByTheRules(alone))
                QFAIL(qPrintable(QStringLiteral("U+%1").arg(quint32(u), 4, 16, QChar(u'0'))));
            for (const QString &other : neighbours) {
                for (const QString &text : {QString(alone + other), QString(other + alone)}) {
                    if (SearchEngine::fold(text) != foldByTheRules(text))
                        QFAIL(qPrintable(QStringLiteral("U+%1 next to %2")
                                             .arg(quint32(u), 4, 16, QChar(u'0'))
                                             .arg(other)));
                }
            }
        }
    }

    void foldTakesNoWrongShortcutInTheCatalog() {
        for (const QString &language : Localization::available()) {
            QVERIFY(Localization::setLanguage(language));
            for (const Entry &entry : Catalog::builtin().entries()) {
                QStringList texts = {entry.reason,          entry.reasonGloss(),
                                     entry.summaryText(),   entry.descriptionText(),
                                     entry.seenWhenText(),  entry.sentByText(),
                                     entry.retryNoteText(), entry.statusNoteText(),
                                     entry.classLabel(),    entry.statusLabel()};
                texts += entry.howToFixText();
                for (const QString &text : std::as_const(texts))
                    QCOMPARE(SearchEngine::fold(text), foldByTheRules(text));
            }
        }
        QVERIFY(Localization::setLanguage(QStringLiteral("en")));
    }

    void tokenize_data() {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("tokens");
        QTest::newRow("header") << "Min-Expires" << QStringList{"min", "expires"};
        QTest::newRow("punctuation")
            << "cause=34; text=\"busy\"" << QStringList{"cause", "34", "text", "busy"};
        QTest::newRow("cjk pairs") << "話中です" << QStringList{"話中", "中で", "です"};
        QTest::newRow("mixed") << "SIP応答" << QStringList{"sip", "応答"};
        QTest::newRow("one cjk between words") << "SIP 中 busy" << QStringList{"sip", "中", "busy"};
        QTest::newRow("words around cjk") << "abc話中def" << QStringList{"abc", "話中", "def"};
        QTest::newRow("letter outside the BMP") << "x\U00010330y" << QStringList{"x\U00010330y"};
        QTest::newRow("empty") << "" << QStringList{};
    }

    void tokenize() {
        QFETCH(QString, input);
        QTEST(SearchEngine::tokenize(input), "tokens");
    }

    void withinOneEdit_data() {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("close");
        QTest::newRow("same") << "busy"
                              << "busy" << true;
        QTest::newRow("deletion") << "forbiden"
                                  << "forbidden" << true;
        QTest::newRow("insertion") << "forbiddden"
                                   << "forbidden" << true;
        QTest::newRow("substitution") << "forbodden"
                                      << "forbidden" << true;
        QTest::newRow("swap") << "fobridden"
                              << "forbidden" << true;
        QTest::newRow("two edits") << "frobiden"
                                   << "forbidden" << false;
        QTest::newRow("length") << "forb"
                                << "forbidden" << false;
    }

    void withinOneEdit() {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QTEST(SearchEngine::withinOneEdit(a, b), "close");
    }
};

QTEST_GUILESS_MAIN(TestSearchEngine)
#include "tst_searchengine.moc"
