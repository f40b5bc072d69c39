// Parses arbitrary arguments (one per line of the input) as a command line.
#include "commandline.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList arguments{QStringLiteral("sipcodes")};
    arguments += text.split(u'\n');
    const CommandRequest request = CommandLine::parse(arguments);
    if (request.action == CommandRequest::Action::Error && request.error.isEmpty())
        __builtin_trap(); // an error always says what is wrong
    (void)CommandLine::languageArgument(arguments);
    return 0;
}
