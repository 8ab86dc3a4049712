#pragma once

#include <QLabel>
#include <QStringList>

namespace rostrum::gui {

// A warning in the status bar once the API has said a model in use is deprecated: how many, and
// in its tooltip what the API said of each. Hidden until then.
class DeprecationBadge : public QLabel
{
    Q_OBJECT
public:
    explicit DeprecationBadge(QWidget *parent = nullptr);

    void addNotice(const QString &message);

private:
    QStringList m_messages;
};

} // namespace rostrum::gui
