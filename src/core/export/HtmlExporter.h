#pragma once

#include "debate/DebateRecord.h"

#include <QCoreApplication>
#include <QString>

namespace rostrum {

// A debate as one self-contained HTML page (inline CSS, no scripts, no external resources); every
// piece of text from the debate or the models is escaped.
class HtmlExporter
{
    Q_DECLARE_TR_FUNCTIONS(rostrum::HtmlExporter)

public:
    static QString toHtml(const DebateRecord &debate);
};

} // namespace rostrum
