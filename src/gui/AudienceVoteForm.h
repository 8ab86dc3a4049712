#pragma once

#include "debate/DebateRecord.h"

#include <QWidget>

class QSpinBox;

namespace rostrum::gui {

// The audience's vote of an Oxford debate as three counts (for, against, undecided): in the setup
// dialog before the debate and in AudienceVoteDialog after it. Also says a vote and the swing in words,
// for the window's summary and the verdict card.
class AudienceVoteForm : public QWidget
{
    Q_OBJECT
public:
    enum class When { Before, After }; // the debate: for the fields' names
    explicit AudienceVoteForm(When when, QWidget *parent = nullptr);

    // nullopt while no vote is cast (all three counts are zero).
    std::optional<AudienceVote> vote() const;
    void setVote(const AudienceVote &vote);
    QSpinBox *firstField() const { return m_for; }

    // "30 for (38%), 40 against, 10 undecided"
    static QString describe(const AudienceVote &vote);
    // "+15.0 points for the motion"; empty without both votes.
    static QString swingText(const DebateRecord &record);
    // The votes a debate has, and the swing, in one sentence; empty when it has none.
    static QString summary(const DebateRecord &record);

signals:
    void changed();

private:
    QSpinBox *m_for;
    QSpinBox *m_against;
    QSpinBox *m_undecided;
};

} // namespace rostrum::gui
