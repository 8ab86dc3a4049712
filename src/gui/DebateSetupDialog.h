#pragma once

#include "debate/DebateCostPreview.h"
#include "debate/DebateRecord.h"
#include "debate/DebateSpec.h"
#include "debate/LanguageModels.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DebateSetupDialog;
}

namespace rostrum {
class ModelCatalog;
class TokenCounter;
} // namespace rostrum

namespace rostrum::gui {

class AudienceVoteForm;
class CodeHighlighter;

// Sets up a debate: motion, format, language, debaters with their models, judge, rounds, speech
// length, budget (with a live worst-case cost preview from the catalog's prices) and optional code.
// It produces a DebateSpec; validation is the spec's own (DebateSpec::validate()).
class DebateSetupDialog : public QDialog
{
    Q_OBJECT
public:
    // The format's name in the interface language ("Classic", "Classique"); empty for an unknown id.
    static QString formatTitle(const QString &formatId);
    explicit DebateSetupDialog(const ModelCatalog *catalog, QWidget *parent = nullptr);
    ~DebateSetupDialog() override;

    // Debaters left on "Default for the language" get the model of the language's default
    // (LanguageModels with the Settings' "model per language" overrides), so the preview, the
    // engine and the saved spec agree on it.
    DebateSpec spec() const;
    // The defaults in effect: built from QSettings when the dialog opens.
    const LanguageModels &languageModels() const { return m_defaults; }
    static LanguageModels languageModelsFromSettings();
    void setSpec(const DebateSpec &spec);
    // The audience's vote before an Oxford debate; nullopt for other formats or while no vote is entered.
    std::optional<AudienceVote> voteBefore() const;
    void setVoteBefore(const AudienceVote &vote);

    // Prompts in the cost preview are counted with `tokens` (AppServices::tokens(), as the CLI does); null: the
    // heuristic.
    void setTokenCounter(const TokenCounter *tokens);
    // The cost preview of spec(), as the dialog shows it.
    CostPreview costPreview() const;
    // The worst case of the whole debate at the catalog's prices; nullopt when a price is unknown.
    std::optional<double> worstCaseUsd() const;
    QString costPreviewText() const;

    // Loads a file into the code page off the GUI thread (big files stay responsive).
    void openCodeFile(const QString &path);

    void accept() override;

signals:
    void codeFileLoaded(const QString &path);

private:
    void populate();
    void setupVoteBefore();
    void addDebaterRow(const Debater &debater);
    void updatePreview();
    void updateCodeLanguage();
    void chooseCodeFile();
    QString modelLabel(const QString &id) const;
    void updateDefaultModelLabels();

    std::unique_ptr<Ui::DebateSetupDialog> m_ui;
    const ModelCatalog *m_catalog;
    const TokenCounter *m_tokens = nullptr;
    LanguageModels m_defaults;
    CodeHighlighter *m_highlighter = nullptr;
    AudienceVoteForm *m_voteBefore = nullptr;
    QString m_codeFileName;
};

} // namespace rostrum::gui
