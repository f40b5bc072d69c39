#include "deferredsettings.h"

#include <QSettings>

DeferredSettings::DeferredSettings(std::chrono::milliseconds pause, QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(pause);
    connect(&m_timer, &QTimer::timeout, this, &DeferredSettings::flush);
}

DeferredSettings::~DeferredSettings() {
    flush();
}

void DeferredSettings::setValue(const QString &key, const QVariant &value) {
    m_pending.insert(key, value);
    m_timer.start();
}

bool DeferredSettings::flush() {
    m_timer.stop();
    if (m_pending.isEmpty())
        return true;
    QSettings settings;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        settings.setValue(it.key(), it.value());
    m_pending.clear();
    settings.sync();
    return settings.status() == QSettings::NoError;
}

QString DeferredSettings::fileName() {
    return QSettings().fileName();
}
