#pragma once

#include "codeid.h"

#include <QList>
#include <QString>

// Ready-made filters that find a code in a capture, for pasting into a ticket or a tool.
// Several codes (a comparison) give one filter that matches any of them.
namespace CaptureFilters {
// A Wireshark display filter: `sip.Status-Code == 486`; Q.850 causes and warn-codes are not
// dissected into fields of their own, so they match the Reason and Warning header text.
QString wireshark(const QList<CodeId> &ids);
// An extended regular expression for the Payload field of sngrep's filter dialog (F7), which
// sngrep checks against every message of a dialog.
QString sngrep(const QList<CodeId> &ids);
} // namespace CaptureFilters
