#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>

namespace rostrum {
class Clock;
}

namespace rostrum::gui {

// What the transcript shows of one speech. The GUI fills it from the debate engine's signals;
// the engine and the store stay the owners of the debate itself.
struct SpeechRow
{
    // What the row is: a speech, or a card the window adds after the speeches.
    enum class Kind {
        Speech,
        Verdict, // the judge's (or the panel's) verdict
        Rematch, // a rematch compared with its original
    };
    enum Flag {
        Streaming = 0x1,
        Retrying = 0x2,
        Interrupted = 0x4,
        Cached = 0x8,
        Error = 0x10,
    };
    Q_DECLARE_FLAGS(Flags, Flag)

    QString id; // stable speech id (engine/store); used to route streamed text
    int round = 0; // 1-based; 0 for the judge's verdict
    QString speaker; // "Proposition 1", "Judge"
    QString side; // shown: "for", "against", "judge" (translated, or the format's own side name)
    QString sideKey; // untranslated: "pro", "con", "judge", "moderator", "audience" (decides the colour)
    QString model;
    QString language; // BCP-47 code ("fr", "en")
    QString text; // markdown
    Flags flags;
    QString errorText; // shown under the speech when Error is set
    int promptTokens = 0;
    int completionTokens = 0;
    double costUsd = 0.0;
    bool costKnown = true;
    qint64 latencyMs = -1;
    qint64 retryInMs = -1; // when Retrying: the announced delay
    Kind kind = Kind::Speech;
    QString action; // a card's button ("Ask the judge again", "Open the original debate"); empty: none
    QString reasoning; // a reasoning model's thinking (never sent on), shown on request
    bool reasoningShown = false;
    QString accessibleText; // a card's plain-text reading for assistive technology (else speaker, side, text)
};

// The live transcript. Streamed text arrives many times per second; appendText() stores it at
// once but announces it (dataChanged, changed rows only) at most once per frame interval on the
// injected clock, so the view repaints a row at most ~30 times a second whatever the token rate.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SpeechIdRole = Qt::UserRole + 1,
        RoundRole,
        SpeakerRole,
        SideRole,
        ModelRole,
        LanguageRole,
        MarkdownRole,
        FlagsRole,
        ErrorTextRole,
        PromptTokensRole,
        CompletionTokensRole,
        CostRole,
        CostKnownRole,
        LatencyRole,
        RetryInRole,
        RevisionRole, // changes whenever anything shown for the row changes (delegate cache key)
        SideKeyRole, // the untranslated side
        KindRole, // SpeechRow::Kind as int
        ActionRole, // a card's button text
        ReasoningRole,
        ReasoningShownRole,
    };
    Q_ENUM(Role)

    static constexpr qint64 kDefaultFrameIntervalMs = 34; // ≤ 30 repaints per second

    explicit TranscriptModel(QObject *parent = nullptr);

    void setClock(Clock *clock);
    void setFrameIntervalMs(qint64 ms) { m_frameMs = ms; }
    qint64 frameIntervalMs() const { return m_frameMs; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Bulk replace (opening a saved debate): one reset, no per-row signals.
    void setSpeeches(QList<SpeechRow> speeches);
    void clear();
    int appendSpeech(const SpeechRow &speech);
    void removeSpeech(int row);
    const SpeechRow &speech(int row) const { return m_rows.at(row); }
    QList<SpeechRow> speeches() const { return m_rows; }
    int rowForId(const QString &id) const;

    // Streaming: stored immediately, announced at the next frame.
    void appendText(int row, const QString &chunk);
    bool appendText(const QString &id, const QString &chunk);
    // Anything else (state, usage, final text) is announced at once: it happens once per speech.
    void updateSpeech(int row, const SpeechRow &speech);
    void setFlags(int row, SpeechRow::Flags flags);
    void setText(int row, const QString &text);
    // Shows or hides a speech's reasoning (kept across later updates of the same speech).
    void setReasoningShown(int row, bool shown);

    // Announces pending streamed text now (before a save, an export, or a test assertion).
    void flush();
    bool hasPendingChanges() const { return !m_dirty.isEmpty(); }
    int flushCount() const { return m_flushCount; }

    // Case-insensitive search through speakers and text; wraps around. -1 when nothing matches.
    int find(const QString &needle, int fromRow, bool forward = true) const;
    // The speeches' text as markdown (for copying a selection of rows).
    QString markdownForRows(const QList<int> &rows) const;

private:
    void scheduleFlush();
    void announce(int first, int last);

    QList<SpeechRow> m_rows;
    QHash<QString, int> m_rowById;
    QList<quint64> m_revision;
    QSet<int> m_dirty;
    Clock *m_clock = nullptr;
    qint64 m_frameMs = kDefaultFrameIntervalMs;
    qint64 m_lastFlushMs = -1'000'000;
    quint64 m_timer = 0;
    bool m_flushScheduled = false;
    int m_flushCount = 0;
    quint64 m_nextRevision = 1;
};

} // namespace rostrum::gui

Q_DECLARE_OPERATORS_FOR_FLAGS(rostrum::gui::SpeechRow::Flags)
