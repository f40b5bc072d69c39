#include "localization.h"
#include "mainwindow.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// Settings the app cannot trust or cannot write: it starts, shows a code, and loses nothing else.
class TestBadSettings final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // Points QSettings at `folder` for the user scope.
    static void useFolder(const QString &folder) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    }

private slots:
    void initTestCase() {
        QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes"));
        QCoreApplication::setApplicationName(QStringLiteral("sipcodes"));
        QVERIFY(m_dir.isValid());
    }

    void corruptFileStillStarts_data() {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe[[[\x01\x02=\n=\n\xc3", 13);
        QTest::newRow("wrong types")
            << QByteArray("[window]\ngeometry=not a geometry\nstate=@ByteArray(\\x1\\x2)\n"
                          "splitter=42\n[view]\nlastCode=<script>alert(1)</script>\n"
                          "language=xx\n");
        QTest::newRow("unknown code") << QByteArray("[view]\nlastCode=999\nlanguage=\n");
        QTest::newRow("empty file") << QByteArray();
    }
    void corruptFileStillStarts() {
        QFETCH(QByteArray, contents);
        const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/SIP Codes")));
        QFile file(folder + QStringLiteral("/SIP Codes/sipcodes.conf"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        useFolder(folder);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.currentCode(), CodeId::parse(u"100")); // the default, not a bad value
        QVERIFY(Localization::available().contains(Localization::current()));
        window.showCode(*CodeId::parse(u"486"));
        window.close();
        // What was broken is replaced by what the window saved.
        QSettings settings;
        QCOMPARE(settings.value(QStringLiteral("view/lastCode")).toString(), QStringLiteral("486"));
    }

    void unwritableFolderLosesOnlyTheLayout() {
        // A configuration "folder" that is a file cannot be written, not even by root.
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        useFolder(blocker);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showCode(*CodeId::parse(u"503"));
        QTest::ignoreMessage(QtWarningMsg,
                             QRegularExpression(QStringLiteral("could not save its settings")));
        window.close();
        QCOMPARE(window.currentCode(), CodeId::parse(u"503"));
        QFile still(blocker);
        QVERIFY(still.open(QIODevice::ReadOnly));
        QCOMPARE(still.readAll(), QByteArray("x")); // nothing overwritten
    }
};

QTEST_MAIN(TestBadSettings)
#include "tst_badsettings.moc"
