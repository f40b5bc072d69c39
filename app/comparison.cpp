#include "comparison.h"

#include <QJsonArray>

namespace {

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

QString codeName(const Entry &entry) {
    return entry.id.family == Family::Sip ? QString::number(entry.id.code) : entry.shortLabel();
}

bool hasHeader(const Entry &entry, QStringView name) {
    return std::any_of(entry.headers.begin(), entry.headers.end(), [name](const HeaderNote &h) {
        return h.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

Comparison::Comparison(const Catalog &catalog, const Entry &a, const Entry &b)
    : m_catalog(catalog)
    , m_a(a)
    , m_b(b)
    , m_curated(catalog.curatedPair(a.id, b.id)) {}

QString Comparison::headingDifferences() {
    return tr("Key differences");
}

QString Comparison::headingCommon() {
    //: Heading: what the two compared codes have in common
    return tr("Common ground");
}

QString Comparison::headingWhenToUse() {
    return tr("When to use which");
}

Comparison::Scope Comparison::scopeOf(const Entry &entry) {
    if (entry.id.family != Family::Sip || !entry.isFailure())
        return Scope::None;
    switch (entry.codeClass()) {
    case 4:
        return Scope::Here;
    case 5:
        return Scope::Server;
    case 6:
        return Scope::Everywhere;
    }
    return Scope::None;
}

Comparison::Forking Comparison::forkingOf(const Entry &entry) {
    if (entry.id.family != Family::Sip)
        return Forking::None;
    switch (entry.codeClass()) {
    case 1:
        return Forking::Passes;
    case 2:
    case 6:
        return Forking::CancelsOthers;
    default:
        return Forking::KeepsWaiting;
    }
}

QString Comparison::classPhrase(const Entry &entry) {
    if (entry.id.family == Family::Q850)
        //: Used inside "%1 is %2": %1 is the cause class in words
        return tr("a Q.850 cause of the class \"%1\"").arg(entry.classLabel());
    if (entry.id.family == Family::Warning)
        return tr("a SIP Warning code");
    switch (entry.codeClass()) {
    case 1:
        return tr("a provisional response (1xx)");
    case 2:
        return tr("a success response (2xx)");
    case 3:
        return tr("a redirection (3xx)");
    case 4:
        return tr("a client error (4xx)");
    case 5:
        return tr("a server error (5xx)");
    case 6:
        return tr("a global failure (6xx)");
    }
    return {};
}

QString Comparison::statusPhrase(Status status) {
    switch (status) {
    case Status::Current:
        return tr("current");
    case Status::Deprecated:
        return tr("deprecated");
    case Status::Removed:
        return tr("removed from the standard");
    case Status::NonStandard:
        return tr("non-standard");
    }
    return {};
}

QString Comparison::mappingPhrase(const Entry &entry) const {
    if (entry.id.family != Family::Sip)
        return {};
    const QList<MappingRow> rows = m_catalog.causesForSip(entry.id.code);
    QStringList causes;
    for (const MappingRow &row : rows) {
        if (row.cause <= 0)
            continue;
        const Entry *cause = m_catalog.find(CodeId{Family::Q850, row.cause});
        causes.append(cause ? cause->title() : QString::number(row.cause));
    }
    if (causes.isEmpty())
        return rows.isEmpty() ? QString() : tr("no fixed cause");
    return causes.join(QStringLiteral(", "));
}

QStringList Comparison::headerNames(const Entry &entry) const {
    QStringList names;
    for (const HeaderNote &header : entry.headers)
        names.append(header.name);
    return names;
}

QString Comparison::curatedNote() const {
    return m_curated ? m_curated->text(m_curated->note, "note") : QString();
}

QString Comparison::summary() const {
    QString classSentence;
    if (m_a.id.family == m_b.id.family && m_a.codeClass() == m_b.codeClass())
        //: %1 and %2 are codes, %3 their shared class ("a client error (4xx)")
        classSentence =
            tr("%1 and %2 are both %3.").arg(codeName(m_a), codeName(m_b), classPhrase(m_a));
    else
        //: %1 and %3 are codes, %2 and %4 their classes ("a client error (4xx)")
        classSentence = tr("%1 is %2, while %3 is %4.")
                            .arg(codeName(m_a), classPhrase(m_a), codeName(m_b), classPhrase(m_b));
    //: One line per code in the comparison summary: %1 the code and its name, %2 its one-line
    //: summary
    const QString lineA = tr("%1: %2").arg(m_a.title(), m_a.summaryText());
    const QString lineB = tr("%1: %2").arg(m_b.title(), m_b.summaryText());
    return classSentence + u' ' + lineA + u' ' + lineB;
}

QList<Comparison::Difference> Comparison::differences() const {
    QList<Difference> list;
    const QString a = codeName(m_a);
    const QString b = codeName(m_b);

    if (m_curated)
        list.append({QStringLiteral("note"), QString(), QString(), curatedNote()});

    if (m_a.id.family != m_b.id.family || m_a.codeClass() != m_b.codeClass())
        list.append(
            {QStringLiteral("class"), m_a.classMarker(), m_b.classMarker(),
             tr("%1 is %2, while %3 is %4.").arg(a, classPhrase(m_a), b, classPhrase(m_b))});

    if (m_a.id.family == Family::Sip && m_b.id.family == Family::Sip &&
        m_a.isProvisional() != m_b.isProvisional()) {
        const bool aFirst = m_a.isProvisional();
        list.append(
            {QStringLiteral("final"),
             m_a.isFinal() ? QStringLiteral("final") : QStringLiteral("provisional"),
             m_b.isFinal() ? QStringLiteral("final") : QStringLiteral("provisional"),
             tr("%1 is provisional: the transaction goes on and a final response will follow. "
                "%2 is final and ends the transaction.")
                 .arg(aFirst ? a : b, aFirst ? b : a)});
    }

    const Scope sa = scopeOf(m_a);
    const Scope sb = scopeOf(m_b);
    if (sa != Scope::None && sb != Scope::None && sa != sb) {
        const bool aNarrower = sa < sb;
        const QString narrow = aNarrower ? a : b;
        const QString wide = aNarrower ? b : a;
        const Scope low = std::min(sa, sb);
        const Scope high = std::max(sa, sb);
        QString text;
        if (low == Scope::Here && high == Scope::Everywhere)
            text = tr("%1 speaks only for the location that answered, so other locations may still "
                      "take the "
                      "request; %2 speaks for every location, so nobody else should be tried.")
                       .arg(narrow, wide);
        else if (low == Scope::Server && high == Scope::Everywhere)
            text = tr("%1 speaks only for the server that answered, so another server may still "
                      "succeed; "
                      "%2 speaks for every location, so nobody else should be tried.")
                       .arg(narrow, wide);
        else
            text = tr("%1 is about this request at the location that answered; %2 is about the "
                      "server that "
                      "answered, so another server may still succeed.")
                       .arg(narrow, wide);
        const auto key = [](Scope s) {
            return s == Scope::Here     ? QStringLiteral("here")
                   : s == Scope::Server ? QStringLiteral("server")
                                        : QStringLiteral("everywhere");
        };
        list.append({QStringLiteral("scope"), key(sa), key(sb), text});
    }

    const Forking fa = forkingOf(m_a);
    const Forking fb = forkingOf(m_b);
    if (fa != Forking::None && fb != Forking::None && fa != fb) {
        const auto key = [](Forking f) {
            switch (f) {
            case Forking::Passes:
                return QStringLiteral("continues");
            case Forking::KeepsWaiting:
                return QStringLiteral("keeps-waiting");
            case Forking::CancelsOthers:
                return QStringLiteral("cancels-others");
            case Forking::None:
                break;
            }
            return QString();
        };
        // Order the pair so one sentence covers both directions.
        const bool aFirst = fa < fb;
        const Forking low = std::min(fa, fb);
        const Forking high = std::max(fa, fb);
        const QString first = aFirst ? a : b;
        const QString second = aFirst ? b : a;
        QString text;
        if (low == Forking::KeepsWaiting && high == Forking::CancelsOthers)
            text = tr("A forking proxy that receives %1 keeps waiting for its other branches; on "
                      "%2 it cancels "
                      "every other branch and forwards %2 (RFC 3261 §16.7).")
                       .arg(first, second);
        else if (low == Forking::Passes && high == Forking::CancelsOthers)
            text = tr("A forking proxy passes %1 upstream and keeps every branch alive; on %2 it "
                      "cancels every "
                      "other branch (RFC 3261 §16.7).")
                       .arg(first, second);
        else
            text = tr("A forking proxy passes %1 upstream and keeps every branch alive; %2 ends "
                      "only its own "
                      "branch, and the proxy keeps waiting for the others (RFC 3261 §16.7).")
                       .arg(first, second);
        list.append({QStringLiteral("forking"), key(fa), key(fb), text});
    }

    if (m_a.retry != m_b.retry)
        list.append(
            {QStringLiteral("retry"), Entry::retryKey(m_a.retry), Entry::retryKey(m_b.retry),
             //: %1 and %3 are codes; %2 and %4 retry advice ("Retry later")
             tr("After %1: %2. After %3: %4.").arg(a, m_a.retryLabel(), b, m_b.retryLabel())});

    const bool ra = hasHeader(m_a, u"Retry-After");
    const bool rb = hasHeader(m_b, u"Retry-After");
    if (ra != rb)
        list.append({QStringLiteral("retryAfter"),
                     ra ? QStringLiteral("yes") : QStringLiteral("no"),
                     rb ? QStringLiteral("yes") : QStringLiteral("no"),
                     tr("%1 may carry Retry-After to say when to try again; %2 does not use it.")
                         .arg(ra ? a : b, ra ? b : a)});

    if (m_a.senders != m_b.senders)
        list.append({QStringLiteral("sentBy"), m_a.senderLabels().join(QStringLiteral(", ")),
                     m_b.senderLabels().join(QStringLiteral(", ")),
                     tr("%1 typically comes from: %2. %3 typically comes from: %4.")
                         .arg(a, m_a.senderLabels().join(QStringLiteral(", ")), b,
                              m_b.senderLabels().join(QStringLiteral(", ")))});

    const QStringList ha = headerNames(m_a);
    const QStringList hb = headerNames(m_b);
    if (ha != hb && !(ha.isEmpty() && hb.isEmpty())) {
        const QString none = tr("no particular header");
        const QString la = ha.isEmpty() ? none : ha.join(QStringLiteral(", "));
        const QString lb = hb.isEmpty() ? none : hb.join(QStringLiteral(", "));
        list.append({QStringLiteral("headers"), ha.join(QStringLiteral(", ")),
                     hb.join(QStringLiteral(", ")),
                     tr("Headers to inspect: %1 for %2; %3 for %4.").arg(la, a, lb, b)});
    }

    const QString ma = mappingPhrase(m_a);
    const QString mb = mappingPhrase(m_b);
    if (ma != mb && !(ma.isEmpty() && mb.isEmpty())) {
        const QString none = tr("no cause");
        list.append({QStringLiteral("q850"), ma, mb,
                     tr("A gateway maps %1 to %2 and %3 to %4 (RFC 3398 §8.2.6.1).")
                         .arg(a, ma.isEmpty() ? none : ma, b, mb.isEmpty() ? none : mb)});
    }

    if (m_a.status != m_b.status)
        list.append({QStringLiteral("status"), Entry::statusKey(m_a.status),
                     Entry::statusKey(m_b.status),
                     tr("%1 is %2, while %3 is %4.")
                         .arg(a, statusPhrase(m_a.status), b, statusPhrase(m_b.status))});
    return list;
}

QStringList Comparison::commonGround() const {
    QStringList common;
    const QString a = codeName(m_a);
    const QString b = codeName(m_b);
    if (m_a.retry == m_b.retry && m_a.id.family == Family::Sip && m_b.id.family == Family::Sip)
        common.append(tr("For both %1 and %2: %3.").arg(a, b, m_a.retryLabel()));
    if (hasHeader(m_a, u"Retry-After") && hasHeader(m_b, u"Retry-After"))
        common.append(tr("Both may carry Retry-After to say when to try again."));
    const QString ma = mappingPhrase(m_a);
    if (!ma.isEmpty() && ma == mappingPhrase(m_b))
        common.append(tr("A gateway maps both to %1 (RFC 3398 §8.2.6.1).").arg(ma));
    return common;
}

QStringList Comparison::whenToUseWhich() const {
    if (m_curated)
        return {m_curated->text(m_curated->implementer, "implementer"),
                m_curated->text(m_curated->troubleshooter, "troubleshooter")};

    QStringList advice;
    const auto implementer = [](const Entry &entry) {
        if (entry.id.family == Family::Sip)
            //: %1 a code, %2 its one-line summary (a whole sentence)
            return tr("Send %1 when this describes the situation: %2")
                .arg(entry.title(), entry.summaryText());
        return tr("%1 fits this situation: %2").arg(entry.title(), entry.summaryText());
    };
    const auto troubleshooter = [](const Entry &entry) {
        const QStringList steps = entry.howToFixText();
        //: %1 a code, %2 who sends it, %3 the first step of how to fix it (a whole sentence)
        return tr("In a trace, %1 usually comes from: %2. Start with this step: %3")
            .arg(codeName(entry), entry.senderLabels().join(QStringLiteral(", ")), steps.value(0));
    };
    advice.append(implementer(m_a) + u' ' + implementer(m_b));
    advice.append(troubleshooter(m_a) + u' ' + troubleshooter(m_b));
    return advice;
}

QList<Reference> Comparison::learnMore() const {
    QList<Reference> refs;
    for (const Entry *entry : {&m_a, &m_b})
        for (const Reference &reference : entry->references)
            if (std::none_of(refs.begin(), refs.end(),
                             [&](const Reference &r) { return r.label() == reference.label(); }))
                refs.append(reference);
    return refs;
}

QString Comparison::toText() const {
    QString out;
    //: Title of a comparison: two codes with their names
    out +=
        tr("%1 vs %2").arg(Formatter::titleWithGloss(m_a), Formatter::titleWithGloss(m_b)) + u'\n';
    out += u'\n' + Formatter::wrap(summary(), 78) + u'\n';
    out += u'\n' + headingDifferences() + u'\n';
    const QList<Difference> diffs = differences();
    for (qsizetype i = 0; i < diffs.size(); ++i)
        out +=
            QStringLiteral("  %1. ").arg(i + 1) + Formatter::wrap(diffs.at(i).text, 78, 5) + u'\n';
    const QStringList common = commonGround();
    if (!common.isEmpty()) {
        out += u'\n' + headingCommon() + u'\n';
        for (const QString &line : common)
            out += QStringLiteral("  - ") + Formatter::wrap(line, 78, 4) + u'\n';
    }
    for (const Entry *entry : {&m_a, &m_b}) {
        out += u'\n' + entry->title() + u'\n';
        out += QStringLiteral("  ") + Formatter::headingMeaning() + u'\n' + QStringLiteral("    ") +
               Formatter::wrap(entry->descriptionText(), 78, 4) + u'\n';
        out += QStringLiteral("  ") + Formatter::headingSeenWhen() + u'\n' +
               QStringLiteral("    ") + Formatter::wrap(entry->seenWhenText(), 78, 4) + u'\n';
        out += QStringLiteral("  ") + Formatter::headingHowToFix() + u'\n';
        const QStringList steps = entry->howToFixText();
        for (qsizetype i = 0; i < steps.size(); ++i)
            out +=
                QStringLiteral("    %1. ").arg(i + 1) + Formatter::wrap(steps.at(i), 78, 7) + u'\n';
    }
    out += u'\n' + headingWhenToUse() + u'\n';
    for (const QString &line : whenToUseWhich())
        out += QStringLiteral("  ") + Formatter::wrap(line, 78, 2) + u'\n';
    out += u'\n' + Formatter::headingReferences() + u'\n';
    for (const Reference &reference : learnMore())
        out += Formatter::referenceText(reference);
    return out;
}

QString Comparison::toMarkdown() const {
    QString out =
        QStringLiteral("## ") +
        tr("%1 vs %2").arg(Formatter::titleWithGloss(m_a), Formatter::titleWithGloss(m_b)) +
        QStringLiteral("\n\n") + summary() + u'\n';
    out += QStringLiteral("\n### ") + headingDifferences() + QStringLiteral("\n\n");
    for (const Difference &d : differences())
        out += QStringLiteral("- ") + d.text + u'\n';
    const QStringList common = commonGround();
    if (!common.isEmpty()) {
        out += QStringLiteral("\n### ") + headingCommon() + QStringLiteral("\n\n");
        for (const QString &line : common)
            out += QStringLiteral("- ") + line + u'\n';
    }
    out += QStringLiteral("\n| | ") + m_a.title() + QStringLiteral(" | ") + m_b.title() +
           QStringLiteral(" |\n|---|---|---|\n");
    const auto row = [&out](const QString &heading, const QString &x, const QString &y) {
        QString cx = x;
        QString cy = y;
        out += QStringLiteral("| **") + heading + QStringLiteral("** | ") +
               cx.replace(u'|', QStringLiteral("\\|")) + QStringLiteral(" | ") +
               cy.replace(u'|', QStringLiteral("\\|")) + QStringLiteral(" |\n");
    };
    row(Formatter::headingMeaning(), m_a.descriptionText(), m_b.descriptionText());
    row(Formatter::headingSeenWhen(), m_a.seenWhenText(), m_b.seenWhenText());
    row(Formatter::headingHowToFix(), m_a.howToFixText().join(u' '), m_b.howToFixText().join(u' '));
    out += QStringLiteral("\n### ") + headingWhenToUse() + QStringLiteral("\n\n");
    for (const QString &line : whenToUseWhich())
        out += line + QStringLiteral("\n\n");
    out += QStringLiteral("### ") + Formatter::headingReferences() + QStringLiteral("\n\n");
    for (const Reference &reference : learnMore())
        out += Formatter::referenceMarkdown(reference);
    return out;
}

QJsonObject Comparison::toJson() const {
    const Formatter formatter(m_catalog);
    QJsonObject o;
    o.insert(u"a", formatter.entryJson(m_a));
    o.insert(u"b", formatter.entryJson(m_b));
    o.insert(u"summary", summary());
    QJsonArray diffs;
    for (const Difference &d : differences()) {
        QJsonObject j;
        j.insert(u"attribute", d.attribute);
        j.insert(u"a", d.a);
        j.insert(u"b", d.b);
        j.insert(u"text", d.text);
        diffs.append(j);
    }
    o.insert(u"differences", diffs);
    o.insert(u"commonGround", QJsonArray::fromStringList(commonGround()));
    o.insert(u"whenToUseWhich", QJsonArray::fromStringList(whenToUseWhich()));
    QJsonArray refs;
    for (const Reference &reference : learnMore())
        refs.append(Formatter::referenceJson(reference));
    o.insert(u"learnMore", refs);
    return o;
}

QString Comparison::toHtml() const {
    // Side by side, each section is a two-column table of its own; what spans both sides is
    // plain blocks between them, indented like the cells' text. (One table around everything
    // made QTextDocument lay the full-width prose out as table cells: 52 M instructions per
    // comparison opened, most of the view's time.)
    QString h;
    const QString wideStart = QStringLiteral("<div style=\"margin-left:6px; margin-right:6px\">");
    const QString wideEnd = QStringLiteral("</div>");
    const auto sideBySide = [&h](const QString &x, const QString &y) {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">"
                            "<tr><td width=\"50%\" valign=\"top\">") +
             x + QStringLiteral("</td><td width=\"50%\" valign=\"top\">") + y +
             QStringLiteral("</td></tr></table>");
    };
    const auto pair = [&](const QString &heading, const QString &x, const QString &y) {
        h += wideStart + Formatter::sectionHeading(heading) + wideEnd;
        sideBySide(x, y);
    };
    const auto wide = [&](const QString &heading, const QString &body) {
        h += wideStart + Formatter::sectionHeading(heading) + body + wideEnd;
    };
    const auto header = [](const Entry &e) -> QString {
        QString s = QStringLiteral("<h2><a href=\"") + Formatter::linkFor(e.id) +
                    QStringLiteral("\">") + esc(e.title()) + QStringLiteral("</a></h2>");
        if (const QString gloss = e.reasonGloss(); !gloss.isEmpty())
            s += QStringLiteral("<i>") + esc(gloss) + QStringLiteral("</i><br>");
        return s + QStringLiteral("<b>[") + esc(e.classMarker()) + QStringLiteral("]</b> ") +
               esc(e.classLabel());
    };
    sideBySide(header(m_a), header(m_b));
    h += wideStart + QStringLiteral("<p>") + esc(summary()) + QStringLiteral("</p>") + wideEnd;

    QString diffs = QStringLiteral("<ol>");
    for (const Difference &d : differences())
        diffs += QStringLiteral("<li>") + esc(d.text) + QStringLiteral("</li>");
    diffs += QStringLiteral("</ol>");
    const QStringList common = commonGround();
    if (!common.isEmpty()) {
        diffs += QStringLiteral("<p><b>") + esc(headingCommon()) + QStringLiteral("</b></p><ul>");
        for (const QString &line : common)
            diffs += QStringLiteral("<li>") + esc(line) + QStringLiteral("</li>");
        diffs += QStringLiteral("</ul>");
    }
    wide(headingDifferences(), diffs);
    const auto para = [](const QString &text) -> QString {
        return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
    };
    const auto steps = [](const Entry &e) -> QString {
        QString s = QStringLiteral("<ol>");
        for (const QString &step : e.howToFixText())
            s += QStringLiteral("<li>") + esc(step) + QStringLiteral("</li>");
        return s + QStringLiteral("</ol>");
    };
    pair(Formatter::headingMeaning(), para(m_a.descriptionText()), para(m_b.descriptionText()));
    pair(Formatter::headingSeenWhen(), para(m_a.seenWhenText()), para(m_b.seenWhenText()));
    pair(Formatter::headingHowToFix(), steps(m_a), steps(m_b));
    QString use;
    for (const QString &line : whenToUseWhich())
        use += para(line);
    wide(headingWhenToUse(), use);
    const auto refs = [](const Entry &e) -> QString {
        QString s = QStringLiteral("<ul>");
        for (const Reference &r : e.references)
            s += Formatter::referenceHtml(r);
        return s + QStringLiteral("</ul>");
    };
    pair(Formatter::headingReferences(), refs(m_a), refs(m_b));
    return h;
}
