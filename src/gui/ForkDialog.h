#pragma once

#include "debate/DebateRecord.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace rostrum {
class ModelCatalog;
} // namespace rostrum

namespace rostrum::gui {

// "Continue from here…": says which speeches the new debate shares with the one on screen and who speaks next,
// and lets the user change each next speaker's model, language and persona before the fork starts. Only the
// debaters who still speak after the chosen speech are offered, in the order of their next turn.
class ForkDialog : public QDialog
{
    Q_OBJECT
public:
    // parent: the debate to fork (saved); atSpeech: the transcript index of the speech chosen (shared with it).
    ForkDialog(const DebateRecord &debate, int atSpeech, const ModelCatalog *catalog, QWidget *parent = nullptr);

    int atSpeech() const { return m_at; }
    // The debate's debaters with the user's changes (those who do not speak again are unchanged).
    QList<Debater> debaters() const;

private:
    struct Editors
    {
        int debater = -1;
        QComboBox *model = nullptr;
        QComboBox *language = nullptr;
        QLineEdit *persona = nullptr;
    };
    QWidget *speakerBox(int debater, bool first);
    QComboBox *modelCombo(const Debater &d) const;
    QComboBox *languageCombo(const QString &language) const;

    DebateRecord m_debate;
    int m_at;
    const ModelCatalog *m_catalog;
    QList<Editors> m_editors;
};

} // namespace rostrum::gui
