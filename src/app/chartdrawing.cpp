// SPDX-License-Identifier: MIT
#include "chartdrawing.h"

#include "store/safejsonfile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <cmath>

namespace perp {

namespace {
constexpr std::array kKinds {ChartDrawing::Kind::HLine, ChartDrawing::Kind::Rect, ChartDrawing::Kind::Trend,
    ChartDrawing::Kind::Measure};
} // namespace

QString ChartDrawing::kindName(Kind k)
{
    switch (k) {
    case Kind::HLine:
        return QStringLiteral("hline");
    case Kind::Rect:
        return QStringLiteral("rect");
    case Kind::Trend:
        return QStringLiteral("trend");
    case Kind::Measure:
        return QStringLiteral("measure");
    }
    return {};
}

QJsonObject ChartDrawing::toJson() const
{
    return {{QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("t1"), t1}, {QStringLiteral("p1"), p1},
        {QStringLiteral("t2"), t2}, {QStringLiteral("p2"), p2}};
}

std::optional<ChartDrawing> ChartDrawing::fromJson(const QJsonObject& o, QString* error)
{
    ChartDrawing d;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    bool known = false;
    for (Kind k : kKinds) {
        if (kindName(k) == kind) {
            d.kind = k;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("unknown kind \"%1\"").arg(kind);
        return std::nullopt;
    }
    double* fields[] = {&d.t1, &d.p1, &d.t2, &d.p2};
    const char* names[] = {"t1", "p1", "t2", "p2"};
    for (int i = 0; i < 4; ++i) {
        const QJsonValue v = o.value(QLatin1String(names[i]));
        if (!v.isDouble() || !std::isfinite(v.toDouble())) {
            *error = QStringLiteral("field %1 missing or not a number").arg(QLatin1String(names[i]));
            return std::nullopt;
        }
        *fields[i] = v.toDouble();
    }
    return d;
}

DrawingStore::DrawingStore(QString path)
    : m_path(std::move(path))
{ }

QString DrawingStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/chart-drawings.json");
}

DrawingStore::Map DrawingStore::load()
{
    m_problems.clear();
    store::SafeJsonFile file(m_path, [](const QJsonDocument& doc) {
        return doc.isObject() && doc.object().value(QStringLiteral("symbols")).isObject()
            ? QString()
            : QStringLiteral("no \"symbols\" object");
    });
    const auto loaded = file.load();
    if (!loaded.message.isEmpty())
        m_problems << loaded.message;
    Map out;
    const QJsonObject symbols = loaded.document.object().value(QStringLiteral("symbols")).toObject();
    for (auto it = symbols.begin(); it != symbols.end(); ++it) {
        const QJsonArray list = it.value().toArray();
        for (int i = 0; i < list.size(); ++i) {
            QString error;
            if (auto d = ChartDrawing::fromJson(list.at(i).toObject(), &error))
                out[it.key()].push_back(*d);
            else
                m_problems << QStringLiteral("%1: symbols.%2[%3]: %4, skipped")
                                  .arg(m_path, it.key())
                                  .arg(i)
                                  .arg(error);
        }
    }
    return out;
}

bool DrawingStore::save(const Map& all, QString* error)
{
    QJsonObject symbols;
    for (const auto& [name, list] : all) {
        if (list.empty())
            continue;
        QJsonArray arr;
        for (const ChartDrawing& d : list)
            arr.append(d.toJson());
        symbols.insert(name, arr);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    store::SafeJsonFile file(m_path);
    return file.save(
        QJsonDocument(QJsonObject {{QStringLiteral("version"), 1}, {QStringLiteral("symbols"), symbols}}),
        error);
}

} // namespace perp
