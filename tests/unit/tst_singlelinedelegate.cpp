#include "lazyiconstyle.h"
#include "singlelinedelegate.h"

#include <QApplication>
#include <QCommonStyle>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QStandardItemModel>
#include <QStyleFactory>
#include <QTest>
#include <QTreeView>

#include <memory>

// SingleLineDelegate must draw every cell exactly as QStyledItemDelegate does: each case is
// painted by both into images of the same size and the pixels are compared.
class TestSingleLineDelegate final : public QObject {
    Q_OBJECT

    enum Case : int {
        Plain = 0x0,
        Selected = 0x1,
        Focused = 0x2,
        Inactive = 0x4,
        Disabled = 0x8,
        Dimmed = 0x10, // a ForegroundRole colour: deprecated codes
        Swatch = 0x20, // a DecorationRole icon: the class column
        Narrow = 0x40, // too narrow for the text: elided
        RightAlign = 0x80,
        RightToLeft = 0x100,
        IconRight = 0x200,
        Wrapping = 0x400, // word-wrapped text: handed to QStyledItemDelegate
        Empty = 0x800,
    };

    static QIcon swatch() {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setBrush(QColor(0xef, 0x6c, 0x00));
        painter.drawRoundedRect(QRectF(1, 1, 10, 10), 3, 3);
        return QIcon(pixmap);
    }

    struct Initialiser final : QStyledItemDelegate {
        using QStyledItemDelegate::initStyleOption;
    };

    struct Rendered {
        QImage image;
        bool fastPath = false;
    };

    // Paints one cell of `view` holding `text` with the flags of `cases`.
    static Rendered render(const QStyledItemDelegate &delegate, QTreeView &view,
                           const QString &text, int cases) {
        QStandardItemModel model(1, 1);
        auto *item = new QStandardItem(cases & Empty ? QString() : text);
        if (cases & Dimmed)
            item->setForeground(view.palette().brush(QPalette::PlaceholderText));
        if (cases & Swatch)
            item->setIcon(swatch());
        if (cases & RightAlign)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        model.setItem(0, 0, item);

        QStyleOptionViewItem option;
        option.initFrom(&view);
        option.widget = &view;
        option.rect = QRect(0, 0, cases & Narrow ? 60 : 320, 24);
        option.showDecorationSelected = true; // as QTreeView sets it for whole-row selection
        option.decorationPosition =
            cases & IconRight ? QStyleOptionViewItem::Right : QStyleOptionViewItem::Left;
        option.decorationSize = QSize(16, 16);
        option.state = QStyle::State_Enabled | QStyle::State_Active;
        if (cases & Selected)
            option.state |= QStyle::State_Selected;
        if (cases & Focused)
            option.state |= QStyle::State_HasFocus;
        if (cases & Inactive)
            option.state &= ~QStyle::State_Active;
        if (cases & Disabled)
            option.state &= ~QStyle::State_Enabled;
        if (cases & RightToLeft)
            option.direction = Qt::RightToLeft;
        if (cases & Wrapping)
            option.features |= QStyleOptionViewItem::WrapText;

        Rendered result;
        QStyleOptionViewItem initialised = option;
        Initialiser().initStyleOption(&initialised, model.index(0, 0));
        result.fastPath = SingleLineDelegate::handles(initialised);
        result.image = QImage(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        result.image.fill(Qt::white);
        QPainter painter(&result.image);
        delegate.paint(&painter, option, model.index(0, 0));
        return result;
    }

    static void addCases() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cases");
        QTest::addColumn<bool>("fastPath");
        const QString reason = QStringLiteral("Busy Here");
        QTest::newRow("plain") << reason << int(Plain) << true;
        QTest::newRow("code") << QStringLiteral("486") << int(Plain) << true;
        QTest::newRow("pinned") << QStringLiteral("★ 486") << int(Plain) << true;
        QTest::newRow("team note") << QStringLiteral("Busy Here ✎") << int(Plain) << true;
        QTest::newRow("selected") << reason << int(Selected) << true;
        QTest::newRow("selected, focused") << reason << int(Selected | Focused) << true;
        QTest::newRow("selected, window inactive") << reason << int(Selected | Inactive) << true;
        QTest::newRow("disabled") << reason << int(Disabled) << true;
        QTest::newRow("dimmed") << QStringLiteral("Accepted") << int(Dimmed) << true;
        QTest::newRow("dimmed, selected")
            << QStringLiteral("Accepted") << int(Dimmed | Selected) << true;
        QTest::newRow("class swatch") << QStringLiteral("4xx") << int(Swatch) << true;
        QTest::newRow("class swatch, selected, focused")
            << QStringLiteral("4xx") << int(Swatch | Selected | Focused) << true;
        QTest::newRow("swatch on the right")
            << QStringLiteral("4xx") << int(Swatch | IconRight) << true;
        QTest::newRow("elided") << QStringLiteral("Unsupported URI Scheme") << int(Narrow) << true;
        QTest::newRow("elided, selected")
            << QStringLiteral("Precondition Failure (Fallo de precondición)")
            << int(Narrow | Selected) << true;
        QTest::newRow("elided with swatch")
            << QStringLiteral("Conditional Request Failed") << int(Narrow | Swatch) << true;
        QTest::newRow("right aligned") << reason << int(RightAlign) << true;
        QTest::newRow("right to left") << reason << int(RightToLeft | Swatch) << true;
        QTest::newRow("japanese") << QStringLiteral("Busy Here（話し中）") << int(Plain) << true;
        QTest::newRow("empty") << QString() << int(Empty | Swatch) << true;
        QTest::newRow("wrapped text: Qt's own path") << reason << int(Wrapping) << false;
    }

private slots:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }

    void drawsLikeQtsDelegate_data() { addCases(); }
    void drawsLikeQtsDelegate() {
        QFETCH(QString, text);
        QFETCH(int, cases);
        QFETCH(bool, fastPath);
        QTreeView view;
        QStyledItemDelegate reference;
        SingleLineDelegate fast;
        const Rendered expected = render(reference, view, text, cases);
        const Rendered actual = render(fast, view, text, cases);
        QCOMPARE(actual.fastPath, fastPath);
        if (actual.image != expected.image) {
            expected.image.save(
                QStringLiteral("expected-%1.png").arg(QLatin1String(QTest::currentDataTag())));
            actual.image.save(
                QStringLiteral("actual-%1.png").arg(QLatin1String(QTest::currentDataTag())));
        }
        QVERIFY2(actual.image == expected.image,
                 "the cell differs from QStyledItemDelegate's (images saved in the test folder)");
    }

    // The application's style is LazyIconStyle over Fusion: the proxy does not change the path.
    void takesTheFastPathThroughTheApplicationsProxyStyle_data() { addCases(); }
    void takesTheFastPathThroughTheApplicationsProxyStyle() {
        QFETCH(QString, text);
        QFETCH(int, cases);
        QFETCH(bool, fastPath);
        auto style =
            std::make_unique<LazyIconStyle>(QStyleFactory::create(QStringLiteral("Fusion")));
        QTreeView view;
        view.setStyle(style.get());
        QStyledItemDelegate reference;
        SingleLineDelegate fast;
        const Rendered expected = render(reference, view, text, cases);
        const Rendered actual = render(fast, view, text, cases);
        QCOMPARE(actual.fastPath, fastPath);
        QVERIFY(actual.image == expected.image);
    }

    // A style that draws item text its own way (Breeze, macOS, Windows Vista) keeps Qt's path;
    // Windows, whose item text is QCommonStyle's, takes the fast one.
    void leavesOtherStylesToQt() {
        QStyledItemDelegate delegate;
        QTreeView view;
        const std::unique_ptr<QStyle> windows(QStyleFactory::create(QStringLiteral("Windows")));
        QVERIFY(windows);
        view.setStyle(windows.get());
        QCOMPARE(render(delegate, view, QStringLiteral("Busy Here"), Plain).fastPath, true);
        QCommonStyle unnamed; // not made by QStyleFactory: a style of its own
        view.setStyle(&unnamed);
        QCOMPARE(render(delegate, view, QStringLiteral("Busy Here"), Plain).fastPath, false);
        view.setStyle(nullptr);
    }
};

QTEST_MAIN(TestSingleLineDelegate)
#include "tst_singlelinedelegate.moc"
