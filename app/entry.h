#pragma once

#include "codeid.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

enum class Status : quint8 { Current, Deprecated, Removed, NonStandard };

// Who typically sends a code. "Client" means the client made the response up itself (a timer
// fired).
enum class Role : quint8 { Uas, Uac, Proxy, Registrar, Redirect, B2bua, Gateway, Client };

enum class RetryPolicy : quint8 {
    None,      // provisional or success: nothing to retry
    Redirect,  // retry at the targets the response names
    Modify,    // retry only with a changed request
    Later,     // the same request may succeed later (Retry-After)
    Elsewhere, // try another route, server or target now
    No,        // final for this destination
};

struct Reference {
    int rfc = 0;      // 0 when the reference is not an RFC
    QString document; // "ITU-T Q.850" for non-RFC references
    QString section;

    QString label() const; // "RFC 3261 §21.4.24", "ITU-T Q.850 Table 1"
    QString url() const;   // rfc-editor.org for RFCs, empty otherwise
};

struct HeaderNote {
    QString name;
    QString note;
};

struct RelatedCode {
    CodeId id;
    QString note;
};

// Where an entry came from: the built-in catalog or a team's overlay file.
enum class Origin : quint8 { Builtin, Local };

// A team's own note on a code, from an overlay file: shown as local, never translated.
struct TeamNote {
    QString text;
    QString file; // the overlay it came from, as a file name
};

// One code of the catalog. Prose is stored in English; the *Text() accessors return it in the
// current language through the translators installed in QCoreApplication.
struct Entry {
    Q_DECLARE_TR_FUNCTIONS(Entry)

public:
    CodeId id;
    QString reason;
    Status status = Status::Current;
    QString statusNote;
    QList<Reference> references;
    QString summary;
    QString description;
    QString seenWhen;
    QStringList howToFix;
    QList<Role> senders;
    QString sentBy;
    QList<HeaderNote> headers;
    RetryPolicy retry = RetryPolicy::No;
    QString retryNote;
    QList<RelatedCode> related;
    Origin origin = Origin::Builtin;
    QString originFile;        // for a local entry: the overlay it came from
    QList<TeamNote> teamNotes; // notes from overlays, in the order loaded

    // Derived, never stored: the class is the hundreds digit for SIP, Q.850's cause class for
    // Q.850.
    int codeClass() const;
    bool isProvisional() const { return id.family == Family::Sip && id.code < 200; }
    bool isSuccess() const { return id.family == Family::Sip && id.code >= 200 && id.code < 300; }
    bool isFinal() const { return id.family == Family::Sip && id.code >= 200; }
    bool isFailure() const { return id.family == Family::Sip && id.code >= 400; }

    // Translated prose. English text goes in, the current language comes out.
    QString summaryText() const { return localized(summary, "summary"); }
    QString descriptionText() const { return localized(description, "description"); }
    QString seenWhenText() const { return localized(seenWhen, "seenWhen"); }
    QString sentByText() const { return localized(sentBy, "sentBy"); }
    QString retryNoteText() const { return localized(retryNote, "retryNote"); }
    QString statusNoteText() const { return localized(statusNote, "statusNote"); }
    QStringList howToFixText() const;
    QString headerNoteText(const HeaderNote &header) const;
    QString relatedNoteText(const RelatedCode &link) const;
    // The reason phrase in the current language, or empty when it reads the same as the phrase.
    QString reasonGloss() const;

    // "486 Busy Here", "Q.850 cause 17 User busy", "Warning 399 Miscellaneous warning"
    QString title() const;
    // "SIP 486", "Q.850 cause 17", "Warning 399"
    QString shortLabel() const;
    QString classLabel() const;  // "Client error (4xx)", "Normal event", ...
    QString classMarker() const; // "4xx", "Q.850", "W3xx" - a text marker, never only a colour
    QString classSpoken() const; // "client error": the class as a screen reader should say it
    QString statusLabel() const;
    QString retryLabel() const;
    QStringList senderLabels() const;

    static QString roleLabel(Role role);
    static QString statusKey(Status status);
    static QString roleKey(Role role);
    static QString retryKey(RetryPolicy policy);
    static QString sipClassLabel(int codeClass);
    static QString q850ClassLabel(int codeClass);
    static QString familyLabel(Family family);

    QString localized(const QString &english, const char *field) const;
};
