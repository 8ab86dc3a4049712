#include "ToolCall.h"

#include <QJsonDocument>

namespace rostrum {

QJsonObject ToolCall::toJson() const
{
    QJsonObject fn {{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}};
    QJsonObject o {{QStringLiteral("type"), type.isEmpty() ? QStringLiteral("function") : type},
                   {QStringLiteral("function"), fn}};
    if (!id.isEmpty())
        o.insert(QStringLiteral("id"), id);
    return o;
}

bool ToolCall::fromJson(const QJsonObject &o, ToolCall *out, QString *error)
{
    auto bad = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    ToolCall tc;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString &k = it.key();
        if (k == QLatin1String("id")) {
            if (!it->isString() && !it->isNull())
                return bad(QStringLiteral("tool_calls.id must be a string"));
            tc.id = it->toString();
        } else if (k == QLatin1String("type")) {
            if (it->toString() != QLatin1String("function"))
                return bad(QStringLiteral("tool_calls.type must be \"function\""));
        } else if (k == QLatin1String("index")) {
            if (!it->isDouble())
                return bad(QStringLiteral("tool_calls.index must be an integer"));
            tc.index = it->toInt();
        } else if (k == QLatin1String("function")) {
            const QJsonObject fn = it->toObject();
            for (auto f = fn.begin(); f != fn.end(); ++f) {
                if (f.key() == QLatin1String("name")) {
                    tc.name = f->toString();
                } else if (f.key() == QLatin1String("arguments")) {
                    tc.arguments = f->isObject()
                        ? QString::fromUtf8(QJsonDocument(f->toObject()).toJson(QJsonDocument::Compact))
                        : f->toString();
                } else {
                    return bad(QStringLiteral("unknown field \"tool_calls.function.%1\"").arg(f.key()));
                }
            }
            if (tc.name.isEmpty())
                return bad(QStringLiteral("tool_calls.function.name is required"));
        } else {
            return bad(QStringLiteral("unknown field \"tool_calls.%1\"").arg(k));
        }
    }
    if (!o.contains(QLatin1String("function")))
        return bad(QStringLiteral("tool_calls.function is required"));
    *out = tc;
    return true;
}

} // namespace rostrum
