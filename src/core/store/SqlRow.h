#pragma once

#include <QSqlQuery>
#include <QVariant>

namespace rostrum {

// Binds values to a prepared query's positional placeholders, in the order of its column list,
// so the list is written once (the statement) and the values once (here), not one call per value.
template<typename... Values> void bindInOrder(QSqlQuery &q, const Values &...values)
{
    (q.addBindValue(QVariant(values)), ...);
}

// Reads consecutive columns of the current row, from column `first` on, into the given fields,
// each converted to the field's own type (as QVariant::toInt(), toLongLong(), toDouble(),
// toString() would).
template<typename... Fields> void readColumns(const QSqlQuery &q, int first, Fields &...fields)
{
    int column = first;
    ((fields = q.value(column++).template value<Fields>()), ...);
}

} // namespace rostrum
