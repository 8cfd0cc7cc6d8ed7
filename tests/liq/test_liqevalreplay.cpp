// SPDX-License-Identifier: MIT
// perpscope-cli liq-eval --replay: a crafted raw-feed recording (format v1, Binance aggTrade,
// forceOrder and openInterest frames) is scored by the CLI; the test finds the bands the
// estimate draws before the liquidations, places one realized liquidation inside a top-5 band,
// one in a gap and one beyond +-10%, and checks the printed record against its own arithmetic.
// Also: same input -> same bytes, split files, malformed lines counted, a missing file.
#include "engine/liq/liqstate.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <algorithm>
#include <cmath>

using namespace perp;

namespace {

constexpr TimeMs kT0 = 1'767'225'600'000; // 2026-01-01 00:00 UTC
constexpr int kWarmupTrades = 2700; // one every 2 s: 90 minutes
constexpr int kOiPolls = 90; // one a minute, rising
constexpr TimeMs kLiqTime = kT0 + 90 * kMinuteMs + 100;

struct Line
{
    QByteArray text;
    std::optional<MarketEvent> event; // what the parser makes of it
};

EventHeader head(TimeMs t)
{
    return {*findSymbol("SOLUSDT"), Venue::Binance, t, t * 1000 + 5000};
}

QByteArray recv(TimeMs t)
{
    return QByteArray::number(static_cast<qint64>(t) * 1000 + 5000);
}

Line oiLine(TimeMs t, int contracts)
{
    const QByteArray qty = QByteArray::number(contracts) + ".000";
    return {recv(t) + " binance rest:/fapi/v1/openInterest?symbol=SOLUSDT {\"openInterest\":\"" + qty
            + "\",\"symbol\":\"SOLUSDT\",\"time\":" + QByteArray::number(t) + "}",
        OpenInterest {head(t), *Qty::parse(qty.toStdString())}};
}

Line tradeLine(TimeMs t, int i)
{
    const QByteArray px = QByteArray::number(100 + 0.4 * std::sin(i * 0.05), 'f', 2);
    const bool buyerMaker = i % 3 == 0;
    const QByteArray T = QByteArray::number(t);
    return {recv(t)
            + " binance ws:market {\"stream\":\"solusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":" + T
            + ",\"s\":\"SOLUSDT\",\"a\":" + QByteArray::number(1000 + i) + ",\"p\":\"" + px
            + "\",\"q\":\"3.5\",\"f\":1,\"l\":1,\"T\":" + T + ",\"m\":" + (buyerMaker ? "true" : "false")
            + "}}",
        Trade {head(t), *Price::parse(px.toStdString()), *Qty::parse("3.5"),
            buyerMaker ? Side::Sell : Side::Buy, 1000 + i}};
}

// 90 minutes of trades around 100 with open interest rising every minute.
std::vector<Line> warmup()
{
    std::vector<Line> lines;
    int oi = 0;
    for (int i = 0; i < kWarmupTrades; ++i) {
        const TimeMs t = kT0 + i * 2000;
        if (oi < kOiPolls && kT0 + oi * kMinuteMs + 500 <= t) {
            lines.push_back(oiLine(kT0 + oi * kMinuteMs + 500, 50'000 + oi * 800));
            ++oi;
        }
        lines.push_back(tradeLine(t, i));
    }
    return lines;
}

QByteArray forceOrder(TimeMs t, const QByteArray& px, const QByteArray& qty, bool sell)
{
    const QByteArray T = QByteArray::number(t);
    return recv(t)
        + " binance ws:market {\"stream\":\"solusdt@forceOrder\",\"data\":{\"e\":\"forceOrder\",\"E\":" + T
        + ",\"o\":{\"s\":\"SOLUSDT\",\"S\":\"" + (sell ? "SELL" : "BUY")
        + "\",\"o\":\"LIMIT\",\"f\":\"IOC\",\"q\":\"" + qty + "\",\"p\":\"" + px + "\",\"ap\":\"" + px
        + "\",\"X\":\"FILLED\",\"l\":\"" + qty + "\",\"z\":\"" + qty + "\",\"T\":" + T + "}}}";
}

const QByteArray kHeader = "#perpscope-record v1 2026-01-01T00:00:00.000Z binance http://127.0.0.1:1";

QString outDir()
{
    const QString dir = qEnvironmentVariable("PERPSCOPE_TEST_OUTPUT", QDir::tempPath()) + "/liqevalreplay";
    QDir().mkpath(dir);
    return dir;
}

bool write(const QString& path, const std::vector<QByteArray>& lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const auto& l : lines)
        f.write(l + "\n");
    return true;
}

QByteArray run(const QStringList& args, int* exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(PERPSCOPE_CLI), QStringList {QStringLiteral("liq-eval")} + args);
    if (!p.waitForFinished(120'000))
        return {};
    if (exitCode)
        *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAllStandardOutput();
}

// Share of [lo, hi] covered by the union of the intervals.
double unionShare(std::vector<std::pair<double, double>> iv, double lo, double hi)
{
    std::sort(iv.begin(), iv.end());
    std::vector<std::pair<double, double>> merged;
    for (auto [a, z] : iv) {
        a = std::max(a, lo);
        z = std::min(z, hi);
        if (z <= a)
            continue;
        if (!merged.empty() && a <= merged.back().second)
            merged.back().second = std::max(merged.back().second, z);
        else
            merged.emplace_back(a, z);
    }
    double sum = 0;
    for (const auto& [a, z] : merged)
        sum += z - a;
    return sum / (hi - lo);
}

} // namespace

class TestLiqEvalReplay : public QObject
{
    Q_OBJECT

    std::vector<Line> m_warmup;
    std::vector<QByteArray> m_liqLines;
    double m_inside = 0, m_gap = 0, m_far = 0; // notional of the three liquidations
    double m_coverage = 0; // share of +-10% the top-5 bands cover when the liquidations come
    QString m_path;
    struct Liq
    {
        QByteArray price, qty;
        bool sell = false;
    };
    std::vector<Liq> m_liqs;

    // The three liquidations, 100 ms apart (one 1 s step) from t on.
    std::vector<QByteArray> liquidations(TimeMs t) const
    {
        std::vector<QByteArray> out;
        for (std::size_t i = 0; i < m_liqs.size(); ++i)
            out.push_back(
                forceOrder(t + static_cast<TimeMs>(i) * 100, m_liqs[i].price, m_liqs[i].qty, m_liqs[i].sell));
        return out;
    }

private slots:
    void initTestCase()
    {
        m_warmup = warmup();
        // The bands as the app would have drawn them: 1 s steps, refreshed after each step.
        liq::LiqState state(*findSymbol("SOLUSDT"));
        TimeMs step = -1;
        for (const auto& l : m_warmup) {
            const TimeMs t = header(*l.event).exchangeTime;
            if (step >= 0 && floorTo(t, 1000) != step)
                state.refresh();
            step = floorTo(t, 1000);
            state.apply(*l.event);
        }
        state.refresh();
        const double price = state.estimator().price();
        QVERIFY(std::abs(price - 100) < 0.5);
        const auto& bands = state.bands();
        QVERIFY2(!bands.empty(), "the estimate drew no bands: nothing to score against");
        std::vector<std::pair<double, double>> top;
        for (std::size_t i = 0; i < std::min<std::size_t>(5, bands.size()); ++i)
            top.emplace_back(bands[i].low, bands[i].high);
        m_coverage = unionShare(top, price * 0.9, price * 1.1);
        QVERIFY(m_coverage > 0 && m_coverage < 1);
        const auto insideTop = [&](double p) {
            return std::any_of(
                top.begin(), top.end(), [&](const auto& r) { return p >= r.first && p < r.second; });
        };
        // Inside: the middle of the first top-5 band well within +-10%.
        double inside = 0;
        for (const auto& [a, z] : top)
            if ((a + z) / 2 > price * 0.92 && (a + z) / 2 < price * 1.08) {
                inside = (a + z) / 2;
                break;
            }
        QVERIFY2(inside > 0, "no top-5 band within +-8% of price");
        // Outside: the middle of the widest gap between the top-5 bands within +-8%.
        std::vector<double> edges {price * 0.92, price * 1.08};
        for (const auto& [a, z] : top)
            for (double e : {a, z})
                if (e > edges.front() && e < edges.back())
                    edges.push_back(e);
        std::sort(edges.begin(), edges.end());
        double gap = 0, widest = 0;
        for (std::size_t i = 1; i < edges.size(); ++i) {
            const double mid = (edges[i - 1] + edges[i]) / 2;
            if (edges[i] - edges[i - 1] > widest && !insideTop(mid)) {
                widest = edges[i] - edges[i - 1];
                gap = mid;
            }
        }
        QVERIFY2(gap > 0, "no gap between the top-5 bands within +-8%");
        const QByteArray insidePx = QByteArray::number(inside, 'f', 4);
        const QByteArray gapPx = QByteArray::number(gap, 'f', 4);
        const QByteArray farPx = QByteArray::number(price * 1.25, 'f', 4);
        QVERIFY(insideTop(insidePx.toDouble()) && !insideTop(gapPx.toDouble()));
        m_inside = Price::parse(insidePx.toStdString())->toDouble() * 40;
        m_gap = Price::parse(gapPx.toStdString())->toDouble() * 25;
        m_far = Price::parse(farPx.toStdString())->toDouble() * 10;
        m_liqs = {{insidePx, "40", inside < price}, {gapPx, "25", gap < price}, {farPx, "10", false}};
        m_liqLines = liquidations(kLiqTime);

        std::vector<QByteArray> all {kHeader};
        for (const auto& l : m_warmup)
            all.push_back(l.text);
        all.insert(all.end(), m_liqLines.begin(), m_liqLines.end());
        m_path = outDir() + "/crafted.rec";
        QVERIFY(write(m_path, all));
    }

    void scoresAgainstEarlierBands()
    {
        int code = -1;
        const QByteArray a = run({"--replay", m_path}, &code);
        QCOMPARE(code, 0);
        QJsonParseError err {};
        const auto root = QJsonDocument::fromJson(a, &err).object();
        QCOMPARE(err.error, QJsonParseError::NoError);
        QCOMPARE(root.value("simulated").toBool(true), false);
        QCOMPARE(root.value("files").toArray(), QJsonArray {"crafted.rec"});
        QCOMPARE(root.value("events").toInteger(), qint64(kWarmupTrades + kOiPolls + 3));
        QCOMPARE(root.value("rejected").toInteger(), 0);
        QCOMPARE(root.value("first_time").toString(), QString("2026-01-01T00:00:00.000Z"));
        QCOMPARE(root.value("hours").toDouble(), std::round((kLiqTime + 200 - kT0) / 3.6e6 * 1e4) / 1e4);
        const auto symbols = root.value("symbols").toArray();
        QCOMPARE(symbols.size(), 1);
        const auto sol = symbols[0].toObject();
        QCOMPARE(sol.value("symbol").toString(), QString("SOLUSDT"));
        QCOMPARE(sol.value("realized_liquidations").toInteger(), 3);
        QVERIFY(std::abs(sol.value("realized_notional").toDouble() - (m_inside + m_gap + m_far)) < 0.006);
        QVERIFY(!sol.value("confidence").toString().isEmpty());

        // Latest bands: the inside and the gap liquidation are scored, the one 25% away is not.
        const auto latest = sol.value("realized_vs_earlier_bands").toObject().value("latest").toObject();
        QCOMPARE(latest.value("events").toInteger(), 2);
        QCOMPARE(latest.value("notional").toDouble(), std::round(m_inside + m_gap));
        const double capture = m_inside / (m_inside + m_gap);
        QVERIFY2(std::abs(latest.value("top5_capture").toDouble() - capture) < 1.01e-4,
            qPrintable(QString("capture %1, expected %2")
                           .arg(latest.value("top5_capture").toDouble())
                           .arg(capture)));
        QVERIFY2(std::abs(latest.value("top5_coverage").toDouble() - m_coverage) < 1.01e-4,
            qPrintable(QString("coverage %1, expected %2")
                           .arg(latest.value("top5_coverage").toDouble())
                           .arg(m_coverage)));
        QVERIFY(std::abs(latest.value("lift_over_uniform").toDouble() - capture / m_coverage) < 1e-3);
        // 1 h before there were bands (drawn from the start) at nearly the same price: the same
        // two are scored; 4 h before there was nothing.
        const auto rec = sol.value("realized_vs_earlier_bands").toObject();
        QCOMPARE(rec.value("1h").toObject().value("events").toInteger(), 2);
        QCOMPARE(rec.value("4h").toObject().value("events").toInteger(), 0);
        // One symbol: the pooled record is its record.
        QCOMPARE(root.value("realized_vs_earlier_bands").toObject(), rec);

        // Same input, same bytes; --out writes them too.
        const QString out = outDir() + "/crafted.json";
        QFile::remove(out);
        QCOMPARE(run({"--replay", m_path, "--out", out}), a);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), a);
    }

    void splitFilesGiveTheSameRecord()
    {
        std::vector<QByteArray> first {kHeader}, second {kHeader};
        for (const auto& l : m_warmup)
            first.push_back(l.text);
        second.insert(second.end(), m_liqLines.begin(), m_liqLines.end());
        const QString a = outDir() + "/part1.rec", b = outDir() + "/part2.rec";
        QVERIFY(write(a, first) && write(b, second));
        const auto whole = QJsonDocument::fromJson(run({"--replay", m_path})).object();
        int code = -1;
        const auto split = QJsonDocument::fromJson(run({"--replay", a + "," + b}, &code)).object();
        QCOMPARE(code, 0);
        QCOMPARE(split.value("files").toArray(), (QJsonArray {"part1.rec", "part2.rec"}));
        QCOMPARE(split.value("symbols").toArray(), whole.value("symbols").toArray());
        QCOMPARE(split.value("realized_vs_earlier_bands"), whole.value("realized_vs_earlier_bands"));
    }

    void malformedLinesAreCountedAndSkipped()
    {
        std::vector<QByteArray> lines {kHeader};
        for (const auto& l : m_warmup)
            lines.push_back(l.text);
        lines.insert(lines.begin() + 10, "this is not a recorded frame"); // file line 11
        lines.insert(lines.begin() + 20, "12x binance ws:market {}"); // line 21
        lines.insert(lines.end(), m_liqLines.begin(), m_liqLines.end());
        QByteArray broken = m_liqLines.front();
        broken.replace("\"ap\":", "\"xx\":").replace("\"p\":", "\"yy\":"); // no price
        lines.push_back(broken); // the last line
        const int brokenLine = static_cast<int>(lines.size());
        const QString path = outDir() + "/malformed.rec";
        QVERIFY(write(path, lines));
        int code = -1;
        const auto root = QJsonDocument::fromJson(run({"--replay", path}, &code)).object();
        QCOMPARE(code, 0);
        QCOMPARE(root.value("rejected").toInteger(), 3);
        const auto examples = root.value("reject_examples").toArray();
        QCOMPARE(examples.size(), 3);
        const int expectedLines[] = {11, 21, brokenLine};
        for (int i = 0; i < 3; ++i) {
            const QString e = examples[i].toString();
            QVERIFY2(e.contains("malformed.rec:" + QString::number(expectedLines[i]) + ":"), qPrintable(e));
        }
        // The good lines give the same record as the clean file.
        const auto clean = QJsonDocument::fromJson(run({"--replay", m_path})).object();
        QCOMPARE(root.value("symbols").toArray(), clean.value("symbols").toArray());
    }

    // The app keeps 24 h; a replay scores the whole recording. The same three liquidations
    // again 26 h later (a trade a minute in between): both pairs within +-10% count.
    void wholeRecordingIsScored()
    {
        std::vector<QByteArray> lines {kHeader};
        for (const auto& l : m_warmup)
            lines.push_back(l.text);
        lines.insert(lines.end(), m_liqLines.begin(), m_liqLines.end());
        const TimeMs later = 26 * kHourMs;
        for (TimeMs dt = kMinuteMs; dt < later; dt += kMinuteMs) {
            const auto i = static_cast<int>(kWarmupTrades + dt / kMinuteMs);
            lines.push_back(tradeLine(kLiqTime + dt, i).text);
            if (dt % (10 * kMinuteMs) == 0)
                lines.push_back(oiLine(kLiqTime + dt + 500, 122'000 + i % 7 * 100).text);
        }
        const auto again = liquidations(kLiqTime + later);
        lines.insert(lines.end(), again.begin(), again.end());
        const QString path = outDir() + "/long.rec";
        QVERIFY(write(path, lines));
        int code = -1;
        const auto root = QJsonDocument::fromJson(run({"--replay", path}, &code)).object();
        QCOMPARE(code, 0);
        QVERIFY(root.value("hours").toDouble() > 27);
        const auto sol = root.value("symbols").toArray()[0].toObject();
        QCOMPARE(sol.value("realized_liquidations").toInteger(), 6);
        const auto latest = sol.value("realized_vs_earlier_bands").toObject().value("latest").toObject();
        QCOMPARE(latest.value("events").toInteger(), 4);
        QCOMPARE(latest.value("notional").toDouble(), std::round(2 * (m_inside + m_gap)));
    }

    // Real Binance forceOrder capture (SOURCES.md: BTCUSDT 63 rows, sum 882,328.30; ETHUSDT 106,
    // 933,791.39): every realized liquidation is read; with no trades there is no estimate, so
    // no bands and nothing is scored.
    void realLiquidationCapture()
    {
        const QString data = qEnvironmentVariable("PERPSCOPE_SHARED_DATA");
        const QString path = data + "/binance-liquidations/binance_liquidations_2025-10-22_part.csv";
        if (data.isEmpty() || !QFile::exists(path))
            QSKIP("PERPSCOPE_SHARED_DATA with binance-liquidations/ is not available");
        int code = -1;
        const auto root = QJsonDocument::fromJson(run({"--replay", path}, &code)).object();
        QCOMPARE(code, 0);
        QCOMPARE(root.value("events").toInteger(), 5237);
        QCOMPARE(root.value("rejected").toInteger(), 0);
        QCOMPARE(root.value("symbols").toArray().size(), 338);
        int found = 0;
        for (const auto& v : root.value("symbols").toArray()) {
            const auto s = v.toObject();
            if (s.value("symbol") == "BTCUSDT" || s.value("symbol") == "ETHUSDT") {
                const bool btc = s.value("symbol") == "BTCUSDT";
                QCOMPARE(s.value("realized_liquidations").toInteger(), btc ? 63 : 106);
                QCOMPARE(s.value("realized_notional").toDouble(), btc ? 882'328.30 : 933'791.39);
                ++found;
            }
        }
        QCOMPARE(found, 2);
        const auto pooled = root.value("realized_vs_earlier_bands").toObject();
        for (const char* h : {"latest", "1h", "4h"})
            QCOMPARE(pooled.value(h).toObject().value("events").toInteger(), 0);
    }

    void missingFileFails()
    {
        int code = -1;
        const QByteArray out = run({"--replay", outDir() + "/no-such-file.rec"}, &code);
        QCOMPARE(code, 2);
        QVERIFY(out.isEmpty());
    }
};

QTEST_MAIN(TestLiqEvalReplay)
#include "test_liqevalreplay.moc"
