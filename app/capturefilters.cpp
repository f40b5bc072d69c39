#include "capturefilters.h"

#include <QStringList>

namespace CaptureFilters {

namespace {
QString wiresharkOne(CodeId id) {
    const QString code = QString::number(id.code);
    switch (id.family) {
    case Family::Sip:
        return QStringLiteral("sip.Status-Code == ") + code;
    case Family::Q850:
        // "cause=1" must not match cause 16: the number ends at a non-digit or the value's end.
        return QStringLiteral("sip.Reason matches \"Q.850.*cause *= *") + code +
               QStringLiteral("([^0-9]|$)\"");
    case Family::Warning:
        // A Warning header may carry several values separated by commas.
        return QStringLiteral("sip.Warning matches \"(^|,) *") + code + QStringLiteral(" \"");
    }
    return {};
}

QString sngrepOne(CodeId id) {
    const QString code = QString::number(id.code);
    switch (id.family) {
    case Family::Sip:
        return QStringLiteral("^SIP/2\\.0 ") + code + QStringLiteral(" ");
    case Family::Q850:
        return QStringLiteral("Reason: *Q\\.850.*cause *= *") + code + QStringLiteral("([^0-9]|$)");
    case Family::Warning:
        return QStringLiteral("Warning: *([^,]*, *)*") + code + QStringLiteral(" ");
    }
    return {};
}
// One filter per distinct code; several are bracketed and joined with `separator`.
QString combine(const QList<CodeId> &ids, QString (*one)(CodeId), const QString &separator) {
    QStringList parts;
    for (const CodeId &id : ids) {
        const QString filter = one(id);
        if (!parts.contains(filter))
            parts.append(filter);
    }
    if (parts.size() == 1)
        return parts.constFirst();
    for (QString &part : parts)
        part = u'(' + part + u')';
    return parts.join(separator);
}
} // namespace

QString wireshark(const QList<CodeId> &ids) {
    return combine(ids, &wiresharkOne, QStringLiteral(" || "));
}

QString sngrep(const QList<CodeId> &ids) {
    return combine(ids, &sngrepOne, QStringLiteral("|"));
}

} // namespace CaptureFilters
