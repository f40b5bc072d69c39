#include "mainwindow.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTest>

// The options of a window that stays open all day: tray icon, close to tray, start minimised.
class TestKeptOpen final : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keptopen"));
        QSettings().clear();
    }

    void optionsAreRemembered() {
        {
            MainWindow window(QStringLiteral("en"));
            auto *tray = window.findChild<QAction *>(QStringLiteral("trayAction"));
            auto *closeToTray = window.findChild<QAction *>(QStringLiteral("closeToTrayAction"));
            auto *minimised = window.findChild<QAction *>(QStringLiteral("startMinimisedAction"));
            QVERIFY(tray && closeToTray && minimised);
            QVERIFY(!tray->isChecked());
            QVERIFY(!closeToTray->isEnabled()); // only meaningful with the tray icon
            tray->setChecked(true);
            QVERIFY(closeToTray->isEnabled());
            closeToTray->setChecked(true);
            minimised->setChecked(true);
            QCOMPARE(tray->text(), QStringLiteral("Show &Tray Icon"));
        }
        MainWindow again(QStringLiteral("en"));
        QVERIFY(again.findChild<QAction *>(QStringLiteral("trayAction"))->isChecked());
        QVERIFY(again.findChild<QAction *>(QStringLiteral("closeToTrayAction"))->isChecked());
        QVERIFY(again.findChild<QAction *>(QStringLiteral("startMinimisedAction"))->isChecked());
        // The tray icon appears only where the desktop has a tray.
        QCOMPARE(again.isTrayIconShown(), QSystemTrayIcon::isSystemTrayAvailable());
        QSettings().clear();
    }

    void startMinimisedWithoutATray() {
        QSettings().setValue(QStringLiteral("window/startMinimised"), true);
        MainWindow window(QStringLiteral("en"));
        window.showAtStart();
        if (window.isTrayIconShown()) {
            QVERIFY(!window.isVisible()); // waits in the tray
        } else {
            QVERIFY(window.isVisible());
            QVERIFY(window.windowState().testFlag(Qt::WindowMinimized));
        }
        QSettings().clear();
    }

    void closingWithoutATrayCloses() {
        QSettings().setValue(QStringLiteral("tray/closeToTray"), true);
        MainWindow window(QStringLiteral("en"));
        window.showAtStart();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.close()); // no tray icon here: closing must not leave an invisible app
        QVERIFY(!window.isVisible());
        QSettings().clear();
    }
};

QTEST_MAIN(TestKeptOpen)
#include "tst_keptopen.moc"
