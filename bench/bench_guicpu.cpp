// SPDX-License-Identifier: MIT
// CPU time of the GUI thread with the real MainWindow on the market simulator at real-time
// pace (21 symbols live): the main thread's CLOCK_THREAD_CPUTIME_ID over a measured window,
// as % of one core, next to the whole process and the frames shown.
// Run offscreen: QT_QPA_PLATFORM=offscreen ./bench_guicpu [--seconds N] [--speed X]
//                [--panes K] [--history MIN] [--warmup S]
#include "app/appoptions.h"
#include "app/chartpanemanager.h"
#include "app/chartwidget.h"
#include "app/framethrottle.h"
#include "app/mainwindow.h"
#include "app/marketpipeline.h"
#include "app/sourcefactory.h"
#include "app/theme.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <ctime>
#include <sys/resource.h>

using namespace perp;

namespace {

double threadCpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

double processCpuSeconds()
{
    rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    auto sec = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return sec(ru.ru_utime) + sec(ru.ru_stime);
}

void runFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double argValue(const QStringList& args, const QString& name, double fallback)
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args[i + 1].toDouble() : fallback;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int seconds = static_cast<int>(argValue(args, QStringLiteral("--seconds"), 30));
    const int warmup = static_cast<int>(argValue(args, QStringLiteral("--warmup"), 8));
    const int panes = static_cast<int>(argValue(args, QStringLiteral("--panes"), 0));
    QTemporaryDir config; // never touch the user's settings
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config.path());
    theme::applyDarkTheme(app);

    AppOptions options;
    options.speed = argValue(args, QStringLiteral("--speed"), 1.0);
    options.historyMinutes = static_cast<int>(argValue(args, QStringLiteral("--history"), 240));
    QString error;
    std::unique_ptr<FeedSource> source = createFeedSource(options, &error);
    if (!source) {
        QTextStream(stderr) << "bench_guicpu: " << error << "\n";
        return 2;
    }
    MarketPipeline pipeline(std::move(source));
    MainWindow window(&pipeline, ChartView {});
    window.resize(1600, 1000);
    window.show();
    for (int i = 0; i < panes; ++i)
        window.chartPanes()->addPane(i + 2, static_cast<SymbolId>(1 + i), Timeframe::M1, false);
    pipeline.start();
    runFor(warmup * 1000); // the simulator's history, flat out, then pacing

    const std::uint64_t frames0 = window.frameThrottle()->framesEmitted();
    const double gui0 = threadCpuSeconds(), proc0 = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    runFor(seconds * 1000);
    const double elapsed = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double gui = threadCpuSeconds() - gui0, proc = processCpuSeconds() - proc0;
    const std::uint64_t frames = window.frameThrottle()->framesEmitted() - frames0;
    pipeline.stop();

    QTextStream out(stdout);
    out << "MainWindow 1600x1000 offscreen, simulator at " << options.speed << "x (21 symbols), "
        << window.chart()->candles().size() << " candles in the chart, " << panes << " extra chart pane(s)\n";
    out << QStringLiteral("measured %1 s after %2 s warm-up\n").arg(elapsed, 0, 'f', 1).arg(warmup);
    out << QStringLiteral("GUI thread CPU: %1 s = %2% of one core\n")
               .arg(gui, 0, 'f', 3)
               .arg(100.0 * gui / elapsed, 0, 'f', 1);
    out << QStringLiteral("whole process CPU (feed, engine, GUI): %1% of one core\n")
               .arg(100.0 * proc / elapsed, 0, 'f', 1);
    out << QStringLiteral("frames shown: %1 (%2 per s), GUI CPU per frame %3 ms\n")
               .arg(frames)
               .arg(static_cast<double>(frames) / elapsed, 0, 'f', 1)
               .arg(frames ? 1000.0 * gui / static_cast<double>(frames) : 0.0, 0, 'f', 2);
    return 0;
}
