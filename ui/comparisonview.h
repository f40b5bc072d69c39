#pragma once

#include "codeid.h"

#include <QList>
#include <QWidget>

#include <utility>

class CodeFilterProxy;
class QLabel;
class QLineEdit;
class QTextBrowser;
class QToolButton;
class QUrl;

// Two codes side by side, aligned section by section. Either side can be changed in place by
// typing a code or any search (the best match is taken); Back/Forward walk earlier comparisons.
class ComparisonView final : public QWidget {
    Q_OBJECT

public:
    // Sides typed as a search are resolved with the list's search index (`codes`).
    explicit ComparisonView(CodeFilterProxy *codes, QWidget *parent = nullptr);

    void setPair(CodeId a, CodeId b);
    std::pair<CodeId, CodeId> pair() const { return m_history.value(m_position); }
    void swapSides();
    bool back();
    bool forward();
    // Focuses the second side's search, for picking the code to compare with.
    void focusSecondSide();
    // Resolves `query` the way the search box does; false when nothing matches.
    bool setSide(int side, const QString &query);
    QString html() const;

signals:
    void closeRequested();
    void codeActivated(CodeId id);
    // Emitted whenever a pair is shown: set, swapped, changed in place, or walked back to.
    void pairShown(CodeId a, CodeId b);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setupLayout();
    void retranslateUi();
    void render();
    void onLinkClicked(const QUrl &url);
    void updateButtons();

    QLineEdit *m_sideA = nullptr;
    QLineEdit *m_sideB = nullptr;
    QToolButton *m_swap = nullptr;
    QToolButton *m_back = nullptr;
    QToolButton *m_forward = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_message = nullptr;
    QTextBrowser *m_browser = nullptr;
    CodeFilterProxy *m_codes;
    QList<std::pair<CodeId, CodeId>> m_history;
    qsizetype m_position = -1;
    QString m_uiLanguage;
};
