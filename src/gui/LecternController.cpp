#include "LecternController.h"

#include "AudienceVoteDialog.h"
#include "AudienceVoteForm.h"
#include "debate/DebateFormat.h"
#include "debate/DebatePlan.h"
#include "debate/Prompts.h"
#include "DebateSession.h"
#include "HumanSpeechEditor.h"
#include "InterjectionBar.h"
#include "session/AppServices.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

namespace rostrum::gui {

LecternController::LecternController(QVBoxLayout *layout, int transcriptRow, QMenu *menu, QAction *before,
                                     QObject *parent)
    : QObject(parent)
    , m_summary(new QLabel)
    , m_editor(new HumanSpeechEditor)
    , m_bar(new InterjectionBar)
    , m_interject(new QAction(tr("&Interject…"), this))
{
    m_summary->setObjectName(QStringLiteral("voteSummary"));
    m_summary->setWordWrap(true);
    m_summary->setContentsMargins(6, 0, 6, 4);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setVisible(false);
    QWidget *transcript = layout->itemAt(transcriptRow)->widget();
    QLayoutItem *following = layout->itemAt(transcriptRow + 1);
    QWidget *next = following ? following->widget() : nullptr;
    layout->insertWidget(transcriptRow, m_summary);
    layout->insertWidget(transcriptRow + 2, m_editor);
    layout->insertWidget(transcriptRow + 3, m_bar);
    m_editor->setVisible(false);
    m_bar->setVisible(false);
    // Reading order: the transcript, the editor, the interjection line, then what followed the transcript.
    QWidgetList chain {transcript};
    for (const char *name :
         {"humanSpeechEdit", "submitSpeechButton", "interjectionEdit", "interjectionAs", "interjectButton"})
        chain << transcript->window()->findChild<QWidget *>(QLatin1String(name));
    if (next)
        chain << next;
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));

    m_interject->setObjectName(QStringLiteral("actionInterject"));
    m_interject->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_interject->setToolTip(tr("Put a question to the next speaker, as moderator or from the audience (Ctrl+I)"));
    m_interject->setEnabled(false);
    menu->insertAction(before, m_interject);
    connect(m_interject, &QAction::triggered, m_bar, &InterjectionBar::focusLine);
}

void LecternController::attach(DebateSession *session, AppServices *services)
{
    m_session = session;
    m_services = services;
    connect(session, &DebateSession::humanTurn, this, &LecternController::onHumanTurn);
    connect(session, &DebateSession::stateChanged, this, &LecternController::onStateChanged);
    connect(session, &DebateSession::finished, this, &LecternController::onFinished);
    connect(session, &DebateSession::votesChanged, this, [this] {
        const DebateRecord record = m_session->record();
        show(record);
        if (const QString swing = AudienceVoteForm::swingText(record); !swing.isEmpty())
            emit message(tr("Audience swing: %1.").arg(swing), 15000);
    });
    connect(m_editor, &HumanSpeechEditor::submitted, this, &LecternController::submit);
    connect(m_bar, &InterjectionBar::interjected, this, [this](const QString &text, bool asAudience) {
        m_session->interject(text, asAudience);
        emit message(asAudience ? tr("Your question from the audience goes to the next speaker.")
                                : tr("Your question as moderator goes to the next speaker."),
                     5000);
    });
}

void LecternController::show(const DebateRecord &record)
{
    const QString summary = AudienceVoteForm::summary(record);
    m_summary->setText(summary);
    m_summary->setVisible(!summary.isEmpty());
    if (record.id != m_editorDebate && m_editor->isVisible()) {
        stashDraft();
        m_editor->setVisible(false);
    }
}

void LecternController::showStarted()
{
    if (m_session)
        show(m_session->record());
}

void LecternController::stashDraft()
{
    if (!m_editorDebate.isEmpty() && !m_editor->draft().trimmed().isEmpty())
        m_drafts.insert(m_editorDebate, m_editor->draft());
    m_editor->clearDraft();
    m_editorDebate.clear();
}

QString LecternController::heading(int turn, const QString &side, const QString &role) const
{
    const DebateEngine *engine = m_session->engine();
    const DebateSpec &spec = engine->record().spec;
    const int debater = debaterOf(turn);
    const QString name = debater >= 0 ? spec.debaters.at(debater).name : QString();
    const auto prompts = Prompts::load(debater >= 0 ? spec.languageOf(debater) : spec.language);
    const QString roleName = prompts ? prompts->roleName(role) : role;
    const QString sideText = side == QLatin1String("con") ? tr("against the motion") : tr("for the motion");
    return tr("Your turn, %1 (%2): %3 — speech %4 of %5")
        .arg(name, sideText, roleName)
        .arg(turn + 1)
        .arg(engine->totalTurns());
}

int LecternController::debaterOf(int turn) const
{
    // The engine's own rule (TurnPlanner), read from the spec it runs.
    const auto plan = DebatePlan::make(m_session->engine()->record().spec);
    return plan && turn < plan->turns.turnCount() ? plan->turns.debaterFor(turn) : -1;
}

QString LecternController::modelOf(int debater) const
{
    const auto plan = DebatePlan::make(m_session->engine()->record().spec);
    return plan && debater >= 0 ? plan->turns.modelFor(debater) : QString();
}

void LecternController::onHumanTurn(int turn, const QString &side, const QString &role)
{
    const DebateRecord &record = m_session->engine()->record();
    if (record.id != m_editorDebate) {
        stashDraft();
        m_editorDebate = record.id;
        m_editor->setDraft(m_drafts.take(record.id));
    }
    m_editor->open(heading(turn, side, role), record.spec.maxTokens, modelOf(debaterOf(turn)),
                   m_services ? m_services->tokens() : nullptr);
    // Unless the person is typing a question at that moment, the turn takes the keyboard.
    QWidget *focus = QApplication::focusWidget();
    if (!(focus && m_bar->isAncestorOf(focus) && !m_bar->text().isEmpty()))
        m_editor->focusEditor();
    emit message(tr("Your turn: write your speech, then press Ctrl+Enter."), 0);
}

void LecternController::onStateChanged(DebateEngine::State state)
{
    using State = DebateEngine::State;
    const bool running = state == State::Running || state == State::Paused || state == State::WaitingForHuman;
    m_bar->setVisible(running);
    m_interject->setEnabled(running);
    if (!m_editor->isVisible())
        return;
    if (state == State::WaitingForHuman)
        m_editor->setAccepting(true);
    else if (state == State::Paused)
        m_editor->setAccepting(false, tr("The debate is paused: resume it to deliver your speech."));
    else if (state == State::Stopped || state == State::Finished)
        m_editor->setAccepting(false, tr("The debate has stopped. Your draft is kept: Resume continues the debate."));
}

void LecternController::submit(const QString &text)
{
    if (!m_session->submitHumanSpeech(text)) {
        m_editor->setAccepting(false, tr("The debate did not take your speech. Your draft is kept."));
        return;
    }
    m_drafts.remove(m_editorDebate);
    m_editor->clearDraft();
    m_editor->setVisible(false);
    emit message(tr("Your speech is delivered."), 4000);
}

void LecternController::onFinished(DebateRecord::Status status)
{
    if (m_editor->isVisible() && m_editor->draft().trimmed().isEmpty())
        m_editor->setVisible(false);
    const DebateRecord record = m_session->record();
    const auto format = DebateFormat::load(record.spec.format);
    if (status == DebateRecord::Status::Finished && format && format->audienceVote())
        askVoteAfter();
}

void LecternController::askVoteAfter()
{
    auto *dialog = new AudienceVoteDialog(m_session->record(), m_editor->window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (const auto vote = dialog->vote())
            m_session->setVoteAfter(*vote);
    });
    dialog->open();
}

} // namespace rostrum::gui
