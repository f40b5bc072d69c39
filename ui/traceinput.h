#pragma once

#include <QPlainTextEdit>

// The decoder's paste box. It holds plain text only, so nothing pasted is ever read as HTML.
// Text too large to edit comfortably and dropped files are handed on instead of inserted, so a
// 50 MB log never freezes the window.
class TraceInput final : public QPlainTextEdit {
    Q_OBJECT

public:
    explicit TraceInput(QWidget *parent = nullptr);

    // Pastes larger than this are decoded without being shown.
    static constexpr qsizetype kLargeText = 1 << 20;

signals:
    void largeTextPasted(const QString &text);
    void fileDropped(const QString &path);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
