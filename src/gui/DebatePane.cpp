#include "DebatePane.h"

#include "LecternController.h"
#include "TranscriptController.h"
#include "ui_MainWindow.h"

namespace rostrum::gui {

DebatePane::DebatePane(Ui::MainWindow *ui, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_transcript(new TranscriptController(ui->transcriptView, ui->transcriptSearch, this))
    , m_lectern(new LecternController(ui->transcriptLayout, ui->transcriptLayout->indexOf(ui->transcriptView),
                                      ui->menuDebate, ui->actionCopy, this))
{
    m_ui->codePane->setVisible(false);
    connect(m_transcript, &TranscriptController::citationActivated, this, [this](int line) {
        m_ui->codePane->setVisible(true);
        m_ui->actionShowCode->setChecked(true);
        if (!m_ui->codePane->jumpToLine(line))
            emit message(tr("Line %1 is not in the code.").arg(line), 4000);
    });
    connect(m_transcript, &TranscriptController::message, this, &DebatePane::message);
    connect(m_lectern, &LecternController::message, this, &DebatePane::message);
    connect(m_ui->actionShowCode, &QAction::toggled, m_ui->codePane, &QWidget::setVisible);
}

void DebatePane::attach(DebateSession *session, AppServices *services)
{
    m_lectern->attach(session, services);
}

qint64 DebatePane::show(const DebateRecord &record)
{
    const TranscriptController::Shown shown = m_transcript->show(record);
    m_lectern->show(record);
    setMotion(record.spec.motion);
    showCode(record.spec, shown.citedLines);
    return shown.tokens;
}

void DebatePane::showStarted(const DebateSpec &spec)
{
    m_lectern->showStarted();
    setMotion(spec.motion);
    showCode(spec, {});
}

void DebatePane::setMotion(const QString &motion)
{
    m_ui->motionTitle->setText(QStringLiteral("<h2>") + motion.toHtmlEscaped() + QStringLiteral("</h2>"));
    // Selectable once there is a motion: a selectable label builds a text document even when empty.
    m_ui->motionTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->transcriptStack->setCurrentWidget(m_ui->transcriptPage);
}

void DebatePane::showCode(const DebateSpec &spec, const QSet<int> &citedLines)
{
    const bool hasCode = !spec.code.isEmpty();
    if (hasCode) {
        m_ui->codePane->setCode(spec.code.text,
                                spec.code.language.isEmpty() ? CodeHighlighter::languageFromFileName(spec.code.fileName)
                                                             : CodeHighlighter::languageFromName(spec.code.language));
        m_ui->codePane->setCitedLines(citedLines);
    }
    m_ui->codePane->setVisible(hasCode);
    m_ui->actionShowCode->setChecked(hasCode);
}

} // namespace rostrum::gui
