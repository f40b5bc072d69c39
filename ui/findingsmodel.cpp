#include "findingsmodel.h"

#include "formatter.h"

#include <QFont>

FindingsModel::FindingsModel(const Catalog &catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_report(catalog) {}

void FindingsModel::clear() {
    beginResetModel();
    m_findings.clear();
    m_report.clear();
    endResetModel();
}

void FindingsModel::append(const QList<TraceFinding> &findings) {
    m_report.add(findings);
    const qsizetype room = kMaxRows - m_findings.size();
    const qsizetype taken = std::min(room, findings.size());
    if (taken <= 0)
        return;
    beginInsertRows({}, int(m_findings.size()), int(m_findings.size() + taken - 1));
    m_findings.append(findings.first(taken));
    endInsertRows();
}

void FindingsModel::retranslate() {
    if (!m_findings.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_findings.size()) - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int FindingsModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const TraceFinding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LineColumn:
            return QString::number(finding.line);
        case KindColumn:
            return TraceReport::kindLabel(finding.kind);
        case FindingColumn:
            return m_report.describe(finding);
        case FlagsColumn:
            if (!finding.flags)
                return QString();
            //: Decoder: the flags of a row, after a warning sign that marks it
            return tr("⚠ %1").arg(TraceReport::flagLabels(finding.flags));
        }
        break;
    case Qt::ToolTipRole: {
        const QStringList problems = m_report.problems(finding);
        return Formatter::tooltip(problems.isEmpty() ? m_report.meaning(finding)
                                                     : problems.join(u'\n'));
    }
    case Qt::AccessibleTextRole: {
        const QString flags = TraceReport::flagLabels(finding.flags);
        //: Screen reader text of a decoder row: %1 line, %2 kind, %3 finding
        QString text = tr("Line %1, %2: %3")
                           .arg(finding.line)
                           .arg(TraceReport::kindLabel(finding.kind), m_report.describe(finding));
        if (!flags.isEmpty())
            //: Screen reader text of a flagged decoder row: %1 the row, %2 the flags
            text = tr("%1. Flagged: %2").arg(text, flags);
        return text;
    }
    case Qt::FontRole:
        if (finding.flags && index.column() == FlagsColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        if (const auto id = finding.codeId())
            return id->toString();
        return {};
    case FlaggedRole:
        return bool(finding.flags);
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LineColumn:
        //: Decoder column: line number in the pasted text
        return tr("Line");
    case KindColumn:
        return tr("Kind");
    case FindingColumn:
        return tr("Finding");
    case FlagsColumn:
        //: Decoder column: what looks wrong with the finding
        return tr("Flags");
    }
    return {};
}
