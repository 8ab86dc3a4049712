#include "ScreenshotTour.h"

#include "debate/Prompts.h"
#include "DebateSession.h"
#include "DebateSetupDialog.h"
#include "ForkDialog.h"
#include "GlyphIcons.h"
#include "HumanSpeechEditor.h"
#include "MainWindow.h"
#include "SessionListModel.h"
#include "SettingsDialog.h"
#include "StudioScreenshots.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

namespace rostrum::gui {

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &dir, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_dir(dir)
{ }

void ScreenshotTour::start(bool waitForDebate)
{
    QDir().mkpath(m_dir);
    m_window->resize(1280, 800);
    if (waitForDebate)
        connect(m_window, &MainWindow::debateOpened, this,
                [this] { QTimer::singleShot(400, this, [this] { shootMain(); }); });
    else
        QTimer::singleShot(600, this, &ScreenshotTour::shootMain);
}

void ScreenshotTour::applyPaletteFromEnvironment()
{
    if (qEnvironmentVariable("ROSTRUM_SCREENSHOT_PALETTE") != QLatin1String("dark"))
        return;
    QApplication::setStyle(createApplicationStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    // A dark palette like the common desktop dark themes: dark bases, light text, a blue highlight.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8f, 0x98));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4e));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    p.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x53));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa8, 0xf5));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8b, 0xf0));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x7a, 0x7e, 0x85));
    QApplication::setPalette(p);
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_dir).filePath(name);
    const bool ok = widget->grab().save(path);
    if (!ok)
        ++m_failures;
    qInfo("%s %s", ok ? "saved" : "FAILED", qPrintable(path));
    return ok;
}

void ScreenshotTour::shootMain()
{
    save(m_window, QStringLiteral("main-window.png"));
    QTimer::singleShot(100, this, &ScreenshotTour::shootDialogs);
}

void ScreenshotTour::shootDialogs()
{
    // The dialogs as the user meets them: opened by the window's own actions.
    m_window->newDebate();
    auto *setup = m_window->findChild<DebateSetupDialog *>();
    DebateSpec spec = setup->spec();
    spec.motion = tr("This house would make public transport free");
    spec.language = QStringLiteral("fr");
    spec.rounds = 2;
    spec.format = QStringLiteral("oxford"); // with the audience's vote before it
    spec.debaters[1].human = true; // the opposition is the person at the keyboard: "You" in its model column
    setup->setSpec(spec);
    setup->setVoteBefore({30, 50, 20});
    setup->show();
    QTimer::singleShot(300, this, [this, setup] {
        save(setup, QStringLiteral("setup-dialog.png"));
        setup->findChild<QTabWidget *>(QStringLiteral("setupTabs"))->setCurrentIndex(1);
        QTimer::singleShot(200, this, [this, setup] {
            save(setup, QStringLiteral("setup-dialog-debaters.png"));
            setup->reject();
            m_window->showSettings();
            auto *settings = m_window->findChild<SettingsDialog *>();
            QTimer::singleShot(300, this, [this, settings] {
                save(settings, QStringLiteral("settings-dialog.png"));
                settings->findChild<QTabWidget *>(QStringLiteral("settingsTabs"))->setCurrentIndex(2);
                QTimer::singleShot(200, this, [this, settings] {
                    save(settings, QStringLiteral("settings-prices.png"));
                    settings->reject();
                    shootFork();
                });
            });
        });
    });
}

DebateRecord ScreenshotTour::humanTurnDebate()
{
    // The opposition is the person at the keyboard; the proposition (a model) has opened.
    DebateRecord r;
    r.id = QStringLiteral("screenshot-human-turn");
    const QString language = QLocale().name().left(2);
    r.spec.language = Prompts::availableLanguages().contains(language) ? language : QStringLiteral("en");
    r.spec.motion = tr("This house would make public transport free");
    r.spec.format = QStringLiteral("classic");
    r.spec.rounds = 1;
    r.spec.maxTokens = 600;
    r.spec.debaters = {
        Debater {tr("Proposition"), QStringLiteral("pro"), {}, QStringLiteral("mistral-small-latest"), {}, false},
        Debater {tr("Camille"), QStringLiteral("con"), {}, {}, {}, true}};
    r.status = DebateRecord::Status::Stopped;
    r.created = r.updated = QDateTime::currentDateTimeUtc();
    Speech s;
    s.index = 0, s.turn = 0, s.debater = 0, s.side = QStringLiteral("pro"), s.role = QStringLiteral("opening");
    s.speaker = r.spec.debaters.at(0).name, s.model = QStringLiteral("mistral-small-latest");
    s.language = r.spec.language, s.status = Speech::Status::Finished;
    s.text =
        tr("Free public transport pays for itself in cleaner air, quieter streets and fuller buses. Cities that "
           "tried it, from Tallinn to Dunkirk, saw ridership rise by a fifth within two years, and the cost of "
           "collecting fares (ticket machines, inspectors, fraud) often ate a third of what the fares brought in.");
    s.promptTokens = 412, s.completionTokens = 96, s.costUsd = 0.0002;
    s.started = r.created, s.updated = r.created.addSecs(4);
    r.speeches.append(s);
    r.costUsd = s.costUsd;
    return r;
}

void ScreenshotTour::shootHumanTurn()
{
    // The saved debate is resumed at the person's turn: the editor opens under the transcript, as it does live.
    connect(
        m_window->debateSession(), &DebateSession::humanTurn, this,
        [this] {
            auto *editor = m_window->findChild<HumanSpeechEditor *>();
            editor->setDraft(tr("A fare-free network is not free: someone pays. The proposition's own examples "
                                "show it: Tallinn raised local taxes, and Dunkirk's buses are fuller because "
                                "people walk less, not because they drive less."));
            QTimer::singleShot(400, this, [this] {
                m_humanTurnShot = true;
                save(m_window, QStringLiteral("human-turn.png"));
                m_window->debateSession()->stop();
                auto *studio = new StudioScreenshots(
                    m_window, [this](QWidget *w, const QString &name) { return save(w, name); }, this);
                studio->run([this] { emit finished(m_failures == 0 ? 0 : 1); });
            });
        },
        Qt::SingleShotConnection);
    m_window->showDebate(humanTurnDebate());
    m_window->resumeDebate();
    QTimer::singleShot(15000, this, [this] {
        if (m_humanTurnShot)
            return;
        qWarning("the human turn never came: no human-turn.png");
        emit finished(1);
    });
}

void ScreenshotTour::shootFork()
{
    // A fork of the debate on screen, continued from its second speech by a different model, as the window
    // shows it once it has run: listed under its parent with its own cost.
    const DebateRecord parent = m_window->currentDebate();
    if (parent.speeches.size() < 3) {
        shootHumanTurn();
        return;
    }
    DebateRecord fork = parent;
    fork.id = parent.id + QStringLiteral("-fork");
    fork.forkOf = parent.id;
    fork.forkAt = 2;
    fork.created = parent.created.addSecs(600);
    fork.costUsd = 0;
    for (int i = fork.forkAt; i < fork.speeches.size(); ++i) {
        fork.speeches[i].model = QStringLiteral("mistral-large-latest");
        fork.costUsd += fork.speeches.at(i).costUsd * 3;
    }
    m_window->showDebate(fork);
    auto *list = m_window->findChild<QListView *>(QStringLiteral("sessionList"));
    QTimer::singleShot(300, this, [this, list, parent, fork] {
        list->setCurrentIndex(list->model()->index(m_window->sessions()->rowForId(fork.id), 0));
        save(m_window, QStringLiteral("fork-in-list.png"));
        m_window->showDebate(parent);
        auto *dialog = new ForkDialog(parent, 1, m_window->catalog(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QTimer::singleShot(300, this, [this, dialog] {
            save(dialog, QStringLiteral("fork-dialog.png"));
            dialog->reject();
            shootHumanTurn();
        });
    });
}

} // namespace rostrum::gui
