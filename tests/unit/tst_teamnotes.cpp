#include "catalog.h"
#include "mainwindow.h"
#include "overlays.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

// A team keeps its notes in the window: written from the detail pane, shown as local, searchable,
// and a broken overlay in the folder is reported without stopping anything.
class TestTeamNotes final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_teamnotes"));
        QSettings().clear();
        // Before the catalog's first use: one good overlay and one broken one in the folder.
        QDir(Overlays::folder()).removeRecursively();
        QVERIFY(QDir().mkpath(Overlays::folder()));
        QFile good(Overlays::folder() + QStringLiteral("/carrier.json"));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("{\"notes\": [{\"code\": \"503\", \"text\": \"Carrier Y sends 503 during its "
                   "nightly maintenance window.\"}]}");
        good.close();
        QFile local(Overlays::folder() + QStringLiteral("/vendor.json"));
        QVERIFY(local.open(QIODevice::WriteOnly));
        local.write("{\"family\": \"sip\", \"entries\": [{\"code\": 499, \"reason\": \"Vendor "
                    "<i>Busy</i>\", \"summary\": \"<b>Our</b> switch: all lines busy.\"}]}");
        local.close();
        QFile broken(Overlays::folder() + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"notes\": [{\"code\": 403,");
        broken.close();
    }

    void cleanupTestCase() { QDir(Overlays::folder()).removeRecursively(); }

    void brokenOverlayIsReportedAndTheRestLoads() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *banner = window.findChild<QLabel *>(QStringLiteral("problemsBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->text().startsWith(QStringLiteral("1 problem in the team notes: ")),
                 qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("broken.json")));
        window.showCode(*CodeId::parse(u"503"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Team notes (local)")));
        QVERIFY(detail->toPlainText().contains(
            QStringLiteral("nightly maintenance window. (carrier.json)")));
    }

    void localEntriesAreListedAndShownLiterally() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCode(*CodeId::parse(u"499"));
        QCOMPARE(window.currentCode(), CodeId::parse(u"499"));
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Local entry from vendor.json")));
        QVERIFY(
            detail->toPlainText().contains(QStringLiteral("<b>Our</b> switch: all lines busy.")));
        auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        const QModelIndex row = list->currentIndex();
        QCOMPARE(row.siblingAtColumn(1).data().toString(), QStringLiteral("Vendor <i>Busy</i> ✎"));
        const QString tip = row.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Our&lt;/b&gt;")), qPrintable(tip));
    }

    void editingANoteSavesShowsAndIndexesIt() {
        MainWindow window(QStringLiteral("en"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const CodeId forbidden = *CodeId::parse(u"403");
        QString error;
        QVERIFY2(window.setTeamNote(forbidden,
                                    QStringLiteral("Carrier X: <b>prepaid</b> credit gone & "
                                                   "more"),
                                    &error),
                 qPrintable(error));
        // Saved where the overlays live, and shown literally.
        QCOMPARE(Overlays::savedNote(forbidden),
                 QStringLiteral("Carrier X: <b>prepaid</b> credit gone & more"));
        window.showCode(forbidden);
        auto *detail = window.findChild<QTextBrowser *>(QStringLiteral("detailView"));
        QVERIFY(detail->toPlainText().contains(
            QStringLiteral("Carrier X: <b>prepaid</b> credit gone & more (notes.json)")));
        // Marked in the list, and found by the search box.
        auto *list = window.findChild<QTreeView *>(QStringLiteral("codeList"));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchBox"));
        search->setText(QStringLiteral("gone prepaid"));
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("403"));
        QCOMPARE(list->model()->index(0, 1).data().toString(), QStringLiteral("Forbidden ✎"));
        QCOMPARE(list->model()->index(0, 1).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("403 Forbidden, client error, team note"));

        // Removing it removes it everywhere.
        QVERIFY(window.setTeamNote(forbidden, QString(), &error));
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("prepaid</b>")));
        QCOMPARE(Overlays::savedNote(forbidden), QString());
        search->setText(QStringLiteral("gone prepaid"));
        QCOMPARE(list->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestTeamNotes)
#include "tst_teamnotes.moc"
