#include "debate/DebatePlan.h"

namespace rostrum {

DebatePlan::DebatePlan(const DebateSpec &spec, const DebateFormat &format)
    : turns(spec, format.turns(spec.rounds))
    , prompts(spec, format)
    , requests(spec, prompts)
    , speeches(spec, prompts)
{ }

std::optional<DebatePlan> DebatePlan::make(const DebateSpec &spec, QString *error)
{
    const QStringList problems = spec.validate();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return std::nullopt;
    }
    const std::optional<DebateFormat> format = DebateFormat::load(spec.format, error);
    if (!format)
        return std::nullopt;
    return DebatePlan(spec, *format);
}

} // namespace rostrum
