#include "catalog.h"
#include "formatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestFormatter final : public QObject {
    Q_OBJECT

    const Entry &entry(const char *id) const {
        return *Catalog::builtin().find(*CodeId::parse(QString::fromLatin1(id)));
    }

private slots:
    void jsonHasTheDocumentedFields() {
        const Formatter formatter(Catalog::builtin());
        const QJsonObject o = formatter.entryJson(entry("486"));
        QCOMPARE(o.value(u"family").toString(), QStringLiteral("sip"));
        QCOMPARE(o.value(u"code").toInt(), 486);
        QCOMPARE(o.value(u"reason").toString(), QStringLiteral("Busy Here"));
        QCOMPARE(o.value(u"class").toString(), QStringLiteral("4xx"));
        QCOMPARE(o.value(u"status").toString(), QStringLiteral("current"));
        QCOMPARE(o.value(u"rfcs").toArray().first().toString(),
                 QStringLiteral("RFC 3261 §21.4.24"));
        for (const char *key : {"summary", "description", "seenWhen", "sentBy", "retry"})
            QVERIFY2(!o.value(QLatin1StringView(key)).toString().isEmpty(), key);
        QVERIFY(o.value(u"howToFix").toArray().size() >= 2);
        QVERIFY(o.value(u"headers").toArray().first().toObject().contains(u"name"));
        const QJsonArray related = o.value(u"related").toArray();
        QVERIFY(!related.isEmpty());
        QVERIFY(related.first().toObject().value(u"code").isDouble());
        QVERIFY(!related.first().toObject().value(u"note").toString().isEmpty());
        const QJsonArray q850 = o.value(u"q850").toArray();
        QCOMPARE(q850.first().toObject().value(u"cause").toInt(), 17);

        const QJsonObject cause = formatter.entryJson(entry("q850:17"));
        QCOMPARE(cause.value(u"family").toString(), QStringLiteral("q850"));
        QVERIFY(cause.value(u"sip").toArray().first().toObject().value(u"code").toInt() == 486);
    }

    void textReadsLikeAReference() {
        const Formatter formatter(Catalog::builtin());
        const QString text = formatter.entryText(entry("423"));
        QVERIFY(text.startsWith(u"423 Interval Too Brief\n"));
        for (const QString &heading : {Formatter::headingMeaning(), Formatter::headingSeenWhen(),
                                       Formatter::headingHowToFix(), Formatter::headingHeaders(),
                                       Formatter::headingRetry(), Formatter::headingReferences()})
            QVERIFY2(text.contains(u'\n' + heading + u'\n'), qPrintable(heading));
        QVERIFY(text.contains(u"Min-Expires"));
        QVERIFY(text.contains(u"  1. "));
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(line.size() <= 100, qPrintable(line));
    }

    void markdownHasHeadingsAndLinks() {
        const Formatter formatter(Catalog::builtin());
        const QString md = formatter.entryMarkdown(entry("486"));
        QVERIFY(md.startsWith(u"## 486 Busy Here"));
        QVERIFY(md.contains(u"### " + Formatter::headingHowToFix()));
        QVERIFY(md.contains(
            u"[RFC 3261 §21.4.24](https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24)"));
    }

    void htmlEscapesEverything() {
        Catalog catalog;
        QByteArray json = R"({"family": "sip", "entries": [{
          "code": 499, "reason": "<b>Bold</b>", "status": "non-standard", "statusNote": "<script>x</script>",
          "references": [{"doc": "Local"}], "summary": "<img src=x onerror=alert(1)>",
          "description": "D & more.", "seenWhen": "W.", "howToFix": ["<a href='x'>click</a>"],
          "senders": ["uas"], "sentBy": "B.", "retry": "no", "retryNote": "R."}]})";
        catalog.loadDocument(json, QStringLiteral("t.json"), Origin::Local);
        catalog.finish();
        const Formatter formatter(catalog);
        const QString html = formatter.entryHtml(catalog.entries().constFirst());
        QVERIFY(!html.contains(u"<script>"));
        QVERIFY(!html.contains(u"<img"));
        QVERIFY(!html.contains(u"<a href='x'>"));
        QVERIFY(html.contains(u"&lt;b&gt;Bold&lt;/b&gt;"));
        QVERIFY(html.contains(u"D &amp; more."));
    }

    void htmlLinksRelatedCodes() {
        const Formatter formatter(Catalog::builtin());
        const QString html = formatter.entryHtml(entry("486"));
        QVERIFY(html.contains(u"href=\"sipcodes:600\""));
        QVERIFY(html.contains(u"href=\"sipcodes:q850:17\""));
        QVERIFY(html.contains(u"href=\"https://www.rfc-editor.org/rfc/rfc3261#section-21.4.24\""));
    }

    void htmlIsSetInTheTitlesSizeAndTheTexts() {
        // Headings and the summary are at the text's size, header names in bold, not monospace:
        // the first frame loads no font beyond the title's and the text's (#7).
        const Formatter formatter(Catalog::builtin());
        const QString html = formatter.entryHtml(entry("486"));
        QVERIFY(html.contains(Formatter::sectionHeading(QStringLiteral("What it means"))));
        QVERIFY(html.contains(u"<li><b>Retry-After</b>: "));
        QVERIFY(html.contains(
            u"<p>The callee was reached but is busy at this endpoint; other locations may still "
            u"answer.</p>"));
        QVERIFY(!html.contains(u"font-size:large"));
        QVERIFY(!html.contains(u"<code>"));
        QVERIFY(!html.contains(u"<h3>"));
        QCOMPARE(Formatter::sectionHeading(QStringLiteral("A & <B>")),
                 QStringLiteral("<h3 style=\"font-size:medium\">A &amp; &lt;B&gt;</h3>"));
    }

    void csvQuotes() {
        const Formatter formatter(Catalog::builtin());
        const QString csv = formatter.list({&entry("481")}, Formatter::Format::Csv);
        QVERIFY(csv.startsWith(u"family,code,reason,class,status,summary\n"));
        QVERIFY(csv.contains(u"sip,481,Call/Transaction Does Not Exist,4xx,current,"));
    }

    void wrap() {
        const QString wrapped =
            Formatter::wrap(QStringLiteral("one two three four five six"), 10, 2);
        for (const QString &line : wrapped.split(u'\n'))
            QVERIFY(line.size() <= 10);
        QCOMPARE(wrapped.split(u'\n').at(1).left(2), QStringLiteral("  "));
        QCOMPARE(QString(wrapped).remove(u'\n').simplified(),
                 QStringLiteral("one two three four five six"));
    }
};

QTEST_GUILESS_MAIN(TestFormatter)
#include "tst_formatter.moc"
