// SPDX-License-Identifier: MIT
#include "alertcentre.h"
#include "appoptions.h"
#include "language.h"
#include "mainwindow.h"
#include "marketpipeline.h"
#include "screenshotter.h"
#include "sourcefactory.h"
#include "store/database.h"
#include "theme.h"

#include <QApplication>
#include <QSettings>
#include <QTextStream>
#include <algorithm>
#include <memory>

namespace {

// Parses the options before any GUI exists, so --help, --version and option errors
// work without a display.
perp::ParsedOptions parseOptions(int argc, char** argv)
{
    QCoreApplication core(argc, argv);
    return perp::parseAppOptions(core.arguments());
}

} // namespace

int main(int argc, char** argv)
{
    const perp::ParsedOptions parsed = parseOptions(argc, argv);
    if (parsed.exit) {
        QTextStream(parsed.exitCode == 0 ? stdout : stderr) << parsed.message;
        return parsed.exitCode;
    }
    const perp::AppOptions& options = parsed.options;
#ifdef Q_OS_LINUX
    const bool noDisplay = qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
    if (noDisplay) {
        if (options.screenshotFile.isEmpty() && options.quitAfterMs < 0) {
            QTextStream(stderr)
                << "perpscope: no display found (DISPLAY and WAYLAND_DISPLAY are empty). Start it "
                   "from a desktop session, or run it offscreen, e.g.\n  QT_QPA_PLATFORM=offscreen "
                   "perpscope --screenshot shot.png --quit-after 8000\n";
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen"); // a timed or screenshot run needs no screen
    }
#endif

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("PerpScope"));
    QApplication::setApplicationVersion(QStringLiteral(PERPSCOPE_VERSION));
    QApplication::setOrganizationName(QStringLiteral("PerpScope"));
    // The feed after the application object: its network and timer objects need the event
    // dispatcher (it is moved to its own thread by the pipeline).
    QString error;
    std::unique_ptr<perp::FeedSource> source = perp::createFeedSource(options, &error);
    if (!source) {
        QTextStream(stderr) << "perpscope: " << error << "\n";
        return 2;
    }
    {
        // Theme and language before any widget exists, so texts and colours set at
        // construction already follow them (MainWindow::restoreSettings applies them again).
        QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("PerpScope"),
            QStringLiteral("PerpScope"));
        perp::theme::applyTheme(
            app, perp::theme::kindFromName(settings.value(QStringLiteral("appearance/theme")).toString()));
        perp::Language::set(settings.value(QStringLiteral("appearance/language")).toString());
    }

    perp::MarketPipeline pipeline(std::move(source));
    perp::EngineServices::Options services;
    services.history = true;
    // Real and recorded prices never share a database with simulated ones: each source other than the
    // simulator keeps its history in a folder of its own below the data directory.
    services.dataDir = options.dataDir;
    // Each simulator run is a market of its own with its own generated history, so stored simulated
    // candles (another run's market) are kept but not put in front of it.
    if (options.source == perp::SourceKind::Sim)
        services.seedPerSeries = 0;
    if (options.source != perp::SourceKind::Sim) {
        const QString base = perp::store::resolveDataDir(options.dataDir);
        const char* names[] = {"sim", "replay", "binance", "bybit", "okx"};
        if (!base.isEmpty())
            services.dataDir
                = base + QLatin1Char('/') + QLatin1String(names[static_cast<int>(options.source)]);
    }
    services.replay = options.source == perp::SourceKind::Replay;
    pipeline.configureServices(services);
    perp::ChartView view;
    view.symbol = options.symbol;
    view.timeframe = options.timeframe;
    perp::MainWindow window(&pipeline, view);
    window.restoreSettings();
    const QStringList args = app.arguments();
    if (std::none_of(args.begin(), args.end(),
            [](const QString& a) { return a.startsWith(QStringLiteral("--timeframe")); }))
        window.setTimeframe(window.userSettings().defaultTimeframe);
    if (const QString dir = perp::store::resolveDataDir(options.dataDir); !dir.isEmpty())
        window.alertCentre()->loadSettings(dir + QStringLiteral("/alert-centre.ini"));
    window.show();
    pipeline.start();

    perp::Screenshotter finisher(&window, options.screenshotFile);
    if (!options.screenshotFile.isEmpty() || options.quitAfterMs >= 0)
        finisher.schedule(options.quitAfterMs >= 0 ? options.quitAfterMs : 5000);
    const int rc = app.exec();
    pipeline.stop();
    return rc;
}
