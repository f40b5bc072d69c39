#pragma once

#include "codeid.h"

#include <QMainWindow>

#include <optional>

class CodeFilterProxy;
class CodeListModel;
class ComparisonView;
class QStackedWidget;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QTextBrowser;
class QTreeView;
class QUrl;

// The main window: search box and code list on the left, the shown entry on the right.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // `language` from --lang wins over the remembered choice and the system's language.
    explicit MainWindow(const QString &language = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showCode(CodeId id);
    void showComparison(CodeId a, CodeId b);
    std::optional<CodeId> currentCode() const { return m_current; }
    void setLanguage(const QString &language);
    ComparisonView *comparisonView() const { return m_comparison; }
    bool isComparing() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setupWidgets();
    void setupActions();
    void setupLayout();
    void retranslateUi();
    void fitColumns();
    void restoreSettings();
    void saveSettings() const;
    void renderDetail();
    void onSearchChanged(const QString &text);
    void onFilterChanged();
    void onCurrentRowChanged();
    void onLinkClicked(const QUrl &url);
    void selectFirstRow();
    void updateCount();
    void startComparison();
    void closeComparison();
    void showListMenu(const QPoint &position);

    CodeListModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_classFilter = nullptr;
    QComboBox *m_familyFilter = nullptr;
    QTreeView *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QStackedWidget *m_stack = nullptr;
    ComparisonView *m_comparison = nullptr; // created on first use
    QAction *m_compareAction = nullptr;
    QAction *m_compareWithAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_count = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    std::optional<CodeId> m_current;
    QString m_uiLanguage;           // the language the widgets show now
    int m_contentWidth[2] = {0, 0}; // widest code and class cells, measured once
};
