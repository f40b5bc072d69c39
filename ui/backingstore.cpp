#include "backingstore.h"

#include <QBackingStore>
#include <QImage>
#include <QWidget>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#endif

bool prepareBackingStore(QWidget *window) {
    if (!window || !window->isWindow() || window->isVisible())
        return false;
    // Qt makes the backing store when the window is shown and sizes it at the first paint; both
    // at the size the window has now, so the first paint finds them done.
    window->winId(); // creates the native window, and with it the backing store
    QBackingStore *store = window->backingStore();
    if (!store)
        return false;
    store->resize(window->size());
#if defined(Q_OS_LINUX) && defined(MADV_POPULATE_WRITE)
    // On X11 the image is shared memory with the X server (4 MB for a 1280x800 window): the first
    // paint would fault its pages in one by one, about 1000 faults. MADV_POPULATE_WRITE (Linux
    // 5.14) maps them all in one call; an older kernel says EINVAL and the paint faults as before.
    QPaintDevice *device = store->paintDevice();
    if (!device || device->devType() != QInternal::Image)
        return false;
    const auto *image = static_cast<const QImage *>(device);
    if (image->isNull())
        return false;
    const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
    const auto begin = reinterpret_cast<std::uintptr_t>(image->constBits());
    const auto end = begin + static_cast<std::uintptr_t>(image->sizeInBytes());
    const std::uintptr_t first = begin & ~(page - 1);
    return madvise(reinterpret_cast<void *>(first), end - first, MADV_POPULATE_WRITE) == 0;
#else
    return false;
#endif
}
