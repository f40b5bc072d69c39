#include "formatter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QString csvField(const QString &value) {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString esc(const QString &text) {
    return text.toHtmlEscaped();
}

} // namespace

QString Formatter::headingMeaning() {
    //: Section heading in an entry: the description of the code
    return tr("What it means");
}
QString Formatter::headingSeenWhen() {
    //: Section heading: real situations where the code shows up in a trace
    return tr("When you see it");
}
QString Formatter::headingHowToFix() {
    return tr("How to fix it");
}
QString Formatter::headingSentBy() {
    return tr("Who sends it");
}
QString Formatter::headingHeaders() {
    return tr("Headers to inspect");
}
QString Formatter::headingRetry() {
    return tr("Retry and failover");
}
QString Formatter::headingMapping() {
    return tr("Mapping (RFC 3398)");
}
QString Formatter::headingRelated() {
    return tr("Related codes");
}
QString Formatter::headingReferences() {
    //: Section heading: the defining documents, with links
    return tr("Learn more");
}
QString Formatter::tooltip(const QString &text) {
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped() +
           QStringLiteral("</p>");
}

QString Formatter::sectionHeading(const QString &text) {
    return QStringLiteral("<h3 style=\"font-size:medium\">") + text.toHtmlEscaped() +
           QStringLiteral("</h3>");
}

QString Formatter::headingTeamNotes() {
    //: Heading of the notes a team added itself (overlay files); "local" as in not built in
    return tr("Team notes (local)");
}

QString Formatter::localOrigin(const Entry &entry) {
    //: Marks an entry a team added itself; %1 is the overlay file it came from
    return tr("Local entry from %1").arg(entry.originFile);
}

QString Formatter::headingStatus() {
    return tr("Status");
}

QString Formatter::referenceText(const Reference &reference) {
    if (reference.url().isEmpty())
        return QStringLiteral("  ") + reference.label() + u'\n';
    return QStringLiteral("  ") + reference.label() + QStringLiteral("  <") + reference.url() +
           QStringLiteral(">\n");
}

QString Formatter::referenceMarkdown(const Reference &reference) {
    if (reference.url().isEmpty())
        return QStringLiteral("- ") + reference.label() + u'\n';
    return QStringLiteral("- [") + reference.label() + QStringLiteral("](") + reference.url() +
           QStringLiteral(")\n");
}

QString Formatter::referenceHtml(const Reference &reference) {
    if (reference.url().isEmpty())
        return QStringLiteral("<li>") + esc(reference.label()) + QStringLiteral("</li>");
    return QStringLiteral("<li><a href=\"") + esc(reference.url()) + QStringLiteral("\">") +
           esc(reference.label()) + QStringLiteral("</a></li>");
}

QJsonObject Formatter::referenceJson(const Reference &reference) {
    QJsonObject r;
    r.insert(u"label", reference.label());
    if (!reference.url().isEmpty())
        r.insert(u"url", reference.url());
    return r;
}

QString Formatter::linkFor(CodeId id) {
    return QStringLiteral("sipcodes:") + id.toString();
}

QString Formatter::titleWithGloss(const Entry &entry) {
    const QString gloss = entry.reasonGloss();
    if (gloss.isEmpty())
        return entry.title();
    //: An entry title followed by the translated reason phrase: %1 title, %2 translation
    return tr("%1 (%2)").arg(entry.title(), gloss);
}

QString Formatter::wrap(const QString &text, int width, int indent) {
    // The caller has already written `indent` columns (a prefix such as "  1. ") on the first line.
    QString result;
    const QString pad(indent, u' ');
    qsizetype column = indent;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (column > indent && column + 1 + word.size() > width) {
            result += u'\n' + pad;
            column = indent;
        } else if (!result.isEmpty()) {
            result += u' ';
            ++column;
        }
        result += word;
        column += word.size();
    }
    return result;
}

QString Formatter::relatedLabel(const RelatedCode &related) const {
    if (const Entry *target = m_catalog.find(related.id))
        return target->title();
    return related.id.toString();
}

QString Formatter::mappingCaption(const Entry &entry) const {
    if (entry.id.family == Family::Sip)
        //: Caption over the Q.850 causes a SIP response maps to
        return tr("Q.850 cause a gateway sends for this response (RFC 3398 §8.2.6.1)");
    return tr("SIP response a gateway sends for this cause (RFC 3398 §7.2.4.1)");
}

QList<Formatter::MappingLine> Formatter::mappings(const Entry &entry) const {
    QList<MappingLine> lines;
    const auto add = [&](const MappingRow &row, bool deviation) {
        const CodeId target = entry.id.family == Family::Sip ? CodeId{Family::Q850, row.cause}
                                                             : CodeId{Family::Sip, row.sipCode};
        const Entry *t = target.code > 0 ? m_catalog.find(target) : nullptr;
        QString label = t ? t->title() : target.toString();
        if (target.code == 0)
            label =
                entry.id.family == Family::Sip ? tr("No fixed Q.850 cause") : tr("No SIP response");
        lines.append(MappingLine{target, label, row.noteText(), deviation, row.implementation});
    };
    if (entry.id.family == Family::Sip) {
        for (const MappingRow &row : m_catalog.causesForSip(entry.id.code))
            add(row, false);
        for (const MappingRow &row : m_catalog.deviationsForSip(entry.id.code))
            add(row, true);
    } else if (entry.id.family == Family::Q850) {
        for (const MappingRow &row : m_catalog.sipForCause(entry.id.code))
            add(row, false);
        for (const MappingRow &row : m_catalog.deviationsForCause(entry.id.code))
            add(row, true);
    }
    return lines;
}

QString Formatter::entryText(const Entry &entry) const {
    QString out;
    const auto section = [&out](const QString &heading, const QString &body) {
        if (body.isEmpty())
            return;
        out += u'\n' + heading + u'\n' + QStringLiteral("  ") + wrap(body, 78, 2) + u'\n';
    };

    out += titleWithGloss(entry) + u'\n';
    //: Under the title: %1 the class, %2 the standards status
    out += tr("%1 · %2").arg(entry.classLabel(), entry.statusLabel()) + u'\n';
    if (entry.origin == Origin::Local)
        out += localOrigin(entry) + u'\n';
    out += u'\n' + wrap(entry.summaryText(), 78) + u'\n';
    if (!entry.teamNotes.isEmpty()) {
        out += u'\n' + headingTeamNotes() + u'\n';
        for (const TeamNote &note : entry.teamNotes)
            out += QStringLiteral("  - ") +
                   wrap(note.text + QStringLiteral(" (") + note.file + u')', 78, 4) + u'\n';
    }
    if (entry.status != Status::Current)
        section(headingStatus(),
                entry.statusLabel() + QStringLiteral(": ") + entry.statusNoteText());
    section(headingMeaning(), entry.descriptionText());
    section(headingSeenWhen(), entry.seenWhenText());

    const QStringList steps = entry.howToFixText();
    if (!steps.isEmpty()) {
        out += u'\n' + headingHowToFix() + u'\n';
        for (qsizetype i = 0; i < steps.size(); ++i)
            out += QStringLiteral("  %1. ").arg(i + 1) + wrap(steps.at(i), 78, 5) + u'\n';
    }

    section(headingSentBy(), entry.senderLabels().join(QStringLiteral(", ")) +
                                 QStringLiteral(". ") + entry.sentByText());
    if (!entry.headers.isEmpty()) {
        out += u'\n' + headingHeaders() + u'\n';
        for (const HeaderNote &header : entry.headers)
            out += QStringLiteral("  ") +
                   wrap(header.name + QStringLiteral(": ") + entry.headerNoteText(header), 78, 4) +
                   u'\n';
    }
    section(headingRetry(), entry.retryLabel() + QStringLiteral(". ") + entry.retryNoteText());

    const QList<MappingLine> maps = mappings(entry);
    if (!maps.isEmpty()) {
        out +=
            u'\n' + headingMapping() + u'\n' + QStringLiteral("  ") + mappingCaption(entry) + u'\n';
        for (const MappingLine &m : maps) {
            QString line = m.label;
            if (m.deviation)
                //: A mapping an implementation uses instead of the RFC's: %1 implementation, %2
                //: mapping
                line = tr("%1 uses %2 instead").arg(m.implementation, m.label);
            if (!m.note.isEmpty())
                line += QStringLiteral(": ") + m.note;
            out += QStringLiteral("  - ") + wrap(line, 78, 4) + u'\n';
        }
    }

    if (!entry.related.isEmpty()) {
        out += u'\n' + headingRelated() + u'\n';
        for (const RelatedCode &related : entry.related)
            out +=
                QStringLiteral("  - ") +
                wrap(relatedLabel(related) + QStringLiteral(": ") + entry.relatedNoteText(related),
                     78, 4) +
                u'\n';
    }
    if (!entry.references.isEmpty()) {
        out += u'\n' + headingReferences() + u'\n';
        for (const Reference &reference : entry.references)
            out += referenceText(reference);
    }
    return out;
}

QString Formatter::entryMarkdown(const Entry &entry) const {
    QString out;
    const auto section = [&out](const QString &heading, const QString &body) {
        if (!body.isEmpty())
            out += QStringLiteral("\n### ") + heading + QStringLiteral("\n\n") + body + u'\n';
    };
    out += QStringLiteral("## ") + titleWithGloss(entry) + QStringLiteral("\n\n");
    out +=
        u'*' + tr("%1 · %2").arg(entry.classLabel(), entry.statusLabel()) + QStringLiteral("*\n\n");
    if (entry.origin == Origin::Local)
        out += u'*' + localOrigin(entry) + QStringLiteral("*\n\n");
    out += entry.summaryText() + u'\n';
    if (!entry.teamNotes.isEmpty()) {
        out += QStringLiteral("\n### ") + headingTeamNotes() + QStringLiteral("\n\n");
        for (const TeamNote &note : entry.teamNotes)
            out += QStringLiteral("- ") + note.text + QStringLiteral(" (") + note.file +
                   QStringLiteral(")\n");
    }
    if (entry.status != Status::Current)
        section(headingStatus(),
                entry.statusLabel() + QStringLiteral(": ") + entry.statusNoteText());
    section(headingMeaning(), entry.descriptionText());
    section(headingSeenWhen(), entry.seenWhenText());
    const QStringList steps = entry.howToFixText();
    if (!steps.isEmpty()) {
        out += QStringLiteral("\n### ") + headingHowToFix() + QStringLiteral("\n\n");
        for (qsizetype i = 0; i < steps.size(); ++i)
            out += QStringLiteral("%1. ").arg(i + 1) + steps.at(i) + u'\n';
    }
    section(headingSentBy(), entry.senderLabels().join(QStringLiteral(", ")) +
                                 QStringLiteral(". ") + entry.sentByText());
    if (!entry.headers.isEmpty()) {
        out += QStringLiteral("\n### ") + headingHeaders() + QStringLiteral("\n\n");
        for (const HeaderNote &header : entry.headers)
            out += QStringLiteral("- `") + header.name + QStringLiteral("`: ") +
                   entry.headerNoteText(header) + u'\n';
    }
    section(headingRetry(), QStringLiteral("**") + entry.retryLabel() + QStringLiteral(".** ") +
                                entry.retryNoteText());
    const QList<MappingLine> maps = mappings(entry);
    if (!maps.isEmpty()) {
        out += QStringLiteral("\n### ") + headingMapping() + QStringLiteral("\n\n") +
               mappingCaption(entry) + QStringLiteral("\n\n");
        for (const MappingLine &m : maps) {
            QString line = m.label;
            if (m.deviation)
                line = tr("%1 uses %2 instead").arg(m.implementation, m.label);
            if (!m.note.isEmpty())
                line += QStringLiteral(": ") + m.note;
            out += QStringLiteral("- ") + line + u'\n';
        }
    }
    if (!entry.related.isEmpty()) {
        out += QStringLiteral("\n### ") + headingRelated() + QStringLiteral("\n\n");
        for (const RelatedCode &related : entry.related)
            out += QStringLiteral("- **") + relatedLabel(related) + QStringLiteral("**: ") +
                   entry.relatedNoteText(related) + u'\n';
    }
    if (!entry.references.isEmpty()) {
        out += QStringLiteral("\n### ") + headingReferences() + QStringLiteral("\n\n");
        for (const Reference &reference : entry.references)
            out += referenceMarkdown(reference);
    }
    return out;
}

QJsonObject Formatter::entryJson(const Entry &entry) const {
    QJsonObject o;
    o.insert(u"family", CodeId::familyKey(entry.id.family));
    o.insert(u"code", entry.id.code);
    o.insert(u"id", entry.id.toString());
    o.insert(u"reason", entry.reason);
    if (const QString gloss = entry.reasonGloss(); !gloss.isEmpty())
        o.insert(u"reasonGloss", gloss);
    // SIP: "4xx"; Q.850: the cause class number (1 normal event ... 7 interworking); warnings:
    // "warning".
    if (entry.id.family == Family::Q850)
        o.insert(u"class", entry.codeClass());
    else if (entry.id.family == Family::Warning)
        o.insert(u"class", QStringLiteral("warning"));
    else
        o.insert(u"class", entry.classMarker());
    o.insert(u"classLabel", entry.classLabel());
    o.insert(u"final", entry.isFinal());
    o.insert(u"status", Entry::statusKey(entry.status));
    if (!entry.statusNote.isEmpty())
        o.insert(u"statusNote", entry.statusNoteText());
    QJsonArray rfcs;
    QJsonArray references;
    for (const Reference &reference : entry.references) {
        rfcs.append(reference.label());
        references.append(referenceJson(reference));
    }
    o.insert(u"rfcs", rfcs);
    o.insert(u"references", references);
    o.insert(u"summary", entry.summaryText());
    o.insert(u"description", entry.descriptionText());
    o.insert(u"seenWhen", entry.seenWhenText());
    o.insert(u"howToFix", QJsonArray::fromStringList(entry.howToFixText()));
    o.insert(u"sentBy", entry.sentByText());
    QJsonArray senders;
    for (const Role role : entry.senders)
        senders.append(Entry::roleKey(role));
    o.insert(u"senders", senders);
    QJsonArray headers;
    for (const HeaderNote &header : entry.headers) {
        QJsonObject h;
        h.insert(u"name", header.name);
        h.insert(u"note", entry.headerNoteText(header));
        headers.append(h);
    }
    o.insert(u"headers", headers);
    o.insert(u"retry", entry.retryNoteText());
    o.insert(u"retryPolicy", Entry::retryKey(entry.retry));
    QJsonArray related;
    for (const RelatedCode &r : entry.related) {
        QJsonObject j;
        j.insert(u"family", CodeId::familyKey(r.id.family));
        j.insert(u"code", r.id.code);
        j.insert(u"note", entry.relatedNoteText(r));
        related.append(j);
    }
    o.insert(u"related", related);

    QJsonArray mapped;
    for (const MappingLine &m : mappings(entry)) {
        if (m.deviation)
            continue;
        QJsonObject j;
        j.insert(entry.id.family == Family::Sip ? u"cause" : u"code",
                 m.target.code > 0 ? QJsonValue(m.target.code) : QJsonValue(QJsonValue::Null));
        j.insert(u"note", m.note);
        mapped.append(j);
    }
    if (entry.id.family == Family::Sip)
        o.insert(u"q850", mapped);
    else if (entry.id.family == Family::Q850)
        o.insert(u"sip", mapped);
    if (entry.origin == Origin::Local) {
        o.insert(u"local", true);
        o.insert(u"localFile", entry.originFile);
    }
    if (!entry.teamNotes.isEmpty()) {
        QJsonArray notes;
        for (const TeamNote &note : entry.teamNotes)
            notes.append(QJsonObject{{QStringLiteral("text"), note.text},
                                     {QStringLiteral("file"), note.file}});
        o.insert(u"teamNotes", notes);
    }
    return o;
}

QString Formatter::entryHtml(const Entry &entry) const {
    QString h;
    h += QStringLiteral("<h2>") + esc(entry.title()) + QStringLiteral("</h2>");
    if (const QString gloss = entry.reasonGloss(); !gloss.isEmpty())
        h += QStringLiteral("<p><i>") + esc(gloss) + QStringLiteral("</i></p>");
    h += QStringLiteral("<p><b>[") + esc(entry.classMarker()) + QStringLiteral("]</b> ") +
         esc(entry.classLabel());
    if (entry.id.family == Family::Sip)
        h += QStringLiteral(" · ") +
             esc(entry.isFinal() ? tr("Final response") : tr("Provisional response"));
    h += QStringLiteral(" · ") + esc(entry.statusLabel()) + QStringLiteral("</p>");
    if (entry.origin == Origin::Local)
        h += QStringLiteral("<p><b>✎ ") + esc(localOrigin(entry)) + QStringLiteral("</b></p>");
    h += QStringLiteral("<p>") + esc(entry.summaryText()) + QStringLiteral("</p>");
    if (!entry.teamNotes.isEmpty()) {
        // Notes are the team's own words: escaped like everything else, never markup.
        h += sectionHeading(QStringLiteral("✎ ") + headingTeamNotes()) + QStringLiteral("<ul>");
        for (const TeamNote &note : entry.teamNotes)
            h += QStringLiteral("<li>") + esc(note.text) + QStringLiteral(" <i>(") +
                 esc(note.file) + QStringLiteral(")</i></li>");
        h += QStringLiteral("</ul>");
    }
    if (entry.status != Status::Current)
        h += QStringLiteral("<p><b>") + esc(entry.statusLabel()) + QStringLiteral(":</b> ") +
             esc(entry.statusNoteText()) + QStringLiteral("</p>");

    const auto section = [&h](const QString &heading, const QString &bodyHtml) {
        h += sectionHeading(heading) + bodyHtml;
    };
    const auto para = [](const QString &text) -> QString {
        return QStringLiteral("<p>") + esc(text) + QStringLiteral("</p>");
    };

    section(headingMeaning(), para(entry.descriptionText()));
    section(headingSeenWhen(), para(entry.seenWhenText()));
    QString steps = QStringLiteral("<ol>");
    for (const QString &step : entry.howToFixText())
        steps += QStringLiteral("<li>") + esc(step) + QStringLiteral("</li>");
    section(headingHowToFix(), steps + QStringLiteral("</ol>"));
    section(headingSentBy(),
            QStringLiteral("<p><b>") + esc(entry.senderLabels().join(QStringLiteral(", "))) +
                QStringLiteral(".</b> ") + esc(entry.sentByText()) + QStringLiteral("</p>"));
    if (!entry.headers.isEmpty()) {
        QString list = QStringLiteral("<ul>");
        for (const HeaderNote &header : entry.headers)
            list += QStringLiteral("<li><b>") + esc(header.name) + QStringLiteral("</b>: ") +
                    esc(entry.headerNoteText(header)) + QStringLiteral("</li>");
        section(headingHeaders(), list + QStringLiteral("</ul>"));
    }
    section(headingRetry(), QStringLiteral("<p><b>") + esc(entry.retryLabel()) +
                                QStringLiteral(".</b> ") + esc(entry.retryNoteText()) +
                                QStringLiteral("</p>"));
    const QList<MappingLine> maps = mappings(entry);
    if (!maps.isEmpty()) {
        QString list =
            QStringLiteral("<p>") + esc(mappingCaption(entry)) + QStringLiteral("</p><ul>");
        for (const MappingLine &m : maps) {
            const QString link =
                m.target.code == 0
                    ? esc(m.label)
                    : QString(QStringLiteral("<a href=\"") + linkFor(m.target) +
                              QStringLiteral("\">") + esc(m.label) + QStringLiteral("</a>"));

            QString line =
                m.deviation ? tr("%1 uses %2 instead").arg(esc(m.implementation), link) : link;
            if (!m.note.isEmpty())
                line += QStringLiteral(": ") + esc(m.note);
            list += QStringLiteral("<li>") + line + QStringLiteral("</li>");
        }
        section(headingMapping(), list + QStringLiteral("</ul>"));
    }
    if (!entry.related.isEmpty()) {
        QString list = QStringLiteral("<ul>");
        for (const RelatedCode &related : entry.related)
            list += QStringLiteral("<li><a href=\"") + linkFor(related.id) + QStringLiteral("\">") +
                    esc(relatedLabel(related)) + QStringLiteral("</a>: ") +
                    esc(entry.relatedNoteText(related)) + QStringLiteral("</li>");
        section(headingRelated(), list + QStringLiteral("</ul>"));
    }
    if (!entry.references.isEmpty()) {
        QString list = QStringLiteral("<ul>");
        for (const Reference &reference : entry.references)
            list += referenceHtml(reference);
        section(headingReferences(), list + QStringLiteral("</ul>"));
    }
    return h;
}

QString Formatter::entries(const QList<const Entry *> &list, Format format) const {
    switch (format) {
    case Format::Json: {
        QJsonArray array;
        for (const Entry *entry : list)
            array.append(entryJson(*entry));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    case Format::Markdown: {
        QStringList parts;
        for (const Entry *entry : list)
            parts.append(entryMarkdown(*entry));
        return parts.join(u'\n');
    }
    case Format::Text:
    case Format::Csv: {
        QStringList parts;
        for (const Entry *entry : list)
            parts.append(entryText(*entry));
        return parts.join(u'\n');
    }
    }
    return {};
}

QString Formatter::list(const QList<const Entry *> &list, Format format) const {
    switch (format) {
    case Format::Json:
        return entries(list, format);
    case Format::Csv: {
        QString out = QStringLiteral("family,code,reason,class,status,summary\n");
        for (const Entry *e : list)
            out += CodeId::familyKey(e->id.family) + u',' + QString::number(e->id.code) + u',' +
                   csvField(e->reason) + u',' + csvField(e->classMarker()) + u',' +
                   Entry::statusKey(e->status) + u',' + csvField(e->summaryText()) + u'\n';
        return out;
    }
    case Format::Markdown:
    case Format::Text: {
        QString out;
        for (const Entry *e : list) {
            const QString code =
                e->id.family == Family::Sip ? QString::number(e->id.code) : e->id.toString();
            out += code.leftJustified(12) + e->reason;
            if (e->status != Status::Current)
                out += QStringLiteral("  [") + e->statusLabel() + u']';
            out += u'\n';
        }
        return out;
    }
    }
    return {};
}
