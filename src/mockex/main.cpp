// SPDX-License-Identifier: MIT
// perpscope-mockex: a local Binance USD-M-like exchange on 127.0.0.1 fed by the simulator.
#include "mockexchange.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("perpscope-mockex"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("A local exchange speaking the Binance USD-M subset "
                                               "(WebSocket market streams and REST) on 127.0.0.1, "
                                               "fed by the market simulator. All prices are SIMULATED."));
    p.addHelpOption();
    p.addOptions({
        {"port", "TCP port for WebSocket and REST (0 = any free port).", "PORT", "0"},
        {"seed", "Simulator seed.", "N", "1"},
        {"speed", "Simulated seconds per real second.", "X", "1"},
        {"drop-every", "Fault: close every WebSocket connection every N seconds.", "N", "0"},
        {"malformed-rate", "Fault: fraction of frames sent truncated.", "R", "0"},
        {"duplicate-rate", "Fault: fraction of frames sent twice.", "R", "0"},
        {"rest-429-rate", "Fault: fraction of REST requests answered 429.", "R", "0"},
        {"slow-rest", "Fault: delay every REST reply by MS milliseconds.", "MS", "0"},
    });
    p.process(app);
    perp::mockex::MockConfig config;
    bool ok = true;
    auto number = [&](const char* name) {
        bool good = false;
        const double v = p.value(name).toDouble(&good);
        if (!good || v < 0) {
            QTextStream(stderr) << "perpscope-mockex: --" << name << " '" << p.value(name)
                                << "' must be a number >= 0\n";
            ok = false;
        }
        return v;
    };
    config.port = static_cast<quint16>(number("port"));
    config.sim.seed = static_cast<std::uint64_t>(number("seed"));
    config.sim.speed = number("speed");
    config.faults.dropEverySec = static_cast<int>(number("drop-every"));
    config.faults.malformedRate = number("malformed-rate");
    config.faults.duplicateRate = number("duplicate-rate");
    config.faults.rate429 = number("rest-429-rate");
    config.faults.slowRestMs = static_cast<int>(number("slow-rest"));
    config.sim.startTime = 0;
    if (!ok)
        return 2;
    perp::mockex::MockExchange exchange(config);
    QString error;
    if (!exchange.listen(error)) {
        QTextStream(stderr) << "perpscope-mockex: cannot listen: " << error << "\n";
        return 1;
    }
    QTextStream(stdout) << "perpscope-mockex listening on 127.0.0.1:" << exchange.port()
                        << " (SIMULATED prices)\n  ws://127.0.0.1:" << exchange.port()
                        << "/market/stream?streams=btcusdt@aggTrade\n  http://127.0.0.1:" << exchange.port()
                        << "/fapi/v1/klines?symbol=BTCUSDT&interval=1m\n"
                        << Qt::flush;
    return app.exec();
}
