#include "classcolors.h"

#include <QPainter>
#include <QPixmap>

namespace ClassColors {

QColor color(const Entry &entry) {
    if (entry.id.family == Family::Q850)
        return QColor(0x7e, 0x57, 0xc2);
    if (entry.id.family == Family::Warning)
        return QColor(0x8d, 0x6e, 0x63);
    switch (entry.codeClass()) {
    case 1:
        return QColor(0x60, 0x7d, 0x8b);
    case 2:
        return QColor(0x2e, 0x7d, 0x32);
    case 3:
        return QColor(0x15, 0x65, 0xc0);
    case 4:
        return QColor(0xef, 0x6c, 0x00);
    case 5:
        return QColor(0xc6, 0x28, 0x28);
    case 6:
        return QColor(0x6a, 0x1b, 0x9a);
    }
    return Qt::gray;
}

QIcon swatch(const Entry &entry) {
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color(entry));
    painter.drawRoundedRect(QRectF(1, 1, 10, 10), 3, 3);
    return QIcon(pixmap);
}

} // namespace ClassColors
