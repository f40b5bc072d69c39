#pragma once

#include "tracedecoder.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// Decodes a large trace on a thread of its own, so that the window never waits for it: the
// findings arrive in batches, with progress, and the job can be cancelled at any time.
// Signals are delivered in the thread that owns the job.
class TraceDecodeJob final : public QObject {
    Q_OBJECT

public:
    explicit TraceDecodeJob(const Catalog &catalog, QObject *parent = nullptr);
    ~TraceDecodeJob() override; // cancels and waits for the thread

    // Starting a job cancels the one before; its late findings are dropped.
    void startData(const QByteArray &data);
    void startFile(const QString &path);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    static constexpr qsizetype kChunkSize = 1 << 20;

signals:
    void progress(qint64 done, qint64 total);
    void found(const QList<TraceFinding> &findings);
    // `error` is empty unless the input could not be read.
    void finished(bool canceled, const QString &error);

private:
    // Reads the next piece into `chunk`; false at the end. Runs on the job's thread.
    using Reader = std::function<bool(QByteArray &chunk, QString &error)>;
    void start(Reader reader, qint64 total);
    void stopThread();

    const Catalog &m_catalog;
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
};
