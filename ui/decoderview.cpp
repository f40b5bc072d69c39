#include "decoderview.h"

#include "catalog.h"
#include "findingsmodel.h"
#include "localization.h"
#include "tracedecodejob.h"
#include "traceinput.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

namespace {

QString escaped(const QString &text) {
    return text.toHtmlEscaped();
}

QString linkTo(CodeId id, const QString &text) {
    return QStringLiteral("<a style=\"text-decoration:none\" href=\"sipcodes:%1\">%2</a>")
        .arg(id.toString(), escaped(text));
}

} // namespace

DecoderView::DecoderView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("decoderView"));
    m_model = new FindingsModel(Catalog::builtin(), this);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(&m_debounce, &QTimer::timeout, this, &DecoderView::decodeInput);
    setupLayout();
    retranslateUi();
}

DecoderView::~DecoderView() = default;

void DecoderView::setupLayout() {
    m_title = new QLabel(this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_open = new QToolButton(this);
    m_open->setObjectName(QStringLiteral("decoderOpen"));
    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("decoderClear"));
    m_close = new QToolButton(this);
    m_close->setObjectName(QStringLiteral("decoderClose"));
    connect(m_open, &QToolButton::clicked, this, &DecoderView::openFile);
    connect(m_clear, &QToolButton::clicked, this, &DecoderView::clearAll);
    connect(m_close, &QToolButton::clicked, this, &DecoderView::closeRequested);

    m_input = new TraceInput(this);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        m_notice->hide();
        m_debounce.start();
    });
    connect(m_input, &TraceInput::largeTextPasted, this, [this](const QString &text) {
        const QByteArray bytes = text.toUtf8();
        startBackground(bytes, tr("%1 of pasted text, decoded without being shown here.")
                                   .arg(QLocale().formattedDataSize(bytes.size())));
    });
    connect(m_input, &TraceInput::fileDropped, this, &DecoderView::decodeFile);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("decoderNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->hide();

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("decoderSummary"));
    m_summary->setTextFormat(Qt::RichText); // built from escaped text only
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_summary->setOpenExternalLinks(false);
    connect(m_summary, &QLabel::linkActivated, this,
            [this](const QString &link) { onLinkClicked(QUrl(link)); });

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("decoderProgress"));
    m_progress->setRange(0, 1000);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("decoderCancel"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });

    m_findings = new QTreeView(this);
    m_findings->setObjectName(QStringLiteral("decoderFindings"));
    m_findings->setModel(m_model);
    m_findings->setRootIsDecorated(false);
    m_findings->setUniformRowHeights(true);
    m_findings->setAlternatingRowColors(true);
    m_findings->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_findings->setSelectionMode(QAbstractItemView::SingleSelection);
    m_findings->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_findings->header()->setStretchLastSection(false);
    m_findings->header()->setSectionResizeMode(FindingsModel::LineColumn,
                                               QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(FindingsModel::KindColumn,
                                               QHeaderView::ResizeToContents);
    m_findings->header()->setSectionResizeMode(FindingsModel::FindingColumn, QHeaderView::Stretch);
    m_findings->header()->setSectionResizeMode(FindingsModel::FlagsColumn,
                                               QHeaderView::ResizeToContents);
    connect(m_findings->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showFinding(current); });
    connect(m_findings, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (const auto id = CodeId::parse(index.data(FindingsModel::IdRole).toString()))
            emit codeActivated(*id);
    });

    m_explanation = new QTextBrowser(this);
    m_explanation->setObjectName(QStringLiteral("decoderExplanation"));
    m_explanation->setOpenLinks(false);
    connect(m_explanation, &QTextBrowser::anchorClicked, this, &DecoderView::onLinkClicked);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_open);
    bar->addWidget(m_clear);
    bar->addWidget(m_close);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);

    auto *results = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addWidget(m_summary);
    resultsLayout->addLayout(progressRow);
    resultsLayout->addWidget(m_findings, 2);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("decoderSplitter"));
    m_splitter->addWidget(m_input);
    m_splitter->addWidget(results);
    m_splitter->addWidget(m_explanation);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({220, 300, 200});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 6, 0);
    layout->addLayout(bar);
    layout->addWidget(m_notice);
    layout->addWidget(m_splitter, 1);
    m_progress->hide();
    m_cancel->hide();
}

void DecoderView::retranslateUi() {
    m_uiLanguage = Localization::current();
    m_title->setText(tr("Decode a trace"));
    m_open->setText(tr("Open File…"));
    m_open->setToolTip(tr("Decode a log or trace file without loading it into the editor"));
    m_clear->setText(tr("Clear"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Back to the code (Esc)"));
    m_cancel->setText(tr("Cancel"));
    m_input->setPlaceholderText(
        tr("Paste SIP messages, a sngrep or Wireshark text export, or Asterisk, FreeSWITCH or "
           "Kamailio log lines here, or drop a file. Status lines and the Reason, Warning and "
           "Retry-After headers are explained below."));
    m_input->setAccessibleName(tr("Trace to decode"));
    m_findings->setAccessibleName(tr("Findings"));
    m_findings->setAccessibleDescription(
        tr("One row per status line and Reason, Warning or Retry-After value. Press Enter to "
           "open the code."));
    m_explanation->setAccessibleName(tr("Explanation of the selected finding"));
    m_summary->setAccessibleName(tr("Summary"));
    m_progress->setAccessibleName(tr("Decoding progress"));
    m_model->retranslate();
    updateSummary();
    showFinding(m_findings->currentIndex());
}

void DecoderView::changeEvent(QEvent *event) {
    if (event->type() == QEvent::LanguageChange && m_uiLanguage != Localization::current())
        retranslateUi();
    if (event->type() == QEvent::PaletteChange) {
        updateSummary();
        showFinding(m_findings->currentIndex());
    }
    QWidget::changeEvent(event);
}

void DecoderView::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape) {
        if (isBusy())
            m_job->cancel();
        else
            emit closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DecoderView::focusInput() {
    m_input->setFocus(Qt::OtherFocusReason);
}

bool DecoderView::isInputEmpty() const {
    return m_input->document()->isEmpty() && m_notice->isHidden();
}

bool DecoderView::isBusy() const {
    return m_job && m_job->isRunning();
}

void DecoderView::setText(const QString &text) {
    if (text.size() > TraceInput::kLargeText) {
        const QByteArray bytes = text.toUtf8();
        startBackground(bytes, tr("%1 of pasted text, decoded without being shown here.")
                                   .arg(QLocale().formattedDataSize(bytes.size())));
        return;
    }
    m_input->setPlainText(text);
    m_debounce.stop();
    decodeInput();
}

void DecoderView::clearAll() {
    if (m_job)
        m_job->cancel();
    m_input->clear();
    m_debounce.stop();
    decodeInput();
    m_input->setFocus();
}

void DecoderView::decodeInput() {
    if (m_job)
        m_job->cancel();
    m_status.clear();
    m_model->clear();
    const QByteArray bytes = m_input->toPlainText().toUtf8();
    if (bytes.size() > kBackgroundThreshold) {
        startBackground(bytes, QString());
        return;
    }
    m_model->append(TraceDecoder::decode(bytes, Catalog::builtin()));
    updateSummary();
    selectFinalResponse();
    emit decoded();
}

TraceDecodeJob *DecoderView::job() {
    if (!m_job) {
        m_job = new TraceDecodeJob(Catalog::builtin(), this);
        connect(m_job, &TraceDecodeJob::found, m_model, &FindingsModel::append);
        connect(m_job, &TraceDecodeJob::progress, this, &DecoderView::onProgress);
        connect(m_job, &TraceDecodeJob::finished, this, &DecoderView::onFinished);
    }
    return m_job;
}

void DecoderView::prepareBackground(const QString &notice) {
    job()->cancel();
    if (!notice.isEmpty()) {
        const QSignalBlocker blocker(m_input);
        m_input->clear();
        m_notice->setText(notice);
        m_notice->show();
    }
    m_debounce.stop();
    m_status.clear();
    m_model->clear();
    showFinding({});
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    updateSummary();
}

void DecoderView::startBackground(const QByteArray &bytes, const QString &notice) {
    prepareBackground(notice);
    job()->startData(bytes);
}

void DecoderView::decodeFile(const QString &path) {
    job()->cancel();
    const QFileInfo info(path);
    if (info.isFile() && info.size() <= TraceInput::kLargeText) {
        // Small enough to read here and to show, so it can be edited.
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            setText(QString::fromUtf8(file.readAll()));
            return;
        }
    }
    prepareBackground(tr("File %1 (%2), decoded without being shown here.")
                          .arg(info.fileName(), QLocale().formattedDataSize(info.size())));
    job()->startFile(path);
}

void DecoderView::openFile() {
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Decode a File"), QString(),
                                     tr("Logs and traces (*.log *.txt *.sip);;All files (*)"));
    if (!path.isEmpty())
        decodeFile(path);
}

void DecoderView::onProgress(qint64 done, qint64 total) {
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    updateSummary();
}

void DecoderView::onFinished(bool canceled, const QString &error) {
    m_progress->hide();
    m_cancel->hide();
    if (!error.isEmpty())
        m_status = error;
    else if (canceled)
        m_status = tr("Decoding cancelled; the findings so far are listed.");
    updateSummary();
    if (!m_findings->currentIndex().isValid())
        selectFinalResponse();
    emit decoded();
}

void DecoderView::updateSummary() {
    const TraceReport &report = m_model->report();
    QStringList lines;
    if (!m_status.isEmpty())
        lines.append(escaped(m_status));
    if (isBusy()) {
        lines.append(escaped(tr("Decoding… %n finding(s) so far.", nullptr,
                                int(std::min<qint64>(report.count(), INT_MAX)))));
    } else if (report.count() == 0) {
        if (m_status.isEmpty())
            lines.append(escaped(isInputEmpty() ? tr("Nothing to decode yet: paste a trace above.")
                                                : tr("No status line and no Reason, Warning or "
                                                     "Retry-After header in this text.")));
    } else {
        // Each line of the summary links to the entry it is about.
        const QStringList summary = report.summaryLines();
        QList<const TraceFinding *> subjects{report.finalResponse()};
        for (const TraceFinding &detail : report.finalDetails())
            subjects.append(&detail);
        for (qsizetype i = 0; i < summary.size(); ++i) {
            const TraceFinding *subject = i < subjects.size() ? subjects.at(i) : nullptr;
            const auto id = subject ? subject->codeId() : std::nullopt;
            QString line = id && Catalog::builtin().find(*id) ? linkTo(*id, summary.at(i))
                                                              : escaped(summary.at(i));
            if (i == 0 && subject)
                line = QStringLiteral("<b>") + line + QStringLiteral("</b>");
            lines.append(line);
        }
        if (m_model->hiddenCount() > 0)
            lines.append(escaped(tr("The list shows the first %1 findings.")
                                     .arg(QLocale().toString(FindingsModel::kMaxRows))));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void DecoderView::selectFinalResponse() {
    if (m_model->rowCount() == 0) {
        showFinding({});
        return;
    }
    int row = 0;
    if (const TraceFinding *final = m_model->report().finalResponse()) {
        for (int i = 0; i < m_model->rowCount(); ++i) {
            const TraceFinding &finding = m_model->finding(i);
            if (finding.line == final->line && finding.kind == final->kind) {
                row = i;
                break;
            }
        }
    }
    const QModelIndex index = m_model->index(row, 0);
    m_findings->setCurrentIndex(index);
    m_findings->scrollTo(index);
    showFinding(index);
}

void DecoderView::showFinding(const QModelIndex &index) {
    if (!index.isValid()) {
        m_explanation->clear();
        return;
    }
    const TraceFinding &finding = m_model->finding(index.row());
    const TraceReport &report = m_model->report();
    const Catalog &catalog = Catalog::builtin();
    QString html = QStringLiteral("<h3>%1</h3>")
                       .arg(escaped(tr("%1: %2").arg(TraceReport::kindLabel(finding.kind),
                                                     report.describe(finding))));
    html += QStringLiteral("<p>%1</p><pre>%2</pre>")
                .arg(escaped(tr("As written on line %1:").arg(finding.line)),
                     escaped(finding.value.isEmpty() ? tr("(empty)") : finding.value));
    const QStringList problems = report.problems(finding);
    if (!problems.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(tr("What looks wrong")));
        for (const QString &problem : problems)
            html += QStringLiteral("<li>⚠ %1</li>").arg(escaped(problem));
        html += QStringLiteral("</ul>");
    }
    if (const QString meaning = report.meaning(finding); !meaning.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(meaning));
    const auto id = finding.codeId();
    if (id && catalog.find(*id))
        html += QStringLiteral("<p>%1</p>")
                    .arg(linkTo(*id, tr("Open %1").arg(catalog.find(*id)->title())));
    if (finding.kind != TraceFinding::Kind::Status && finding.responseCode > 0) {
        const CodeId response{Family::Sip, finding.responseCode};
        if (const Entry *entry = catalog.find(response); entry && response != id)
            html += QStringLiteral("<p>%1</p>")
                        .arg(linkTo(response, tr("It came in a %1 response.").arg(entry->title())));
    }
    if (!finding.callId.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("Call-ID: %1").arg(finding.callId)));
    m_explanation->setHtml(html);
}

void DecoderView::onLinkClicked(const QUrl &url) {
    if (url.scheme() == u"sipcodes") {
        if (const auto id = CodeId::parse(url.path()))
            emit codeActivated(*id);
        return;
    }
    if (url.scheme() == u"https" || url.scheme() == u"http")
        QDesktopServices::openUrl(url);
}
