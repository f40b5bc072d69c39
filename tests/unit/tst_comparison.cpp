#include "catalog.h"
#include "comparison.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

class TestComparison final : public QObject {
    Q_OBJECT

    static const Entry &entry(int code) {
        return *Catalog::builtin().find(CodeId{Family::Sip, code});
    }

    static QStringList attributes(const Comparison &c) {
        QStringList list;
        for (const Comparison::Difference &d : c.differences())
            list.append(d.attribute);
        return list;
    }

    static QString textOf(const Comparison &c, const QString &attribute) {
        for (const Comparison::Difference &d : c.differences())
            if (d.attribute == attribute)
                return d.text;
        return {};
    }

    // The seams a template leaves behind.
    static QStringList seams(const QString &text) {
        static const QRegularExpression doubled(QStringLiteral("\\b(\\w+)\\s+\\1\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression whenWhen(QStringLiteral("\\bwhen\\s+When\\b"));
        static const QRegularExpression placeholder(QStringLiteral("%\\d|%n\\b|\\{\\w+\\}"));
        static const QRegularExpression lowerStart(QStringLiteral("[.!?]\\s+[a-z]"));
        static const QRegularExpression dangling(QStringLiteral("\\b(a|an|the)\\s*[.,;:]"),
                                                 QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression empty(QStringLiteral("\\(\\s*\\)|:\\s*\\.|,\\s*\\."));
        QStringList found;
        for (const auto *re : {&doubled, &whenWhen, &placeholder, &lowerStart, &dangling, &empty}) {
            auto it = re->globalMatch(text);
            while (it.hasNext()) {
                const auto m = it.next();
                // Numbers legitimately repeat ("503 503" never happens, but "1. 1" might in lists).
                if (re == &doubled && m.captured(1).front().isDigit())
                    continue;
                found.append(text.mid(std::max<qsizetype>(0, m.capturedStart() - 30),
                                      m.capturedLength() + 60));
            }
        }
        return found;
    }

private slots:
    void busyHereVersusEverywhere() {
        const Comparison c(Catalog::builtin(), entry(486), entry(600));
        const QStringList attrs = attributes(c);
        QCOMPARE(attrs.constFirst(), QStringLiteral("note")); // curated notes lead
        QVERIFY(attrs.contains(u"class"));
        QVERIFY(attrs.contains(u"scope"));
        QVERIFY(attrs.contains(u"forking"));
        QVERIFY(textOf(c, QStringLiteral("scope")).contains(u"every location"));
        QVERIFY(textOf(c, QStringLiteral("scope")).startsWith(u"486 speaks only for the location"));
        QVERIFY(
            textOf(c, QStringLiteral("forking")).contains(u"on 600 it cancels every other branch"));
        const QString text = c.toText();
        QVERIFY(text.contains(u"Retry-After"));
        QVERIFY(text.startsWith(u"486 Busy Here vs 600 Busy Everywhere\n"));
    }

    void onlyRealDifferences_data() {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<QStringList>("present");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("404/480 same class")
            << 404 << 480 << QStringList{} << QStringList{"class", "scope", "forking", "final"};
        QTest::newRow("180/200 provisional")
            << 180 << 200 << QStringList{"class", "final", "forking"} << QStringList{"scope"};
        QTest::newRow("480/503 server scope")
            << 480 << 503 << QStringList{"class", "scope"} << QStringList{"final"};
        QTest::newRow("503/603 everywhere")
            << 503 << 603 << QStringList{"scope", "forking"} << QStringList{"final"};
        QTest::newRow("200/202 status")
            << 200 << 202 << QStringList{"status"} << QStringList{"class", "scope"};
        QTest::newRow("401/407 headers")
            << 401 << 407 << QStringList{"headers"} << QStringList{"class", "forking"};
        QTest::newRow("486/600 mapping same") << 486 << 600 << QStringList{} << QStringList{"q850"};
        QTest::newRow("404/486 mapping differs")
            << 404 << 486 << QStringList{"q850"} << QStringList{"class"};
    }

    void onlyRealDifferences() {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(QStringList, present);
        QFETCH(QStringList, absent);
        const Comparison c(Catalog::builtin(), entry(a), entry(b));
        const QStringList attrs = attributes(c);
        for (const QString &p : present)
            QVERIFY2(attrs.contains(p), qPrintable(p + u" missing from " + attrs.join(u',')));
        for (const QString &p : absent)
            QVERIFY2(!attrs.contains(p), qPrintable(p + u" listed in " + attrs.join(u',')));
        for (const Comparison::Difference &d : c.differences())
            if (d.attribute != u"note")
                QVERIFY2(d.a != d.b, qPrintable(d.attribute));
    }

    void sharedMappingIsCommonGround() {
        const Comparison c(Catalog::builtin(), entry(486), entry(600));
        QVERIFY(c.commonGround().join(u' ').contains(u"Q.850 cause 17"));
    }

    void curatedPairsLeadAndAdvise() {
        const QList<std::pair<int, int>> pairs = {{486, 600}, {486, 603}, {404, 480},
                                                  {401, 407}, {481, 487}, {488, 606},
                                                  {301, 302}, {180, 183}, {200, 204}};
        for (const auto &[a, b] : pairs) {
            for (const bool swapped : {false, true}) {
                const Comparison c(Catalog::builtin(), entry(swapped ? b : a),
                                   entry(swapped ? a : b));
                QVERIFY2(!c.curatedNote().isEmpty(),
                         qPrintable(QStringLiteral("%1/%2").arg(a).arg(b)));
                QCOMPARE(c.differences().constFirst().attribute, QStringLiteral("note"));
                QCOMPARE(c.whenToUseWhich().size(), 2);
            }
        }
    }

    void everyPairReadsCleanly() {
        QList<const Entry *> sip;
        for (const Entry &e : Catalog::builtin().entries())
            if (e.id.family == Family::Sip)
                sip.append(&e);
        int checked = 0;
        for (const Entry *a : sip) {
            for (const Entry *b : sip) {
                if (a == b)
                    continue;
                const Comparison c(Catalog::builtin(), *a, *b);
                QString generated = c.summary();
                for (const Comparison::Difference &d : c.differences())
                    generated += u' ' + d.text;
                generated +=
                    u' ' + c.commonGround().join(u' ') + u' ' + c.whenToUseWhich().join(u' ');
                const QStringList found = seams(generated);
                QVERIFY2(found.isEmpty(), qPrintable(a->id.toString() + u'/' + b->id.toString() +
                                                     u": " + found.join(u" | ")));
                ++checked;
            }
        }
        QVERIFY(checked > 5000);
    }

    void seamDetectorCatchesSeams_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("doubled") << "You encounter 204 when when subscribing.";
        QTest::newRow("when When") << "You see it when When the callee is busy.";
        QTest::newRow("placeholder") << "Send %1 when busy.";
        QTest::newRow("lowercase start") << "It is busy. the callee is away.";
        QTest::newRow("dangling article") << "It comes from a.";
        QTest::newRow("empty parens") << "It maps to cause ().";
    }

    void seamDetectorCatchesSeams() {
        QFETCH(QString, text);
        QVERIFY(!seams(text).isEmpty());
    }

    void jsonShape() {
        const Comparison c(Catalog::builtin(), entry(486), entry(600));
        const QJsonObject o = c.toJson();
        QCOMPARE(o.value(u"a").toObject().value(u"code").toInt(), 486);
        QCOMPARE(o.value(u"b").toObject().value(u"code").toInt(), 600);
        QVERIFY(!o.value(u"summary").toString().isEmpty());
        const QJsonObject first = o.value(u"differences").toArray().first().toObject();
        for (const char *key : {"attribute", "a", "b", "text"})
            QVERIFY2(first.contains(QLatin1StringView(key)), key);
        QCOMPARE(o.value(u"whenToUseWhich").toArray().size(), 2);
        QVERIFY(o.value(u"learnMore")
                    .toArray()
                    .first()
                    .toObject()
                    .value(u"url")
                    .toString()
                    .startsWith(u"https://"));
    }

    void markdownAndHtmlAlignSections() {
        const Comparison c(Catalog::builtin(), entry(488), entry(606));
        const QString md = c.toMarkdown();
        QVERIFY(md.startsWith(u"## 488 Not Acceptable Here vs 606 Not Acceptable"));
        QVERIFY(md.contains(u"### Key differences"));
        QVERIFY(md.contains(u"| **What it means** |"));
        const QString html = c.toHtml();
        QVERIFY(html.contains(u"<td width=\"50%\""));
        QVERIFY(html.contains(u"href=\"sipcodes:606\""));
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
