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
    // A debate of its own (the person's editor of the scene before stays with that one), spoken to the end.
    record.id = QStringLiteral("screenshot-studio");
    record.status = DebateRecord::Status::Finished;
    record.panel.reset(); // a scene before may have left one
    completeSpeeches(record);
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
        v.reasons = tr("The opposition showed that frequency, not price, moves drivers; the proposition never "
                       "answered it.");
    } else {
        v.error = QStringLiteral("the answer is not a JSON object (illegal value)");
        v.raw = tr("I think the opposition won: free fares mostly move walkers.");
    }
    v.costUsd = 0.0021; // the judge's request
    record.verdict = v;
    m_window->showDebate(record);
}

void StudioScreenshots::completeSpeeches(DebateRecord &record)
{
    // The classic format with one rebuttal round: openings, rebuttals, closings; the person (con) speaks second.
    const QStringList texts = {
        tr("A fare-free network is not free: someone pays. The proposition's own examples show it: Tallinn raised "
           "local taxes, and Dunkirk's buses are fuller because people walk less, not because they drive less."),
        tr("Walking less is not the whole story: in Dunkirk car trips into the centre fell too, and the taxes that pay "
           "for the network are levied on those who can afford them, not at the turnstile."),
        tr("The proposition counts riders, not results. Money spent on free fares is money not spent on more buses, "
           "and it is frequency, not price, that moves drivers out of their cars."),
        tr("Free fares and more buses are not rivals: collecting fares costs a third of what they bring in. Remove "
           "the turnstile and that third pays for the frequency the opposition asks for."),
        tr("A cleaner city is the goal we share. Spend on what moves drivers: more buses, more often. Free fares "
           "mostly move walkers."),
    };
    const QList<QPair<QString, QString>> turns = {{QStringLiteral("con"), QStringLiteral("opening")},
                                                  {QStringLiteral("pro"), QStringLiteral("rebuttal")},
                                                  {QStringLiteral("con"), QStringLiteral("rebuttal")},
                                                  {QStringLiteral("pro"), QStringLiteral("closing")},
                                                  {QStringLiteral("con"), QStringLiteral("closing")}};
    if (record.speeches.isEmpty() || record.spec.debaters.size() < 2)
        return;
    const Speech first = record.speeches.first();
    while (record.speeches.size() < 1 + texts.size()) {
        const int i = int(record.speeches.size());
        Speech s = first;
        s.index = s.turn = i;
        s.side = turns.at(i - 1).first;
        s.role = turns.at(i - 1).second;
        s.debater = s.side == QLatin1String("pro") ? 0 : 1;
        const Debater &d = record.spec.debaters.at(s.debater);
        s.speaker = d.name;
        s.model = d.human ? QString() : d.model;
        s.human = d.human;
        s.text = texts.at(i - 1);
        s.promptTokens = d.human ? 0 : 420 + 90 * i;
        s.completionTokens = d.human ? 0 : 80 + 5 * i;
        s.costUsd = d.human ? 0 : 0.0002;
        record.speeches.append(s);
        record.costUsd += s.costUsd;
    }
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
        v.reasons = tr("Whether free fares move drivers decided it.");
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
