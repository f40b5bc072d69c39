#pragma once

#include "codeid.h"

#include <QByteArray>
#include <QTimer>
#include <QWidget>

class FindingsModel;
class QLabel;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QToolButton;
class QTreeView;
class QUrl;
class TraceDecodeJob;
class TraceInput;

// Paste or drop a trace, read what it says: one row per status line, Reason, Warning and
// Retry-After value, flagged where something looks wrong, with a one-glance summary of the
// final response above. Small input is decoded as it is typed; large input and files are
// decoded on another thread, with progress and a Cancel button.
class DecoderView final : public QWidget {
    Q_OBJECT

public:
    explicit DecoderView(QWidget *parent = nullptr);
    ~DecoderView() override;

    // Replaces the input with `text` and decodes it.
    void setText(const QString &text);
    void decodeFile(const QString &path);
    void focusInput();
    bool isInputEmpty() const;
    bool isBusy() const;
    FindingsModel *model() const { return m_model; }

    // Text larger than this is decoded on another thread.
    static constexpr qsizetype kBackgroundThreshold = 1 << 20;

signals:
    void closeRequested();
    void codeActivated(CodeId id);
    // Emitted when a decode ends, in the foreground or the background.
    void decoded();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setupLayout();
    void retranslateUi();
    void decodeInput();
    // Clears the results and shows the progress bar; a non-empty notice replaces the input.
    void prepareBackground(const QString &notice);
    void startBackground(const QByteArray &bytes, const QString &notice);
    TraceDecodeJob *job();
    void onProgress(qint64 done, qint64 total);
    void onFinished(bool canceled, const QString &error);
    void updateSummary();
    void showFinding(const QModelIndex &index);
    void selectFinalResponse();
    void onLinkClicked(const QUrl &url);
    void openFile();
    void clearAll();

    TraceInput *m_input = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_clear = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_notice = nullptr;
    QLabel *m_summary = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QTreeView *m_findings = nullptr;
    QTextBrowser *m_explanation = nullptr;
    QSplitter *m_splitter = nullptr;
    FindingsModel *m_model = nullptr;
    TraceDecodeJob *m_job = nullptr; // created for the first large input
    QTimer m_debounce;
    QString m_status; // shown instead of the summary: cancelled, unreadable, ...
    QString m_uiLanguage;
};
