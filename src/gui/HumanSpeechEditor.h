#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace rostrum {
class TokenCounter;
}

namespace rostrum::gui {

// Where the person at the lectern writes a speech: opened under the transcript at their turn, with
// who speaks and in which role, a live token count against the speech length (exact with the
// speaker's model's tokenizer when the build has it), and Ctrl+Enter or Submit to deliver it.
// The draft is only cleared by a delivered speech: stopping or pausing the debate keeps it.
class HumanSpeechEditor : public QWidget
{
    Q_OBJECT
public:
    explicit HumanSpeechEditor(QWidget *parent = nullptr);

    // Opens the editor for a turn: heading says who speaks in which role; the count is of model's tokens against
    // maxTokens. tokens: not owned, may be null (the heuristic count).
    void open(const QString &heading, int maxTokens, const QString &model, const TokenCounter *tokens);
    // Whether the engine takes a speech now (it waits for this person); reason says why not.
    void setAccepting(bool accepting, const QString &reason = {});
    bool isAccepting() const { return m_accepting; }

    QString draft() const;
    void setDraft(const QString &text);
    void clearDraft();
    // The count shown: tokens of the draft and whether they are exact.
    qint64 tokenCount() const { return m_count; }
    bool isOverLength() const { return m_maxTokens > 0 && m_count > m_maxTokens; }
    void focusEditor();

signals:
    // A non-empty speech within the length, while accepting: the owner hands it to the engine.
    void submitted(const QString &text);

private:
    void updateCount();
    void submit();
    void showProblem(const QString &text);

    QLabel *m_heading;
    QPlainTextEdit *m_edit;
    QLabel *m_countLabel;
    QLabel *m_problem;
    QPushButton *m_submit;
    const TokenCounter *m_tokens = nullptr;
    QString m_model;
    int m_maxTokens = 0;
    qint64 m_count = 0;
    bool m_exact = false;
    bool m_accepting = false;
};

} // namespace rostrum::gui
