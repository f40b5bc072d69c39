#include "codelistmodel.h"

#include "classcolors.h"
#include "formatter.h"

#include <QGuiApplication>
#include <QPalette>

CodeListModel::CodeListModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog) {}

int CodeListModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_catalog.entries().size());
}

int CodeListModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeListModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = entryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CodeColumn: {
            const QString code = entry.id.family == Family::Sip ? QString::number(entry.id.code)
                                                                : entry.id.toString();
            return isPinned(index.row()) ? QStringLiteral("★ ") + code : code;
        }
        case ReasonColumn: {
            const QString gloss = entry.reasonGloss();
            QString text = entry.reason;
            if (!gloss.isEmpty())
                //: A list row: the registered reason phrase, then its translation
                text = tr("%1 (%2)").arg(entry.reason, gloss);
            // Local knowledge shows in the list: the team's own entries and notes are marked.
            if (entry.origin == Origin::Local || !entry.teamNotes.isEmpty())
                text += QStringLiteral(" ✎");
            return text;
        }
        case ClassColumn:
            return entry.classMarker();
        }
        break;
    case Qt::ToolTipRole:
        if (entry.status != Status::Current)
            //: Tooltip of a deprecated or removed code's row: %1 class, %2 status ("Deprecated"),
            //: %3 one-line summary
            return Formatter::tooltip(
                tr("%1 (%2): %3")
                    .arg(entry.classLabel(), entry.statusLabel(), entry.summaryText()));
        //: Tooltip of a list row: %1 class, %2 one-line summary
        return Formatter::tooltip(tr("%1: %2").arg(entry.classLabel(), entry.summaryText()));
    case Qt::AccessibleTextRole: {
        // The dimmed text of a deprecated or removed code is said in words.
        const QString title = entry.status == Status::Current
                                  ? entry.title()
                                  //: A code's title and its status: "202 Accepted (Deprecated)"
                                  : tr("%1 (%2)").arg(entry.title(), entry.statusLabel());
        if (isPinned(index.row()))
            //: What a screen reader says for a pinned row: "486 Busy Here, client error, pinned"
            return tr("%1, %2, pinned").arg(title, entry.classSpoken());
        if (entry.origin == Origin::Local || !entry.teamNotes.isEmpty())
            //: What a screen reader says for a row with a team note: "486 Busy Here, client
            //: error, team note"
            return tr("%1, %2, team note").arg(title, entry.classSpoken());
        //: What a screen reader says for a row: "486 Busy Here, client error"
        return tr("%1, %2").arg(title, entry.classSpoken());
    }
    case Qt::DecorationRole:
        if (index.column() == ClassColumn) {
            // One icon per colour, painted once: views ask for it on every paint of every row.
            QIcon &swatch = m_swatches[ClassColors::color(entry).rgba()];
            if (swatch.isNull())
                swatch = ClassColors::swatch(entry);
            return swatch;
        }
        break;
    case Qt::ForegroundRole:
        // Deprecated and removed codes are dimmed, not set in italics: an italic face is one more
        // font to load before the first frame. Selected rows keep the selection's text colour.
        if (entry.status != Status::Current && index.column() == ReasonColumn)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        break;
    case IdRole:
        return entry.id.toString();
    case FamilyRole:
        return static_cast<int>(entry.id.family);
    case ClassRole:
        return entry.codeClass();
    case PinnedRole:
        return isPinned(index.row());
    default:
        break;
    }
    return {};
}

QVariant CodeListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case ReasonColumn:
        return tr("Reason phrase");
    case ClassColumn:
        return tr("Class");
    }
    return {};
}

void CodeListModel::retranslate() {
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CodeListModel::setPinned(const QList<CodeId> &pinned) {
    if (pinned == m_pinned)
        return;
    m_pinned = pinned;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}
