// SPDX-License-Identifier: MIT
#include "zonestore.h"

#include "blobstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace perp::store {

namespace {

const QString kArea = QStringLiteral("zones");

std::optional<zones::ZoneKind> parseKind(const QString& s)
{
    if (s == QLatin1String("support"))
        return zones::ZoneKind::Support;
    if (s == QLatin1String("resistance"))
        return zones::ZoneKind::Resistance;
    return std::nullopt;
}

std::optional<zones::ZoneState> parseState(const QString& s)
{
    for (auto st :
        {zones::ZoneState::Fresh, zones::ZoneState::Tested, zones::ZoneState::Broken, zones::ZoneState::Trap})
        if (s == QLatin1String(zones::stateName(st).data()))
            return st;
    return std::nullopt;
}

} // namespace

QByteArray zonesToJson(const std::vector<zones::Zone>& list)
{
    QJsonArray out;
    for (const zones::Zone& z : list) {
        QJsonObject o;
        o[QStringLiteral("id")] = static_cast<qint64>(z.id);
        o[QStringLiteral("kind")] = QLatin1String(zones::kindName(z.kind).data());
        o[QStringLiteral("state")] = QLatin1String(zones::stateName(z.state).data());
        o[QStringLiteral("low")] = z.low;
        o[QStringLiteral("high")] = z.high;
        o[QStringLiteral("level")] = z.level;
        o[QStringLiteral("strength")] = z.strength;
        o[QStringLiteral("touches")] = z.touches;
        o[QStringLiteral("rejections")] = z.rejections;
        o[QStringLiteral("sweeps")] = z.sweeps;
        o[QStringLiteral("breaks")] = z.breaks;
        o[QStringLiteral("flow")] = z.flow;
        o[QStringLiteral("volume_ratio")] = z.volumeRatio;
        o[QStringLiteral("sources")] = z.sources;
        o[QStringLiteral("formed")] = static_cast<qint64>(z.formed);
        o[QStringLiteral("last_touch")] = static_cast<qint64>(z.lastTouch);
        o[QStringLiteral("why")] = QString::fromStdString(z.why);
        out.append(o);
    }
    return QJsonDocument(out).toJson(QJsonDocument::Compact);
}

std::optional<std::vector<zones::Zone>> zonesFromJson(const QByteArray& json, QString* error)
{
    auto fail = [&](const QString& e) {
        if (error)
            *error = e;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return fail(QStringLiteral("at offset %1: %2").arg(pe.offset).arg(pe.errorString()));
    if (!doc.isArray())
        return fail(QStringLiteral("not a JSON array"));
    std::vector<zones::Zone> out;
    const QJsonArray a = doc.array();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a[i].toObject();
        const auto kind = parseKind(o[QStringLiteral("kind")].toString());
        const auto state = parseState(o[QStringLiteral("state")].toString());
        zones::Zone z;
        z.id = static_cast<std::uint64_t>(o[QStringLiteral("id")].toInteger(0));
        z.low = o[QStringLiteral("low")].toDouble(0);
        z.high = o[QStringLiteral("high")].toDouble(0);
        if (!kind || !state || z.id == 0 || !(z.high > z.low) || !(z.low > 0))
            return fail(
                QStringLiteral("zone %1: missing or invalid id, kind, state, low or high").arg(i + 1));
        z.kind = *kind;
        z.state = *state;
        z.level = o[QStringLiteral("level")].toDouble((z.low + z.high) / 2);
        z.strength = std::clamp(o[QStringLiteral("strength")].toDouble(0), 0.0, 1.0);
        z.touches = o[QStringLiteral("touches")].toInt(0);
        z.rejections = o[QStringLiteral("rejections")].toInt(0);
        z.sweeps = o[QStringLiteral("sweeps")].toInt(0);
        z.breaks = o[QStringLiteral("breaks")].toInt(0);
        z.flow = o[QStringLiteral("flow")].toDouble(0);
        z.volumeRatio = o[QStringLiteral("volume_ratio")].toDouble(0);
        z.sources = static_cast<std::uint8_t>(o[QStringLiteral("sources")].toInt(0));
        z.formed = o[QStringLiteral("formed")].toInteger(0);
        z.lastTouch = o[QStringLiteral("last_touch")].toInteger(0);
        z.why = o[QStringLiteral("why")].toString().toStdString();
        out.push_back(std::move(z));
    }
    return out;
}

bool ZoneStore::save(SymbolId symbol, const std::vector<zones::Zone>& list, TimeMs time, QString* error)
{
    return BlobStore(m_db).put(
        kArea, QString::fromStdString(symbolName(symbol)), zonesToJson(list), time, error);
}

std::optional<std::vector<zones::Zone>> ZoneStore::load(SymbolId symbol, QString* error)
{
    const QString name = QString::fromStdString(symbolName(symbol));
    const auto blob = BlobStore(m_db).get(kArea, name);
    if (!blob)
        return std::nullopt;
    QString why;
    auto out = zonesFromJson(*blob, &why);
    if (!out && error)
        *error = QStringLiteral("stored zones of %1: %2").arg(name, why);
    return out;
}

} // namespace perp::store
