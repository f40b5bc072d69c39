#include "comparisonview.h"
#include "decoderview.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QAccessibleInterface>
#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QWidget>

namespace {

// Every interface below `root`, depth first, in the order a screen reader walks them.
void collect(QAccessibleInterface *root, QList<QAccessibleInterface *> &out, int depth = 0) {
    if (!root || depth > 40)
        return;
    out.append(root);
    for (int i = 0; i < root->childCount(); ++i)
        collect(root->child(i), out, depth + 1);
}

// The focusable, visible widgets of `top` that a keyboard user can reach.
QList<QWidget *> focusable(QWidget *top) {
    QList<QWidget *> widgets;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (w->isVisibleTo(top) && w->focusPolicy() != Qt::NoFocus && w->isEnabled() &&
            !w->inherits("QScrollBar") && !w->inherits("QSplitterHandle") && w->parentWidget() &&
            !w->parentWidget()->inherits("QAbstractScrollArea"))
            widgets.append(w);
    }
    return widgets;
}

} // namespace

class TestAccessibility final : public QObject {
    Q_OBJECT

    static void checkNamed(QWidget *top) {
        for (QWidget *w : focusable(top)) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            QVERIFY2(iface, qPrintable(w->objectName()));
            const QString name = iface->text(QAccessible::Name);
            QVERIFY2(!name.trimmed().isEmpty(),
                     qPrintable(QStringLiteral("no accessible name: %1 (%2)")
                                    .arg(w->objectName(),
                                         QLatin1StringView(w->metaObject()->className()))));
        }
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_accessibility"));
        QSettings().clear();
    }

    void everyControlIsNamed() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        checkNamed(&window);
        window.showComparison(*CodeId::parse(u"486"), *CodeId::parse(u"600"));
        checkNamed(window.comparisonView());
        window.openDecoder();
        checkNamed(window.decoderView());
    }

    void rolesAreRight_data() {
        QTest::addColumn<QString>("objectName");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("name");
        QTest::newRow("search") << "searchBox" << int(QAccessible::EditableText) << "Search";
        QTest::newRow("family") << "familyFilter" << int(QAccessible::ComboBox) << "Family filter";
        QTest::newRow("class") << "classFilter" << int(QAccessible::ComboBox) << "Class filter";
        QTest::newRow("list") << "codeList" << int(QAccessible::Tree) << "Codes";
        QTest::newRow("compare") << "compareButton" << int(QAccessible::Button) << "Compare…";
    }
    void rolesAreRight() {
        QFETCH(QString, objectName);
        QFETCH(int, role);
        QFETCH(QString, name);
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *widget = window.findChild<QWidget *>(objectName);
        QVERIFY(widget);
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(iface);
        QCOMPARE(int(iface->role()), role);
        // On Linux a combo box's accessible name is its current text by Qt's design (the label
        // goes through a relation), so the name given to the widget is checked as well.
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        QCOMPARE(widget->accessibleName().isEmpty() ? iface->text(QAccessible::Name)
                                                    : widget->accessibleName(),
                 name);
        QVERIFY(!iface->text(QAccessible::Description).isEmpty() || !widget->toolTip().isEmpty() ||
                role != int(QAccessible::EditableText));
    }

    void listRowsReadAsSentences() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCode(*CodeId::parse(u"486"));
        auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        QList<QAccessibleInterface *> all;
        collect(QAccessible::queryAccessibleInterface(list), all);
        QStringList names;
        for (QAccessibleInterface *iface : all)
            names.append(iface->text(QAccessible::Name));
        QVERIFY2(names.contains(QStringLiteral("486 Busy Here, client error")),
                 qPrintable(names.mid(0, 12).join(u'|')));
        QVERIFY(names.contains(QStringLiteral("Q.850 cause 17 User busy, Normal event")));
    }

    void detailReadsInOrder() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCode(*CodeId::parse(u"486"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(detail);
        QVERIFY(iface && iface->textInterface());
        const QString text =
            iface->textInterface()->text(0, iface->textInterface()->characterCount());
        // Headings and their sections come in reading order.
        const QStringList order{
            QStringLiteral("486 Busy Here"),     QStringLiteral("What it means"),
            QStringLiteral("When you see it"),   QStringLiteral("How to fix it"),
            QStringLiteral("Who sends it"),      QStringLiteral("Headers to inspect"),
            QStringLiteral("Retry and failover")};
        qsizetype at = -1;
        for (const QString &heading : order) {
            const qsizetype next = text.indexOf(heading, at + 1);
            QVERIFY2(next > at, qPrintable(heading));
            at = next;
        }
    }

    void darkPaletteReRendersLinks() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCode(*CodeId::parse(u"486"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        const auto linkColour = [detail] {
            for (QTextBlock b = detail->document()->begin(); b.isValid(); b = b.next())
                for (auto it = b.begin(); !it.atEnd(); ++it)
                    if (it.fragment().charFormat().isAnchor())
                        return it.fragment().charFormat().foreground().color();
            return QColor();
        };
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
        dark.setColor(QPalette::Base, QColor(0x18, 0x18, 0x18));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
        QApplication::setPalette(dark);
        QTRY_COMPARE(linkColour(), QColor(0x8a, 0xb4, 0xf8));
        QCOMPARE(detail->palette().color(QPalette::Base), QColor(0x18, 0x18, 0x18));
        QApplication::setPalette(light);
        QTRY_COMPARE(linkColour(), light.color(QPalette::Link));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
