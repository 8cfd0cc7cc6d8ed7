// SPDX-License-Identifier: MIT
#include "tiertable.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace perp::store {

std::optional<TierTable> loadTierTable(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: cannot read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = QStringLiteral("%1: not JSON at offset %2: %3")
                    .arg(path)
                    .arg(parseError.offset)
                    .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        error = QStringLiteral("%1: expected an object of symbol -> tier list").arg(path);
        return std::nullopt;
    }
    TierTable table;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QString name = it.key();
        const auto id = findSymbol(name.toUpper().toStdString());
        if (!id) {
            error = QStringLiteral("%1: '%2' is not a known symbol").arg(path, name);
            return std::nullopt;
        }
        if (!it.value().isArray() || it.value().toArray().isEmpty()) {
            error = QStringLiteral("%1: %2: expected a non-empty list of tiers").arg(path, name);
            return std::nullopt;
        }
        std::vector<MarginTier> tiers;
        const QJsonArray list = it.value().toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QJsonObject o = list[i].toObject();
            auto field = [&](const char* key, double& out) {
                const QJsonValue v = o.value(QLatin1String(key));
                out = v.toDouble();
                return v.isDouble();
            };
            MarginTier t {};
            const bool numbers = field("notionalCap", t.notionalCap) && field("maxLeverage", t.maxLeverage)
                && field("mmr", t.mmr) && (o.contains("cum") ? field("cum", t.cum) : true);
            QString why;
            if (!list[i].isObject() || !numbers)
                why = QStringLiteral("needs numbers notionalCap, maxLeverage, mmr (and optional cum)");
            else if (!(t.notionalCap > 0) || (!tiers.empty() && !(t.notionalCap > tiers.back().notionalCap)))
                why = QStringLiteral("notionalCap must be positive and above the previous tier's");
            else if (!(t.mmr > 0 && t.mmr < 1))
                why = QStringLiteral("mmr must be between 0 and 1 (0.004 = 0.4%)");
            else if (!(t.maxLeverage >= 1))
                why = QStringLiteral("maxLeverage must be at least 1");
            else if (!(t.cum >= 0))
                why = QStringLiteral("cum must not be negative");
            if (!why.isEmpty()) {
                error = QStringLiteral("%1: %2 tier %3: %4").arg(path, name).arg(i + 1).arg(why);
                return std::nullopt;
            }
            tiers.push_back(t);
        }
        table[*id] = std::move(tiers);
    }
    return table;
}

} // namespace perp::store
