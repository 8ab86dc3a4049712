#include "TranscriptModel.h"

#include "clock/Clock.h"

#include <algorithm>

namespace rostrum::gui {

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_clock(Clock::system())
{ }

void TranscriptModel::setClock(Clock *clock)
{
    if (m_flushScheduled) {
        m_clock->cancel(m_timer);
        m_flushScheduled = false;
    }
    m_clock = clock ? clock : Clock::system();
    m_lastFlushMs = m_clock->nowMs() - m_frameMs;
    if (!m_dirty.isEmpty())
        scheduleFlush();
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpeechRow &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(s.speaker + QStringLiteral(": ") + s.text);
    case Qt::ToolTipRole:
        return s.errorText.isEmpty() ? QVariant() : QVariant(s.errorText);
    case Qt::AccessibleTextRole:
        if (!s.accessibleText.isEmpty())
            return s.accessibleText;
        return QString(s.speaker + QStringLiteral(", ") + s.side + QStringLiteral(". ") + s.text);
    case Qt::AccessibleDescriptionRole:
        // What a button on the row does is said with the row, since the button sits inside the card.
        if (!s.action.isEmpty())
            return s.action;
        if (!s.reasoning.isEmpty())
            return s.reasoningShown ? tr("Reasoning shown") : tr("Reasoning hidden");
        return {};
    case SpeechIdRole:
        return s.id;
    case RoundRole:
        return s.round;
    case SpeakerRole:
        return s.speaker;
    case SideRole:
        return s.side;
    case SideKeyRole:
        return s.sideKey.isEmpty() ? s.side : s.sideKey;
    case ModelRole:
        return s.model;
    case LanguageRole:
        return s.language;
    case MarkdownRole:
        return s.text;
    case FlagsRole:
        return int(s.flags);
    case ErrorTextRole:
        return s.errorText;
    case PromptTokensRole:
        return s.promptTokens;
    case CompletionTokensRole:
        return s.completionTokens;
    case CostRole:
        return s.costUsd;
    case CostKnownRole:
        return s.costKnown;
    case LatencyRole:
        return s.latencyMs;
    case RetryInRole:
        return s.retryInMs;
    case RevisionRole:
        return m_revision.at(index.row());
    case KindRole:
        return int(s.kind);
    case ActionRole:
        return s.action;
    case ReasoningRole:
        return s.reasoning;
    case ReasoningShownRole:
        return s.reasoningShown;
    default:
        return {};
    }
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // "Editable" only so the view can open a read-only text browser for selecting part of a speech.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(SpeechIdRole, "speechId");
    names.insert(SpeakerRole, "speaker");
    names.insert(SideRole, "side");
    names.insert(ModelRole, "model");
    names.insert(LanguageRole, "language");
    names.insert(MarkdownRole, "markdown");
    names.insert(FlagsRole, "flags");
    return names;
}

void TranscriptModel::setSpeeches(QList<SpeechRow> speeches)
{
    beginResetModel();
    m_rows = std::move(speeches);
    m_rowById.clear();
    m_revision.clear();
    m_dirty.clear();
    m_revision.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        m_rowById.insert(m_rows.at(i).id, i);
        m_revision.append(m_nextRevision++);
    }
    endResetModel();
}

void TranscriptModel::clear()
{
    setSpeeches({});
}

int TranscriptModel::appendSpeech(const SpeechRow &speech)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(speech);
    m_revision.append(m_nextRevision++);
    m_rowById.insert(speech.id, row);
    endInsertRows();
    return row;
}

void TranscriptModel::removeSpeech(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_revision.removeAt(row);
    endRemoveRows();
    // Rows after it moved up by one: rebuild the id index and the dirty set.
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
    QSet<int> dirty;
    for (int r : std::as_const(m_dirty)) {
        if (r < row)
            dirty.insert(r);
        else if (r > row)
            dirty.insert(r - 1);
    }
    m_dirty = dirty;
}

int TranscriptModel::rowForId(const QString &id) const
{
    return m_rowById.value(id, -1);
}

void TranscriptModel::appendText(int row, const QString &chunk)
{
    if (row < 0 || row >= m_rows.size() || chunk.isEmpty())
        return;
    m_rows[row].text += chunk;
    m_revision[row] = m_nextRevision++;
    m_dirty.insert(row);
    scheduleFlush();
}

bool TranscriptModel::appendText(const QString &id, const QString &chunk)
{
    const int row = rowForId(id);
    if (row < 0)
        return false;
    appendText(row, chunk);
    return true;
}

void TranscriptModel::updateSpeech(int row, const SpeechRow &speech)
{
    if (row < 0 || row >= m_rows.size())
        return;
    if (m_rows.at(row).id != speech.id) {
        m_rowById.remove(m_rows.at(row).id);
        m_rowById.insert(speech.id, row);
    }
    // The reader opened this speech's reasoning: a later update of the same speech keeps it open.
    const bool shown = m_rows.at(row).id == speech.id && m_rows.at(row).reasoningShown;
    m_rows[row] = speech;
    m_rows[row].reasoningShown = speech.reasoningShown || shown;
    m_revision[row] = m_nextRevision++;
    m_dirty.remove(row);
    announce(row, row);
}

void TranscriptModel::setFlags(int row, SpeechRow::Flags flags)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).flags == flags)
        return;
    SpeechRow s = m_rows.at(row);
    s.flags = flags;
    updateSpeech(row, s);
}

void TranscriptModel::setText(int row, const QString &text)
{
    if (row < 0 || row >= m_rows.size())
        return;
    SpeechRow s = m_rows.at(row);
    s.text = text;
    updateSpeech(row, s);
}

void TranscriptModel::setReasoningShown(int row, bool shown)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).reasoningShown == shown)
        return;
    m_rows[row].reasoningShown = shown;
    m_revision[row] = m_nextRevision++;
    announce(row, row);
}

void TranscriptModel::scheduleFlush()
{
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // The first change after a quiet spell shows on the next event-loop turn; later ones wait out the frame.
    const qint64 delay = std::max<qint64>(0, m_lastFlushMs + m_frameMs - m_clock->nowMs());
    m_timer = m_clock->callLater(delay, this, [this] {
        m_flushScheduled = false;
        flush();
    });
}

void TranscriptModel::flush()
{
    if (m_flushScheduled) {
        m_clock->cancel(m_timer);
        m_flushScheduled = false;
    }
    if (m_dirty.isEmpty())
        return;
    QList<int> rows(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    std::sort(rows.begin(), rows.end());
    // Contiguous runs become one signal each; with two debaters streaming that is one or two signals.
    int first = rows.first();
    int last = first;
    for (int i = 1; i < rows.size(); ++i) {
        if (rows.at(i) == last + 1) {
            last = rows.at(i);
            continue;
        }
        announce(first, last);
        first = last = rows.at(i);
    }
    announce(first, last);
    m_lastFlushMs = m_clock->nowMs();
    ++m_flushCount;
}

void TranscriptModel::announce(int first, int last)
{
    emit dataChanged(index(first), index(last),
                     {Qt::DisplayRole, Qt::AccessibleTextRole, Qt::AccessibleDescriptionRole, MarkdownRole,
                      RevisionRole, FlagsRole, ErrorTextRole, PromptTokensRole, CompletionTokensRole, CostRole,
                      CostKnownRole, LatencyRole, RetryInRole, ActionRole, ReasoningRole, ReasoningShownRole});
}

int TranscriptModel::find(const QString &needle, int fromRow, bool forward) const
{
    const int n = int(m_rows.size());
    if (needle.isEmpty() || n == 0)
        return -1;
    for (int step = 1; step <= n; ++step) {
        const int row = ((forward ? fromRow + step : fromRow - step) % n + n) % n;
        const SpeechRow &s = m_rows.at(row);
        if (s.text.contains(needle, Qt::CaseInsensitive) || s.speaker.contains(needle, Qt::CaseInsensitive))
            return row;
    }
    return -1;
}

QString TranscriptModel::markdownForRows(const QList<int> &rows) const
{
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    QStringList parts;
    for (int row : std::as_const(sorted)) {
        if (row < 0 || row >= m_rows.size())
            continue;
        const SpeechRow &s = m_rows.at(row);
        parts.append(QStringLiteral("**") + s.speaker + QStringLiteral("** (") + s.side + QStringLiteral(")\n\n")
                     + s.text);
    }
    return parts.join(QStringLiteral("\n\n---\n\n"));
}

} // namespace rostrum::gui
