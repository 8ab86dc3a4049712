#pragma once

#include "debate/DebateRecord.h"

#include <QDialog>

class QLabel;

namespace rostrum::gui {

class AudienceVoteForm;

// Asks the audience's vote at the end of an Oxford debate (the counts before are shown and prefilled);
// Enter records it. The swing is the engine's (DebateRecord::swing()).
class AudienceVoteDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AudienceVoteDialog(const DebateRecord &record, QWidget *parent = nullptr);

    std::optional<AudienceVote> vote() const;

    void accept() override;

private:
    AudienceVoteForm *m_form;
    QLabel *m_problem;
};

} // namespace rostrum::gui
