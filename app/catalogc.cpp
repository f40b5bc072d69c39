// sipcodes_catalogc, the build's catalog compiler:
//
//   sipcodes_catalogc SOURCE_FOLDER OUTPUT
//
// Reads and checks the built-in catalog's JSON (resources/catalog) and writes its compiled form,
// which the program embeds and reads at start-up (Catalog::fromBinary). Any problem in the data
// fails the build, each said with its file, line, entry and field. A developer's tool: it runs in
// the build only and is not installed, so it speaks English like the compiler next to it.
#include "catalog.h"

#include <QSaveFile>

#include <cstdio>

int main(int argc, char *argv[]) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: %s SOURCE_FOLDER OUTPUT\n", argv[0]);
        return 2;
    }
    const QString folder = QString::fromLocal8Bit(argv[1]);
    const QString output = QString::fromLocal8Bit(argv[2]);

    const Catalog catalog = Catalog::loadSourceFiles(folder);
    if (!catalog.problems().isEmpty()) {
        for (const CatalogProblem &problem : catalog.problems())
            std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
        std::fprintf(stderr, "sipcodes_catalogc: %d problem(s) in the catalog; nothing written\n",
                     static_cast<int>(catalog.problems().size()));
        return 1;
    }

    const QByteArray compiled = catalog.toBinary();
    // What the program will read must read back to the same catalog.
    const Catalog back = Catalog::fromBinary(compiled, output);
    if (!back.problems().isEmpty() || back.toBinary() != compiled) {
        std::fprintf(stderr, "sipcodes_catalogc: the compiled catalog does not read back\n");
        return 1;
    }

    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(compiled) != compiled.size() ||
        !file.commit()) {
        std::fprintf(stderr, "sipcodes_catalogc: cannot write %s: %s\n", qPrintable(output),
                     qPrintable(file.errorString()));
        return 1;
    }
    return 0;
}
