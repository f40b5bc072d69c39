#include "codeid.h"

namespace {

std::optional<int> parseNumber(QStringView text, int max) {
    if (text.isEmpty() || text.size() > 3)
        return std::nullopt;
    int value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    if (value > max)
        return std::nullopt;
    return value;
}

} // namespace

std::optional<CodeId> CodeId::parse(QStringView text) {
    text = text.trimmed();
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0) {
        // Any three digits are a SIP code's shape; whether it exists is the catalog's business.
        const auto number = parseNumber(text, 999);
        if (!number || *number < 100)
            return std::nullopt;
        return CodeId{Family::Sip, *number};
    }
    const auto family = familyFromKey(text.left(colon).trimmed());
    if (!family)
        return std::nullopt;
    const auto number = parseNumber(text.mid(colon + 1).trimmed(), 999);
    if (!number)
        return std::nullopt;
    if (*family == Family::Sip && *number < 100)
        return std::nullopt;
    if (*family == Family::Q850 && (*number < 1 || *number > 127))
        return std::nullopt;
    if (*family == Family::Warning && (*number < 300 || *number > 399))
        return std::nullopt;
    return CodeId{*family, *number};
}

QString CodeId::toString() const {
    if (family == Family::Sip)
        return QString::number(code);
    return familyKey(family) + u':' + QString::number(code);
}

QString CodeId::familyKey(Family family) {
    switch (family) {
    case Family::Sip:
        return QStringLiteral("sip");
    case Family::Q850:
        return QStringLiteral("q850");
    case Family::Warning:
        return QStringLiteral("warning");
    }
    return {};
}

std::optional<Family> CodeId::familyFromKey(QStringView key) {
    if (key.compare(u"sip", Qt::CaseInsensitive) == 0)
        return Family::Sip;
    if (key.compare(u"q850", Qt::CaseInsensitive) == 0 ||
        key.compare(u"q.850", Qt::CaseInsensitive) == 0 ||
        key.compare(u"cause", Qt::CaseInsensitive) == 0)
        return Family::Q850;
    if (key.compare(u"warning", Qt::CaseInsensitive) == 0 ||
        key.compare(u"warn", Qt::CaseInsensitive) == 0)
        return Family::Warning;
    return std::nullopt;
}
