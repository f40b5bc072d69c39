#include "singleinstance.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <functional>

#ifdef Q_OS_LINUX
#include <QDeadlineTimer>
#include <QFile>
#include <QScopeGuard>
#include <QSocketNotifier>
#include <QThread>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#else
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#endif
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

QByteArray encodeMessage(const QStringList &arguments) {
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
    return message + payload;
}

enum class Parsed { Incomplete, Bad, Message };

// Reads the message at the start of `buffer` once it is all there.
Parsed parseMessage(const QByteArray &buffer, QStringList *arguments, QString *token) {
    if (buffer.size() < qsizetype(sizeof(quint32)))
        return Parsed::Incomplete;
    quint32 size = 0;
    {
        QDataStream stream(buffer.left(sizeof(quint32)));
        stream >> size;
    }
    if (size > kMaxMessageSize)
        return Parsed::Bad;
    if (buffer.size() < qsizetype(sizeof(quint32) + size))
        return Parsed::Incomplete;
    QDataStream stream(buffer.mid(sizeof(quint32), size));
    stream.setVersion(QDataStream::Qt_6_0);
    quint32 magic = 0;
    quint32 version = 0;
    stream >> magic >> version >> *arguments >> *token;
    if (stream.status() != QDataStream::Ok || magic != kMagic || version != kProtocolVersion)
        return Parsed::Bad;
    return Parsed::Message;
}

#ifdef Q_OS_LINUX

// flock() on the lock file: the system lets go of it when its process ends, crash or not.
class InstanceLock {
public:
    explicit InstanceLock(const QString &path)
        : m_path(QFile::encodeName(path)) {}
    ~InstanceLock() {
        if (m_fd >= 0)
            ::close(m_fd); // and with it the lock; the file stays for the next start
    }
    InstanceLock(const InstanceLock &) = delete;
    InstanceLock &operator=(const InstanceLock &) = delete;

    bool tryLock(int timeoutMs) {
        m_fd = ::open(m_path.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
        if (m_fd < 0)
            return false;
        const QDeadlineTimer deadline(timeoutMs);
        while (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            if (errno != EWOULDBLOCK && errno != EINTR)
                return false;
            if (deadline.hasExpired())
                return false;
            QThread::msleep(5);
        }
        return true;
    }

private:
    QByteArray m_path;
    int m_fd = -1;
};

bool socketAddress(const QString &name, sockaddr_un *address) {
    const QByteArray path = QFile::encodeName(name);
    *address = {};
    address->sun_family = AF_UNIX;
    if (path.size() >= qsizetype(sizeof(address->sun_path)))
        return false;
    std::memcpy(address->sun_path, path.constData(), path.size());
    return true;
}

// Waits for `events` on `fd` until `deadline`.
bool waitFor(int fd, short events, const QDeadlineTimer &deadline) {
    for (;;) {
        pollfd one{fd, events, 0};
        const int ready = ::poll(&one, 1, int(deadline.remainingTime()));
        if (ready > 0)
            return true;
        if (ready == 0 || errno != EINTR)
            return false;
    }
}

bool sendAll(int fd, const QByteArray &data, const QDeadlineTimer &deadline) {
    qsizetype sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.constData() + sent, data.size() - sent, MSG_NOSIGNAL);
        if (n > 0)
            sent += n;
        else if (n < 0 && errno == EINTR)
            continue;
        else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) &&
                 waitFor(fd, POLLOUT, deadline))
            continue;
        else
            return false;
    }
    return true;
}

// One accepted connection on the primary instance: reads one message, answers, closes.
class Peer final : public QObject {
public:
    using Deliver = std::function<void(const QStringList &, const QString &)>;

    Peer(int fd, Deliver deliver, QObject *parent)
        : QObject(parent)
        , m_fd(fd)
        , m_notifier(fd, QSocketNotifier::Read)
        , m_deliver(std::move(deliver)) {
        connect(&m_notifier, &QSocketNotifier::activated, this, &Peer::read);
        // A peer that never finishes its message must not keep the socket forever.
        QTimer::singleShot(kPeerTimeoutMs, this, &Peer::finish);
        read();
    }
    ~Peer() override {
        m_notifier.setEnabled(false);
        ::close(m_fd);
    }
    Peer(const Peer &) = delete;
    Peer &operator=(const Peer &) = delete;

private:
    void read() {
        if (m_done)
            return;
        char chunk[4096];
        for (;;) {
            const ssize_t n = ::recv(m_fd, chunk, sizeof chunk, 0);
            if (n > 0) {
                m_buffer.append(chunk, n);
                if (m_buffer.size() > qsizetype(sizeof(quint32) + kMaxMessageSize))
                    return finish();
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
                break;
            return finish(); // closed, or failed, before a whole message
        }
        QStringList arguments;
        QString token;
        switch (parseMessage(m_buffer, &arguments, &token)) {
        case Parsed::Incomplete:
            return;
        case Parsed::Bad:
            return finish();
        case Parsed::Message:
            ::send(m_fd, &kAcknowledge, 1, MSG_NOSIGNAL);
            finish();
            m_deliver(arguments, token);
            return;
        }
    }
    void finish() {
        m_done = true;
        m_notifier.setEnabled(false);
        deleteLater();
    }

    int m_fd;
    QSocketNotifier m_notifier;
    Deliver m_deliver;
    QByteArray m_buffer;
    bool m_done = false;
};

#else

using InstanceLock = QLockFile; // removes a lock whose process has died

#endif

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

SingleInstance::~SingleInstance() {
#ifdef Q_OS_LINUX
    if (m_listener >= 0) {
        delete m_listenerNotifier;
        ::close(m_listener);
        ::unlink(QFile::encodeName(m_serverName).constData());
    }
#endif
}

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
    // A crashed instance holds no lock: it cannot block later starts.
    InstanceLock lock(m_lockFilePath);
    if (!lock.tryLock(kLockTimeoutMs)) {
        qCWarning(lcInstance) << "could not take" << m_lockFilePath << "- running on our own";
        return Role::Standalone;
    }
    result = handOff(arguments); // whoever held the lock before us may be listening now
    if (result == HandOff::Delivered)
        return Role::Secondary;
    if (result == HandOff::Unanswered)
        return Role::Standalone;
    if (!listen())
        return Role::Standalone;
    qCDebug(lcInstance) << "listening on" << m_serverName;
    return Role::Primary;
}

void SingleInstance::deliver(const QStringList &arguments, const QString &activationToken) {
    qCDebug(lcInstance) << "received" << arguments;
    // Qt's Wayland plugin reads the token from the environment when the window activates.
    if (!activationToken.isEmpty())
        qputenv("XDG_ACTIVATION_TOKEN", activationToken.toUtf8());
    emit argumentsReceived(arguments);
}

#ifdef Q_OS_LINUX

SingleInstance::HandOff SingleInstance::handOff(const QStringList &arguments) const {
    sockaddr_un address;
    if (!socketAddress(m_serverName, &address))
        return HandOff::NoServer;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return HandOff::NoServer;
    const auto closeSocket = qScopeGuard([fd] { ::close(fd); });
    // No file, or a file nobody listens on (a crash's leftover): no server. A full backlog
    // (EAGAIN) is a server busy with other starts: try again for a moment.
    const QDeadlineTimer connecting(kConnectTimeoutMs);
    while (::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        if (errno == EINTR)
            continue;
        if (errno != EAGAIN || connecting.hasExpired())
            return HandOff::NoServer;
        QThread::msleep(5);
    }

    const QDeadlineTimer answering(kAnswerTimeoutMs);
    if (!sendAll(fd, encodeMessage(arguments), answering))
        return HandOff::Unanswered;
    char answer = 0;
    for (;;) {
        const ssize_t n = ::recv(fd, &answer, 1, 0);
        if (n == 1)
            break;
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) && waitFor(fd, POLLIN, answering))
            continue;
        qCWarning(lcInstance) << "the running instance did not answer on" << m_serverName;
        return HandOff::Unanswered;
    }
    if (answer != kAcknowledge)
        return HandOff::Unanswered;
    qCDebug(lcInstance) << "handed" << arguments << "to the running instance";
    return HandOff::Delivered;
}

bool SingleInstance::listen() {
    sockaddr_un address;
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0 || !socketAddress(m_serverName, &address)) {
        qCWarning(lcInstance) << "cannot listen on" << m_serverName;
        if (fd >= 0)
            ::close(fd);
        return false;
    }
    // Nobody answered while we hold the lock: a socket file still there was left by a crash.
    ::unlink(address.sun_path);
    // Only this user may connect: the socket is made private before it accepts anything.
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0 ||
        ::chmod(address.sun_path, S_IRUSR | S_IWUSR) != 0 || ::listen(fd, 16) != 0) {
        qCWarning(lcInstance) << "cannot listen on" << m_serverName << std::strerror(errno);
        ::close(fd);
        ::unlink(address.sun_path);
        return false;
    }
    m_listener = fd;
    m_listenerNotifier = new QSocketNotifier(fd, QSocketNotifier::Read, this);
    connect(m_listenerNotifier, &QSocketNotifier::activated, this,
            &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection() {
    for (;;) {
        const int peer = ::accept4(m_listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
        if (peer < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return; // EAGAIN: none left; anything else: try again on the next notification
        }
        new Peer(
            peer,
            [this](const QStringList &arguments, const QString &token) {
                deliver(arguments, token);
            },
            this);
    }
}

#else

SingleInstance::HandOff SingleInstance::handOff(const QStringList &arguments) const {
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(kConnectTimeoutMs))
        return HandOff::NoServer;

#ifdef Q_OS_WIN
    // Windows lets only the process the user just started take the foreground; pass that on.
    AllowSetForegroundWindow(ASFW_ANY);
#endif
    socket.write(encodeMessage(arguments));
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

bool SingleInstance::listen() {
    // Nobody answered while we hold the lock: a server name still taken was left by a crash.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcInstance) << "cannot listen on" << m_serverName << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
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
    QStringList arguments;
    QString token;
    switch (parseMessage(socket->peek(sizeof(quint32) + kMaxMessageSize), &arguments, &token)) {
    case Parsed::Incomplete:
        return;
    case Parsed::Bad:
        socket->abort();
        return;
    case Parsed::Message:
        break;
    }
    socket->write(QByteArray(1, kAcknowledge));
    socket->flush();
    socket->disconnectFromServer();
    deliver(arguments, token);
}

#endif
