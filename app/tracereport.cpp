#include "tracereport.h"

#include "formatter.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <climits>

namespace {

int clampToInt(qint64 value) {
    return static_cast<int>(std::min<qint64>(value, INT_MAX));
}

// Text from a trace in a Markdown table cell: nothing in it may become markup or a link.
QString markdownCell(const QString &text) {
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'<')
            escaped += QStringLiteral("&lt;");
        else if (c == u'>')
            escaped += QStringLiteral("&gt;");
        else if (c == u'&')
            escaped += QStringLiteral("&amp;");
        else if (QStringView(u"\\`*_[]|#!").contains(c))
            escaped += u'\\' + QString(c);
        else
            escaped += c;
    }
    return escaped;
}

QString joinNumbers(const QList<int> &numbers) {
    QStringList parts;
    for (int n : numbers)
        parts.append(QString::number(n));
    return parts.join(QStringLiteral(", "));
}

} // namespace

void TraceReport::add(const TraceFinding &finding) {
    ++m_count;
    if (finding.flags)
        ++m_flagged;
    if (finding.kind == TraceFinding::Kind::Status) {
        if (finding.code >= 300 && finding.code <= 699 &&
            !finding.flags.testFlag(TraceFinding::Malformed)) {
            m_failure = finding;
            m_failureDetails.clear();
        } else if (finding.code >= 200 && finding.code < 300) {
            m_success = finding;
            m_successDetails.clear();
        }
        return;
    }
    if (m_failure && finding.message == m_failure->message)
        m_failureDetails.append(finding);
    else if (m_success && finding.message == m_success->message)
        m_successDetails.append(finding);
}

void TraceReport::add(const QList<TraceFinding> &findings) {
    for (const TraceFinding &finding : findings)
        add(finding);
}

void TraceReport::clear() {
    m_count = 0;
    m_flagged = 0;
    m_failure.reset();
    m_failureDetails.clear();
    m_success.reset();
    m_successDetails.clear();
}

const TraceFinding *TraceReport::finalResponse() const {
    if (m_failure)
        return &*m_failure;
    return m_success ? &*m_success : nullptr;
}

const QList<TraceFinding> &TraceReport::finalDetails() const {
    return m_failure ? m_failureDetails : m_successDetails;
}

QString TraceReport::kindLabel(TraceFinding::Kind kind) {
    switch (kind) {
    case TraceFinding::Kind::Status:
        //: Decoder: a finding that is a SIP status line ("SIP/2.0 486 Busy Here")
        return tr("Status line");
    case TraceFinding::Kind::Reason:
        //: Decoder: a finding from a Reason header (RFC 3326); the header's name may stay English
        return tr("Reason");
    case TraceFinding::Kind::Warning:
        //: Decoder: a finding from a Warning header; the header's name may stay English
        return tr("Warning");
    case TraceFinding::Kind::RetryAfter:
        //: Decoder: a finding from a Retry-After header; the header's name may stay English
        return tr("Retry-After");
    }
    return {};
}

QString TraceReport::flagLabel(TraceFinding::Flag flag) {
    switch (flag) {
    case TraceFinding::NonstandardPhrase:
        return tr("Non-standard phrase");
    case TraceFinding::UnknownCode:
        return tr("Unknown code");
    case TraceFinding::MappingMismatch:
        //: Decoder flag: a Q.850 cause that RFC 3398 does not pair with the SIP response
        return tr("Mapping mismatch");
    case TraceFinding::Malformed:
        return tr("Malformed");
    }
    return {};
}

QString TraceReport::flagLabels(TraceFinding::Flags flags) {
    QStringList labels;
    for (TraceFinding::Flag flag : {TraceFinding::NonstandardPhrase, TraceFinding::UnknownCode,
                                    TraceFinding::MappingMismatch, TraceFinding::Malformed})
        if (flags.testFlag(flag))
            labels.append(flagLabel(flag));
    return labels.join(QStringLiteral(", "));
}

QString TraceReport::problemKey(TraceFinding::Problem problem) {
    switch (problem) {
    case TraceFinding::Problem::None:
        return {};
    case TraceFinding::Problem::EmptyValue:
        return QStringLiteral("empty-value");
    case TraceFinding::Problem::BadStatusCode:
        return QStringLiteral("bad-status-code");
    case TraceFinding::Problem::MissingProtocol:
        return QStringLiteral("missing-protocol");
    case TraceFinding::Problem::MissingCause:
        return QStringLiteral("missing-cause");
    case TraceFinding::Problem::BadCause:
        return QStringLiteral("bad-cause");
    case TraceFinding::Problem::BadWarnCode:
        return QStringLiteral("bad-warn-code");
    case TraceFinding::Problem::MissingAgent:
        return QStringLiteral("missing-agent");
    case TraceFinding::Problem::MissingText:
        return QStringLiteral("missing-text");
    case TraceFinding::Problem::UnquotedText:
        return QStringLiteral("unquoted-text");
    case TraceFinding::Problem::UnterminatedQuote:
        return QStringLiteral("unterminated-quote");
    case TraceFinding::Problem::BadRetryAfter:
        return QStringLiteral("bad-retry-after");
    }
    return {};
}

QString TraceReport::problemText(TraceFinding::Problem problem) {
    switch (problem) {
    case TraceFinding::Problem::None:
        return {};
    case TraceFinding::Problem::EmptyValue:
        return tr("The header has no value.");
    case TraceFinding::Problem::BadStatusCode:
        return tr("A status code is three digits from 100 to 699.");
    case TraceFinding::Problem::MissingProtocol:
        return tr("The Reason value does not start with a protocol such as Q.850 or SIP.");
    case TraceFinding::Problem::MissingCause:
        return tr("The Reason value has no cause parameter.");
    case TraceFinding::Problem::BadCause:
        return tr("The cause parameter is not a number.");
    case TraceFinding::Problem::BadWarnCode:
        return tr("A warn-code is three digits followed by a space.");
    case TraceFinding::Problem::MissingAgent:
        return tr("The warning names no agent (the host or name that added it).");
    case TraceFinding::Problem::MissingText:
        return tr("The warning has no text; RFC 3261 asks for a quoted string, even an empty "
                  "one.");
    case TraceFinding::Problem::UnquotedText:
        return tr("The text is not in double quotes, as RFC 3261 and RFC 3326 require.");
    case TraceFinding::Problem::UnterminatedQuote:
        return tr("A quoted text is never closed.");
    case TraceFinding::Problem::BadRetryAfter:
        return tr("Retry-After must start with a number of seconds.");
    }
    return {};
}

QString TraceReport::label(const TraceFinding &finding) const {
    if (const auto id = finding.codeId()) {
        if (const Entry *entry = m_catalog.find(*id))
            return entry->title();
        Entry unknown;
        unknown.id = *id;
        return unknown.shortLabel();
    }
    if (finding.kind == TraceFinding::Kind::Reason && !finding.protocol.isEmpty()) {
        if (finding.code >= 0)
            //: Decoder: a Reason value of another protocol; %1 is the protocol, %2 the cause
            return tr("%1 cause %2").arg(finding.protocol).arg(finding.code);
        return finding.protocol;
    }
    if (finding.value.isEmpty())
        //: Decoder: a header that has no value at all
        return tr("(empty)");
    return finding.value;
}

QString TraceReport::describe(const TraceFinding &finding) const {
    const QString name = label(finding);
    switch (finding.kind) {
    case TraceFinding::Kind::Status:
        if (finding.flags.testFlag(TraceFinding::NonstandardPhrase))
            //: Decoder: %1 is the registered code and phrase, %2 the phrase the trace used
            return tr("%1, sent as \"%2\"").arg(name, finding.text);
        return name;
    case TraceFinding::Kind::Reason:
        if (!finding.text.isEmpty())
            //: Decoder: %1 is the cause, %2 the text parameter of the Reason header
            return tr("%1, text \"%2\"").arg(name, finding.text);
        return name;
    case TraceFinding::Kind::Warning:
        if (!finding.agent.isEmpty() || !finding.text.isEmpty())
            //: Decoder: %1 is the warning code, %2 the agent that added it, %3 its text
            return tr("%1, from %2: \"%3\"").arg(name, finding.agent, finding.text);
        return name;
    case TraceFinding::Kind::RetryAfter:
        if (finding.seconds < 0)
            return finding.value.isEmpty() ? tr("(empty)") : finding.value;
        if (finding.value == QString::number(finding.seconds))
            return tr("retry after %n second(s)", nullptr, clampToInt(finding.seconds));
        //: Decoder: %1 is "retry after N seconds", %2 the header as written
        return tr("%1, as written: \"%2\"")
            .arg(tr("retry after %n second(s)", nullptr, clampToInt(finding.seconds)),
                 finding.value);
    }
    return name;
}

QString TraceReport::meaning(const TraceFinding &finding) const {
    if (finding.kind == TraceFinding::Kind::RetryAfter)
        return {};
    const auto id = finding.codeId();
    const Entry *entry = id ? m_catalog.find(*id) : nullptr;
    return entry ? entry->summaryText() : QString();
}

QString TraceReport::mappingProblem(const TraceFinding &finding) const {
    const int response = finding.responseCode;
    const int cause = finding.code;
    QList<int> causes;
    for (const MappingRow &row : m_catalog.causesForSip(response))
        if (row.cause > 0)
            causes.append(row.cause);
    QList<int> responses;
    for (const MappingRow &row : m_catalog.sipForCause(cause))
        if (row.sipCode > 0 && !responses.contains(row.sipCode))
            responses.append(row.sipCode);
    QString text;
    if (!causes.isEmpty() && !responses.isEmpty())
        text = tr("RFC 3398 maps a %1 response to Q.850 cause %2, and cause %3 to a %4 "
                  "response; this message pairs %1 with cause %3.")
                   .arg(response)
                   .arg(joinNumbers(causes))
                   .arg(cause)
                   .arg(joinNumbers(responses));
    else if (!causes.isEmpty())
        text = tr("RFC 3398 maps a %1 response to Q.850 cause %2, not %3.")
                   .arg(response)
                   .arg(joinNumbers(causes))
                   .arg(cause);
    else
        text = tr("RFC 3398 maps Q.850 cause %1 to a %2 response, not %3.")
                   .arg(cause)
                   .arg(joinNumbers(responses))
                   .arg(response);
    QList<MappingRow> deviations = m_catalog.deviationsForCause(cause);
    deviations.append(m_catalog.deviationsForSip(response));
    QStringList seen;
    for (const MappingRow &row : deviations) {
        if (row.cause != cause || row.sipCode != response || seen.contains(row.implementation))
            continue;
        seen.append(row.implementation);
        text += u' ' +
                tr("%1 is known to pair them this way: %2").arg(row.implementation, row.noteText());
    }
    return text;
}

QStringList TraceReport::problems(const TraceFinding &finding) const {
    QStringList lines;
    if (finding.flags.testFlag(TraceFinding::NonstandardPhrase)) {
        const Entry *entry = m_catalog.find(*finding.codeId());
        lines.append(tr("The reason phrase \"%1\" differs from the registered \"%2\". SIP goes "
                        "by the code alone, but a changed phrase can carry a vendor's own "
                        "meaning.")
                         .arg(finding.text, entry ? entry->reason : QString()));
    }
    if (finding.flags.testFlag(TraceFinding::UnknownCode))
        lines.append(tr("%1 is not in the catalog: it may be vendor-specific, newer than this "
                        "catalog, or a mistake.")
                         .arg(label(finding)));
    if (finding.flags.testFlag(TraceFinding::MappingMismatch))
        lines.append(mappingProblem(finding));
    if (finding.flags.testFlag(TraceFinding::Malformed))
        lines.append(problemText(finding.problem));
    return lines;
}

QStringList TraceReport::summaryLines() const {
    QStringList lines;
    if (const TraceFinding *final = finalResponse())
        lines.append(tr("Final response: %1 (line %2).").arg(describe(*final)).arg(final->line));
    else
        lines.append(tr("No final response in the trace."));
    for (const TraceFinding &detail : finalDetails()) {
        switch (detail.kind) {
        case TraceFinding::Kind::Reason:
            lines.append(tr("Its Reason: %1.").arg(describe(detail)));
            break;
        case TraceFinding::Kind::Warning:
            lines.append(tr("Its Warning: %1.").arg(describe(detail)));
            break;
        case TraceFinding::Kind::RetryAfter:
            lines.append(tr("Its Retry-After: %1.").arg(describe(detail)));
            break;
        case TraceFinding::Kind::Status:
            break;
        }
    }
    lines.append(tr("%n finding(s).", nullptr, clampToInt(m_count)));
    if (m_flagged > 0)
        lines.append(
            tr("%n flagged as inconsistent or malformed.", nullptr, clampToInt(m_flagged)));
    return lines;
}

QString TraceReport::textBlock(const TraceFinding &finding) const {
    //: Decoder text output: %1 is the line number in the input
    const QString where = tr("Line %1").arg(finding.line);
    QString block = where + QStringLiteral("  ") + kindLabel(finding.kind) + QStringLiteral("  ") +
                    describe(finding) + u'\n';
    if (const QString text = meaning(finding); !text.isEmpty())
        block += QStringLiteral("    ") + Formatter::wrap(text, 78, 4) + u'\n';
    for (const QString &problem : problems(finding))
        block += QStringLiteral("    ! ") + Formatter::wrap(problem, 78, 6) + u'\n';
    return block;
}

QString TraceReport::textSummary() const {
    QString text = tr("Summary") + u'\n';
    for (const QString &line : summaryLines())
        text += QStringLiteral("  ") + Formatter::wrap(line, 78, 2) + u'\n';
    return text;
}

QString TraceReport::markdownHeader() const {
    return QStringLiteral("| %1 | %2 | %3 | %4 |\n|---:|---|---|---|\n")
        .arg(tr("Line"), tr("Kind"), tr("Finding"), tr("Flags"));
}

QString TraceReport::markdownRow(const TraceFinding &finding) const {
    QStringList notes = problems(finding);
    return QStringLiteral("| %1 | %2 | %3 | %4 |\n")
        .arg(QString::number(finding.line), markdownCell(kindLabel(finding.kind)),
             markdownCell(describe(finding)), markdownCell(notes.join(u' ')));
}

QString TraceReport::markdownSummary() const {
    QString text = QStringLiteral("**") + tr("Summary") + QStringLiteral("**\n\n");
    for (const QString &line : summaryLines())
        text += QStringLiteral("- ") + markdownCell(line) + u'\n';
    return text;
}

QJsonObject TraceReport::json(const TraceFinding &finding) {
    QJsonObject object{
        {QStringLiteral("line"), finding.line},
        {QStringLiteral("kind"), TraceFinding::kindKey(finding.kind)},
        {QStringLiteral("family"),
         finding.family ? QJsonValue(CodeId::familyKey(*finding.family)) : QJsonValue()},
        {QStringLiteral("code"), finding.code >= 0 ? QJsonValue(finding.code) : QJsonValue()},
        {QStringLiteral("text"), finding.text},
        {QStringLiteral("flags"),
         QJsonArray::fromStringList(TraceFinding::flagKeys(finding.flags))},
    };
    if (finding.problem != TraceFinding::Problem::None)
        object.insert(QStringLiteral("problem"), problemKey(finding.problem));
    if (finding.kind == TraceFinding::Kind::Reason)
        object.insert(QStringLiteral("protocol"), finding.protocol);
    if (finding.kind == TraceFinding::Kind::Warning)
        object.insert(QStringLiteral("agent"), finding.agent);
    if (finding.kind == TraceFinding::Kind::RetryAfter)
        object.insert(QStringLiteral("seconds"),
                      finding.seconds >= 0 ? QJsonValue(finding.seconds) : QJsonValue());
    if (finding.kind != TraceFinding::Kind::Status)
        object.insert(QStringLiteral("response"),
                      finding.responseCode > 0 ? QJsonValue(finding.responseCode) : QJsonValue());
    if (!finding.callId.isEmpty())
        object.insert(QStringLiteral("callId"), finding.callId);
    return object;
}
