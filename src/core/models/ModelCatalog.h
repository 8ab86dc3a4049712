#pragma once

#include "models/ModelInfo.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QSet>

namespace rostrum {

// Every model Rostrum knows, with prices, context and deprecation. Three layers, later ones win:
//   1. the shipped table (resources/models.json, dated by prices_as_of),
//   2. what GET /v1/models said at the last `models --refresh` (which models exist, their
//      context, aliases and deprecation; never prices),
//   3. the user's override file (<config>/models.json, same format as the shipped table).
// A model whose price is not known stays unknown (never priced as free).
class ModelCatalog : public QObject
{
    Q_OBJECT
public:
    explicit ModelCatalog(QObject *parent = nullptr);

    // The usual stack: shipped table, then the API snapshot in dataDir (if any), then the user's
    // override file. Problems in the optional layers become warnings(); only a broken shipped
    // table returns false.
    bool loadDefaults(const QString &dataDir = {}, const QString &overridePath = userOverridePath());

    // Layer 1: the table compiled into the binary (:/rostrum/models.json).
    bool loadShipped(QString *error = nullptr);
    // A document in the models.json format merged over what is loaded: an entry whose id or alias
    // names a known model replaces only the fields it gives; an unknown id adds a model.
    bool mergeJson(const QByteArray &json, const QString &origin, QString *error = nullptr);
    // Layer 3. A missing file is not an error.
    bool loadOverrideFile(const QString &path, QString *error = nullptr);
    // Layer 2: the "data" array of GET /v1/models.
    void applyApiModels(const QJsonArray &data);

    // <AppConfigLocation>/models.json: the user's price and model overrides.
    static QString userOverridePath();
    // <dataDir>/models-api.json: the last answer of GET /v1/models.
    static QString apiSnapshotPath(const QString &dataDir);
    static bool saveApiSnapshot(const QJsonArray &data, const QString &dataDir, QString *error = nullptr);

    QList<ModelInfo> models() const { return m_models; }
    // By id or alias (case-insensitive); nullptr when unknown. The pointer lives until the next load.
    const ModelInfo *find(const QString &nameOrAlias) const;
    // The canonical id of a name, or an empty string when unknown.
    QString resolve(const QString &nameOrAlias) const;
    QDate pricesAsOf() const { return m_pricesAsOf; }
    QStringList warnings() const { return m_warnings; }
    // "selection" of the loaded files: rule name -> model (ModelSelector overrides).
    QHash<QString, QString> selectionOverrides() const { return m_selection; }

    // The sentence shown when a response carries x-model-deprecation-timestamp.
    QString deprecationWarning(const QString &model, const QDateTime &removal) const;

public Q_SLOTS:
    // Records that the API announced the model's removal; emits deprecationNoticed once per model.
    void noteDeprecation(const QString &model, const QDateTime &removal);

Q_SIGNALS:
    void deprecationNoticed(const QString &model, const QDateTime &removal, const QString &message);
    void changed();

private:
    ModelInfo *findMutable(const QString &nameOrAlias);
    ModelInfo *findById(const QString &id);
    // found, or a new entry with this id and no known price.
    ModelInfo &findOrAppend(ModelInfo *found, const QString &id);
    void claimAlias(const QString &alias, const QString &ownerId);
    bool mergeEntry(const QJsonObject &o, const QDate &fileDate, const QString &origin, QString *error);

    QList<ModelInfo> m_models;
    QDate m_pricesAsOf;
    QStringList m_warnings;
    QHash<QString, QString> m_selection;
    QSet<QString> m_deprecationsNoticed;
};

} // namespace rostrum
