#pragma once

#include "catalog.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QIcon>

// The catalog as rows: code, reason phrase, class marker. Read-only.
class CodeListModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { CodeColumn, ReasonColumn, ClassColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, // the entry's CodeId as "486", "q850:17"
        FamilyRole,                // int(Family)
        ClassRole,                 // Entry::codeClass()
        PinnedRole,                // bool: pinned as a favourite
    };

    explicit CodeListModel(const Catalog &catalog, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Entry &entryAt(int row) const { return m_catalog.entries().at(row); }
    int rowOf(CodeId id) const { return static_cast<int>(m_catalog.indexOf(id)); }
    const Catalog &catalog() const { return m_catalog; }

    // Called when the language changes: headers, tooltips and glosses are re-read.
    void retranslate();
    // Pinned codes get a ★ before the code and "pinned" in what a screen reader says.
    void setPinned(const QList<CodeId> &pinned);
    bool isPinned(int row) const { return m_pinned.contains(entryAt(row).id); }

private:
    const Catalog &m_catalog;
    QList<CodeId> m_pinned;
    mutable QHash<QRgb, QIcon> m_swatches; // class colour swatches, by colour
};
