#include "tracedecoder.h"

#include <algorithm>
#include <string_view>

namespace {

constexpr qsizetype kMaxPendingValue = 1 << 20; // a folded header longer than 1 MiB is cut

bool isSpace(char c) {
    return c == ' ' || c == '\t';
}
bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c))
        return true;
    switch (c) {
    case '-':
    case '.':
    case '!':
    case '%':
    case '*':
    case '_':
    case '+':
    case '`':
    case '\'':
    case '~':
        return true;
    default:
        return false;
    }
}

QByteArrayView trimmed(QByteArrayView text) {
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

QByteArrayView leadingDigits(QByteArrayView text) {
    qsizetype n = 0;
    while (n < text.size() && isDigit(text[n]))
        ++n;
    return text.first(n);
}

// A number of at most nine digits; -1 for anything else.
int smallNumber(QByteArrayView digits) {
    if (digits.isEmpty() || digits.size() > 9)
        return -1;
    int value = 0;
    for (char c : digits)
        value = value * 10 + (c - '0');
    return value;
}

// Where `needle` first occurs in `text` at or after `from`, or -1. Every line is searched for the
// status-line and log markers, so this is the decoder's hottest loop: the standard library scans
// for the needle's first byte with memchr, where QByteArrayView::indexOf (Qt 6.4) hashes every
// byte, and decoding took twice as long.
qsizetype find(QByteArrayView text, std::string_view needle, qsizetype from = 0) {
    const std::string_view haystack(text.data(), size_t(text.size()));
    const size_t at = haystack.find(needle, size_t(from));
    return at == std::string_view::npos ? -1 : qsizetype(at);
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b) {
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Text from the trace as a QString: invalid UTF-8 becomes U+FFFD, control characters become
// U+FFFD too (a NUL must not end or hide anything), and the length is capped.
QString textOf(QByteArrayView bytes) {
    const qsizetype cap = TraceDecoder::kMaxTextLength;
    const bool cut = bytes.size() > cap * 4;
    QString text = QString::fromUtf8(cut ? bytes.first(cap * 4) : bytes);
    bool truncated = cut;
    if (text.size() > cap) {
        text.truncate(cap);
        truncated = true;
    }
    for (QChar &c : text)
        if (c.unicode() < 0x20 && c != u'\t')
            c = QChar(QChar::ReplacementCharacter);
    if (truncated)
        text.append(u'…');
    return text;
}

// Whether a quoted string is still open after `text`, given whether it was open before.
bool openQuoteAfter(QByteArrayView text, bool open) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (open && text[i] == '\\') {
            ++i;
        } else if (text[i] == '"') {
            open = !open;
        }
    }
    return open;
}

// Splits at `separator` where it is outside double quotes.
QList<QByteArrayView> splitOutsideQuotes(QByteArrayView text, char separator) {
    QList<QByteArrayView> parts;
    bool quoted = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == separator && !quoted) {
            parts.append(text.sliced(start, i - start));
            start = i + 1;
        }
    }
    parts.append(text.sliced(start));
    return parts;
}

// Reads a quoted-string at the start of `text`. Returns the unescaped content and whether the
// closing quote was found; `rest` receives what follows it.
std::pair<QByteArray, bool> readQuoted(QByteArrayView text, QByteArrayView *rest = nullptr) {
    QByteArray content;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            content.append(text[++i]);
        } else if (c == '"') {
            if (rest)
                *rest = text.sliced(i + 1);
            return {content, true};
        } else {
            content.append(c);
        }
        if (content.size() > TraceDecoder::kMaxTextLength * 4)
            break;
    }
    if (rest)
        *rest = {};
    return {content, false};
}

QString normalizedPhrase(const QString &phrase) {
    return phrase.simplified().toCaseFolded();
}

} // namespace

std::optional<CodeId> TraceFinding::codeId() const {
    if (!family || code < 0)
        return std::nullopt;
    return CodeId{*family, code};
}

QString TraceFinding::kindKey(Kind kind) {
    switch (kind) {
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Reason:
        return QStringLiteral("reason");
    case Kind::Warning:
        return QStringLiteral("warning");
    case Kind::RetryAfter:
        return QStringLiteral("retry-after");
    }
    return {};
}

QStringList TraceFinding::flagKeys(Flags flags) {
    QStringList keys;
    if (flags.testFlag(NonstandardPhrase))
        keys.append(QStringLiteral("nonstandard-phrase"));
    if (flags.testFlag(UnknownCode))
        keys.append(QStringLiteral("unknown-code"));
    if (flags.testFlag(MappingMismatch))
        keys.append(QStringLiteral("mapping-mismatch"));
    if (flags.testFlag(Malformed))
        keys.append(QStringLiteral("malformed"));
    return keys;
}

TraceDecoder::TraceDecoder(const Catalog &catalog)
    : m_catalog(catalog) {}

QList<TraceFinding> TraceDecoder::decode(QByteArrayView data, const Catalog &catalog) {
    TraceDecoder decoder(catalog);
    decoder.feed(data);
    decoder.finish();
    return decoder.takeFindings();
}

void TraceDecoder::feed(QByteArrayView data) {
    while (!data.isEmpty()) {
        const qsizetype newline = data.indexOf('\n');
        if (newline < 0) {
            m_partial.append(data);
            return;
        }
        if (m_partial.isEmpty()) {
            processLine(data.first(newline));
        } else {
            m_partial.append(data.first(newline));
            processLine(m_partial);
            m_partial.clear();
        }
        data = data.sliced(newline + 1);
    }
}

void TraceDecoder::finish() {
    if (!m_partial.isEmpty()) {
        const QByteArray last = std::exchange(m_partial, {});
        processLine(last);
    }
    flushPending();
}

QList<TraceFinding> TraceDecoder::takeFindings() {
    return std::exchange(m_findings, {});
}

void TraceDecoder::processLine(QByteArrayView line) {
    ++m_line;
    if (line.endsWith('\r'))
        line.chop(1);
    if (m_pending != Pending::None) {
        if (continuesPending(line)) {
            if (m_pendingValue.size() < kMaxPendingValue) {
                m_pendingValue.append(' ');
                m_pendingValue.append(trimmed(line).first(
                    std::min(trimmed(line).size(), kMaxPendingValue - m_pendingValue.size())));
            }
            return;
        }
        flushPending();
    }
    if (line.isEmpty())
        return;
    if (decodeStatus(line) || decodeHeaderLine(line))
        return;
    if (find(line, "cause=") >= 0)
        decodeLogReason(line);
}

bool TraceDecoder::continuesPending(QByteArrayView line) const {
    if (line.isEmpty() || !isSpace(line.front()) || trimmed(line).isEmpty())
        return false;
    const QByteArrayView value = trimmed(m_pendingValue);
    if (openQuoteAfter(m_pendingValue, false) ||
        (!value.isEmpty() && (value.back() == ',' || value.back() == ';' || value.back() == '=')))
        return true;
    // An indented line that reads like another header (Wireshark's packet tree) is not folded.
    const qsizetype colon = line.indexOf(':');
    const qsizetype quote = line.indexOf('"');
    return colon < 0 || (quote >= 0 && quote < colon);
}

void TraceDecoder::flushPending() {
    const Pending kind = std::exchange(m_pending, Pending::None);
    const QByteArray value = std::exchange(m_pendingValue, {});
    switch (kind) {
    case Pending::None:
        break;
    case Pending::Reason:
        decodeReason(value, m_pendingLine);
        break;
    case Pending::Warning:
        decodeWarning(value, m_pendingLine);
        break;
    case Pending::RetryAfter:
        decodeRetryAfter(value, m_pendingLine);
        break;
    }
}

void TraceDecoder::startMessage(int responseCode) {
    ++m_message;
    m_responseCode = responseCode;
    m_callId.clear();
}

bool TraceDecoder::decodeStatus(QByteArrayView line) {
    const qsizetype sip = find(line, "SIP/2.0");
    if (sip < 0) {
        // Asterisk's chan_sip: Got SIP response 486 "Busy Here" back from 192.0.2.7:5060
        const qsizetype response = find(line, "SIP response ");
        if (response < 0)
            return false;
        QByteArrayView rest = line.sliced(response + 13);
        const QByteArrayView digits = leadingDigits(rest);
        if (digits.isEmpty())
            return false;
        rest = trimmed(rest.sliced(digits.size()));
        QByteArrayView phrase;
        if (rest.startsWith('"')) {
            const qsizetype close = rest.indexOf('"', 1);
            phrase = close > 0 ? rest.sliced(1, close - 1) : rest.sliced(1);
        }
        addStatus(m_line, digits, phrase, true);
        return true;
    }
    const QByteArrayView after = line.sliced(sip + 7);
    const QByteArrayView rest = trimmed(after);
    if (!after.isEmpty() && isSpace(after.front()) && !rest.isEmpty() && isDigit(rest.front())) {
        const QByteArrayView digits = leadingDigits(rest);
        const bool inLog = !trimmed(line.first(sip)).isEmpty();
        addStatus(m_line, digits, trimmed(rest.sliced(digits.size())), inLog);
        return true;
    }
    if (rest.isEmpty() && sip > 0) {
        // A request line, "INVITE sip:bob@example.com SIP/2.0", perhaps at the end of a log line.
        const QByteArrayView before = trimmed(line.first(sip));
        const qsizetype space = before.lastIndexOf(' ');
        if (space <= 0)
            return false;
        const QByteArrayView head = trimmed(before.first(space));
        const QByteArrayView method = head.sliced(head.lastIndexOf(' ') + 1);
        if (method.isEmpty() || !std::all_of(method.begin(), method.end(), [](char c) {
                return (c >= 'A' && c <= 'Z') || c == '-';
            }))
            return false;
        startMessage(0);
        return true;
    }
    return false;
}

void TraceDecoder::addStatus(qint64 line, QByteArrayView codeDigits, QByteArrayView phrase,
                             bool inLog) {
    const int code = smallNumber(codeDigits);
    const bool wellFormed = codeDigits.size() == 3 && code >= 100 && code <= 699;
    startMessage(wellFormed ? code : 0);
    if (inLog) {
        // In a log line the phrase ends where the logger's own punctuation starts.
        for (qsizetype i = 0; i < phrase.size(); ++i) {
            if (QByteArrayView("\"<>|[]").contains(phrase[i])) {
                phrase = trimmed(phrase.first(i));
                break;
            }
        }
    }
    TraceFinding finding = startFinding(TraceFinding::Kind::Status, line);
    finding.family = Family::Sip;
    finding.code = code;
    finding.text = textOf(phrase);
    finding.value =
        textOf(phrase.isEmpty() ? codeDigits.toByteArray()
                                : codeDigits.toByteArray() + ' ' + phrase.toByteArray());
    if (!wellFormed) {
        finding.problem = TraceFinding::Problem::BadStatusCode;
        finding.flags |= TraceFinding::Malformed;
    } else if (const Entry *entry = m_catalog.find({Family::Sip, code})) {
        if (!finding.text.isEmpty() &&
            normalizedPhrase(finding.text) != normalizedPhrase(entry->reason))
            finding.flags |= TraceFinding::NonstandardPhrase;
    } else {
        finding.flags |= TraceFinding::UnknownCode;
    }
    m_findings.append(finding);
}

bool TraceDecoder::decodeHeaderLine(QByteArrayView line) {
    qsizetype i = 0;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    const qsizetype nameStart = i;
    while (i < line.size() && isTokenChar(line[i]))
        ++i;
    const QByteArrayView name = line.sliced(nameStart, i - nameStart);
    while (i < line.size() && isSpace(line[i]))
        ++i;
    if (name.isEmpty() || i >= line.size() || line[i] != ':')
        return false;
    const QByteArrayView value = line.sliced(i + 1);

    Pending kind = Pending::None;
    if (equalsIgnoringCase(name, "reason"))
        kind = Pending::Reason;
    else if (equalsIgnoringCase(name, "warning"))
        kind = Pending::Warning;
    else if (equalsIgnoringCase(name, "retry-after"))
        kind = Pending::RetryAfter;
    if (kind != Pending::None) {
        m_pending = kind;
        m_pendingLine = m_line;
        m_pendingValue =
            trimmed(value).first(std::min(trimmed(value).size(), kMaxPendingValue)).toByteArray();
        return true;
    }
    if (equalsIgnoringCase(name, "call-id") || name == "i") {
        m_callId = textOf(trimmed(value));
        // The status line came first: give its findings the Call-ID too.
        for (auto it = m_findings.rbegin(); it != m_findings.rend() && it->message == m_message;
             ++it)
            if (it->callId.isEmpty())
                it->callId = m_callId;
        return true;
    }
    return false;
}

void TraceDecoder::decodeLogReason(QByteArrayView line) {
    // "... Reason: Q.850;cause=16" inside a log line.
    qsizetype from = 0;
    while (true) {
        const qsizetype at = find(line, "eason", from);
        if (at < 1)
            return;
        from = at + 5;
        if (line[at - 1] != 'R' && line[at - 1] != 'r')
            continue;
        qsizetype i = at + 5;
        while (i < line.size() && isSpace(line[i]))
            ++i;
        if (i < line.size() && line[i] == ':') {
            decodeReason(line.sliced(i + 1), m_line);
            return;
        }
    }
}

TraceFinding TraceDecoder::startFinding(TraceFinding::Kind kind, qint64 line) const {
    TraceFinding finding;
    finding.kind = kind;
    finding.line = line;
    finding.responseCode = m_responseCode;
    finding.message = m_message;
    finding.callId = m_callId;
    return finding;
}

void TraceDecoder::decodeReason(QByteArrayView value, qint64 line) {
    const QList<QByteArrayView> values = splitOutsideQuotes(trimmed(value), ',');
    bool any = false;
    for (const QByteArrayView part : values) {
        const QByteArrayView reason = trimmed(part);
        if (reason.isEmpty())
            continue;
        any = true;
        TraceFinding finding = startFinding(TraceFinding::Kind::Reason, line);
        finding.value = textOf(reason);
        auto problem = [&finding](TraceFinding::Problem p) {
            if (finding.problem == TraceFinding::Problem::None)
                finding.problem = p;
        };
        const QList<QByteArrayView> params = splitOutsideQuotes(reason, ';');
        const QByteArrayView protocol = trimmed(params.constFirst());
        finding.protocol = textOf(protocol);
        if (protocol.isEmpty())
            problem(TraceFinding::Problem::MissingProtocol);
        else if (equalsIgnoringCase(protocol, "Q.850"))
            finding.family = Family::Q850;
        else if (equalsIgnoringCase(protocol, "SIP"))
            finding.family = Family::Sip;
        bool hasCause = false;
        for (qsizetype p = 1; p < params.size(); ++p) {
            const QByteArrayView param = trimmed(params.at(p));
            const qsizetype equals = param.indexOf('=');
            const QByteArrayView name = trimmed(equals < 0 ? param : param.first(equals));
            const QByteArrayView paramValue =
                equals < 0 ? QByteArrayView() : trimmed(param.sliced(equals + 1));
            if (equalsIgnoringCase(name, "cause")) {
                hasCause = true;
                const QByteArrayView digits = leadingDigits(paramValue);
                finding.code = digits.size() == paramValue.size() ? smallNumber(digits) : -1;
                if (finding.code < 0)
                    problem(TraceFinding::Problem::BadCause);
            } else if (equalsIgnoringCase(name, "text")) {
                if (paramValue.startsWith('"')) {
                    const auto [content, closed] = readQuoted(paramValue);
                    finding.text = textOf(content);
                    if (!closed)
                        problem(TraceFinding::Problem::UnterminatedQuote);
                } else {
                    finding.text = textOf(paramValue);
                    problem(TraceFinding::Problem::UnquotedText);
                }
            }
        }
        if (!hasCause && !protocol.isEmpty())
            problem(TraceFinding::Problem::MissingCause);
        if (finding.problem != TraceFinding::Problem::None)
            finding.flags |= TraceFinding::Malformed;
        if (finding.family && finding.code >= 0 && !m_catalog.find(*finding.codeId()))
            finding.flags |= TraceFinding::UnknownCode;
        checkMapping(finding);
        m_findings.append(finding);
    }
    if (!any) {
        TraceFinding finding = startFinding(TraceFinding::Kind::Reason, line);
        finding.value = textOf(trimmed(value));
        finding.problem = TraceFinding::Problem::EmptyValue;
        finding.flags |= TraceFinding::Malformed;
        m_findings.append(finding);
    }
}

void TraceDecoder::checkMapping(TraceFinding &finding) const {
    if (finding.family != Family::Q850 || finding.code < 0 || finding.responseCode < 300)
        return;
    bool known = false;
    bool agrees = false;
    for (const MappingRow &row : m_catalog.causesForSip(finding.responseCode)) {
        known = known || row.cause > 0;
        agrees = agrees || row.cause == finding.code;
    }
    for (const MappingRow &row : m_catalog.sipForCause(finding.code)) {
        known = known || row.sipCode > 0;
        agrees = agrees || row.sipCode == finding.responseCode;
    }
    if (known && !agrees)
        finding.flags |= TraceFinding::MappingMismatch;
}

void TraceDecoder::decodeWarning(QByteArrayView value, qint64 line) {
    const QList<QByteArrayView> values = splitOutsideQuotes(trimmed(value), ',');
    bool any = false;
    for (const QByteArrayView part : values) {
        QByteArrayView warning = trimmed(part);
        if (warning.isEmpty())
            continue;
        any = true;
        TraceFinding finding = startFinding(TraceFinding::Kind::Warning, line);
        finding.family = Family::Warning;
        finding.value = textOf(warning);
        const QByteArrayView digits = leadingDigits(warning);
        QByteArrayView rest = warning.sliced(digits.size());
        finding.code = smallNumber(digits);
        if (digits.size() != 3 || (!rest.isEmpty() && !isSpace(rest.front()))) {
            finding.problem = TraceFinding::Problem::BadWarnCode;
        } else {
            rest = trimmed(rest);
            qsizetype agentEnd = 0;
            while (agentEnd < rest.size() && !isSpace(rest[agentEnd]) && rest[agentEnd] != '"')
                ++agentEnd;
            finding.agent = textOf(rest.first(agentEnd));
            rest = trimmed(rest.sliced(agentEnd));
            if (agentEnd == 0)
                finding.problem = TraceFinding::Problem::MissingAgent;
            if (rest.isEmpty()) {
                if (finding.problem == TraceFinding::Problem::None)
                    finding.problem = TraceFinding::Problem::MissingText;
            } else if (rest.startsWith('"')) {
                const auto [content, closed] = readQuoted(rest);
                finding.text = textOf(content);
                if (!closed && finding.problem == TraceFinding::Problem::None)
                    finding.problem = TraceFinding::Problem::UnterminatedQuote;
            } else {
                finding.text = textOf(rest);
                if (finding.problem == TraceFinding::Problem::None)
                    finding.problem = TraceFinding::Problem::UnquotedText;
            }
        }
        if (finding.problem != TraceFinding::Problem::None)
            finding.flags |= TraceFinding::Malformed;
        if (digits.size() == 3 && !m_catalog.find({Family::Warning, finding.code}))
            finding.flags |= TraceFinding::UnknownCode;
        m_findings.append(finding);
    }
    if (!any) {
        TraceFinding finding = startFinding(TraceFinding::Kind::Warning, line);
        finding.family = Family::Warning;
        finding.value = textOf(trimmed(value));
        finding.problem = TraceFinding::Problem::EmptyValue;
        finding.flags |= TraceFinding::Malformed;
        m_findings.append(finding);
    }
}

void TraceDecoder::decodeRetryAfter(QByteArrayView value, qint64 line) {
    const QByteArrayView retry = trimmed(value);
    TraceFinding finding = startFinding(TraceFinding::Kind::RetryAfter, line);
    finding.family = Family::Sip;
    finding.code = m_responseCode > 0 ? m_responseCode : -1;
    finding.value = textOf(retry);
    finding.text = finding.value;
    const QByteArrayView digits = leadingDigits(retry);
    const QByteArrayView rest = trimmed(retry.sliced(digits.size()));
    if (retry.isEmpty()) {
        finding.problem = TraceFinding::Problem::EmptyValue;
    } else if (digits.isEmpty() || digits.size() > 10 ||
               (!rest.isEmpty() && !rest.startsWith('(') && !rest.startsWith(';'))) {
        finding.problem = TraceFinding::Problem::BadRetryAfter;
    } else {
        finding.seconds = digits.toLongLong();
    }
    if (finding.problem != TraceFinding::Problem::None)
        finding.flags |= TraceFinding::Malformed;
    m_findings.append(finding);
}
