#include "mainwindow.h"

#include "backingstore.h"
#include "capturefilters.h"
#include "catalog.h"
#include "codefilterproxy.h"
#include "codelistmodel.h"
#include "comparison.h"
#include "comparisonview.h"
#include "decoderview.h"
#include "formatter.h"
#include "localization.h"
#include "overlays.h"
#include "shortcutsdialog.h"
#include "singlelinedelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextLayout>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <functional>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kLastCodeKey = QStringLiteral("view/lastCode");
const QString kLanguageKey = QStringLiteral("view/language");
const QString kZoomKey = QStringLiteral("view/zoom");
const QString kOnTopKey = QStringLiteral("window/alwaysOnTop");
const QString kPinnedKey = QStringLiteral("view/pinned");
const QString kRecentKey = QStringLiteral("view/recent");
constexpr int kMinZoom = -4;
constexpr int kMaxZoom = 16;
} // namespace

MainWindow::MainWindow(const QString &language, QWidget *parent)
    : QMainWindow(parent) {
    setObjectName(QStringLiteral("mainWindow"));
    QString chosen = language;
    if (chosen.isEmpty())
        chosen = QSettings().value(kLanguageKey).toString();
    if (!Localization::available().contains(chosen))
        chosen = Localization::systemLanguage();
    Localization::setLanguage(chosen);

    setupWidgets();
    setupActions();
    setupNavigation();
    setupCopyActions();
    setupZoomActions();
    setupFocusActions();
    setupShelves();
    setupAlwaysOnTop();
    setupTray();
    setupTeamNotes();
    setupLayout();
    retranslateUi();
    restoreSettings();
    m_search->setFocus();
}

MainWindow::~MainWindow() = default; // m_deferredSettings writes what is pending

void MainWindow::setupWidgets() {
    const Catalog &catalog = Catalog::builtin();
    m_model = new CodeListModel(catalog, this);
    m_proxy = new CodeFilterProxy(m_model, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &MainWindow::onSearchChanged);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                selectFirstRow();
            m_list->setFocus();
        }
    });

    m_classFilter = new QComboBox(this);
    m_classFilter->setObjectName(QStringLiteral("classFilter"));
    m_familyFilter = new QComboBox(this);
    m_familyFilter->setObjectName(QStringLiteral("familyFilter"));
    for (int i = 0; i <= 6; ++i)
        m_classFilter->addItem(QString(), i);
    m_familyFilter->addItem(QString(), -1);
    for (Family f : {Family::Sip, Family::Q850, Family::Warning})
        m_familyFilter->addItem(QString(), static_cast<int>(f));
    connect(m_classFilter, &QComboBox::currentIndexChanged, this, &MainWindow::onFilterChanged);
    connect(m_familyFilter, &QComboBox::currentIndexChanged, this, &MainWindow::onFilterChanged);

    m_list = new QTreeView(this);
    m_list->setObjectName(QStringLiteral("codeList"));
    m_list->setModel(m_proxy);
    m_list->setItemDelegate(new SingleLineDelegate(m_list));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->header()->setSectionResizeMode(CodeListModel::ReasonColumn, QHeaderView::Stretch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("detailView"));
    m_detail->setOpenLinks(false);
    m_detail->setOpenExternalLinks(false);
    connect(m_detail, &QTextBrowser::anchorClicked, this, &MainWindow::onLinkClicked);

    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &MainWindow::showListMenu);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_detail);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_count);
}

void MainWindow::setupActions() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), this, &MainWindow::quit);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_focusSearchAction = m_viewMenu->addAction(QString(), this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_focusSearchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K),
                                       QKeySequence(Qt::CTRL | Qt::Key_L), QKeySequence::Find});
    m_compareAction = m_viewMenu->addAction(QString(), this, &MainWindow::startComparison);
    m_compareAction->setObjectName(QStringLiteral("compareAction"));
    m_compareAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_compareWithAction = new QAction(this);
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageGroup = new QActionGroup(this);
    for (const QString &language : Localization::available()) {
        QAction *action = m_languageMenu->addAction(Localization::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        action->setObjectName(QStringLiteral("language_") + language);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { setLanguage(language); });
    }

    m_toolsMenu = menuBar()->addMenu(QString());
    m_decodeAction = m_toolsMenu->addAction(QString(), this, [this] { openDecoder(); });
    m_decodeAction->setObjectName(QStringLiteral("decodeAction"));
    m_decodeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(
            this, tr("About SIP Codes"),
            tr("<p><b>SIP Codes %1</b></p><p>What a SIP response code, a Q.850 cause or a "
               "SIP Warning means, who sent it and what to do about it. Offline.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::setupLayout() {
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    leftLayout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_familyFilter, 1);
    filters->addWidget(m_classFilter, 1);
    leftLayout->addLayout(filters);
    auto *compareButton = new QToolButton(left);
    compareButton->setObjectName(QStringLiteral("compareButton"));
    compareButton->setDefaultAction(m_compareAction);
    compareButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filters->addWidget(compareButton);
    leftLayout->addWidget(m_list, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 860});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);
    resize(1280, 800);
}

void MainWindow::retranslateUi() {
    m_uiLanguage = Localization::current();
    setWindowTitle(tr("SIP Codes"));
    m_search->setPlaceholderText(tr("Search codes, phrases, headers, RFCs… (Ctrl+K)"));
    m_search->setAccessibleName(tr("Search"));
    m_search->setToolTip(tr("Type a code (486), a class (4xx), a word (busy), a header "
                            "(Min-Expires) or an RFC (4028)."));
    m_classFilter->setItemText(0, tr("All classes"));
    for (int i = 1; i <= 6; ++i)
        m_classFilter->setItemText(i, Entry::sipClassLabel(i));
    m_classFilter->setAccessibleName(tr("Class filter"));
    m_familyFilter->setItemText(0, tr("All families"));
    m_familyFilter->setItemText(1, Entry::familyLabel(Family::Sip));
    m_familyFilter->setItemText(2, Entry::familyLabel(Family::Q850));
    m_familyFilter->setItemText(3, Entry::familyLabel(Family::Warning));
    m_familyFilter->setAccessibleName(tr("Family filter"));
    m_list->setAccessibleName(tr("Codes"));
    m_detail->setAccessibleName(tr("Details"));

    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_focusSearchAction->setText(tr("&Search"));
    m_compareAction->setText(tr("&Compare…"));
    m_compareAction->setToolTip(tr("Compare the shown code with another one (Ctrl+D)"));
    m_compareWithAction->setText(tr("Compare with…"));
    m_languageMenu->setTitle(tr("&Language"));
    m_toolsMenu->setTitle(tr("&Tools"));
    m_decodeAction->setText(tr("&Decode a Trace…"));
    m_decodeAction->setToolTip(
        tr("Explain the status lines, Reason, Warning and Retry-After headers of a pasted trace "
           "(Ctrl+Shift+V pastes the clipboard)"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SIP Codes"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Localization::current());

    retranslateNavigation();
    retranslateCopy();
    retranslateZoom();
    retranslateFocus();
    retranslateShelves();
    retranslateAlwaysOnTop();
    retranslateTray();
    retranslateTeamNotes();
    fitColumns();
    updateCount();
    renderDetail();
}

void MainWindow::fitColumns() {
    // The code and class columns are as wide as their widest cell. Qt's ResizeToContents measured
    // every row on every layout (18 times over all rows before the first frame, a third of the
    // start-up); the widest cells are known: the longest code and class text of each family,
    // measured once while every row is listed. Only the header labels change with the language.
    QHeaderView *header = m_list->header();
    for (const int column : {CodeListModel::CodeColumn, CodeListModel::ClassColumn}) {
        int &content = m_contentWidth[column == CodeListModel::CodeColumn ? 0 : 1];
        if (content == 0) {
            std::array<int, 3> widest = {-1, -1, -1}; // a source row per family
            std::array<qsizetype, 3> length = {0, 0, 0};
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const auto family = static_cast<size_t>(m_model->entryAt(row).id.family);
                const qsizetype size = m_model->index(row, column).data().toString().size();
                if (family < widest.size() && size > length[family]) {
                    widest[family] = row;
                    length[family] = size;
                }
            }
            for (const int row : widest) {
                const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
                if (index.isValid())
                    content = std::max(content, m_list->sizeHintForIndex(index).width());
            }
        }
        header->resizeSection(column, std::max(content, header->sectionSizeHint(column)));
    }
}

void MainWindow::setLanguage(const QString &language) {
    if (!Localization::setLanguage(language))
        return;
    QSettings().setValue(kLanguageKey, language);
    // Localization posts QEvent::LanguageChange; changeEvent() retranslates every view.
}

void MainWindow::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && m_uiLanguage != Localization::current()) {
        // Installing a translator posts this event even when the window was built in that
        // language already; only a real change re-renders and re-indexes.
        m_model->retranslate();
        m_proxy->rebuildIndex();
        retranslateUi();
    }
    if (event->type() == QEvent::WindowTitleChange)
        markTitle();
    // Light to dark or back: links and colours in the HTML come from the palette when rendered.
    if (event->type() == QEvent::PaletteChange)
        renderDetail();
    QMainWindow::changeEvent(event);
}

void MainWindow::quit() {
    m_quitting = true; // past close-to-tray
    close();
    QCoreApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_quitting && isTrayIconShown() && m_closeToTrayAction->isChecked()) {
        saveSettings();
        hide();
        event->ignore();
        return;
    }
    saveSettings();
    QMainWindow::closeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_proxy->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                selectFirstRow();
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
        if (key->key() == Qt::Key_Escape && (isComparing() || isDecoding())) {
            closePanel();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && (isComparing() || isDecoding())) {
        closePanel();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event) {
    QMainWindow::paintEvent(event);
    scheduleFinishStartUp();
    // The first frame and a language switch's frame need no search index while the search box is
    // empty: build it once that frame is up, before the user has typed anything.
    if (!m_proxy->isIndexed())
        QTimer::singleShot(0, m_proxy, &CodeFilterProxy::buildIndex);
}

// What the first frame does not show: icons looked up in the desktop's icon theme (the search box
// shows its clear button only once there is text) and, through firstFrameShown(), the window icon.
void MainWindow::scheduleFinishStartUp() {
    if (m_startUpScheduled)
        return;
    m_startUpScheduled = true;
    QTimer::singleShot(0, this, &MainWindow::finishStartUp);
}

void MainWindow::finishStartUp() {
    m_search->setClearButtonEnabled(true);
    m_backAction->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forwardAction->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    emit firstFrameShown();
    // A tray icon made before the application had its icon shows the application's icon now.
    if (m_tray && !QApplication::windowIcon().isNull())
        m_tray->setIcon(QApplication::windowIcon());
}

void MainWindow::restoreSettings() {
    QSettings settings;
    if (const QByteArray geometry = settings.value(kGeometryKey).toByteArray(); !geometry.isEmpty())
        restoreGeometry(geometry);
    if (const QByteArray state = settings.value(kStateKey).toByteArray(); !state.isEmpty())
        restoreState(state);
    if (const QByteArray sizes = settings.value(kSplitterKey).toByteArray(); !sizes.isEmpty())
        m_splitter->restoreState(sizes);
    const auto last = CodeId::parse(settings.value(kLastCodeKey).toString());
    showCode(last && m_model->rowOf(*last) >= 0 ? *last : CodeId{Family::Sip, 100});
}

void MainWindow::saveSettings() {
    // One write, with the recent codes and the zoom still waiting for the user's pause.
    m_deferredSettings.setValue(kGeometryKey, saveGeometry());
    m_deferredSettings.setValue(kStateKey, saveState());
    m_deferredSettings.setValue(kSplitterKey, m_splitter->saveState());
    if (m_current)
        m_deferredSettings.setValue(kLastCodeKey, m_current->toString());
    // A read-only or broken configuration folder loses the window's layout, never the app.
    if (!m_deferredSettings.flush())
        qWarning("SIP Codes could not save its settings to %s",
                 qPrintable(QDir::toNativeSeparators(DeferredSettings::fileName())));
}

void MainWindow::showCode(CodeId id) {
    const int row = m_model->rowOf(id);
    if (row < 0) {
        statusBar()->showMessage(tr("%1 is not in the catalog.").arg(id.toString()), 5000);
        return;
    }
    m_current = id;
    if (m_stack->currentWidget() != m_detail)
        m_stack->setCurrentWidget(m_detail);
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid()) {
        // The code is filtered out: clear the filters so the list and the pane agree. The list
        // must not show (and record) its first row on the way.
        const QSignalBlocker blocker(m_list->selectionModel());
        m_search->clear();
        m_classFilter->setCurrentIndex(0);
        m_familyFilter->setCurrentIndex(0);
        proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    if (proxyIndex.isValid() && m_list->currentIndex().row() != proxyIndex.row()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(proxyIndex, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
        m_list->scrollTo(proxyIndex);
    }
    renderDetail();
    recordPlace(ShownPlace::code(id));
}

void MainWindow::handleRequest(const QList<CodeId> &codes, bool compare) {
    if (compare && codes.size() == 2)
        openComparison(codes.at(0), codes.at(1));
    else if (!codes.isEmpty())
        showCode(codes.constFirst());
    if (isMinimized())
        setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

bool MainWindow::isComparing() const {
    return m_comparison && m_stack->currentWidget() == m_comparison;
}

bool MainWindow::isDecoding() const {
    return m_decoder && m_stack->currentWidget() == m_decoder;
}

void MainWindow::openDecoder(const QString &file) {
    if (!m_decoder) {
        m_decoder = new DecoderView(m_stack);
        m_stack->addWidget(m_decoder);
        connect(m_decoder, &DecoderView::closeRequested, this, &MainWindow::closePanel);
        connect(m_decoder, &DecoderView::codeActivated, this, [this](CodeId id) {
            closePanel();
            showCode(id);
        });
    }
    m_stack->setCurrentWidget(m_decoder);
    setWindowTitle(tr("Decoder – SIP Codes"));
    if (!file.isEmpty()) {
        m_decoder->decodeFile(file);
    } else if (m_decoder->isInputEmpty()) {
        if (const QString clip = QGuiApplication::clipboard()->text(); !clip.trimmed().isEmpty())
            m_decoder->setText(clip);
    }
    m_decoder->focusInput();
}

void MainWindow::showComparison(CodeId a, CodeId b) {
    const Catalog &catalog = Catalog::builtin();
    if (!catalog.find(a) || !catalog.find(b)) {
        statusBar()->showMessage(
            tr("%1 is not in the catalog.").arg((catalog.find(a) ? b : a).toString()), 5000);
        return;
    }
    if (!m_comparison) {
        m_comparison = new ComparisonView(m_proxy, m_stack);
        m_stack->addWidget(m_comparison);
        connect(m_comparison, &ComparisonView::closeRequested, this, &MainWindow::closePanel);
        connect(m_comparison, &ComparisonView::codeActivated, this, [this](CodeId id) {
            closePanel();
            showCode(id);
        });
        connect(m_comparison, &ComparisonView::pairShown, this,
                [this](CodeId first, CodeId second) {
                    if (isComparing())
                        recordPlace(ShownPlace::pair(first, second));
                });
    }
    m_comparison->setPair(a, b);
    m_stack->setCurrentWidget(m_comparison);
    setWindowTitle(tr("%1 vs %2 – SIP Codes").arg(a.toString(), b.toString()));
    recordPlace(ShownPlace::pair(a, b));
}

void MainWindow::openComparison(CodeId a, CodeId b) {
    showCode(a);
    showComparison(a, b);
}

void MainWindow::startComparison() {
    if (!m_current)
        return;
    // Start from the first related code, then let the user pick the second side by search.
    const Entry *entry = Catalog::builtin().find(*m_current);
    CodeId other = *m_current;
    if (entry && !entry->related.isEmpty())
        other = entry->related.constFirst().id;
    showComparison(*m_current, other);
    m_comparison->focusSecondSide();
}

void MainWindow::closePanel() {
    m_stack->setCurrentWidget(m_detail);
    renderDetail();
    m_list->setFocus();
    if (m_current)
        recordPlace(ShownPlace::code(*m_current));
}

void MainWindow::showListMenu(const QPoint &position) {
    const QModelIndex index = m_list->indexAt(position);
    if (!index.isValid() || !m_current)
        return;
    const auto id = CodeId::parse(index.data(CodeListModel::IdRole).toString());
    if (!id)
        return;
    QMenu menu(this);
    QAction *compare =
        menu.addAction(tr("Compare %1 with %2").arg(m_current->toString(), id->toString()));
    QAction *compareWith = menu.addAction(m_compareWithAction->text());
    QAction *chosen = menu.exec(m_list->viewport()->mapToGlobal(position));
    if (chosen == compare)
        showComparison(*m_current, *id);
    else if (chosen == compareWith) {
        showCode(*id);
        startComparison();
    }
}

void MainWindow::renderDetail() {
    if (!m_current)
        return;
    const Catalog &catalog = Catalog::builtin();
    const Entry *entry = catalog.find(*m_current);
    if (!entry)
        return;
    const Formatter formatter(catalog);
    m_detail->setHtml(formatter.entryHtml(*entry));
    // Each line keeps its shaped glyphs: drawn (and redrawn when scrolled) without being shaped
    // again, which the first frame would otherwise do for every line it shows.
    for (QTextBlock block = m_detail->document()->begin(); block.isValid(); block = block.next())
        block.layout()->setCacheEnabled(true);
    if (isComparing() || isDecoding())
        return;
    setWindowTitle(tr("%1 – SIP Codes").arg(entry->title()));
}

void MainWindow::onSearchChanged(const QString &text) {
    m_proxy->setQuery(text);
    selectFirstRow();
    updateCount();
}

void MainWindow::onFilterChanged() {
    m_proxy->setClassFilter(m_classFilter->currentData().toInt());
    const int family = m_familyFilter->currentData().toInt();
    m_proxy->setFamilyFilter(family < 0 ? std::nullopt
                                        : std::optional<Family>(static_cast<Family>(family)));
    selectFirstRow();
    updateCount();
}

void MainWindow::selectFirstRow() {
    if (m_proxy->rowCount() == 0)
        return;
    const QModelIndex first = m_proxy->index(0, 0);
    m_list->selectionModel()->setCurrentIndex(first, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_list->scrollTo(first);
}

void MainWindow::onCurrentRowChanged() {
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    const auto id = CodeId::parse(index.data(CodeListModel::IdRole).toString());
    if (!id || id == m_current)
        return;
    m_current = id;
    if (m_stack->currentWidget() != m_detail)
        m_stack->setCurrentWidget(m_detail);
    renderDetail();
    recordPlace(ShownPlace::code(*id));
}

void MainWindow::onLinkClicked(const QUrl &url) {
    if (url.scheme() == u"sipcodes") {
        if (const auto id = CodeId::parse(url.path()))
            showCode(*id);
        return;
    }
    if (url.scheme() == u"https" || url.scheme() == u"http")
        QDesktopServices::openUrl(url);
}

void MainWindow::updateCount() {
    const int shown = m_proxy->rowCount();
    //: Status bar: how many codes the list shows
    m_count->setText(tr("%n code(s)", nullptr, shown));
}

// --- Back and forward -------------------------------------------------------------------------

void MainWindow::setupNavigation() {
    m_goMenu = new QMenu(this);
    menuBar()->insertMenu(m_toolsMenu->menuAction(), m_goMenu);
    m_backAction = m_goMenu->addAction(QString(), this, &MainWindow::goBack);
    m_backAction->setObjectName(QStringLiteral("backAction"));
    m_forwardAction = m_goMenu->addAction(QString(), this, &MainWindow::goForward);
    m_forwardAction->setObjectName(QStringLiteral("forwardAction"));
    // Alt+Left/Right everywhere, plus the platform's own keys (and the mouse's back button).
    const auto withPlatformKeys = [](QKeySequence own, QKeySequence::StandardKey standard) {
        QList<QKeySequence> keys{own};
        for (const QKeySequence &key : QKeySequence::keyBindings(standard))
            if (!keys.contains(key)) // a key listed twice makes the shortcut ambiguous
                keys.append(key);
        return keys;
    };
    m_backAction->setShortcuts(
        withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence::Back));
    m_forwardAction->setShortcuts(
        withPlatformKeys(QKeySequence(Qt::ALT | Qt::Key_Right), QKeySequence::Forward));
    updateNavigationActions();
}

void MainWindow::retranslateNavigation() {
    m_goMenu->setTitle(tr("&Go"));
    m_backAction->setText(tr("&Back"));
    m_backAction->setToolTip(tr("Show the previous code or comparison (Alt+Left)"));
    m_forwardAction->setText(tr("&Forward"));
    m_forwardAction->setToolTip(tr("Show the next code or comparison (Alt+Right)"));
}

void MainWindow::recordPlace(const ShownPlace &place) {
    if (!place.second && m_recent.codes().value(0) != place.first) {
        m_recent.touch(place.first);
        m_deferredSettings.setValue(kRecentKey, m_recent.toStrings());
    }
    if (m_walkingHistory)
        return;
    m_history.visit(place);
    updateNavigationActions();
}

void MainWindow::showPlace(const ShownPlace &place) {
    m_walkingHistory = true;
    if (place.second) {
        showComparison(place.first, *place.second);
    } else {
        showCode(place.first);
    }
    m_walkingHistory = false;
    updateNavigationActions();
}

bool MainWindow::goBack() {
    const std::optional<ShownPlace> place = m_history.back();
    if (place)
        showPlace(*place);
    return place.has_value();
}

bool MainWindow::goForward() {
    const std::optional<ShownPlace> place = m_history.forward();
    if (place)
        showPlace(*place);
    return place.has_value();
}

void MainWindow::updateNavigationActions() {
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
}

// --- Copy for tickets -------------------------------------------------------------------------

void MainWindow::setupCopyActions() {
    m_editMenu = new QMenu(this);
    menuBar()->insertMenu(m_viewMenu->menuAction(), m_editMenu);
    m_copyMarkdownAction =
        m_editMenu->addAction(QString(), this, [this] { copyShown(/*markdown=*/true); });
    m_copyMarkdownAction->setObjectName(QStringLiteral("copyMarkdownAction"));
    m_copyMarkdownAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyTextAction =
        m_editMenu->addAction(QString(), this, [this] { copyShown(/*markdown=*/false); });
    m_copyTextAction->setObjectName(QStringLiteral("copyTextAction"));
    m_editMenu->addSeparator();
    m_copyWiresharkAction =
        m_editMenu->addAction(QString(), this, [this] { copyFilter(/*wireshark=*/true); });
    m_copyWiresharkAction->setObjectName(QStringLiteral("copyWiresharkAction"));
    m_copySngrepAction =
        m_editMenu->addAction(QString(), this, [this] { copyFilter(/*wireshark=*/false); });
    m_copySngrepAction->setObjectName(QStringLiteral("copySngrepAction"));
}

void MainWindow::retranslateCopy() {
    m_editMenu->setTitle(tr("&Edit"));
    m_copyMarkdownAction->setText(tr("Copy as &Markdown"));
    m_copyMarkdownAction->setToolTip(
        tr("Copy the shown code or comparison as Markdown, for a ticket or a chat"));
    m_copyTextAction->setText(tr("Copy as &Text"));
    m_copyTextAction->setToolTip(tr("Copy the shown code or comparison as plain text"));
    m_copyWiresharkAction->setText(tr("Copy &Wireshark Filter"));
    m_copyWiresharkAction->setToolTip(
        tr("Copy a Wireshark display filter that finds the shown code in a capture"));
    m_copySngrepAction->setText(tr("Copy &sngrep Filter"));
    m_copySngrepAction->setToolTip(tr("Copy a regular expression for the Payload field of "
                                      "sngrep's filter dialog (F7) that finds the shown code"));
}

QList<CodeId> MainWindow::shownCodes() const {
    if (isComparing()) {
        const auto [a, b] = m_comparison->pair();
        return {a, b};
    }
    if (m_current)
        return {*m_current};
    return {};
}

void MainWindow::copyShown(bool markdown) {
    const QList<CodeId> ids = shownCodes();
    const Catalog &catalog = Catalog::builtin();
    QString text;
    if (ids.size() == 2) {
        const Entry *a = catalog.find(ids.at(0));
        const Entry *b = catalog.find(ids.at(1));
        if (!a || !b)
            return;
        const Comparison comparison(catalog, *a, *b);
        text = markdown ? comparison.toMarkdown() : comparison.toText();
    } else if (ids.size() == 1) {
        const Entry *entry = catalog.find(ids.constFirst());
        if (!entry)
            return;
        const Formatter formatter(catalog);
        text = markdown ? formatter.entryMarkdown(*entry) : formatter.entryText(*entry);
    } else {
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    statusBar()->showMessage(markdown ? tr("Copied as Markdown.") : tr("Copied as text."), 3000);
}

void MainWindow::copyFilter(bool wireshark) {
    const QList<CodeId> ids = shownCodes();
    if (ids.isEmpty())
        return;
    const QString filter = wireshark ? CaptureFilters::wireshark(ids) : CaptureFilters::sngrep(ids);
    QGuiApplication::clipboard()->setText(filter);
    //: Status bar after copying a capture filter; %1 is the filter itself
    statusBar()->showMessage(tr("Copied the filter %1").arg(filter), 5000);
}

// --- Zoom -------------------------------------------------------------------------------------

void MainWindow::setupZoomActions() {
    m_zoomMenu = new QMenu(this);
    m_viewMenu->insertMenu(m_languageMenu->menuAction(), m_zoomMenu);
    m_zoomInAction = m_zoomMenu->addAction(QString(), this, [this] { setZoom(m_zoom + 1); });
    m_zoomInAction->setObjectName(QStringLiteral("zoomInAction"));
    // Ctrl+= is Ctrl++ without Shift on most keyboards.
    m_zoomInAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
    m_zoomOutAction = m_zoomMenu->addAction(QString(), this, [this] { setZoom(m_zoom - 1); });
    m_zoomOutAction->setObjectName(QStringLiteral("zoomOutAction"));
    m_zoomOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    m_zoomResetAction = m_zoomMenu->addAction(QString(), this, [this] { setZoom(0); });
    m_zoomResetAction->setObjectName(QStringLiteral("zoomResetAction"));
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    // The comparison and the decoder are created on first use: zoom them when they are shown.
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::applyZoom);
    m_zoom = std::clamp(QSettings().value(kZoomKey, 0).toInt(), kMinZoom, kMaxZoom);
    applyZoom();
}

void MainWindow::retranslateZoom() {
    m_zoomMenu->setTitle(tr("&Zoom"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Actual Size"));
}

void MainWindow::setZoom(int steps) {
    steps = std::clamp(steps, kMinZoom, kMaxZoom);
    if (steps == m_zoom)
        return;
    m_zoom = steps;
    m_deferredSettings.setValue(kZoomKey, m_zoom);
    applyZoom();
}

void MainWindow::applyZoom() {
    QFont font = QApplication::font(m_detail);
    font.setPointSizeF(std::max(4.0, font.pointSizeF() + m_zoom));
    const auto apply = [&font](QWidget *widget) {
        if (widget->font() != font)
            widget->setFont(font);
    };
    for (QTextEdit *text : m_stack->findChildren<QTextEdit *>())
        apply(text);
    for (QPlainTextEdit *text : m_stack->findChildren<QPlainTextEdit *>())
        apply(text);
    m_zoomOutAction->setEnabled(m_zoom > kMinZoom);
    m_zoomInAction->setEnabled(m_zoom < kMaxZoom);
}

// --- Focus and the shortcut list --------------------------------------------------------------

void MainWindow::setupFocusActions() {
    m_nextPaneAction = new QAction(this);
    m_nextPaneAction->setObjectName(QStringLiteral("nextPaneAction"));
    m_nextPaneAction->setShortcut(QKeySequence(Qt::Key_F6));
    connect(m_nextPaneAction, &QAction::triggered, this, [this] { cycleFocus(1); });
    m_previousPaneAction = new QAction(this);
    m_previousPaneAction->setObjectName(QStringLiteral("previousPaneAction"));
    m_previousPaneAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(m_previousPaneAction, &QAction::triggered, this, [this] { cycleFocus(-1); });
    m_viewMenu->insertActions(m_compareAction, {m_nextPaneAction, m_previousPaneAction});

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("shortcutsAction"));
    m_shortcutsAction->setShortcuts(QKeySequence::HelpContents);
    if (!m_shortcutsAction->shortcuts().contains(QKeySequence(Qt::Key_F1)))
        m_shortcutsAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_helpMenu->insertAction(m_aboutAction, m_shortcutsAction);
}

void MainWindow::retranslateFocus() {
    m_nextPaneAction->setText(tr("&Next Pane"));
    m_previousPaneAction->setText(tr("&Previous Pane"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
}

void MainWindow::cycleFocus(int step) {
    // The detail pane is whatever the right side shows: the entry, the comparison's text or the
    // decoder's input.
    QWidget *panel = m_stack->currentWidget();
    if (panel == m_comparison)
        panel = m_comparison->findChild<QTextBrowser *>(QStringLiteral("comparisonBrowser"));
    else if (panel == m_decoder)
        panel = m_decoder->findChild<QPlainTextEdit *>();
    const QList<QWidget *> panes{m_search, m_list, panel ? panel : m_detail};
    const QWidget *focused = QApplication::focusWidget();
    qsizetype at = -1;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (panes.at(i) == focused || panes.at(i)->isAncestorOf(focused))
            at = i;
    if (at < 0 && m_stack->isAncestorOf(focused))
        at = 2;
    const qsizetype count = panes.size();
    const qsizetype next = at < 0 ? (step > 0 ? 0 : count - 1) : (at + step + count) % count;
    panes.at(next)->setFocus(Qt::ShortcutFocusReason);
    if (panes.at(next) == m_search)
        m_search->selectAll();
}

void MainWindow::showShortcuts() {
    QList<ShortcutsDialog::Row> rows;
    // Keys that are not actions of the menus.
    rows.append({QKeySequence(Qt::Key_Down).toString(QKeySequence::NativeText),
                 tr("From the search box into the list")});
    rows.append({QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText),
                 tr("Open the selected code")});
    rows.append({QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText),
                 tr("Clear the search, or leave the comparison or the decoder")});
    // Then every action with a key, read from the menus so the list cannot go stale.
    QList<QAction *> seen;
    const std::function<void(const QList<QAction *> &)> walk =
        [&](const QList<QAction *> &actions) {
            for (QAction *action : actions) {
                if (QMenu *menu = action->menu()) {
                    walk(menu->actions());
                    continue;
                }
                if (action->shortcuts().isEmpty() || seen.contains(action))
                    continue;
                seen.append(action);
                QStringList keys;
                for (const QKeySequence &key : action->shortcuts())
                    keys.append(key.toString(QKeySequence::NativeText));
                QString text = action->text();
                // "&Back", and in Japanese "戻る(&B)": the mnemonic goes, with its brackets.
                static const QRegularExpression mnemonic(QStringLiteral("\\(&[^)]\\)"));
                text.remove(mnemonic);
                text.remove(u'&');
                if (text.endsWith(u'…'))
                    text.chop(1);
                rows.append({keys.join(QStringLiteral(", ")), text});
            }
        };
    walk(menuBar()->actions());
    auto *dialog = new ShortcutsDialog(rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// --- Favourites and recently viewed -----------------------------------------------------------

void MainWindow::setupShelves() {
    QSettings settings;
    m_pinned.setStrings(settings.value(kPinnedKey).toStringList());
    m_recent.setStrings(settings.value(kRecentKey).toStringList());
    m_model->setPinned(m_pinned.codes());
    m_proxy->pinnedChanged();

    m_pinAction = new QAction(this);
    m_pinAction->setObjectName(QStringLiteral("pinAction"));
    m_pinAction->setCheckable(true);
    m_pinAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_pinAction, &QAction::triggered, this, &MainWindow::togglePinned);
    m_viewMenu->insertAction(m_languageMenu->menuAction(), m_pinAction);
    m_recentMenu = new QMenu(this);
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_viewMenu->insertMenu(m_languageMenu->menuAction(), m_recentMenu);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    // The check mark follows the shown code.
    connect(m_viewMenu, &QMenu::aboutToShow, this,
            [this] { m_pinAction->setChecked(m_current && m_pinned.contains(*m_current)); });
}

void MainWindow::retranslateShelves() {
    m_pinAction->setText(tr("&Pin the Shown Code"));
    m_pinAction->setToolTip(
        tr("Pinned codes come first in the list while the search is empty (Ctrl+P)"));
    m_recentMenu->setTitle(tr("&Recent Codes"));
}

void MainWindow::togglePinned() {
    if (!m_current)
        return;
    const bool pinned = m_pinned.toggle(*m_current);
    m_pinAction->setChecked(pinned);
    QSettings().setValue(kPinnedKey, m_pinned.toStrings());
    m_model->setPinned(m_pinned.codes());
    m_proxy->pinnedChanged();
    // Re-sorting moves rows: keep the shown code selected.
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(*m_current), 0));
    if (index.isValid()) {
        const QSignalBlocker blocker(m_list->selectionModel());
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_list->scrollTo(index);
    }
    statusBar()->showMessage(pinned ? tr("Pinned %1.").arg(m_current->toString())
                                    : tr("Unpinned %1.").arg(m_current->toString()),
                             3000);
}

void MainWindow::fillRecentMenu() {
    m_recentMenu->clear();
    const Catalog &catalog = Catalog::builtin();
    for (const CodeId &id : m_recent.codes()) {
        const Entry *entry = catalog.find(id);
        if (!entry)
            continue;
        m_recentMenu->addAction(entry->title(), this, [this, id] { showCode(id); });
    }
    if (m_recentMenu->isEmpty())
        m_recentMenu->addAction(tr("No codes viewed yet"))->setEnabled(false);
}

// --- Always on top ----------------------------------------------------------------------------

void MainWindow::setupAlwaysOnTop() {
    m_onTopAction = new QAction(this);
    m_onTopAction->setObjectName(QStringLiteral("alwaysOnTopAction"));
    m_onTopAction->setCheckable(true);
    m_onTopAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    connect(m_onTopAction, &QAction::toggled, this, &MainWindow::setAlwaysOnTop);
    m_viewMenu->insertAction(m_languageMenu->menuAction(), m_onTopAction);
    m_onTopAction->setChecked(QSettings().value(kOnTopKey, false).toBool());
}

void MainWindow::retranslateAlwaysOnTop() {
    m_onTopAction->setText(tr("Always on &Top"));
    m_onTopAction->setToolTip(tr("Keep the window above other windows"));
}

void MainWindow::setAlwaysOnTop(bool onTop) {
    QSettings().setValue(kOnTopKey, onTop);
    if (windowFlags().testFlag(Qt::WindowStaysOnTopHint) != onTop) {
        const bool visible = isVisible();
        setWindowFlag(Qt::WindowStaysOnTopHint, onTop); // hides the window
        if (visible)
            show();
    }
    // Re-set the title so that the marker is added or removed.
    QString title = windowTitle();
    //: Appended to the window title while View > Always on Top is checked; %1 is the title
    const QString marked = tr("%1 (on top)");
    const QString suffix = marked.mid(marked.indexOf(QStringLiteral("%1")) + 2);
    if (!onTop && !suffix.isEmpty() && title.endsWith(suffix))
        title.chop(suffix.size());
    setWindowTitle(title);
    markTitle();
}

void MainWindow::markTitle() {
    if (!m_onTopAction || !m_onTopAction->isChecked())
        return;
    const QString marked = tr("%1 (on top)");
    const QString suffix = marked.mid(marked.indexOf(QStringLiteral("%1")) + 2);
    if (!suffix.isEmpty() && windowTitle().endsWith(suffix))
        return;
    setWindowTitle(marked.arg(windowTitle()));
}

// --- Tray and start-up ------------------------------------------------------------------------

namespace {
const QString kTrayKey = QStringLiteral("tray/enabled");
const QString kCloseToTrayKey = QStringLiteral("tray/closeToTray");
const QString kStartMinimisedKey = QStringLiteral("window/startMinimised");
} // namespace

void MainWindow::setupTray() {
    m_optionsMenu = new QMenu(this);
    m_optionsMenu->setObjectName(QStringLiteral("optionsMenu"));
    m_viewMenu->insertMenu(m_languageMenu->menuAction(), m_optionsMenu);
    const QSettings settings;
    const auto option = [this, &settings](const char *name, const QString &key) {
        QAction *action = m_optionsMenu->addAction(QString());
        action->setObjectName(QLatin1StringView(name));
        action->setCheckable(true);
        action->setChecked(settings.value(key, false).toBool());
        connect(action, &QAction::toggled, this, [this, key](bool on) {
            QSettings().setValue(key, on);
            updateTray();
        });
        return action;
    };
    m_trayAction = option("trayAction", kTrayKey);
    m_closeToTrayAction = option("closeToTrayAction", kCloseToTrayKey);
    m_startMinimisedAction = option("startMinimisedAction", kStartMinimisedKey);
    updateTray();
}

void MainWindow::retranslateTray() {
    m_optionsMenu->setTitle(tr("&Options"));
    m_trayAction->setText(tr("Show &Tray Icon"));
    m_trayAction->setToolTip(
        tr("An icon in the system tray shows and hides the window and offers recent codes"));
    m_closeToTrayAction->setText(tr("&Close to Tray"));
    m_closeToTrayAction->setToolTip(tr("Closing the window keeps SIP Codes running in the tray"));
    m_startMinimisedAction->setText(tr("Start &Minimised"));
    m_startMinimisedAction->setToolTip(
        tr("Start minimised, or only in the tray when the tray icon is shown"));
    if (m_tray) {
        m_tray->setToolTip(tr("SIP Codes"));
        m_trayToggleAction->setText(tr("Show or Hide SIP Codes"));
        m_traySearchAction->setText(tr("Search…"));
    }
}

bool MainWindow::isTrayIconShown() const {
    return m_tray && m_tray->isVisible();
}

void MainWindow::updateTray() {
    m_closeToTrayAction->setEnabled(m_trayAction->isChecked());
    const bool wanted = m_trayAction->isChecked() && QSystemTrayIcon::isSystemTrayAvailable();
    if (wanted && !m_tray) {
        m_tray = new QSystemTrayIcon(this);
        const QIcon icon = windowIcon().isNull() ? QApplication::windowIcon() : windowIcon();
        m_tray->setIcon(icon.isNull() ? style()->standardIcon(QStyle::SP_ComputerIcon) : icon);
        m_trayMenu = new QMenu(this);
        m_trayToggleAction = m_trayMenu->addAction(QString(), this, &MainWindow::toggleFromTray);
        m_traySearchAction = m_trayMenu->addAction(QString(), this, [this] {
            showNormal();
            raise();
            activateWindow();
            m_focusSearchAction->trigger();
        });
        m_trayMenu->addMenu(m_recentMenu);
        m_trayMenu->addSeparator();
        m_trayMenu->addAction(m_quitAction);
        m_tray->setContextMenu(m_trayMenu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        toggleFromTray();
                });
        retranslateTray();
    }
    if (m_tray)
        m_tray->setVisible(wanted);
}

void MainWindow::toggleFromTray() {
    if (isVisible() && !isMinimized()) {
        saveSettings();
        hide();
    } else {
        showNormal();
        raise();
        activateWindow();
    }
}

void MainWindow::showAtStart() {
    if (m_startMinimisedAction->isChecked()) {
        scheduleFinishStartUp(); // there may be no first frame to wait for
        if (isTrayIconShown())
            return; // the tray icon brings it up
        showMinimized();
        return;
    }
    prepareBackingStore(this);
    show();
}

// --- Team notes -------------------------------------------------------------------------------

void MainWindow::setupTeamNotes() {
    m_noteAction = m_editMenu->addAction(QString(), this, &MainWindow::editTeamNote);
    m_noteAction->setObjectName(QStringLiteral("teamNoteAction"));
    m_noteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));

    // Problems in the team's overlay files: said once, where it is seen, with the details.
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problemsBanner"));
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);
    m_problems->setFrameShape(QFrame::StyledPanel);
    m_problems->hide();
    statusBar()->insertWidget(0, m_problems, 1);
}

void MainWindow::retranslateTeamNotes() {
    m_noteAction->setText(tr("Edit Team &Note…"));
    m_noteAction->setToolTip(tr("Add or change your team's note on the shown code (Ctrl+E); it "
                                "is kept in %1")
                                 .arg(QDir::toNativeSeparators(Overlays::notesFile())));
    QStringList problems;
    for (const CatalogProblem &problem : Catalog::builtin().problems())
        problems.append(problem.toString());
    m_problems->setVisible(!problems.isEmpty());
    if (!problems.isEmpty()) {
        //: Status bar, when team overlay files have problems: %1 is the first problem
        m_problems->setText(tr("%n problem(s) in the team notes: %1", nullptr, int(problems.size()))
                                .arg(problems.constFirst()));
        m_problems->setToolTip(Formatter::tooltip(problems.join(u'\n')));
        m_problems->setAccessibleName(m_problems->text());
    }
}

void MainWindow::editTeamNote() {
    if (!m_current)
        return;
    const Entry *entry = Catalog::builtin().find(*m_current);
    if (!entry)
        return;
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Team Note"),
        tr("Your team's note on %1, shown to everyone who uses these notes. Leave it empty to "
           "remove the note.")
            .arg(entry->title()),
        Overlays::savedNote(*m_current), &ok);
    if (!ok)
        return;
    QString error;
    if (!setTeamNote(*m_current, text, &error))
        QMessageBox::warning(this, tr("Team Note"), tr("The note was not saved: %1").arg(error));
}

bool MainWindow::setTeamNote(CodeId id, const QString &text, QString *error) {
    if (!Overlays::saveNote(id, text, error))
        return false;
    const QString file = QFileInfo(Overlays::notesFile()).fileName();
    QList<TeamNote> notes;
    if (!text.trimmed().isEmpty())
        notes.append(TeamNote{text.trimmed(), file});
    Catalog::shared().replaceTeamNotes(id, file, notes);
    m_model->retranslate();  // the list's note marker
    m_proxy->rebuildIndex(); // notes are searchable
    renderDetail();
    statusBar()->showMessage(text.trimmed().isEmpty()
                                 ? tr("Removed the team note on %1.").arg(id.toString())
                                 : tr("Saved the team note on %1.").arg(id.toString()),
                             5000);
    return true;
}
