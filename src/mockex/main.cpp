// SPDX-License-Identifier: MIT
// perpscope-mockex: a local exchange server (Binance USD-M, Bybit v5 and OKX v5 public subsets)
// fed by the PerpScope simulator, with fault injection, for tests and demos.
#include "mockexchange.h"
#include "positioning.h"

#include "feed/replay/replayfeed.h"
#include "feed/sim/simfeed.h"
#include "feed/sim/simulator.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("perpscope-mockex"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PERPSCOPE_VERSION));
    QTextStream err(stderr);
    QString error;
    bool help = false;
    const auto options = perp::mockex::parseOptions(app.arguments(), error, help);
    if (!options) {
        if (help)
            return 0;
        err << "perpscope-mockex: " << error << "\n";
        return 2;
    }
    const QStringList replayFiles = perp::replay::ReplayFeed::filesFromSpec(options->source);
    std::vector<perp::SymbolId> symbols;
    for (const QString& name : options->symbols) {
        const auto id = perp::findSymbol(name.toStdString());
        if (!id || (replayFiles.isEmpty() && *id >= perp::kDefaultSymbolCount)) {
            err << "perpscope-mockex: --symbols: '" << name << "' is not one of the 21 default perps\n";
            return 2;
        }
        symbols.push_back(*id);
    }
    if (symbols.empty() && replayFiles.isEmpty())
        for (perp::SymbolId id = 0; id < perp::kDefaultSymbolCount; ++id)
            symbols.push_back(id);

    std::unique_ptr<perp::FeedSource> source;
    perp::sim::SimFeed* simFeed = nullptr;
    if (!replayFiles.isEmpty()) {
        source = std::make_unique<perp::replay::ReplayFeed>(replayFiles, options->speed);
    } else {
        perp::sim::SimConfig sim;
        sim.seed = options->seed;
        sim.speed = options->speed;
        sim.symbols = symbols;
        auto feed = std::make_unique<perp::sim::SimFeed>(sim);
        simFeed = feed.get();
        source = std::move(feed);
    }
    QObject::connect(source.get(), &perp::FeedSource::failed, &app, [&err](const QString& why) {
        err << "perpscope-mockex: source failed: " << why << "\n";
        err.flush();
    });
    const QString kind = replayFiles.isEmpty()
        ? QStringLiteral("SIMULATED prices, seed %1").arg(options->seed)
        : QStringLiteral("REPLAY of %1 file(s)").arg(replayFiles.size());
    perp::mockex::MockExchange exchange(*options, symbols, std::move(source));
    if (simFeed) // the long/short ratio endpoints report the simulated traders' positions
        exchange.setPositioning([simFeed](perp::SymbolId id) -> std::optional<perp::mockex::Positioning> {
            const perp::sim::Simulator* sim = simFeed->simulator();
            const auto truth = sim ? sim->groundTruth(id) : std::nullopt;
            return truth ? perp::mockex::positioningOf(*truth) : std::nullopt;
        });
    if (!exchange.listen(error)) {
        err << "perpscope-mockex: " << error << "\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "perpscope-mockex listening on 127.0.0.1:" << exchange.port() << " (" << kind << ", "
        << options->speed << "x)\n"
        << "  Binance WS   ws://127.0.0.1:" << exchange.port() << "/market/stream?streams=btcusdt@aggTrade\n"
        << "  Binance REST http://127.0.0.1:" << exchange.port()
        << "/fapi/v1/klines?symbol=BTCUSDT&interval=1m\n"
        << "  Bybit WS     ws://127.0.0.1:" << exchange.port() << "/v5/public/linear\n"
        << "  OKX WS       ws://127.0.0.1:" << exchange.port() << "/ws/v5/public\n"
        << "  OKX REST     http://127.0.0.1:" << exchange.port()
        << "/api/v5/market/candles?instId=BTC-USDT-SWAP&bar=1m\n"
        << "  Stats        http://127.0.0.1:" << exchange.port() << "/mockex/stats\n"
        << "PORT " << exchange.port() << "\n";
    out.flush();
    return app.exec();
}
