#include "singleinstance.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
#endif

// Debug output is off unless QT_LOGGING_RULES="sipcodes.instance.debug=true"; the tests use it to
// see which process became the window.
Q_LOGGING_CATEGORY(lcInstance, "sipcodes.instance", QtInfoMsg)

namespace {

// A message is a 32-bit length, then a QDataStream of magic, version, arguments and the desktop's
// activation token. The answer is one byte, once the running instance has taken the arguments.
constexpr quint32 kMagic = 0x53495043; // "SIPC"
constexpr quint32 kProtocolVersion = 1;
constexpr quint32 kMaxMessageSize = 64 * 1024;
constexpr char kAcknowledge = 'A';
constexpr int kConnectTimeoutMs = 1000;
// The running instance answers from its event loop, which a fresh start reaches only after
// building its window.
constexpr int kAnswerTimeoutMs = 10000;
constexpr int kLockTimeoutMs = 5000;
constexpr int kPeerTimeoutMs = 5000;

QString userPart() {
#ifdef Q_OS_UNIX
    return QString::number(::getuid());
#else
    QString user = qEnvironmentVariable("USERNAME");
    user.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]")));
    return user;
#endif
}

// Per user: the XDG runtime folder (private to the user) where there is one, the temporary
// folder (per user on Windows and macOS) otherwise.
QString instanceDirectory() {
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // Without XDG_RUNTIME_DIR Qt warns and invents a folder under /tmp; go there quietly.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return QDir::tempPath();
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return runtime.isEmpty() ? QDir::tempPath() : runtime;
#else
    return QDir::tempPath();
#endif
}

QString safeKey(const QString &key) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_.-]{1,32}$"));
    if (key.isEmpty() || plain.match(key).hasMatch())
        return key;
    return QString::fromLatin1(
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent) {
    QString name = QStringLiteral("sipcodes-") + userPart();
    if (const QString k = safeKey(key); !k.isEmpty())
        name += u'-' + k;
    const QString directory = instanceDirectory();
    m_lockFilePath = directory + u'/' + name + QStringLiteral(".lock");
#ifdef Q_OS_WIN
    m_serverName = name;
#else
    m_serverName = directory + u'/' + name + QStringLiteral(".socket");
    // A socket path must fit sockaddr_un::sun_path (104 bytes on macOS, 108 on Linux); a deep
    // runtime folder falls back to the temporary one.
    if (m_serverName.toLocal8Bit().size() > 100) {
        m_serverName = QDir::tempPath() + u'/' + name + QStringLiteral(".socket");
        m_lockFilePath = QDir::tempPath() + u'/' + name + QStringLiteral(".lock");
    }
#endif
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultKey() {
    return qEnvironmentVariable("SIPCODES_INSTANCE_KEY");
}

SingleInstance::Role SingleInstance::start(const QStringList &arguments) {
    // The common cases first, without touching the lock: a window is running, or none is.
    HandOff result = handOff(arguments);
    if (result == HandOff::Delivered)
        return Role::Secondary;
    if (result == HandOff::Unanswered)
        return Role::Standalone;

    // "Nobody listens, so I will" must be atomic, or two starts at the same moment both listen.
    // QLockFile removes a lock whose process has died, so a crash cannot block later starts.
    QLockFile lock(m_lockFilePath);
    if (!lock.tryLock(kLockTimeoutMs)) {
        qCWarning(lcInstance) << "could not take" << m_lockFilePath << "- running on our own";
        return Role::Standalone;
    }
    result = handOff(arguments); // whoever held the lock before us may be listening now
    if (result == HandOff::Delivered)
        return Role::Secondary;
    if (result == HandOff::Unanswered)
        return Role::Standalone;

    // Nobody answered while we hold the lock: a socket file still there was left by a crash.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcInstance) << "cannot listen on" << m_serverName << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return Role::Standalone;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    qCDebug(lcInstance) << "listening on" << m_serverName;
    return Role::Primary;
}

SingleInstance::HandOff SingleInstance::handOff(const QStringList &arguments) const {
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return HandOff::NoServer;

#ifdef Q_OS_WIN
    // Windows lets only the process the user just started take the foreground; pass that on.
    AllowSetForegroundWindow(ASFW_ANY);
#endif
    QByteArray payload;
    {
        QDataStream stream(&payload, QIODevice::WriteOnly);
        stream.setVersion(QDataStream::Qt_6_0);
        // Lets the running window take focus on Wayland, where the desktop hands this token to
        // the process it started (this one), not to the window that should come forward.
        stream << kMagic << kProtocolVersion << arguments
               << qEnvironmentVariable("XDG_ACTIVATION_TOKEN");
    }
    QByteArray message;
    {
        QDataStream stream(&message, QIODevice::WriteOnly);
        stream << quint32(payload.size());
    }
    message += payload;
    socket.write(message);
    while (socket.bytesToWrite() > 0) {
        if (!socket.waitForBytesWritten(kAnswerTimeoutMs))
            return HandOff::Unanswered;
    }
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(kAnswerTimeoutMs)) {
            qCWarning(lcInstance) << "the running instance did not answer on" << m_serverName;
            return HandOff::Unanswered;
        }
    }
    if (socket.read(1) != QByteArray(1, kAcknowledge))
        return HandOff::Unanswered;
    qCDebug(lcInstance) << "handed" << arguments << "to the running instance";
    return HandOff::Delivered;
}

void SingleInstance::onNewConnection() {
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { readMessage(socket); });
        // A peer that never finishes its message must not keep the socket forever.
        QTimer::singleShot(kPeerTimeoutMs, socket, [socket] { socket->abort(); });
        readMessage(socket);
    }
}

void SingleInstance::readMessage(QLocalSocket *socket) {
    if (socket->bytesAvailable() < qint64(sizeof(quint32)))
        return;
    quint32 size = 0;
    {
        QDataStream stream(socket->peek(sizeof(quint32)));
        stream >> size;
    }
    if (size > kMaxMessageSize) {
        socket->abort();
        return;
    }
    if (socket->bytesAvailable() < qint64(sizeof(quint32) + size))
        return;
    socket->skip(sizeof(quint32));
    const QByteArray payload = socket->read(size);

    QDataStream stream(payload);
    stream.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint32 version = 0;
    QStringList arguments;
    QString token;
    stream >> magic >> version >> arguments >> token;
    if (stream.status() != QDataStream::Ok || magic != kMagic || version != kProtocolVersion) {
        socket->abort();
        return;
    }
    socket->write(QByteArray(1, kAcknowledge));
    socket->flush();
    socket->disconnectFromServer();

    qCDebug(lcInstance) << "received" << arguments;
    // Qt's Wayland plugin reads the token from the environment when the window activates.
    if (!token.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", token.toUtf8());
    emit argumentsReceived(arguments);
}
