#include "singlelinedelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QPainter>
#include <QProxyStyle>
#include <QStyle>
#include <QTextLayout>
#include <QTextOption>

namespace {

const QStyle *styleOf(const QStyleOptionViewItem &option) {
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    // LazyIconStyle and other proxies that leave item views alone: what matters is the style
    // underneath.
    while (const auto *proxy = qobject_cast<const QProxyStyle *>(style)) {
        if (!proxy->baseStyle() || proxy->baseStyle() == style)
            break;
        style = proxy->baseStyle();
    }
    return style;
}

// One line of `layout`, as wide as the cell's text area.
void layOutLine(QTextLayout &layout, const QTextOption &option, int width) {
    layout.setTextOption(option);
    // Keeps the shaped glyphs for draw(), which would shape the line again otherwise.
    layout.setCacheEnabled(true);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    if (line.isValid()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0));
    }
    layout.endLayout();
}

} // namespace

bool SingleLineDelegate::handles(const QStyleOptionViewItem &option) {
    const QString style = styleOf(option)->name();
    if (style.compare(QLatin1String("fusion"), Qt::CaseInsensitive) != 0 &&
        style.compare(QLatin1String("windows"), Qt::CaseInsensitive) != 0)
        return false;
    // Where the text goes must not depend on the text: the whole row is selectable (the text
    // gets the cell less its icon) and the icon sits beside the text, not above or below it.
    if (!option.showDecorationSelected)
        return false;
    if (option.decorationPosition != QStyleOptionViewItem::Left &&
        option.decorationPosition != QStyleOptionViewItem::Right)
        return false;
    if (option.features &
        (QStyleOptionViewItem::WrapText | QStyleOptionViewItem::HasCheckIndicator))
        return false;
    if (option.state & QStyle::State_Editing)
        return false;
    return !option.text.contains(QChar::LineSeparator);
}

void SingleLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const {
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    if (!handles(opt)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();

    // The style draws the cell without its text or focus frame: background, selection and icon
    // are the same, and measure nothing.
    QStyleOptionViewItem bare = opt;
    bare.text.clear();
    bare.features &= ~QStyleOptionViewItem::HasDisplay;
    bare.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &bare, painter, widget);

    // The cell less its icon, and a margin on each side.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &bare, widget)
                               .adjusted(margin, 0, -margin, 0);
    QPalette::ColorGroup group =
        opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(opt.state & QStyle::State_Active))
        group = QPalette::Inactive;

    painter->save();
    painter->setClipRect(opt.rect);
    if (!opt.text.isEmpty())
        drawText(painter, opt, textRect, group);
    // The focus frame goes over the text, as QCommonStyle draws it.
    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &bare, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(
            group, opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

// The text as QCommonStyle draws it: centred on the line's height, elided when it does not fit, in
// the selection's colours. Laid out once; a second time only when it is elided.
void SingleLineDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &opt,
                                  const QRect &textRect, QPalette::ColorGroup group) {
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(opt.direction);
    textOption.setAlignment(QStyle::visualAlignment(opt.direction, opt.displayAlignment));
    QTextLayout layout(opt.text, opt.font);
    layOutLine(layout, textOption, textRect.width());
    const QRect lineRect = QStyle::alignedRect(Qt::LayoutDirectionAuto, opt.displayAlignment,
                                               layout.boundingRect().size().toSize(), textRect);
    const QPointF position(textRect.x(), lineRect.top());

    painter->setPen(opt.palette.color(
        group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText : QPalette::Text));
    if (layout.lineCount() > 0 && layout.lineAt(0).naturalTextWidth() > textRect.width()) {
        QTextLayout elided(
            QFontMetrics(opt.font).elidedText(opt.text, opt.textElideMode, textRect.width()),
            opt.font);
        layOutLine(elided, textOption, textRect.width());
        elided.draw(painter, position);
    } else {
        layout.draw(painter, position);
    }
}
