#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QLocalServer;
class QLocalSocket;

// One window per user: a later start hands its arguments to the running window over a local
// socket and exits, so a desktop shortcut bound to `sipcodes` summons the open window.
class SingleInstance final : public QObject {
    Q_OBJECT

public:
    enum class Role {
        Primary,    // nothing was running: this process listens for later starts
        Secondary,  // the running instance took the arguments: this process should exit
        Standalone, // the running instance did not answer, or listening failed: run alone
    };

    // Instances with different keys ignore each other (tests use their own keys). The default
    // key comes from the SIPCODES_INSTANCE_KEY environment variable and is normally empty.
    explicit SingleInstance(const QString &key = defaultKey(), QObject *parent = nullptr);
    ~SingleInstance() override;

    static QString defaultKey();
    // The local socket (a file on Unix, a named pipe on Windows) and the lock that guards it.
    QString serverName() const { return m_serverName; }
    QString lockFilePath() const { return m_lockFilePath; }

    // Hands `arguments` (without the program name) to the running instance, or becomes it.
    // Safe against a socket left behind by a crash and against two starts at the same moment.
    Role start(const QStringList &arguments);

signals:
    // On the primary instance: the arguments a later start was given.
    void argumentsReceived(const QStringList &arguments);

private:
    enum class HandOff { Delivered, NoServer, Unanswered };

    HandOff handOff(const QStringList &arguments) const;
    void onNewConnection();
    void readMessage(QLocalSocket *socket);

    QString m_serverName;
    QString m_lockFilePath;
    QLocalServer *m_server = nullptr;
};
