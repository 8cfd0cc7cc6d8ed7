// SPDX-License-Identifier: MIT
#include "learnerstate.h"

#include "blobstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace perp::store {

namespace {
const QString kArea = QStringLiteral("learner");
const QString kKey = QStringLiteral("state");
constexpr int kFormat = 1;
} // namespace

QByteArray learnerToBlob(const sig::WeightLearner& learner, TimeMs savedAt)
{
    QJsonArray rows;
    for (const sig::SkillRecord& r : learner.exportState())
        rows.append(QJsonArray {
            QString::fromStdString(r.key), r.skill.hits, r.skill.calls, r.skill.icSum, r.skill.icCount});
    const QJsonObject root {{QStringLiteral("format"), kFormat},
        {QStringLiteral("saved_at"), static_cast<qint64>(savedAt)},
        {QStringLiteral("columns"), QJsonArray {"key", "hits", "calls", "ic_sum", "ic_count"}},
        {QStringLiteral("records"), rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

LearnerRestore learnerFromBlob(const QByteArray& blob, sig::WeightLearner& learner)
{
    LearnerRestore out;
    out.found = true;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(blob, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        out.error = QStringLiteral("stored learner state is not JSON (%1 at byte %2)")
                        .arg(pe.errorString())
                        .arg(pe.offset);
        return out;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toInt() != kFormat) {
        out.error = QStringLiteral("stored learner state has format %1, this build reads %2")
                        .arg(root.value(QStringLiteral("format")).toVariant().toString())
                        .arg(kFormat);
        return out;
    }
    const QJsonArray rows = root.value(QStringLiteral("records")).toArray();
    std::vector<sig::SkillRecord> records;
    records.reserve(static_cast<std::size_t>(rows.size()));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QJsonArray r = rows[i].toArray();
        if (r.size() != 5 || !r[0].isString() || !r[1].isDouble() || !r[2].isDouble() || !r[3].isDouble()
            || !r[4].isDouble()) {
            out.error = QStringLiteral("stored learner state: record %1 is not [key, hits, calls, ic_sum, "
                                       "ic_count]")
                            .arg(i + 1);
            return out;
        }
        records.push_back({r[0].toString().toStdString(),
            sig::Skill {r[1].toDouble(), r[2].toDouble(), r[3].toDouble(), r[4].toDouble()}});
    }
    out.applied = learner.importState(records, &out.skipped);
    out.savedAt = root.value(QStringLiteral("saved_at")).toInteger();
    out.ok = true;
    return out;
}

bool saveLearner(Database& db, const sig::WeightLearner& learner, TimeMs savedAt, QString* error)
{
    return BlobStore(db).put(kArea, kKey, learnerToBlob(learner, savedAt), savedAt, error);
}

LearnerRestore loadLearner(Database& db, sig::WeightLearner& learner)
{
    const auto blob = BlobStore(db).get(kArea, kKey);
    if (!blob) {
        LearnerRestore none;
        none.ok = true;
        return none;
    }
    return learnerFromBlob(*blob, learner);
}

} // namespace perp::store
