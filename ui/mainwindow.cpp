#include "mainwindow.h"

#include "catalog.h"
#include "codefilterproxy.h"
#include "codelistmodel.h"
#include "comparisonview.h"
#include "formatter.h"
#include "localization.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <array>

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
const QString kSplitterKey = QStringLiteral("window/splitter");
const QString kLastCodeKey = QStringLiteral("view/lastCode");
const QString kLanguageKey = QStringLiteral("view/language");
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
    setupLayout();
    retranslateUi();
    restoreSettings();
    m_search->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupWidgets() {
    const Catalog &catalog = Catalog::builtin();
    m_model = new CodeListModel(catalog, this);
    m_proxy = new CodeFilterProxy(m_model, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_search->setClearButtonEnabled(true);
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
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
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
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About SIP Codes"));
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == Localization::current());

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
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event) {
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
        if (key->key() == Qt::Key_Escape && isComparing()) {
            closeComparison();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && isComparing()) {
        closeComparison();
        return;
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::paintEvent(QPaintEvent *event) {
    QMainWindow::paintEvent(event);
    // The first frame and a language switch's frame need no search index while the search box is
    // empty: build it once that frame is up, before the user has typed anything.
    if (!m_proxy->isIndexed())
        QTimer::singleShot(0, m_proxy, &CodeFilterProxy::buildIndex);
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

void MainWindow::saveSettings() const {
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
    if (m_current)
        settings.setValue(kLastCodeKey, m_current->toString());
}

void MainWindow::showCode(CodeId id) {
    const int row = m_model->rowOf(id);
    if (row < 0) {
        statusBar()->showMessage(tr("%1 is not in the catalog.").arg(id.toString()), 5000);
        return;
    }
    m_current = id;
    if (isComparing())
        m_stack->setCurrentWidget(m_detail);
    QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!proxyIndex.isValid()) {
        // The code is filtered out: clear the filters so the list and the pane agree.
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
}

bool MainWindow::isComparing() const {
    return m_comparison && m_stack->currentWidget() == m_comparison;
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
        connect(m_comparison, &ComparisonView::closeRequested, this, &MainWindow::closeComparison);
        connect(m_comparison, &ComparisonView::codeActivated, this, [this](CodeId id) {
            closeComparison();
            showCode(id);
        });
    }
    m_comparison->setPair(a, b);
    m_stack->setCurrentWidget(m_comparison);
    setWindowTitle(tr("%1 vs %2 – SIP Codes").arg(a.toString(), b.toString()));
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

void MainWindow::closeComparison() {
    m_stack->setCurrentWidget(m_detail);
    renderDetail();
    m_list->setFocus();
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
    if (isComparing())
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
    if (isComparing())
        m_stack->setCurrentWidget(m_detail);
    renderDetail();
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
