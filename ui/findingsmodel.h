#pragma once

#include "tracedecoder.h"
#include "tracereport.h"

#include <QAbstractTableModel>
#include <QList>

// The decoder's findings as rows: line, kind, what was found, and what looks wrong. Keeps the
// report (summary and final response) up to date as batches arrive.
class FindingsModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LineColumn, KindColumn, FindingColumn, FlagsColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, FlaggedRole };

    explicit FindingsModel(const Catalog &catalog, QObject *parent = nullptr);

    void clear();
    void append(const QList<TraceFinding> &findings);
    const TraceFinding &finding(int row) const { return m_findings.at(row); }
    const TraceReport &report() const { return m_report; }
    // Findings decoded but not listed, beyond kMaxRows.
    qint64 hiddenCount() const { return m_report.count() - m_findings.size(); }
    void retranslate();

    static constexpr qsizetype kMaxRows = 100000;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const Catalog &m_catalog;
    TraceReport m_report;
    QList<TraceFinding> m_findings;
};
