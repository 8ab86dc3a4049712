#include "FirstRunPage.h"

#include "ApiKeyFlow.h"
#include "ui_MainWindow.h"

namespace rostrum::gui {

FirstRunPage::FirstRunPage(Ui::MainWindow *ui, ApiKeyFlow *keys, QObject *parent)
    : QObject(parent)
    , m_ui(ui)
    , m_keys(keys)
{
    // The stack sizes itself to its largest page, hidden ones included: the welcome text would be
    // laid out for every window (the window's splitter measures it at once). It joins the stack
    // when it is shown.
    m_ui->transcriptStack->removeWidget(m_ui->firstRunPage);
    connect(m_ui->firstRunSaveButton, &QPushButton::clicked, this, &FirstRunPage::save);
    connect(m_ui->firstRunEndpointButton, &QPushButton::clicked, this, &FirstRunPage::settingsRequested);
    connect(m_ui->firstRunSkipButton, &QPushButton::clicked, this,
            [this] { m_ui->transcriptStack->setCurrentWidget(m_ui->emptyPage); });
    connect(m_keys, &ApiKeyFlow::keyStored, this, [this](bool ok, const QString &text) {
        m_ui->firstRunSaveButton->setEnabled(true);
        m_ui->firstRunKeyEdit->clear();
        if (!ok) {
            m_ui->firstRunStatus->setText(text);
            return;
        }
        m_ui->transcriptStack->setCurrentWidget(m_ui->emptyPage);
        emit message(text, 8000);
    });
    connect(m_keys, &ApiKeyFlow::keyNeeded, this, [this](const QString &text) {
        show();
        emit message(text, 10000);
    });
    connect(m_keys, &ApiKeyFlow::noKeyStored, this, [this] {
        if (m_ui->transcriptStack->currentWidget() == m_ui->emptyPage)
            show();
    });
}

void FirstRunPage::show()
{
    if (m_ui->transcriptStack->indexOf(m_ui->firstRunPage) < 0)
        m_ui->transcriptStack->addWidget(m_ui->firstRunPage);
    m_ui->transcriptStack->setCurrentWidget(m_ui->firstRunPage);
}

void FirstRunPage::leave()
{
    if (m_ui->transcriptStack->currentWidget() == m_ui->firstRunPage)
        m_ui->transcriptStack->setCurrentWidget(m_ui->emptyPage);
}

void FirstRunPage::save()
{
    const QString key = m_ui->firstRunKeyEdit->text().trimmed();
    if (key.isEmpty()) {
        m_ui->firstRunStatus->setText(tr("Paste a key first."));
        return;
    }
    m_ui->firstRunSaveButton->setEnabled(false);
    m_ui->firstRunStatus->setText(tr("Saving…"));
    m_keys->storeKey(key);
}

} // namespace rostrum::gui
