#pragma once

#include <QProxyStyle>

// The application's own style, with one change: the icons of the menu bar's and tool bars'
// extension buttons (») are loaded when first drawn, not when the bar is made. Qt loads a
// built-in icon through every image format plugin installed, and those buttons show only when a
// bar is too narrow for its items: the first frame needs neither.
class LazyIconStyle final : public QProxyStyle {
    Q_OBJECT

public:
    using QProxyStyle::QProxyStyle;

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
