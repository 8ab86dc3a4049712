#pragma once

#include <QList>
#include <QStringList>

namespace rostrum {

// One step of the schema. Steps are applied in version order, each in its own transaction, and
// the version is recorded in schema_version in that same transaction, so a crash mid-upgrade
// leaves the database at the previous version, never half-way.
//
// To add a migration: append a Migration with the next version number to the list in
// Migrations.cpp (never edit or reorder a released step: databases in the field already ran it),
// write its statements so they work on the previous schema, and add a test in
// tests/core/store/tst_database.cpp that opens a database at the previous version and checks the
// new shape. Database::open() picks it up; a database newer than the code is refused.
struct Migration
{
    int version;
    const char *name;
    QStringList statements;
};

// Every migration, in ascending version order.
const QList<Migration> &migrations();

} // namespace rostrum
