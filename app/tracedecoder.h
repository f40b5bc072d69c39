#pragma once

#include "catalog.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QFlags>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One thing found in a trace: a status line, or one value of a Reason, Warning or Retry-After
// header. Text taken from the trace is kept as found (capped in length), never interpreted.
struct TraceFinding {
    enum class Kind : quint8 { Status, Reason, Warning, RetryAfter };
    enum Flag : quint8 {
        NonstandardPhrase = 0x1, // the reason phrase differs from the registered one
        UnknownCode = 0x2,       // a well-formed code the catalog does not hold
        MappingMismatch = 0x4,   // a Q.850 cause that RFC 3398 does not pair with the response
        Malformed = 0x8,         // the value breaks the header's grammar, or is empty
    };
    Q_DECLARE_FLAGS(Flags, Flag)
    // Why a value is malformed; None when it is not.
    enum class Problem : quint8 {
        None,
        EmptyValue,
        BadStatusCode,
        MissingProtocol,
        MissingCause,
        BadCause,
        BadWarnCode,
        MissingAgent,
        MissingText,
        UnquotedText,
        UnterminatedQuote,
        BadRetryAfter,
    };

    qint64 line = 0; // 1-based line of the input where it starts
    Kind kind = Kind::Status;
    std::optional<Family> family; // absent for Reason protocols other than SIP and Q.850
    int code = -1;                // -1 when no number could be read
    QString protocol;             // Reason: the protocol as written ("Q.850", "SIP", ...)
    QString text;        // reason phrase, Reason text, warning text or the Retry-After value
    QString agent;       // Warning: the warn-agent
    qint64 seconds = -1; // Retry-After: the delay, -1 when unreadable
    QString value;       // the whole value as found, for showing what was malformed
    Flags flags;
    Problem problem = Problem::None;
    int responseCode = 0; // status code of the response the finding is in; 0 in a request
    qint64 message = 0;   // 1-based number of the SIP message it is in; 0 outside any message
    QString callId;       // Call-ID of that message, when it had one before this line

    // The catalog entry the finding is about, when it names one.
    std::optional<CodeId> codeId() const;
    static QString kindKey(Kind kind);        // "status", "reason", "warning", "retry-after"
    static QStringList flagKeys(Flags flags); // "nonstandard-phrase", ...
};
Q_DECLARE_OPERATORS_FOR_FLAGS(TraceFinding::Flags)

// Finds status lines and Reason, Warning and Retry-After headers in pasted or logged SIP
// traffic: whole messages, "Follow SIP" exports, sngrep output and proxy or PBX log lines.
// Input is bytes of any kind; it is fed in pieces of any size, so that large files stream.
class TraceDecoder final {
public:
    explicit TraceDecoder(const Catalog &catalog);

    // Feeds the next piece; a line may be split across pieces.
    void feed(QByteArrayView data);
    // Ends the input: an unterminated last line and a pending header are decoded.
    void finish();
    // The findings completed since the last call, in the order found.
    QList<TraceFinding> takeFindings();
    qint64 linesRead() const { return m_line; }

    static QList<TraceFinding> decode(QByteArrayView data, const Catalog &catalog);
    // Longest text kept from the input in one field; longer text is cut and ends with "…".
    static constexpr qsizetype kMaxTextLength = 2000;

private:
    void processLine(QByteArrayView line);
    bool continuesPending(QByteArrayView line) const;
    void flushPending();
    void startMessage(int responseCode);
    bool decodeStatus(QByteArrayView line);
    bool decodeHeaderLine(QByteArrayView line);
    void decodeLogReason(QByteArrayView line);
    void decodeReason(QByteArrayView value, qint64 line);
    void decodeWarning(QByteArrayView value, qint64 line);
    void decodeRetryAfter(QByteArrayView value, qint64 line);
    void addStatus(qint64 line, QByteArrayView codeDigits, QByteArrayView phrase, bool inLog);
    TraceFinding startFinding(TraceFinding::Kind kind, qint64 line) const;
    void checkMapping(TraceFinding &finding) const;

    const Catalog &m_catalog;
    QByteArray m_partial; // the unfinished last line of the previous piece
    qint64 m_line = 0;
    qint64 m_message = 0;
    int m_responseCode = 0;
    QString m_callId;
    // A header whose value may continue on folded lines.
    enum class Pending : quint8 { None, Reason, Warning, RetryAfter };
    Pending m_pending = Pending::None;
    qint64 m_pendingLine = 0;
    QByteArray m_pendingValue;
    QList<TraceFinding> m_findings;
};
