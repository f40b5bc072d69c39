#pragma once

#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QVariant>

#include <chrono>

// Settings that change at the pace of the user (the recent codes at every code shown, so at
// every letter typed in the search; the zoom at every step), written once the user pauses.
// A QSettings write is synchronous and waits for the disk: the file is locked, rewritten and
// synced with two fdatasync calls, 0.6 to 0.8 ms on the benchmark machine (up to 3 ms) and far
// more on a busy laptop disk. Until the pause the values are kept here; flush() writes them at
// once (on close), and so does the destructor.
class DeferredSettings final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kDefaultPause{2000};

    explicit DeferredSettings(std::chrono::milliseconds pause = kDefaultPause,
                              QObject *parent = nullptr);
    ~DeferredSettings() override;

    // Remembers `value` for `key` (the last value given wins); written `pause` after the last
    // call, or by flush().
    void setValue(const QString &key, const QVariant &value);
    bool isPending() const { return !m_pending.isEmpty(); }
    // Writes what is pending now, in one write. False when the settings could not be written
    // (what could not be written is dropped: the settings folder is not writable).
    bool flush();
    // The file flush() writes, for messages.
    static QString fileName();

private:
    QTimer m_timer;
    QMap<QString, QVariant> m_pending;
};
