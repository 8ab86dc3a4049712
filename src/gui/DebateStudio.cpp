#include "DebateStudio.h"

#include "debate/RematchComparison.h"
#include "DebateFileJobs.h"
#include "DebateSession.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "session/AppServices.h"
#include "store/DebateStore.h"
#include "TranscriptController.h"
#include "TranscriptModel.h"
#include "ui_MainWindow.h"
#include "VerdictCard.h"

#include <QStatusBar>

namespace rostrum::gui {

DebateStudio::DebateStudio(MainWindow *window, Ui::MainWindow *ui, DebateSession *session,
                           TranscriptController *transcript, DebateFileJobs *files)
    : QObject(window)
    , m_window(window)
    , m_ui(ui)
    , m_session(session)
    , m_transcript(transcript)
    , m_files(files)
    , m_import(new QAction(tr("&Import…"), this))
    , m_rematch(new QAction(tr("Rematch with Sides S&wapped"), this))
    , m_rejudge(new QAction(tr("Ask the &Judge Again"), this))
    , m_exportReasoning(new QAction(tr("Include &Reasoning in Exports"), this))
{
    m_rematch->setObjectName(QStringLiteral("actionRematch"));
    m_rematch->setToolTip(tr("Run this debate again with the debaters on the other sides, then compare the verdicts"));
    m_rejudge->setObjectName(QStringLiteral("actionRejudge"));
    m_rejudge->setToolTip(tr("Ask the judge for a new verdict (a new, costed request)"));
    m_ui->menuDebate->insertActions(m_ui->actionCopy, {m_rematch, m_rejudge});
    m_ui->menuDebate->insertSeparator(m_ui->actionCopy);
    m_exportReasoning->setObjectName(QStringLiteral("actionExportReasoning"));
    m_exportReasoning->setCheckable(true);
    m_exportReasoning->setToolTip(tr("Exports also write what reasoning models thought before they spoke"));
    const QList<QAction *> file = m_ui->menuFile->actions();
    const qsizetype afterExport = file.indexOf(m_ui->actionExport) + 1;
    m_ui->menuFile->insertAction(afterExport < file.size() ? file.at(afterExport) : nullptr, m_exportReasoning);
    // The transcript's context menu offers them too, next to Copy.
    m_ui->transcriptView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_ui->transcriptView->addAction(m_rematch);
    m_ui->transcriptView->addAction(m_rejudge);
    m_import->setObjectName(QStringLiteral("actionImport"));
    m_import->setToolTip(tr("Read a debate exported as JSON and save it as a new debate"));
    m_ui->menuFile->insertAction(m_ui->actionExport, m_import);
    connect(m_import, &QAction::triggered, this, [this] {
        const QString path = m_files->chooseImportPath();
        if (!path.isEmpty())
            importDebate(path);
    });
    connect(m_files, &DebateFileJobs::imported, this, &DebateStudio::saveImported);
    connect(m_rematch, &QAction::triggered, this, &DebateStudio::rematch);
    connect(m_rejudge, &QAction::triggered, this, &DebateStudio::rejudge);
    connect(m_transcript, &TranscriptController::cardActionTriggered, this, &DebateStudio::onCardAction);
    // After the window's own handler, which shows the finished debate whole.
    connect(m_session, &DebateSession::finished, this, &DebateStudio::onFinished);
}

bool DebateStudio::includeReasoning() const
{
    return m_exportReasoning->isChecked();
}

void DebateStudio::updateActions()
{
    const DebateRecord &r = m_window->currentDebate();
    const bool idle = !m_session->isActive();
    m_rematch->setEnabled(idle && !r.id.isEmpty() && r.status == DebateRecord::Status::Finished
                          && !r.spec.debaters.isEmpty());
    m_rejudge->setEnabled(idle && !r.id.isEmpty() && r.status != DebateRecord::Status::Running
                          && !r.spec.judgeModels().isEmpty() && needsJudging(r));
}

void DebateStudio::rematch()
{
    if (!m_rematch->isEnabled())
        return;
    m_original = m_window->currentDebate();
    const DebateRecord original = m_original;
    m_window->launch(
        tr("Rematch with Sides Swapped"),
        [this, original](QString *error) { return m_session->startRematch(original, error); },
        [this] { m_window->showStarted(m_session->record()); });
}

bool DebateStudio::needsJudging(const DebateRecord &r)
{
    if (!r.verdict)
        return true; // the judge's request failed before any answer, or the debate ended before judging
    if (!r.verdict->valid)
        return true;
    if (r.panel) {
        for (const Verdict &j : r.panel->judges) {
            if (!j.valid)
                return true;
        }
    }
    return false;
}

void DebateStudio::rejudge()
{
    if (!m_rejudge->isEnabled())
        return;
    const DebateRecord saved = m_window->currentDebate();
    m_window->launch(
        tr("Ask the Judge Again"), [this, saved](QString *error) { return m_session->rejudge(saved, error); },
        [this] { m_window->statusBar()->showMessage(tr("Asking the judge again…")); });
}

void DebateStudio::importDebate(const QString &path)
{
    m_window->completeStartup(); // the database
    m_files->importFile(path);
}

void DebateStudio::saveImported(const DebateRecord &record)
{
    DebateStore *store = m_window->services()->debates();
    if (!store) {
        MessageBoxes::warning(m_window, tr("Import Debate"),
                              tr("The debate was not imported: the database could not be opened."));
        return;
    }
    store->saveDebate(record);
    for (const Speech &s : record.speeches)
        store->saveSpeech(record.id, s);
    m_window->showDebate(record);
    m_window->statusBar()->showMessage(tr("Imported as a new debate."), 6000);
    emit imported(record.id);
}

void DebateStudio::onFinished()
{
    const DebateRecord record = m_session->record();
    int announced = -1;
    if (record.verdict) {
        announced = m_transcript->model()->rowForId(QString::fromLatin1(VerdictCard::kVerdictId));
        m_window->statusBar()->showMessage(VerdictCard::headline(record), 15000);
    }
    if (!record.rematchOf.isEmpty() && record.rematchOf == m_original.id) {
        const RematchComparison comparison = RematchComparison::compare(m_original, record);
        announced = m_transcript->showCard(VerdictCard::rematchRow(comparison));
        m_window->statusBar()->showMessage(VerdictCard::rematchSummary(comparison), 15000);
    }
    if (announced >= 0)
        m_transcript->announce(announced);
    updateActions();
}

void DebateStudio::onCardAction(const QString &cardId)
{
    if (cardId == QLatin1String(VerdictCard::kRematchId)) {
        const QString original = m_window->currentDebate().rematchOf;
        if (!original.isEmpty())
            m_window->openSavedDebate(original);
        return;
    }
    if (cardId == QLatin1String(VerdictCard::kVerdictId))
        rejudge();
}

} // namespace rostrum::gui
