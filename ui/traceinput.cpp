#include "traceinput.h"

#include <QMimeData>
#include <QUrl>

TraceInput::TraceInput(QWidget *parent)
    : QPlainTextEdit(parent) {
    setObjectName(QStringLiteral("traceInput"));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setTabChangesFocus(true);
    QFont font = this->font();
    font.setFamily(QStringLiteral("monospace"));
    font.setStyleHint(QFont::Monospace);
    setFont(font);
}

bool TraceInput::canInsertFromMimeData(const QMimeData *source) const {
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void TraceInput::insertFromMimeData(const QMimeData *source) {
    if (source->hasUrls()) {
        for (const QUrl &url : source->urls()) {
            if (url.isLocalFile()) {
                emit fileDropped(url.toLocalFile());
                return;
            }
        }
    }
    if (source->hasText() && source->text().size() > kLargeText) {
        emit largeTextPasted(source->text());
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}
