#include "codeshelf.h"

void CodeShelf::touch(CodeId id) {
    m_codes.removeAll(id);
    m_codes.prepend(id);
    trim();
}

bool CodeShelf::toggle(CodeId id) {
    if (m_codes.removeAll(id) > 0)
        return false;
    m_codes.append(id);
    trim();
    return true;
}

QStringList CodeShelf::toStrings() const {
    QStringList strings;
    for (const CodeId &id : m_codes)
        strings.append(id.toString());
    return strings;
}

void CodeShelf::setStrings(const QStringList &strings) {
    m_codes.clear();
    for (const QString &string : strings)
        if (const auto id = CodeId::parse(string); id && !m_codes.contains(*id))
            m_codes.append(*id);
    trim();
}

void CodeShelf::trim() {
    if (m_limit >= 0 && m_codes.size() > m_limit)
        m_codes.resize(m_limit);
}
