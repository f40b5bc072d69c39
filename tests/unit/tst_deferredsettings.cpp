#include "deferredsettings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The settings written at the user's pause: nothing reaches the file before it, everything
// after it, in one write; close (flush) and destruction write what is pending at once.
class TestDeferredSettings final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    static void useFolder(const QString &folder) {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, folder);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    }

    // What the next start would read: the file, through a settings object of its own.
    static QVariant onDisk(const QString &key) {
        return QSettings(DeferredSettings::fileName(), QSettings::IniFormat).value(key);
    }

private slots:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("SIP Codes Tests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_deferredsettings"));
        useFolder(m_dir.path());
    }

    void init() {
        useFolder(m_dir.path());
        QFile::remove(DeferredSettings::fileName());
    }

    void writtenAtThePause_data() {
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<QVariantMap>("written");
        QTest::newRow("one value") << QStringList{"view/zoom"} << QVariantList{QStringLiteral("2")}
                                   << QVariantMap{{"view/zoom", QStringLiteral("2")}};
        QTest::newRow("the last value wins")
            << QStringList{"view/zoom", "view/zoom", "view/zoom"}
            << QVariantList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}
            << QVariantMap{{"view/zoom", QStringLiteral("3")}};
        QTest::newRow("several keys, one write")
            << QStringList{"view/recent", "view/zoom", "view/recent"}
            << QVariantList{QStringList{"486", "600"}, QStringLiteral("-1"),
                            QStringList{"q850:17", "486", "600"}}
            << QVariantMap{{"view/recent", QStringList{"q850:17", "486", "600"}},
                           {"view/zoom", QStringLiteral("-1")}};
    }
    void writtenAtThePause() {
        QFETCH(QStringList, keys);
        QFETCH(QVariantList, values);
        QFETCH(QVariantMap, written);
        DeferredSettings settings(200ms);
        for (qsizetype i = 0; i < keys.size(); ++i)
            settings.setValue(keys.at(i), values.at(i));
        QVERIFY(settings.isPending());
        for (const QString &key : written.keys())
            QVERIFY2(!onDisk(key).isValid(), qPrintable(key));

        QTRY_VERIFY_WITH_TIMEOUT(!settings.isPending(), 5000);
        for (auto it = written.cbegin(); it != written.cend(); ++it)
            QCOMPARE(onDisk(it.key()), it.value());
    }

    // Typing on: each value given starts the pause again.
    void eachValueStartsThePauseAgain() {
        DeferredSettings settings(1500ms);
        settings.setValue(QStringLiteral("view/recent"), QStringList{"486"});
        QTest::qWait(900);
        settings.setValue(QStringLiteral("view/recent"), QStringList{"404", "486"});
        QTest::qWait(900); // 1.8 s after the first value, 0.9 s after the last
        QVERIFY(settings.isPending());
        QVERIFY(!onDisk(QStringLiteral("view/recent")).isValid());
        QTRY_VERIFY_WITH_TIMEOUT(!settings.isPending(), 5000);
        QCOMPARE(onDisk(QStringLiteral("view/recent")), QVariant(QStringList{"404", "486"}));
    }

    void flushWritesAtOnce() {
        DeferredSettings settings(1h);
        settings.setValue(QStringLiteral("view/zoom"), QStringLiteral("4"));
        QVERIFY(settings.flush());
        QVERIFY(!settings.isPending());
        QCOMPARE(onDisk(QStringLiteral("view/zoom")), QVariant(QStringLiteral("4")));
        QVERIFY(settings.flush()); // nothing pending: nothing to write, no error
    }

    void destructionWritesWhatIsPending() {
        {
            DeferredSettings settings(1h);
            settings.setValue(QStringLiteral("view/recent"), QStringList{"503", "486"});
        }
        QCOMPARE(onDisk(QStringLiteral("view/recent")), QVariant(QStringList{"503", "486"}));
    }

    // A configuration "folder" that is a file cannot be written, not even by root: flush says so
    // and does not try again at every pause.
    void unwritableFolderIsReported() {
        const QString blocker = m_dir.filePath(QStringLiteral("not-a-folder"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
        file.close();
        useFolder(blocker);
        DeferredSettings settings(1h);
        settings.setValue(QStringLiteral("view/zoom"), QStringLiteral("1"));
        QVERIFY(!settings.flush());
        QVERIFY(!settings.isPending());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestDeferredSettings)
#include "tst_deferredsettings.moc"
