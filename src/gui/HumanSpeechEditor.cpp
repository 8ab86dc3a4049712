#include "HumanSpeechEditor.h"

#include "tokens/TokenCounter.h"

#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace rostrum::gui {

HumanSpeechEditor::HumanSpeechEditor(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_countLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_submit(new QPushButton(tr("&Submit Speech"), this))
{
    setObjectName(QStringLiteral("humanSpeechEditor"));
    // As tall as its content: the transcript above takes the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_heading->setObjectName(QStringLiteral("humanTurnHeading"));
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_edit->setObjectName(QStringLiteral("humanSpeechEdit"));
    m_edit->setAccessibleName(tr("Your speech"));
    m_edit->setPlaceholderText(tr("Write your speech here. Ctrl+Enter delivers it."));
    m_edit->setTabChangesFocus(true);
    // Room for a paragraph; the transcript above keeps the rest of the height.
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 5);
    m_edit->setMaximumHeight(fontMetrics().lineSpacing() * 10);
    m_heading->setBuddy(m_edit);
    m_countLabel->setObjectName(QStringLiteral("humanSpeechCount"));
    m_countLabel->setAccessibleName(tr("Length of your speech"));
    m_problem->setObjectName(QStringLiteral("humanSpeechProblem"));
    m_problem->setWordWrap(true);
    m_problem->setVisible(false);
    m_submit->setObjectName(QStringLiteral("submitSpeechButton"));
    m_submit->setToolTip(tr("Deliver your speech and let the debate go on (Ctrl+Enter)"));

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_countLabel);
    bottom->addStretch(1);
    bottom->addWidget(m_submit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_edit);
    layout->addWidget(m_problem);
    layout->addLayout(bottom);

    // Both Enter keys: Return on the main block, Enter on the keypad.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &HumanSpeechEditor::submit);
    }
    connect(m_submit, &QPushButton::clicked, this, &HumanSpeechEditor::submit);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &HumanSpeechEditor::updateCount);
    updateCount();
}

void HumanSpeechEditor::open(const QString &heading, int maxTokens, const QString &model, const TokenCounter *tokens)
{
    m_heading->setText(heading);
    m_edit->setAccessibleDescription(heading);
    m_maxTokens = maxTokens;
    m_model = model;
    m_tokens = tokens;
    m_problem->setVisible(false);
    setAccepting(true);
    updateCount();
    show();
}

void HumanSpeechEditor::setAccepting(bool accepting, const QString &reason)
{
    m_accepting = accepting;
    m_submit->setEnabled(accepting);
    if (accepting)
        m_problem->setVisible(false);
    else if (!reason.isEmpty())
        showProblem(reason);
}

QString HumanSpeechEditor::draft() const
{
    return m_edit->toPlainText();
}

void HumanSpeechEditor::setDraft(const QString &text)
{
    m_edit->setPlainText(text);
}

void HumanSpeechEditor::clearDraft()
{
    m_edit->clear();
    m_problem->setVisible(false);
}

void HumanSpeechEditor::focusEditor()
{
    m_edit->setFocus(Qt::OtherFocusReason);
}

void HumanSpeechEditor::updateCount()
{
    const QString text = m_edit->toPlainText();
    // A speech is a few thousand tokens at most: counting it on each change is well under a frame.
    if (m_tokens && !m_model.isEmpty()) {
        const TokenCount c = m_tokens->countText(text, m_model);
        m_count = c.count;
        m_exact = c.exact;
    } else {
        m_count = TokenCounter::heuristicCount(text);
        m_exact = false;
    }
    const QString figure = m_exact ? tr("%1 of %2 tokens").arg(m_count).arg(m_maxTokens)
                                   : tr("about %1 of %2 tokens").arg(m_count).arg(m_maxTokens);
    m_countLabel->setText(isOverLength() ? tr("%1 — %2 over the speech length").arg(figure).arg(m_count - m_maxTokens)
                                         : figure);
    m_countLabel->setAccessibleDescription(m_countLabel->text());
    QPalette p = m_countLabel->palette();
    p.setColor(QPalette::WindowText, isOverLength() ? QColor(0xc0, 0x2b, 0x2b) : palette().color(QPalette::WindowText));
    m_countLabel->setPalette(p);
}

void HumanSpeechEditor::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->setVisible(true);
}

void HumanSpeechEditor::submit()
{
    const QString text = m_edit->toPlainText().trimmed();
    if (!m_accepting) {
        showProblem(tr("The debate is not waiting for your speech. Your draft is kept."));
        return;
    }
    if (text.isEmpty()) {
        showProblem(tr("Your speech is empty: write something before submitting it."));
        focusEditor();
        return;
    }
    if (isOverLength()) {
        showProblem(tr("Your speech is %n token(s) over the speech length: shorten it before submitting it.", nullptr,
                       int(m_count - m_maxTokens)));
        focusEditor();
        return;
    }
    m_problem->setVisible(false);
    emit submitted(text);
}

} // namespace rostrum::gui
