#pragma once

#include "codeid.h"
#include "codeshelf.h"
#include "deferredsettings.h"
#include "navigationhistory.h"

#include <QMainWindow>

#include <optional>

class CodeFilterProxy;
class CodeListModel;
class ComparisonView;
class DecoderView;
class QStackedWidget;
class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QSplitter;
class QSystemTrayIcon;
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
    // A comparison asked for from outside (the command line, a later start): side A becomes the
    // current code first, as when comparing from the list, so the list shows it and closing the
    // comparison comes back to it.
    void openComparison(CodeId a, CodeId b);
    // What a later start asked for (see SingleInstance): shows it and brings the window forward.
    void handleRequest(const QList<CodeId> &codes, bool compare);
    std::optional<CodeId> currentCode() const { return m_current; }
    void setLanguage(const QString &language);
    ComparisonView *comparisonView() const { return m_comparison; }
    bool isComparing() const;
    // Opens the trace decoder on `file`, or else pastes the clipboard into it when its input is
    // empty.
    void openDecoder(const QString &file = {});
    DecoderView *decoderView() const { return m_decoder; }
    bool isDecoding() const;
    // Shows the window at start-up: normally, minimised, or only in the tray, as the options say.
    void showAtStart();
    // Ends the program as File > Quit does: past close-to-tray, with the settings written.
    void quit();
    bool isTrayIconShown() const;
    // Sets the team note on `id` (empty removes it), saved to the overlay folder's notes.json;
    // false with `error` set when it could not be saved, and then nothing changes.
    bool setTeamNote(CodeId id, const QString &text, QString *error = nullptr);
    // Back and forward over the codes and comparisons shown (Alt+Left, Alt+Right).
    bool goBack();
    bool goForward();
    int zoom() const { return m_zoom; }
    // Pins or unpins the shown code (Ctrl+P); pinned codes lead the list when the search is empty.
    bool isPinned(CodeId id) const { return m_pinned.contains(id); }
    QList<CodeId> recentCodes() const { return m_recent.codes(); }

signals:
    // Once, just after the first frame is on screen: the time for work that frame did not need.
    void firstFrameShown();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void scheduleFinishStartUp();
    void finishStartUp();
    void setupWidgets();
    void setupActions();
    void setupLayout();
    void retranslateUi();
    void fitColumns();
    void restoreSettings();
    void saveSettings();
    void renderDetail();
    void onSearchChanged(const QString &text);
    void onFilterChanged();
    void onCurrentRowChanged();
    void onLinkClicked(const QUrl &url);
    void selectFirstRow();
    void updateCount();
    void startComparison();
    void closePanel(); // back from the comparison or the decoder to the detail pane
    void showListMenu(const QPoint &position);
    void setupNavigation();
    void retranslateNavigation();
    void recordPlace(const ShownPlace &place);
    void showPlace(const ShownPlace &place);
    void updateNavigationActions();
    void setupCopyActions();
    void retranslateCopy();
    QList<CodeId> shownCodes() const; // the shown code, or both sides of the comparison
    void copyShown(bool markdown);
    void copyFilter(bool wireshark);
    void setupZoomActions();
    void retranslateZoom();
    void setZoom(int steps);
    void applyZoom();
    void setupFocusActions();
    void retranslateFocus();
    void cycleFocus(int step); // search → list → detail pane, and round again
    void showShortcuts();
    void setupShelves();
    void retranslateShelves();
    void togglePinned();
    void fillRecentMenu();
    void setupAlwaysOnTop();
    void setupTray();
    void setupTeamNotes();
    void retranslateTeamNotes();
    void editTeamNote();
    void retranslateTray();
    void updateTray();
    void toggleFromTray();
    void retranslateAlwaysOnTop();
    void setAlwaysOnTop(bool onTop);
    void markTitle(); // appends " (on top)" while the window stays on top

    CodeListModel *m_model = nullptr;
    CodeFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_classFilter = nullptr;
    QComboBox *m_familyFilter = nullptr;
    QTreeView *m_list = nullptr;
    QTextBrowser *m_detail = nullptr;
    QStackedWidget *m_stack = nullptr;
    ComparisonView *m_comparison = nullptr; // created on first use
    DecoderView *m_decoder = nullptr;       // created on first use
    QAction *m_compareAction = nullptr;
    QAction *m_compareWithAction = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_count = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QAction *m_decodeAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_focusSearchAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    std::optional<CodeId> m_current;
    QString m_uiLanguage;           // the language the widgets show now
    int m_contentWidth[2] = {0, 0}; // widest code and class cells, measured once
    NavigationHistory m_history;
    bool m_walkingHistory = false; // showing a place from the history records nothing
    QMenu *m_goMenu = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_copyMarkdownAction = nullptr;
    QAction *m_copyTextAction = nullptr;
    QAction *m_copyWiresharkAction = nullptr;
    QAction *m_copySngrepAction = nullptr;
    QMenu *m_zoomMenu = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_nextPaneAction = nullptr;
    QAction *m_previousPaneAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_pinAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    CodeShelf m_pinned;
    CodeShelf m_recent{10};
    DeferredSettings m_deferredSettings; // the recent codes and the zoom
    QAction *m_onTopAction = nullptr;
    QMenu *m_optionsMenu = nullptr;
    QAction *m_trayAction = nullptr;
    QAction *m_closeToTrayAction = nullptr;
    QAction *m_startMinimisedAction = nullptr;
    QSystemTrayIcon *m_tray = nullptr; // only while shown, and only where the desktop has a tray
    QMenu *m_trayMenu = nullptr;
    QAction *m_trayToggleAction = nullptr;
    QAction *m_traySearchAction = nullptr;
    bool m_quitting = false;
    bool m_startUpScheduled = false;
    QAction *m_noteAction = nullptr;
    QLabel *m_problems = nullptr; // overlay problems, shown until the next start
    int m_zoom = 0; // points added to the text size of the detail, comparison and decoder
};
