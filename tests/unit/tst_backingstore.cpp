#include "backingstore.h"

#include <QBackingStore>
#include <QImage>
#include <QLabel>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <vector>
#endif

namespace {

const QImage *storeImage(QWidget *window) {
    QBackingStore *store = window->backingStore();
    QPaintDevice *device = store ? store->paintDevice() : nullptr;
    return device && device->devType() == QInternal::Image ? static_cast<const QImage *>(device)
                                                           : nullptr;
}

#if defined(Q_OS_LINUX)
// Whether this kernel knows MADV_POPULATE_WRITE (Linux 5.14), asked of a page of our own.
bool kernelPopulates() {
    const auto page = size_t(sysconf(_SC_PAGESIZE));
    void *memory = mmap(nullptr, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED)
        return false;
#if defined(MADV_POPULATE_WRITE)
    const bool known = madvise(memory, page, MADV_POPULATE_WRITE) == 0;
#else
    const bool known = false;
#endif
    munmap(memory, page);
    return known;
}
#endif

} // namespace

// The window's first frame is painted into memory made and mapped before the window is shown;
// the frame itself is the same as without.
class TestBackingStore final : public QObject {
    Q_OBJECT

private slots:
    void madeAtTheWindowSizeAndMapped() {
        QWidget window;
        window.resize(800, 600);
        const bool mapped = prepareBackingStore(&window);
        QVERIFY(window.backingStore());
        QCOMPARE(window.backingStore()->size(), QSize(800, 600));
        const QImage *image = storeImage(&window);
        QVERIFY(image);
        QCOMPARE(image->size(), QSize(800, 600));
#if defined(Q_OS_LINUX)
        if (!kernelPopulates())
            QSKIP("this kernel has no MADV_POPULATE_WRITE (Linux 5.14)");
        QVERIFY(mapped);
        // Every page of the image is in memory before anything is painted.
        const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
        const auto begin = reinterpret_cast<std::uintptr_t>(image->constBits());
        const std::uintptr_t first = begin & ~(page - 1);
        const std::uintptr_t length = begin + std::uintptr_t(image->sizeInBytes()) - first;
        std::vector<unsigned char> resident((length + page - 1) / page);
        QCOMPARE(mincore(reinterpret_cast<void *>(first), length, resident.data()), 0);
        for (size_t i = 0; i < resident.size(); ++i)
            QVERIFY2(
                resident[i] & 1,
                qPrintable(
                    QStringLiteral("page %1 of %2 is not mapped").arg(i).arg(resident.size())));
#else
        QVERIFY(!mapped);
#endif
    }

    void firstFramePaintedIntoIt() {
        QLabel prepared(QStringLiteral("486 Busy Here"));
        QLabel plain(QStringLiteral("486 Busy Here"));
        for (QLabel *label : {&prepared, &plain})
            label->resize(300, 80);
        prepareBackingStore(&prepared);
        const QImage *before = storeImage(&prepared);
        QVERIFY(before);
        const uchar *bits = before->constBits();
        for (QLabel *label : {&prepared, &plain}) {
            label->show();
            QVERIFY(QTest::qWaitForWindowExposed(label));
        }
        // Not made again at the first paint: the memory mapped ahead is the one painted.
        const QImage *after = storeImage(&prepared);
        QVERIFY(after);
        QCOMPARE(after->constBits(), bits);
        QCOMPARE(prepared.grab().toImage(), plain.grab().toImage());
    }

    void leavesOtherWidgetsAlone() {
        QVERIFY(!prepareBackingStore(nullptr));
        QWidget window;
        auto *child = new QLabel(QStringLiteral("child"), &window);
        QVERIFY(!prepareBackingStore(child));
        QVERIFY(!child->testAttribute(Qt::WA_WState_Created));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!prepareBackingStore(&window)); // already shown
    }
};

QTEST_MAIN(TestBackingStore)
#include "tst_backingstore.moc"
