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
    record.verdict = v;
    record.costUsd += 0.0021; // the judge's request
    m_window->showDebate(record);
}

void StudioScreenshots::scrollToEnd()
{
    auto *view = m_window->findChild<QListView *>(QStringLiteral("transcriptView"));
    view->scrollToBottom();
}

void StudioScreenshots::run(std::function<void()> done)
{
    showFinished(true);
    QTimer::singleShot(300, this, [this, done] {
        scrollToEnd();
        QTimer::singleShot(200, this, [this, done] {
            m_save(m_window, QStringLiteral("verdict-card.png"));
            showFinished(false);
            QTimer::singleShot(300, this, [this, done] {
                scrollToEnd();
                QTimer::singleShot(200, this, [this, done] {
                    m_save(m_window, QStringLiteral("verdict-invalid.png"));
                    // A rematch of it: the same debaters on swapped sides, the verdict going to the same side.
                    DebateRecord original = m_window->currentDebate();
                    showFinished(true);
                    original.verdict = m_window->currentDebate().verdict;
                    DebateRecord rematch = original;
                    rematch.rematchOf = original.id;
                    std::swap(rematch.spec.debaters[0], rematch.spec.debaters[1]);
                    rematch.spec.debaters[0].side = QStringLiteral("pro");
                    rematch.spec.debaters[1].side = QStringLiteral("con");
                    auto *transcript = m_window->findChild<TranscriptController *>();
                    transcript->showCard(VerdictCard::rematchRow(RematchComparison::compare(original, rematch)));
                    QTimer::singleShot(300, this, [this, done] {
                        scrollToEnd();
                        QTimer::singleShot(200, this, [this, done] {
                            m_save(m_window, QStringLiteral("rematch-card.png"));
                            done();
                        });
                    });
                });
            });
        });
    });
}

} // namespace rostrum::gui
