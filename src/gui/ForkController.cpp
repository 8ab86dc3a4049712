#include "ForkController.h"

#include "debate/DebateFork.h"
#include "ForkDialog.h"
#include "TranscriptController.h"
#include "TranscriptModel.h"

#include <QAction>

namespace rostrum::gui {

ForkController::ForkController(TranscriptController *transcript, const ModelCatalog *catalog,
                               std::function<DebateRecord()> debate, QWidget *window)
    : QObject(window)
    , m_transcript(transcript)
    , m_catalog(catalog)
    , m_debate(std::move(debate))
    , m_window(window)
    , m_action(new QAction(tr("Continue from &Here…"), this))
{
    m_action->setObjectName(QStringLiteral("actionContinueFromHere"));
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_action->setToolTip(tr("Start a new debate that shares the speeches up to this one (Ctrl+Shift+N)"));
    m_action->setEnabled(false);
    m_transcript->addSpeechAction(m_action);
    connect(m_action, &QAction::triggered, this, &ForkController::continueFromHere);
    connect(m_transcript, &TranscriptController::currentSpeechChanged, this, &ForkController::updateEnabled);
}

void ForkController::setBusy(bool busy)
{
    m_busy = busy;
    updateEnabled();
}

void ForkController::updateEnabled()
{
    const int at = m_transcript->currentSpeech();
    const int row = m_transcript->model()->rowForId(QString::number(at));
    const auto flags = at < 0 || row < 0
        ? SpeechRow::Flags(SpeechRow::Error)
        : SpeechRow::Flags(m_transcript->model()->index(row).data(TranscriptModel::FlagsRole).toInt());
    m_action->setEnabled(!m_busy && !(flags & (SpeechRow::Streaming | SpeechRow::Interrupted | SpeechRow::Error)));
}

void ForkController::continueFromHere()
{
    const int at = m_transcript->currentSpeech();
    const DebateRecord debate = m_debate();
    if (debate.id.isEmpty() || DebateFork::sharedCount(debate, at) < 0) {
        emit message(tr("Choose a finished speech of a saved debate to continue from."), 5000);
        return;
    }
    if (m_busy) {
        emit message(tr("Stop the running debate before continuing from one of its speeches."), 5000);
        return;
    }
    auto *dialog = new ForkDialog(debate, at, m_catalog, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, debate] { emit forkRequested(debate, dialog->atSpeech(), dialog->debaters()); });
    dialog->open();
}

} // namespace rostrum::gui
