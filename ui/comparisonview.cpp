#include "comparisonview.h"

#include "catalog.h"
#include "codefilterproxy.h"
#include "comparison.h"
#include "formatter.h"
#include "localization.h"

#include <QDesktopServices>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

ComparisonView::ComparisonView(CodeFilterProxy *codes, QWidget *parent)
    : QWidget(parent)
    , m_codes(codes) {
    setObjectName(QStringLiteral("comparisonView"));
    setupLayout();
    retranslateUi();
}

void ComparisonView::setupLayout() {
    m_sideA = new QLineEdit(this);
    m_sideA->setObjectName(QStringLiteral("compareSideA"));
    m_sideB = new QLineEdit(this);
    m_sideB->setObjectName(QStringLiteral("compareSideB"));
    m_swap = new QToolButton(this);
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_back = new QToolButton(this);
    m_back->setObjectName(QStringLiteral("compareBack"));
    m_back->setIcon(style()->standardIcon(QStyle::SP_ArrowBack));
    m_forward = new QToolButton(this);
    m_forward->setObjectName(QStringLiteral("compareForward"));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("compareClose"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("compareMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("comparisonBrowser"));
    m_browser->setOpenLinks(false);
    // A comparison is always taller than the view. With the bar shown only when needed, every
    // new comparison was laid out twice: at the full width, and again once the bar appeared.
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    connect(m_sideA, &QLineEdit::returnPressed, this, [this] { setSide(0, m_sideA->text()); });
    connect(m_sideB, &QLineEdit::returnPressed, this, [this] { setSide(1, m_sideB->text()); });
    connect(m_swap, &QToolButton::clicked, this, &ComparisonView::swapSides);
    connect(m_back, &QToolButton::clicked, this, &ComparisonView::back);
    connect(m_forward, &QToolButton::clicked, this, &ComparisonView::forward);
    connect(m_close, &QToolButton::clicked, this, &ComparisonView::closeRequested);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &ComparisonView::onLinkClicked);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_sideA, 1);
    bar->addWidget(m_swap);
    bar->addWidget(m_sideB, 1);
    bar->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_browser, 1);
    m_message->hide();
    updateButtons();
}

void ComparisonView::retranslateUi() {
    m_uiLanguage = Localization::current();
    m_sideA->setPlaceholderText(tr("First code or search, then Enter"));
    m_sideB->setPlaceholderText(tr("Second code or search, then Enter"));
    m_sideA->setAccessibleName(tr("First code"));
    m_sideB->setAccessibleName(tr("Second code"));
    m_browser->setAccessibleName(tr("Comparison"));
    m_browser->setAccessibleDescription(
        tr("The two codes section by section: key differences first, then each side."));
    m_swap->setText(tr("⇄ Swap"));
    m_swap->setToolTip(tr("Swap the two sides"));
    m_back->setToolTip(tr("Previous comparison"));
    m_back->setAccessibleName(tr("Previous comparison"));
    m_forward->setToolTip(tr("Next comparison"));
    m_forward->setAccessibleName(tr("Next comparison"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Back to the detail view (Esc)"));
    render();
}

void ComparisonView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && m_uiLanguage != Localization::current())
        retranslateUi();
    if (event->type() == QEvent::PaletteChange && m_position >= 0)
        render();
    QWidget::changeEvent(event);
}

void ComparisonView::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ComparisonView::setPair(CodeId a, CodeId b) {
    if (m_position >= 0 && m_history.at(m_position) == std::pair{a, b}) {
        render();
        return;
    }
    m_history.resize(m_position + 1); // drop the forward history
    m_history.append({a, b});
    m_position = m_history.size() - 1;
    render();
}

void ComparisonView::swapSides() {
    if (m_position < 0)
        return;
    const auto [a, b] = pair();
    setPair(b, a);
}

bool ComparisonView::back() {
    if (m_position <= 0)
        return false;
    --m_position;
    render();
    return true;
}

bool ComparisonView::forward() {
    if (m_position + 1 >= m_history.size())
        return false;
    ++m_position;
    render();
    return true;
}

void ComparisonView::focusSecondSide() {
    m_sideB->setFocus(Qt::ShortcutFocusReason);
    m_sideB->selectAll();
}

bool ComparisonView::setSide(int side, const QString &query) {
    const Catalog &catalog = Catalog::builtin();
    const QList<SearchEngine::Hit> hits = m_codes->engine().search(query);
    if (query.trimmed().isEmpty() || hits.isEmpty()) {
        m_message->setText(tr("Nothing matches \"%1\".").arg(query));
        m_message->show();
        return false;
    }
    m_message->hide();
    const CodeId found = catalog.entries().at(hits.constFirst().index).id;
    auto [a, b] = m_position >= 0 ? pair() : std::pair{found, found};
    if (side == 0)
        a = found;
    else
        b = found;
    setPair(a, b);
    return true;
}

QString ComparisonView::html() const {
    return m_browser->toHtml();
}

void ComparisonView::render() {
    updateButtons();
    if (m_position < 0)
        return;
    const Catalog &catalog = Catalog::builtin();
    const auto [a, b] = pair();
    const Entry *ea = catalog.find(a);
    const Entry *eb = catalog.find(b);
    if (!ea || !eb)
        return;
    m_sideA->setText(ea->title());
    m_sideB->setText(eb->title());
    const Comparison comparison(catalog, *ea, *eb);
    m_browser->setHtml(comparison.toHtml());
    emit pairShown(a, b);
}

void ComparisonView::updateButtons() {
    m_back->setEnabled(m_position > 0);
    m_forward->setEnabled(m_position + 1 < m_history.size());
    m_swap->setEnabled(m_position >= 0);
}

void ComparisonView::onLinkClicked(const QUrl &url) {
    if (url.scheme() == u"sipcodes") {
        if (const auto id = CodeId::parse(url.path()))
            emit codeActivated(*id);
        return;
    }
    if (url.scheme() == u"https" || url.scheme() == u"http")
        QDesktopServices::openUrl(url);
}
