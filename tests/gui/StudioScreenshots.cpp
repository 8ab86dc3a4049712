#include "StudioScreenshots.h"

#include "debate/RematchComparison.h"
#include "MainWindow.h"
#include "TranscriptController.h"
#include "TranscriptModel.h"
#include "VerdictCard.h"

#include <QListView>
#include <QPushButton>
#include <QTimer>

namespace rostrum::gui {

StudioScreenshots::StudioScreenshots(MainWindow *window, Save save, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_save(std::move(save))
{ }

void StudioScreenshots::showFinished(bool validVerdict)
{
    DebateRecord record = m_window->currentDebate();
    record.status = DebateRecord::Status::Finished;
    record.panel.reset(); // a scene before may have left one
    for (Speech &s : record.speeches)
        s.status = Speech::Status::Finished;
    record.spec.judgeModel = QStringLiteral("mistral-large-2512");
    Verdict v;
    v.model = record.spec.judgeModel;
    if (validVerdict) {
        v.valid = true;
        v.winner = QStringLiteral("con");
        v.margin = 6.5;
        v.scores = {{tr("evidence"), 6, 8.5}, {tr("rebuttal"), 5, 8}, {tr("clarity"), 8, 7}};
        v.reasons = tr("The opposition showed the crash on an empty list with the exact line; the proposition "
                       "never answered it.");
    } else {
        v.error = QStringLiteral("the answer is not a JSON object (illegal value)");
        v.raw = tr("I think the opposition won: the empty list crashes the program.");
    }
    v.costUsd = 0.0021; // the judge's request
    record.verdict = v;
    m_window->showDebate(record);
}

void StudioScreenshots::scrollToEnd()
{
    auto *view = m_window->findChild<QListView *>(QStringLiteral("transcriptView"));
    view->scrollToBottom();
}

void StudioScreenshots::showPanel()
{
    showFinished(true);
    DebateRecord record = m_window->currentDebate();
    auto judge = [](const QString &model, const QString &winner, double margin, bool consistent) {
        Verdict v;
        v.model = model;
        v.valid = true;
        v.winner = winner;
        v.margin = margin;
        v.scores = {
            {tr("evidence"), winner == QLatin1String("pro") ? 7.5 : 6, winner == QLatin1String("con") ? 8.5 : 6},
            {tr("rebuttal"), 5, 7.5}};
        v.reasons = tr("The crash on an empty list decided it.");
        v.costUsd = 0.0012;
        v.consistent = consistent;
        return v;
    };
    record.panel = JudgePanel::decide({judge(QStringLiteral("mistral-large-2512"), QStringLiteral("con"), 6.5, true),
                                       judge(QStringLiteral("mistral-medium-2508"), QStringLiteral("con"), 4, true),
                                       judge(QStringLiteral("ministral-8b-2512"), QStringLiteral("pro"), 2, false)},
                                      true);
    record.verdict = record.panel->decision();
    m_window->showDebate(record);
}

void StudioScreenshots::shoot(std::function<void()> show, const QString &name, std::function<void()> next)
{
    show();
    QTimer::singleShot(300, this, [this, name, next] {
        scrollToEnd();
        QTimer::singleShot(200, this, [this, name, next] {
            m_save(m_window, name);
            next();
        });
    });
}

void StudioScreenshots::run(std::function<void()> done)
{
    const auto rematch = [this] {
        // A rematch of it: the debaters on swapped sides, the same debater winning again.
        showFinished(true);
        DebateRecord original = m_window->currentDebate();
        original.spec.debaters[0].model = QStringLiteral("mistral-small-2603");
        original.spec.debaters[1].model = QStringLiteral("ministral-8b-2512");
        DebateRecord again = original;
        again.rematchOf = original.id;
        again.spec = original.spec.withSidesSwapped();
        again.verdict->winner = QStringLiteral("pro");
        m_window->findChild<TranscriptController *>()->showCard(
            VerdictCard::rematchRow(RematchComparison::compare(original, again)));
    };
    shoot([this] { showFinished(true); }, QStringLiteral("verdict-card.png"),
          [this, done, rematch] {
              shoot([this] { showFinished(false); }, QStringLiteral("verdict-invalid.png"),
                    [this, done, rematch] {
                        shoot([this] { showPanel(); }, QStringLiteral("verdict-panel.png"),
                              [this, done, rematch] { shoot(rematch, QStringLiteral("rematch-card.png"), done); });
                    });
          });
}

} // namespace rostrum::gui
