#pragma once

#include "catalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Renders catalog entries for people and programs: plain text for a terminal, Markdown for a
// ticket, JSON for scripts, HTML for the detail pane. Headings and prose follow the current
// language.
class Formatter final {
    Q_DECLARE_TR_FUNCTIONS(Formatter)

public:
    enum class Format { Text, Markdown, Json, Csv };

    explicit Formatter(const Catalog &catalog)
        : m_catalog(catalog) {}

    QString entryText(const Entry &entry) const;
    QString entryMarkdown(const Entry &entry) const;
    QJsonObject entryJson(const Entry &entry) const;
    // `linkScheme` prefixes links to other codes ("sipcodes:486").
    QString entryHtml(const Entry &entry) const;

    QString entries(const QList<const Entry *> &entries, Format format) const;
    QString list(const QList<const Entry *> &entries, Format format) const;

    // The title line with the translated gloss when there is one: "486 Busy Here (Occupé ici)".
    static QString titleWithGloss(const Entry &entry);
    // Wraps plain text at `width` columns for a line whose first `indent` columns are already
    // written; continuation lines are indented by `indent` spaces.
    static QString wrap(const QString &text, int width = 78, int indent = 0);
    static QString linkFor(CodeId id);
    // Text for a tooltip, shown literally: Qt reads a tooltip that looks like markup as HTML,
    // and a trace's or a team's text may look like markup.
    static QString tooltip(const QString &text);
    // A section heading in the window's rich text: bold at the text's own size. An entry is set
    // in two sizes of one family, the title's and the text's, regular and bold: each more size or
    // face is a font to load and rasterise before the first frame (#7). For the same reason the
    // summary is at the text's size and header names are in bold, not in a monospace face.
    static QString sectionHeading(const QString &text);
    // One reference as a line of text, a Markdown list item, an HTML list item, a JSON object.
    static QString referenceText(const Reference &reference);
    static QString referenceMarkdown(const Reference &reference);
    static QString referenceHtml(const Reference &reference);
    static QJsonObject referenceJson(const Reference &reference);

    // Section headings, shared by every format and by the comparison.
    static QString headingMeaning();
    static QString headingSeenWhen();
    static QString headingHowToFix();
    static QString headingSentBy();
    static QString headingHeaders();
    static QString headingRetry();
    static QString headingMapping();
    static QString headingRelated();
    static QString headingReferences();
    static QString headingStatus();
    static QString headingTeamNotes();
    // "Local entry from acme.json": where a team's own entry came from.
    static QString localOrigin(const Entry &entry);

    struct MappingLine {
        CodeId target;
        QString label; // "Q.850 cause 17 User busy" / "SIP 486 Busy Here"
        QString note;
        bool deviation = false;
        QString implementation;
    };
    QList<MappingLine> mappings(const Entry &entry) const;
    QString mappingCaption(const Entry &entry) const;

private:
    QString relatedLabel(const RelatedCode &related) const;

    const Catalog &m_catalog;
};
