// SPDX-License-Identifier: MIT
#include "alertrulesjson.h"

#include "engine/alerts/messagetemplate.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <stdexcept>

namespace perp::store {

using namespace perp::alerts;

namespace {

// Condition fields per kind, as JSON keys. "threshold" names the key that holds
// Condition::threshold for that kind (empty = none).
struct KindFields
{
    const char* threshold;
    bool direction; // "direction": above / below / either
    bool side; // "side" (or "bias" for confidence)
};

KindFields fieldsOf(ConditionKind k)
{
    switch (k) {
    case ConditionKind::BiasCross:
        return {"threshold", true, false};
    case ConditionKind::BiasRange:
        return {"", false, false};
    case ConditionKind::Confidence:
        return {"min", false, true};
    case ConditionKind::CategoryState:
        return {"", false, false};
    case ConditionKind::BandProximity:
        return {"within", false, true};
    case ConditionKind::CascadeStart:
        return {"", false, true};
    case ConditionKind::RealizedLiquidation:
        return {"min_notional", false, true};
    case ConditionKind::Funding:
        return {"beyond", true, false};
    case ConditionKind::ZoneTouched:
    case ConditionKind::ZoneBroken:
        return {"", false, false};
    case ConditionKind::PriceCross:
        return {"level", true, false};
    }
    return {"", false, false};
}

struct Error : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

// Reads one JSON object, remembering its path for messages and which keys were used.
class Obj
{
public:
    Obj(QJsonObject o, QString path)
        : m_o(std::move(o))
        , m_path(std::move(path))
    { }
    [[noreturn]] void fail(const QString& key, const QString& what) const
    {
        throw Error(
            (m_path + (key.isEmpty() ? QString() : QLatin1Char('.') + key) + QStringLiteral(": ") + what)
                .toStdString());
    }
    bool has(const char* key) const { return m_o.contains(QLatin1String(key)); }
    QJsonValue take(const char* key)
    {
        m_used.insert(QLatin1String(key));
        return m_o.value(QLatin1String(key));
    }
    QString str(const char* key, std::optional<QString> fallback = std::nullopt)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (!v.isString())
            fail(key,
                v.isUndefined() ? QStringLiteral("missing (a string)") : QStringLiteral("expected a string"));
        return v.toString();
    }
    double num(const char* key, std::optional<double> fallback = std::nullopt)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (!v.isDouble())
            fail(key,
                v.isUndefined() ? QStringLiteral("missing (a number)") : QStringLiteral("expected a number"));
        return v.toDouble();
    }
    bool boolean(const char* key, bool fallback)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined())
            return fallback;
        if (!v.isBool())
            fail(key, QStringLiteral("expected true or false"));
        return v.toBool();
    }
    template <typename E>
    E choice(const char* key, std::optional<E> (*parse)(std::string_view), std::optional<E> fallback,
        const char* allowed)
    {
        const QJsonValue v = take(key);
        if (v.isUndefined() && fallback)
            return *fallback;
        if (const auto e = v.isString() ? parse(v.toString().toStdString()) : std::nullopt)
            return *e;
        fail(key, QStringLiteral("expected one of %1").arg(QLatin1String(allowed)));
    }
    void rejectUnknown() const
    {
        for (auto it = m_o.begin(); it != m_o.end(); ++it)
            if (!m_used.contains(it.key()))
                fail(it.key(), QStringLiteral("unknown key"));
    }
    const QString& path() const { return m_path; }

private:
    QJsonObject m_o;
    QString m_path;
    QSet<QString> m_used;
};

void readCondition(Obj& c, Condition& out)
{
    out.kind = c.choice<ConditionKind>("type", parseKind, std::nullopt,
        "bias_cross, bias_range, confidence, category_state, band_proximity, "
        "cascade_start, realized_liquidation, funding, zone_touched, zone_broken, "
        "price_cross");
    const KindFields f = fieldsOf(out.kind);
    if (*f.threshold)
        out.threshold = c.num(f.threshold);
    if (f.direction)
        out.direction = c.choice<Direction>("direction", parseDirection,
            out.kind == ConditionKind::Funding ? std::optional(Direction::Either) : std::nullopt,
            "above, below, either");
    if (f.side) {
        if (out.kind == ConditionKind::Confidence) {
            const QString b = c.str("bias", QStringLiteral("any"));
            if (b != QLatin1String("bullish") && b != QLatin1String("bearish") && b != QLatin1String("any"))
                c.fail(QStringLiteral("bias"), QStringLiteral("expected one of bullish, bearish, any"));
            out.side = b == QLatin1String("bullish")
                ? SideFilter::Long
                : (b == QLatin1String("bearish") ? SideFilter::Short : SideFilter::Any);
        } else {
            out.side = c.choice<SideFilter>("side", parseSide, SideFilter::Any, "any, long, short");
        }
    }
    if (c.has("hysteresis")) {
        out.hysteresis = c.num("hysteresis");
        if (*out.hysteresis < 0)
            c.fail(QStringLiteral("hysteresis"), QStringLiteral("must be >= 0"));
    }
    switch (out.kind) {
    case ConditionKind::BiasCross:
        if (out.threshold < -100 || out.threshold > 100)
            c.fail(QStringLiteral("threshold"), QStringLiteral("bias thresholds lie within -100 .. 100"));
        break;
    case ConditionKind::BiasRange: {
        const QString ev = c.str("event");
        if (ev != QLatin1String("enters") && ev != QLatin1String("leaves"))
            c.fail(QStringLiteral("event"), QStringLiteral("expected enters or leaves"));
        out.direction = ev == QLatin1String("enters") ? Direction::Above : Direction::Below;
        out.low = c.num("low");
        out.high = c.num("high");
        if (!(out.low < out.high) || out.low < -100 || out.high > 100)
            c.fail(QStringLiteral("high"), QStringLiteral("need -100 <= low < high <= 100"));
        break;
    }
    case ConditionKind::Confidence:
        if (out.threshold < 0 || out.threshold > 100)
            c.fail(QStringLiteral("min"), QStringLiteral("confidence is a percentage, 0 .. 100"));
        break;
    case ConditionKind::CategoryState:
        out.category = c.str("category").toStdString();
        out.fromState = c.str("from", QString()).toStdString();
        out.toState = c.str("to", QString()).toStdString();
        if (out.category.empty())
            c.fail(QStringLiteral("category"), QStringLiteral("must not be empty"));
        break;
    case ConditionKind::BandProximity:
        out.unit = c.choice<DistanceUnit>("unit", parseUnit, DistanceUnit::Percent, "percent, atr");
        if (out.threshold < 0)
            c.fail(QStringLiteral("within"), QStringLiteral("must be >= 0"));
        break;
    case ConditionKind::RealizedLiquidation:
    case ConditionKind::Funding:
    case ConditionKind::PriceCross:
        if (out.threshold <= 0)
            c.fail(QString::fromLatin1(f.threshold), QStringLiteral("must be > 0"));
        break;
    default:
        break;
    }
    c.rejectUnknown();
}

Rule readRule(Obj& r)
{
    Rule rule;
    rule.id = r.str("id").toStdString();
    if (rule.id.empty())
        r.fail(QStringLiteral("id"), QStringLiteral("must not be empty"));
    rule.name = r.str("name", QString()).toStdString();
    rule.enabled = r.boolean("enabled", true);
    rule.symbol = r.str("symbol", QStringLiteral("*")).toStdString();
    if (rule.symbol.empty())
        r.fail(QStringLiteral("symbol"), QStringLiteral("a symbol name such as SOLUSDT, or * for all"));
    const QString mode = r.str("mode", QStringLiteral("*"));
    if (mode != QLatin1String("*") && mode != QLatin1String("scalp") && mode != QLatin1String("day")
        && mode != QLatin1String("swing"))
        r.fail(QStringLiteral("mode"), QStringLiteral("expected one of scalp, day, swing, *"));
    rule.mode = mode.toStdString();
    const QJsonValue cond = r.take("condition");
    if (!cond.isObject())
        r.fail(QStringLiteral("condition"), QStringLiteral("expected an object"));
    Obj c(cond.toObject(), r.path() + QStringLiteral(".condition"));
    readCondition(c, rule.condition);
    rule.trigger
        = r.choice<Trigger>("trigger", parseTrigger, Trigger::EveryTime, "once, every_time, once_per_cycle");
    const double cooldown = r.num("cooldown_s", 0);
    if (cooldown < 0)
        r.fail(QStringLiteral("cooldown_s"), QStringLiteral("must be >= 0"));
    rule.cooldownMs = TimeMs(cooldown * 1000);
    const QJsonValue exp = r.take("expires");
    if (exp.isString()) {
        const QDateTime t = QDateTime::fromString(exp.toString(), Qt::ISODateWithMs);
        if (!t.isValid())
            r.fail(QStringLiteral("expires"),
                QStringLiteral("expected an ISO-8601 time such as 2026-12-31T00:00:00Z"));
        rule.expiresAt = t.toMSecsSinceEpoch();
    } else if (exp.isDouble()) {
        rule.expiresAt = TimeMs(exp.toDouble());
    } else if (!exp.isUndefined() && !exp.isNull()) {
        r.fail(QStringLiteral("expires"), QStringLiteral("expected an ISO-8601 time or epoch milliseconds"));
    }
    rule.message = r.str("message", QString()).toStdString();
    if (const auto e = validateTemplate(rule.message))
        r.fail(QStringLiteral("message"),
            QStringLiteral("at character %1: %2").arg(e->position).arg(QString::fromStdString(e->message)));
    r.rejectUnknown();
    return rule;
}

QString describeOffset(const QByteArray& data, qsizetype offset)
{
    qsizetype line = 1, column = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        column = data[i] == '\n' ? 1 : column + 1;
        line += data[i] == '\n' ? 1 : 0;
    }
    return QStringLiteral("offset %1 (line %2, column %3)").arg(offset).arg(line).arg(column);
}

QJsonObject toObject(const Rule& r)
{
    QJsonObject c;
    const Condition& k = r.condition;
    c[QStringLiteral("type")] = QString::fromLatin1(kindName(k.kind));
    const KindFields f = fieldsOf(k.kind);
    if (*f.threshold)
        c[QLatin1String(f.threshold)] = k.threshold;
    if (f.direction)
        c[QStringLiteral("direction")] = QString::fromLatin1(directionName(k.direction));
    if (k.kind == ConditionKind::Confidence)
        c[QStringLiteral("bias")] = k.side == SideFilter::Long
            ? QStringLiteral("bullish")
            : (k.side == SideFilter::Short ? QStringLiteral("bearish") : QStringLiteral("any"));
    else if (f.side)
        c[QStringLiteral("side")] = QString::fromLatin1(sideName(k.side));
    if (k.kind == ConditionKind::BiasRange) {
        c[QStringLiteral("event")]
            = k.direction == Direction::Above ? QStringLiteral("enters") : QStringLiteral("leaves");
        c[QStringLiteral("low")] = k.low;
        c[QStringLiteral("high")] = k.high;
    }
    if (k.kind == ConditionKind::CategoryState) {
        c[QStringLiteral("category")] = QString::fromStdString(k.category);
        if (!k.fromState.empty())
            c[QStringLiteral("from")] = QString::fromStdString(k.fromState);
        if (!k.toState.empty())
            c[QStringLiteral("to")] = QString::fromStdString(k.toState);
    }
    if (k.kind == ConditionKind::BandProximity)
        c[QStringLiteral("unit")] = QString::fromLatin1(unitName(k.unit));
    if (k.hysteresis)
        c[QStringLiteral("hysteresis")] = *k.hysteresis;

    QJsonObject o;
    o[QStringLiteral("id")] = QString::fromStdString(r.id);
    if (!r.name.empty())
        o[QStringLiteral("name")] = QString::fromStdString(r.name);
    o[QStringLiteral("enabled")] = r.enabled;
    o[QStringLiteral("symbol")] = QString::fromStdString(r.symbol);
    o[QStringLiteral("mode")] = QString::fromStdString(r.mode);
    o[QStringLiteral("condition")] = c;
    o[QStringLiteral("trigger")] = QString::fromLatin1(triggerName(r.trigger));
    if (r.cooldownMs)
        o[QStringLiteral("cooldown_s")] = double(r.cooldownMs) / 1000.0;
    if (r.expiresAt)
        o[QStringLiteral("expires")]
            = QDateTime::fromMSecsSinceEpoch(*r.expiresAt, Qt::UTC).toString(Qt::ISODateWithMs);
    if (!r.message.empty())
        o[QStringLiteral("message")] = QString::fromStdString(r.message);
    return o;
}

} // namespace

RulesParseResult parseRules(const QByteArray& json, const QString& source)
{
    RulesParseResult res;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        res.error = QStringLiteral("%1: JSON syntax error at %2: %3")
                        .arg(source, describeOffset(json, pe.offset), pe.errorString());
        return res;
    }
    try {
        QJsonArray list;
        if (doc.isArray()) {
            list = doc.array();
        } else {
            Obj top(doc.object(), QStringLiteral("top level"));
            const QString format = top.str("format", QStringLiteral("perpscope-alert-rules"));
            if (format != QLatin1String("perpscope-alert-rules"))
                top.fail(QStringLiteral("format"), QStringLiteral("expected \"perpscope-alert-rules\""));
            if (top.num("version", 1) != 1)
                top.fail(QStringLiteral("version"), QStringLiteral("only version 1 is known"));
            const QJsonValue rules = top.take("rules");
            if (!rules.isArray())
                top.fail(QStringLiteral("rules"), QStringLiteral("expected an array of rules"));
            top.rejectUnknown();
            list = rules.toArray();
        }
        QSet<QString> ids;
        for (qsizetype i = 0; i < list.size(); ++i) {
            QString path = QStringLiteral("rules[%1]").arg(i);
            if (!list[i].isObject())
                throw Error((path + QStringLiteral(": expected an object")).toStdString());
            const QString id = list[i].toObject().value(QStringLiteral("id")).toString();
            if (!id.isEmpty())
                path += QStringLiteral(" (id \"%1\")").arg(id);
            Obj r(list[i].toObject(), path);
            res.rules.push_back(readRule(r));
            if (ids.contains(id))
                r.fail(QStringLiteral("id"), QStringLiteral("duplicate id"));
            ids.insert(id);
        }
    } catch (const Error& e) {
        res.rules.clear();
        res.error = source + QStringLiteral(": ") + QString::fromStdString(e.what());
    }
    return res;
}

QByteArray ruleToJson(const Rule& rule)
{
    return QJsonDocument(toObject(rule)).toJson(QJsonDocument::Compact);
}

QByteArray rulesToJson(const std::vector<Rule>& rules)
{
    QJsonArray list;
    for (const Rule& r : rules)
        list.append(toObject(r));
    QJsonObject top;
    top[QStringLiteral("format")] = QStringLiteral("perpscope-alert-rules");
    top[QStringLiteral("version")] = 1;
    top[QStringLiteral("rules")] = list;
    return QJsonDocument(top).toJson(QJsonDocument::Indented);
}

RulesParseResult importRulesFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        RulesParseResult res;
        res.error = QStringLiteral("%1: cannot read: %2").arg(path, f.errorString());
        return res;
    }
    return parseRules(f.readAll(), path);
}

bool exportRulesFile(const QString& path, const std::vector<Rule>& rules, QString* error)
{
    QSaveFile f(path);
    const QByteArray data = rulesToJson(rules);
    if (f.open(QIODevice::WriteOnly) && f.write(data) == data.size() && f.commit())
        return true;
    if (error)
        *error = QStringLiteral("%1: cannot write: %2").arg(path, f.errorString());
    return false;
}

std::vector<StoredRule> rulesForStore(const std::vector<Rule>& rules)
{
    std::vector<StoredRule> out;
    out.reserve(rules.size());
    for (const Rule& r : rules)
        out.push_back({QString::fromStdString(r.id), ruleToJson(r)});
    return out;
}

RulesParseResult rulesFromStore(const std::vector<StoredRule>& stored)
{
    RulesParseResult res;
    for (const StoredRule& s : stored) {
        RulesParseResult one
            = parseRules("[" + s.json + "]", QStringLiteral("stored alert rule '%1'").arg(s.id));
        if (!one.ok()) {
            res.rules.clear();
            res.error = one.error;
            return res;
        }
        res.rules.push_back(std::move(one.rules.front()));
    }
    return res;
}

SafeJsonFile rulesFile(const QString& path)
{
    return SafeJsonFile(path, [](const QJsonDocument& doc) {
        const RulesParseResult r = parseRules(doc.toJson(QJsonDocument::Compact), QStringLiteral("rules"));
        return r.ok() ? QString() : r.error;
    });
}

} // namespace perp::store
