#pragma once

#include "catalog.h"
#include "tracedecoder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Explains decoder findings to people and programs, and keeps what the one-glance summary
// needs: the final response of the trace and the Reason, Warning and Retry-After values that
// came with it. Findings are added one by one, so a report over a huge log stays small.
class TraceReport final {
    Q_DECLARE_TR_FUNCTIONS(TraceReport)

public:
    explicit TraceReport(const Catalog &catalog)
        : m_catalog(catalog) {}

    void add(const TraceFinding &finding);
    void add(const QList<TraceFinding> &findings);
    void clear();
    qint64 count() const { return m_count; }
    qint64 flaggedCount() const { return m_flagged; }
    // The last failure response (3xx-6xx) of the trace, or else its last final response.
    // nullptr when the trace has no final response.
    const TraceFinding *finalResponse() const;
    // The Reason, Warning and Retry-After findings in the final response's message.
    const QList<TraceFinding> &finalDetails() const;

    // "486 Busy Here", "Q.850 cause 17 User busy", "SIP 499", "RELEASE_CAUSE cause 3".
    QString label(const TraceFinding &finding) const;
    // The label with what the trace said: the text of a Reason, the agent and text of a Warning.
    QString describe(const TraceFinding &finding) const;
    // One sentence per flag, saying what looks wrong and why.
    QStringList problems(const TraceFinding &finding) const;
    // The catalog's one-line summary of the finding's code, when the catalog has it.
    QString meaning(const TraceFinding &finding) const;
    // The one-glance summary: final response, its cause, warnings, retry time and counts.
    QStringList summaryLines() const;

    QString textBlock(const TraceFinding &finding) const;
    QString markdownHeader() const;
    QString markdownRow(const TraceFinding &finding) const;
    QString textSummary() const;
    QString markdownSummary() const;
    static QJsonObject json(const TraceFinding &finding);

    static QString kindLabel(TraceFinding::Kind kind);
    static QString flagLabel(TraceFinding::Flag flag);
    static QString flagLabels(TraceFinding::Flags flags);
    static QString problemText(TraceFinding::Problem problem);
    static QString problemKey(TraceFinding::Problem problem);

private:
    QString mappingProblem(const TraceFinding &finding) const;

    const Catalog &m_catalog;
    qint64 m_count = 0;
    qint64 m_flagged = 0;
    // The latest failure response and the latest other final response, each with its details.
    std::optional<TraceFinding> m_failure;
    QList<TraceFinding> m_failureDetails;
    std::optional<TraceFinding> m_success;
    QList<TraceFinding> m_successDetails;
};
