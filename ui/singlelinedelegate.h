#pragma once

#include <QStyledItemDelegate>

// Draws one-line cells exactly as QStyledItemDelegate does under the styles whose item text is
// QCommonStyle's (Fusion, Windows), but lays each cell's text out once. Qt's own path measures
// the text, lays it out to elide it and lays it out again to draw it: four shapings per cell,
// three quarters of the code list's first paint. Under other styles (Breeze, macOS, Windows
// Vista, which draw item text their own way) and for cells it does not handle (wrapped text,
// check boxes, editing), it hands the cell to QStyledItemDelegate unchanged.
class SingleLineDelegate final : public QStyledItemDelegate {
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // Whether cells drawn with `option` take the single-layout path (for the tests).
    static bool handles(const QStyleOptionViewItem &option);

private:
    static void drawText(QPainter *painter, const QStyleOptionViewItem &option,
                         const QRect &textRect, QPalette::ColorGroup group);
};
