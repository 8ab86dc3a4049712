#include "MainWindowActions.h"

#include "GlyphIcons.h"
#include "ui_MainWindow.h"

namespace rostrum::gui {

MainWindowActions::MainWindowActions(Ui::MainWindow *ui, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
{
    m_ui->actionNewDebate->setIcon(glyphIcon(Glyph::NewDebate));
    m_ui->actionOpen->setIcon(glyphIcon(Glyph::Open));
    m_ui->actionStartPause->setIcon(glyphIcon(Glyph::Start));
    m_ui->actionStop->setIcon(glyphIcon(Glyph::Stop));
    m_ui->actionRegenerate->setIcon(glyphIcon(Glyph::Regenerate));
    m_ui->actionExport->setIcon(glyphIcon(Glyph::Export));
    m_ui->actionSettings->setIcon(glyphIcon(Glyph::Settings));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    m_ui->actionNewDebate->setShortcut(QKeySequence::New);
    m_ui->actionOpen->setShortcut(QKeySequence::Open);
    m_ui->actionCopy->setShortcut(QKeySequence::Copy);
    m_ui->actionFind->setShortcut(QKeySequence::Find);
    // Ctrl+, from the form stays where the platform has no Preferences key of its own.
    if (!QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty())
        m_ui->actionSettings->setShortcut(QKeySequence::Preferences);
    // Copy belongs to the transcript, so it does not steal Ctrl+C from text fields.
    m_ui->actionCopy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->transcriptView->addAction(m_ui->actionCopy);
    m_resume = new QAction(tr("Res&ume Saved Debate"), this);
    m_resume->setObjectName(QStringLiteral("actionResumeDebate"));
    m_resume->setToolTip(tr("Continue a debate that was interrupted or stopped before its end"));
    m_resume->setIcon(glyphIcon(Glyph::Resume));
    m_ui->menuDebate->insertAction(m_ui->actionStop, m_resume);
}

void MainWindowActions::update(const State &s)
{
    m_ui->actionExport->setEnabled((s.hasDebate || s.hasEngine) && !s.busy);
    m_ui->actionCopy->setEnabled(s.hasTranscript);
    const bool paused = s.engineState == DebateEngine::State::Paused;
    m_ui->actionStartPause->setEnabled(true);
    m_ui->actionStartPause->setText(!s.active ? tr("&Start") : paused ? tr("&Resume") : tr("&Pause"));
    m_ui->actionStartPause->setIcon(glyphIcon(s.active && !paused ? Glyph::Pause : Glyph::Start));
    m_ui->actionStop->setEnabled(s.active);
    m_ui->actionRegenerate->setEnabled(s.hasEngine && s.hasSpeeches && s.engineState != DebateEngine::State::Running);
    m_resume->setEnabled(s.canResume);
}

} // namespace rostrum::gui
