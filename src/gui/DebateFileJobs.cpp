#include "DebateFileJobs.h"

#include "export/DebateExporter.h"
#include "export/DebateImport.h"
#include "export/HtmlExporter.h"
#include "MessageBoxes.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPageSize>
#include <QPdfWriter>
#include <QProgressBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QtConcurrent/QtConcurrentRun>
#include <QTextDocument>

namespace rostrum::gui {

DebateFileJobs::DebateFileJobs(QStatusBar *statusBar, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_statusBar(statusBar)
    , m_dialogParent(dialogParent)
{ }

void DebateFileJobs::run(const QString &message, std::function<Outcome()> work,
                         std::function<void(const Outcome &)> done)
{
    ++m_running;
    emit busyChanged();
    auto *progress = new QProgressBar(m_statusBar);
    progress->setObjectName(QStringLiteral("busyProgress"));
    progress->setRange(0, 0);
    progress->setMaximumWidth(120);
    m_statusBar->addWidget(progress);
    m_statusBar->showMessage(message);
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, progress, done = std::move(done)] {
        watcher->deleteLater();
        progress->deleteLater();
        --m_running;
        emit busyChanged();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

void DebateFileJobs::open(const QString &path)
{
    // Parsing a long debate is the slow part, so it happens on a worker thread.
    run(
        tr("Opening %1…").arg(QFileInfo(path).fileName()), [path] { return read(path); },
        [this, path](const Outcome &r) {
            if (!r.ok) {
                m_statusBar->clearMessage();
                MessageBoxes::warning(m_dialogParent, tr("Open Debate"), r.error);
                emit openFailed(path);
                return;
            }
            emit opened(r.record);
            m_statusBar->showMessage(tr("Opened %1.").arg(QFileInfo(path).fileName()), 4000);
        });
}

void DebateFileJobs::importFile(const QString &path)
{
    run(
        tr("Importing %1…").arg(QFileInfo(path).fileName()),
        [path] {
            Outcome r;
            const std::optional<DebateRecord> record =
                DebateImport::fromFile(path, QDateTime::currentDateTimeUtc(), &r.error);
            r.ok = record.has_value();
            if (record)
                r.record = *record;
            return r;
        },
        [this, path](const Outcome &r) {
            if (!r.ok) {
                m_statusBar->clearMessage();
                MessageBoxes::warning(m_dialogParent, tr("Import Debate"),
                                      tr("%1 was not imported: %2").arg(QFileInfo(path).fileName(), r.error));
                emit importFailed(path, r.error);
                return;
            }
            emit imported(r.record);
        });
}

void DebateFileJobs::exportTo(const DebateRecord &whole, const QString &path, bool includeReasoning)
{
    const DebateRecord record = includeReasoning ? whole : DebateExporter::withoutReasoning(whole);
    run(
        tr("Exporting to %1…").arg(QFileInfo(path).fileName()), [record, path] { return write(record, path); },
        [this, path](const Outcome &r) {
            if (r.ok)
                m_statusBar->showMessage(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)), 6000);
            else
                MessageBoxes::warning(m_dialogParent, tr("Export"), r.error);
            emit exported(path, r.ok, r.error);
        });
}

void DebateFileJobs::chooseAndOpen()
{
    const QString path = QFileDialog::getOpenFileName(
        m_dialogParent, tr("Open Debate"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Rostrum debates (*.json)"));
    if (!path.isEmpty())
        open(path);
}

QString DebateFileJobs::chooseImportPath()
{
    return QFileDialog::getOpenFileName(m_dialogParent, tr("Import Debate"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                        tr("Debate exports (*.json)"));
}

QString DebateFileJobs::chooseExportPath(const QString &motion)
{
    QString selected;
    const QString base = motion.left(40).simplified().replace(QLatin1Char(' '), QLatin1Char('-'));
    return QFileDialog::getSaveFileName(m_dialogParent, tr("Export Debate"),
                                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                            + QLatin1Char('/') + base + QStringLiteral(".md"),
                                        tr("Markdown (*.md);;HTML (*.html);;JSON (*.json);;PDF (*.pdf)"), &selected);
}

DebateFileJobs::Outcome DebateFileJobs::read(const QString &path)
{
    Outcome r;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        r.error = tr("Could not open %1: %2").arg(path, f.errorString());
        return r;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &err);
    if (!doc.isObject()) {
        r.error = tr("%1 is not a Rostrum debate (%2).").arg(QFileInfo(path).fileName(), err.errorString());
        return r;
    }
    r.record = DebateRecord::fromJson(doc.object());
    r.ok = true;
    return r;
}

DebateFileJobs::Outcome DebateFileJobs::write(const DebateRecord &record, const QString &path)
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return writePdf(record, path);
    Outcome r;
    r.ok = DebateExporter::exportTo(record, path, &r.error, true); // stripped before, when asked
    return r;
}

// The HTML export laid out by Qt's own text engine, printed to PDF.
DebateFileJobs::Outcome DebateFileJobs::writePdf(const DebateRecord &record, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    writer.setTitle(record.spec.motion);
    writer.setCreator(QStringLiteral("Rostrum"));
    QTextDocument doc;
    doc.setHtml(HtmlExporter::toHtml(record));
    doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    doc.print(&writer);
    QFile check(path);
    if (!check.exists() || check.size() == 0)
        return {false, tr("Could not write %1").arg(path), {}};
    return {true, {}, {}};
}

} // namespace rostrum::gui
