#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#ifdef Q_OS_LINUX
class QSocketNotifier;
#else
class QLocalServer;
class QLocalSocket;
#endif

// One window per user: a later start hands its arguments to the running window over a local
// socket and exits, so a desktop shortcut bound to `sipcodes` summons the open window. On Linux the
// socket and its lock are the system's own (a Unix domain socket, flock): the start-up loads no
// networking library for them (#7). Elsewhere they are QLocalServer's and QLockFile's.
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
    bool listen();
    void onNewConnection();
    // On the primary instance: a later start's whole message, already acknowledged.
    void deliver(const QStringList &arguments, const QString &activationToken);

    QString m_serverName;
    QString m_lockFilePath;
#ifdef Q_OS_LINUX
    int m_listener = -1;
    QSocketNotifier *m_listenerNotifier = nullptr;
#else
    void readMessage(QLocalSocket *socket);
    QLocalServer *m_server = nullptr;
#endif
};
