#pragma once

#include "catalog.h"
#include "formatter.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A side-by-side comparison of two entries. The key differences are computed from structured
// fields (class, finality, scope, forking, retry, senders, headers, Q.850 mapping, status), never
// by restating prose; hand-written notes for commonly confused pairs lead them. Every sentence
// is one translatable string with placeholders.
class Comparison final {
    Q_DECLARE_TR_FUNCTIONS(Comparison)

public:
    struct Difference {
        QString attribute; // "note", "class", "final", "scope", "forking", "retry", "retryAfter",
                           // "sentBy", "headers", "q850", "status"
        QString a;         // the value for the first code, as data ("4xx", "later", ...)
        QString b;
        QString text; // one or two whole sentences for people
    };

    Comparison(const Catalog &catalog, const Entry &a, const Entry &b);

    const Entry &a() const { return m_a; }
    const Entry &b() const { return m_b; }
    QString summary() const;
    QList<Difference> differences() const;
    QStringList commonGround() const;
    QStringList whenToUseWhich() const; // for an implementer, then for a troubleshooter
    QList<Reference> learnMore() const;
    QString curatedNote() const;

    QString toText() const;
    QString toMarkdown() const;
    QJsonObject toJson() const;
    QString toHtml() const;

    // Headings of the comparison, shared by every format.
    static QString headingDifferences();
    static QString headingCommon();
    static QString headingWhenToUse();

private:
    enum class Scope { None, Here, Server, Everywhere };
    enum class Forking { None, Passes, KeepsWaiting, CancelsOthers };
    static Scope scopeOf(const Entry &entry);
    static Forking forkingOf(const Entry &entry);
    static QString classPhrase(const Entry &entry);
    static QString statusPhrase(Status status);
    QString mappingPhrase(const Entry &entry) const;
    QStringList headerNames(const Entry &entry) const;

    const Catalog &m_catalog;
    const Entry &m_a;
    const Entry &m_b;
    const CuratedPair *m_curated = nullptr;
};
