#include "tracedecodejob.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

TraceDecodeJob::TraceDecodeJob(const Catalog &catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog) {}

TraceDecodeJob::~TraceDecodeJob() {
    stopThread();
}

void TraceDecodeJob::cancel() {
    if (!m_thread)
        return;
    stopThread();
    emit finished(true, {});
}

void TraceDecodeJob::stopThread() {
    ++m_generation; // whatever the old thread queued is now stale
    if (m_cancel)
        m_cancel->store(true);
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void TraceDecodeJob::startData(const QByteArray &data) {
    auto offset = std::make_shared<qsizetype>(0);
    start(
        [data, offset](QByteArray &chunk, QString &) {
            if (*offset >= data.size())
                return false;
            chunk = data.mid(*offset, kChunkSize);
            *offset += chunk.size();
            return true;
        },
        data.size());
}

void TraceDecodeJob::startFile(const QString &path) {
    auto file = std::make_shared<QFile>(path);
    const QFileInfo info(path);
    start(
        [file, info](QByteArray &chunk, QString &error) {
            if (!file->isOpen()) {
                if (info.isDir()) {
                    error = tr("%1 is a folder.").arg(info.filePath());
                    return false;
                }
                if (!file->open(QIODevice::ReadOnly)) {
                    error = tr("Cannot read %1: %2").arg(info.filePath(), file->errorString());
                    return false;
                }
            }
            chunk = file->read(kChunkSize);
            if (chunk.isEmpty() && file->error() != QFileDevice::NoError)
                error = tr("Cannot read %1: %2").arg(info.filePath(), file->errorString());
            return !chunk.isEmpty();
        },
        info.size());
}

void TraceDecodeJob::start(Reader reader, qint64 total) {
    stopThread();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = m_generation;
    const auto cancel = m_cancel;
    const Catalog &catalog = m_catalog;
    // Queued calls run on this object's thread, and only while the job they belong to is current.
    const auto post = [this, generation](auto function) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, function] {
                if (generation == m_generation)
                    function();
            },
            Qt::QueuedConnection);
    };
    m_thread = QThread::create([reader, total, cancel, &catalog, post, this] {
        TraceDecoder decoder(catalog);
        QByteArray chunk;
        QString error;
        qint64 done = 0;
        while (!cancel->load() && reader(chunk, error)) {
            decoder.feed(chunk);
            done += chunk.size();
            QList<TraceFinding> batch = decoder.takeFindings();
            post([this, batch, done, total] {
                if (!batch.isEmpty())
                    emit found(batch);
                emit progress(done, std::max(done, total));
            });
        }
        if (cancel->load())
            return;
        decoder.finish();
        QList<TraceFinding> batch = decoder.takeFindings();
        post([this, batch, error] {
            if (!batch.isEmpty())
                emit found(batch);
            if (m_thread) {
                m_thread->wait();
                delete m_thread;
                m_thread = nullptr;
            }
            emit finished(false, error);
        });
    });
    m_thread->start();
}
