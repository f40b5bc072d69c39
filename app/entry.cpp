#include "entry.h"

QString Reference::label() const {
    if (rfc > 0) {
        if (section.isEmpty())
            return QStringLiteral("RFC %1").arg(rfc);
        return QStringLiteral("RFC %1 §%2").arg(rfc).arg(section);
    }
    if (section.isEmpty())
        return document;
    return QStringLiteral("%1, %2").arg(document, section);
}

QString Reference::url() const {
    if (rfc <= 0)
        return {};
    QString url = QStringLiteral("https://www.rfc-editor.org/rfc/rfc%1").arg(rfc);
    if (!section.isEmpty() && section.front().isDigit())
        url += QStringLiteral("#section-") + section;
    return url;
}

int Entry::codeClass() const {
    switch (id.family) {
    case Family::Sip:
        return id.code / 100;
    case Family::Q850:
        // Q.850 groups causes by their upper three bits; classes 0 and 1 are both normal events.
        return std::max(1, id.code >> 4);
    case Family::Warning:
        return id.code / 10 % 10;
    }
    return 0;
}

QString Entry::localized(const QString &english, const char *field) const {
    if (english.isEmpty())
        return english;
    const QByteArray context =
        (CodeId::familyKey(id.family) + u':' + QString::number(id.code)).toUtf8();
    const QByteArray source = english.toUtf8();
    return QCoreApplication::translate(context.constData(), source.constData(), field);
}

QStringList Entry::howToFixText() const {
    QStringList steps;
    steps.reserve(howToFix.size());
    for (qsizetype i = 0; i < howToFix.size(); ++i) {
        const QByteArray field = "howToFix " + QByteArray::number(i + 1);
        steps.append(localized(howToFix.at(i), field.constData()));
    }
    return steps;
}

QString Entry::headerNoteText(const HeaderNote &header) const {
    const QByteArray field = "header " + header.name.toUtf8();
    return localized(header.note, field.constData());
}

QString Entry::relatedNoteText(const RelatedCode &link) const {
    const QByteArray field = "related " + link.id.toString().toUtf8();
    return localized(link.note, field.constData());
}

QString Entry::reasonGloss() const {
    const QString gloss = localized(reason, "reason");
    return gloss == reason ? QString() : gloss;
}

QString Entry::title() const {
    switch (id.family) {
    case Family::Sip:
        return QStringLiteral("%1 %2").arg(id.code).arg(reason);
    case Family::Q850:
        //: Title of a Q.850 cause entry: %1 is the cause number, %2 its name
        return tr("Q.850 cause %1 %2").arg(id.code).arg(reason);
    case Family::Warning:
        //: Title of a SIP Warning code entry: %1 is the warn-code, %2 its warn-text
        return tr("Warning %1 %2").arg(id.code).arg(reason);
    }
    return {};
}

QString Entry::shortLabel() const {
    switch (id.family) {
    case Family::Sip:
        return tr("SIP %1").arg(id.code);
    case Family::Q850:
        return tr("Q.850 cause %1").arg(id.code);
    case Family::Warning:
        return tr("Warning %1").arg(id.code);
    }
    return {};
}

QString Entry::sipClassLabel(int codeClass) {
    switch (codeClass) {
    case 1:
        return tr("Provisional (1xx)");
    case 2:
        return tr("Success (2xx)");
    case 3:
        return tr("Redirection (3xx)");
    case 4:
        return tr("Client error (4xx)");
    case 5:
        return tr("Server error (5xx)");
    case 6:
        return tr("Global failure (6xx)");
    }
    return {};
}

QString Entry::q850ClassLabel(int codeClass) {
    switch (codeClass) {
    case 1:
        return tr("Normal event");
    case 2:
        return tr("Resource unavailable");
    case 3:
        return tr("Service or option not available");
    case 4:
        return tr("Service or option not implemented");
    case 5:
        return tr("Invalid message");
    case 6:
        return tr("Protocol error");
    case 7:
        return tr("Interworking");
    }
    return {};
}

QString Entry::classLabel() const {
    switch (id.family) {
    case Family::Sip:
        return sipClassLabel(codeClass());
    case Family::Q850:
        return q850ClassLabel(codeClass());
    case Family::Warning:
        return tr("SIP Warning code");
    }
    return {};
}

QString Entry::classSpoken() const {
    if (id.family != Family::Sip)
        return classLabel();
    switch (codeClass()) {
    case 1:
        //: How a screen reader names the class of a 1xx code, after "180 Ringing, "
        return tr("provisional response");
    case 2:
        //: How a screen reader names the class of a 2xx code, after "200 OK, "
        return tr("success");
    case 3:
        //: How a screen reader names the class of a 3xx code, after "302 Moved Temporarily, "
        return tr("redirection");
    case 4:
        //: How a screen reader names the class of a 4xx code, after "486 Busy Here, "
        return tr("client error");
    case 5:
        //: How a screen reader names the class of a 5xx code, after "503 Service Unavailable, "
        return tr("server error");
    case 6:
        //: How a screen reader names the class of a 6xx code, after "603 Decline, "
        return tr("global failure");
    }
    return classLabel();
}

QString Entry::classMarker() const {
    switch (id.family) {
    case Family::Sip:
        return QStringLiteral("%1xx").arg(codeClass());
    case Family::Q850:
        return QStringLiteral("Q.850");
    case Family::Warning:
        return QStringLiteral("Warn");
    }
    return {};
}

QString Entry::familyLabel(Family family) {
    switch (family) {
    case Family::Sip:
        return tr("SIP responses");
    case Family::Q850:
        return tr("Q.850 causes");
    case Family::Warning:
        return tr("SIP warnings");
    }
    return {};
}

QString Entry::statusLabel() const {
    switch (status) {
    case Status::Current:
        return tr("Current");
    case Status::Deprecated:
        return tr("Deprecated");
    case Status::Removed:
        return tr("Removed from the standard");
    case Status::NonStandard:
        return tr("Non-standard");
    }
    return {};
}

QString Entry::retryLabel() const {
    switch (retry) {
    case RetryPolicy::None:
        return tr("Nothing to retry");
    case RetryPolicy::Redirect:
        return tr("Retry at the new target");
    case RetryPolicy::Modify:
        return tr("Retry only with a changed request");
    case RetryPolicy::Later:
        return tr("Retry later");
    case RetryPolicy::Elsewhere:
        return tr("Try another route or server");
    case RetryPolicy::No:
        return tr("Do not retry");
    }
    return {};
}

QString Entry::roleLabel(Role role) {
    switch (role) {
    case Role::Uas:
        return tr("User agent server (UAS)");
    case Role::Uac:
        return tr("User agent client (UAC)");
    case Role::Proxy:
        return tr("Proxy");
    case Role::Registrar:
        return tr("Registrar");
    case Role::Redirect:
        return tr("Redirect server");
    case Role::B2bua:
        return tr("B2BUA or SBC");
    case Role::Gateway:
        return tr("PSTN gateway");
    case Role::Client:
        return tr("The client itself (a timer fired)");
    }
    return {};
}

QStringList Entry::senderLabels() const {
    QStringList labels;
    for (const Role role : senders)
        labels.append(roleLabel(role));
    return labels;
}

QString Entry::statusKey(Status status) {
    switch (status) {
    case Status::Current:
        return QStringLiteral("current");
    case Status::Deprecated:
        return QStringLiteral("deprecated");
    case Status::Removed:
        return QStringLiteral("removed");
    case Status::NonStandard:
        return QStringLiteral("non-standard");
    }
    return {};
}

QString Entry::roleKey(Role role) {
    switch (role) {
    case Role::Uas:
        return QStringLiteral("uas");
    case Role::Uac:
        return QStringLiteral("uac");
    case Role::Proxy:
        return QStringLiteral("proxy");
    case Role::Registrar:
        return QStringLiteral("registrar");
    case Role::Redirect:
        return QStringLiteral("redirect");
    case Role::B2bua:
        return QStringLiteral("b2bua");
    case Role::Gateway:
        return QStringLiteral("gateway");
    case Role::Client:
        return QStringLiteral("client");
    }
    return {};
}

QString Entry::retryKey(RetryPolicy policy) {
    switch (policy) {
    case RetryPolicy::None:
        return QStringLiteral("none");
    case RetryPolicy::Redirect:
        return QStringLiteral("redirect");
    case RetryPolicy::Modify:
        return QStringLiteral("modify");
    case RetryPolicy::Later:
        return QStringLiteral("later");
    case RetryPolicy::Elsewhere:
        return QStringLiteral("elsewhere");
    case RetryPolicy::No:
        return QStringLiteral("no");
    }
    return {};
}
