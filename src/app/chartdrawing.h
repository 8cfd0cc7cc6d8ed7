// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <map>
#include <optional>
#include <vector>

namespace perp {

// A user drawing on the price pane, in chart coordinates: time (UTC seconds, the chart's
// key) and price. A horizontal line uses only the first point's price.
struct ChartDrawing
{
    enum class Kind { HLine, Rect, Trend, Measure };
    Kind kind = Kind::HLine;
    double t1 = 0, p1 = 0, t2 = 0, p2 = 0;

    bool operator==(const ChartDrawing&) const = default;

    QJsonObject toJson() const;
    // Null with `error` set when a field is missing or not finite.
    static std::optional<ChartDrawing> fromJson(const QJsonObject& o, QString* error);
    static QString kindName(Kind k);
};

// Drawings of every symbol (by symbol name), kept in a JSON file that survives crashes
// (store::SafeJsonFile). Bad entries are skipped with a message naming file and position.
class DrawingStore
{
public:
    using Map = std::map<QString, std::vector<ChartDrawing>>;

    explicit DrawingStore(QString path);
    // Default file: chart-drawings.json in the app data directory.
    static QString defaultPath();

    Map load();
    bool save(const Map& all, QString* error = nullptr);
    const QStringList& problems() const { return m_problems; }
    const QString& path() const { return m_path; }

private:
    QString m_path;
    QStringList m_problems;
};

} // namespace perp
