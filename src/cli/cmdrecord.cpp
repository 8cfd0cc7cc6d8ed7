// SPDX-License-Identifier: MIT
// perpscope-cli record: runs a live exchange adapter and writes every raw WebSocket
// frame and REST body it receives, with its local receive time, to a recording that
// `perpscope-cli replay` and `perpscope --source replay:FILE` read back.
#include "command.h"
#include "symbollist.h"

#include "feed/net/exchangefeeds.h"
#include "feed/record/framerecorder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace {

using namespace perp;

std::atomic<bool> g_interrupted {false};

void onSignal(int)
{
    g_interrupted = true;
}

int fail(const QString& text, int code = 2)
{
    QTextStream(stderr) << "perpscope-cli record: " << text << "\n";
    return code;
}

int runRecord(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Records every raw frame of an exchange's public market data (or perpscope-mockex through\n"
        "--exchange-url) with its local receive time. FILE ending in .zst or .gz is compressed.\n"
        "Stops after --duration seconds, or on Ctrl+C; the file is synced every second, so even a\n"
        "killed recording reads back up to its last second."));
    p.addHelpOption();
    p.addOptions({
        {"source", "binance, bybit or okx.", "NAME", "binance"},
        {"exchange-url",
            "Base URL replacing the exchange's own (REST and WebSocket), e.g. http://127.0.0.1:9000.", "URL"},
        {"out", "The recording to write (parts after a rotation get -2, -3... before the extension).",
            "FILE"},
        {"duration", "Seconds to record (default: until Ctrl+C).", "S"},
        {"symbols", "Comma-separated symbols (default: the 21 defaults).", "LIST"},
        {"rotate-mb", "Start a new part after this many MB on disk (default: never).", "MB"},
        {"json", "Print the summary as JSON."},
    });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet("help")) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.isSet("out") || p.value("out").isEmpty())
        return fail(QStringLiteral("--out FILE is required"));
    double seconds = 0;
    if (p.isSet("duration")) {
        bool ok = false;
        seconds = p.value("duration").toDouble(&ok);
        if (!ok || seconds <= 0 || seconds > 30 * 86'400.0)
            return fail(
                QStringLiteral("--duration '%1' must be a number of seconds above 0 (at most 30 days)")
                    .arg(p.value("duration")));
    }
    double rotateMb = 0;
    if (p.isSet("rotate-mb")) {
        bool ok = false;
        rotateMb = p.value("rotate-mb").toDouble(&ok);
        if (!ok || rotateMb <= 0)
            return fail(
                QStringLiteral("--rotate-mb '%1' must be a positive number").arg(p.value("rotate-mb")));
    }
    std::vector<SymbolId> symbols;
    if (p.isSet("symbols")) {
        if (const QString err = cli::parseSymbolList(p.value("symbols"), "default", symbols); !err.isEmpty())
            return fail(err);
    }
    const QString source = p.value("source").toLower();
    const QUrl url = p.isSet("exchange-url") ? QUrl(p.value("exchange-url")) : QUrl();
    if (p.isSet("exchange-url") && url.isEmpty())
        return fail(QStringLiteral("--exchange-url is empty"));
    QString error;
    net::ExchangeFeed made = net::makeExchangeFeed(source, url, symbols, error, 0);
    if (!made.feed)
        return fail(error);
    std::unique_ptr<FeedSource> feed = std::move(made.feed);

    record::RecorderOptions options;
    options.path = p.value("out").toStdString();
    options.rotateBytes = static_cast<std::uint64_t>(rotateMb * 1024 * 1024);
    options.note
        = (source + " " + (url.isEmpty() ? QStringLiteral("(exchange)") : url.toString())).toStdString();
    std::string openError;
    auto recorder = record::FrameRecorder::open(options, openError);
    if (!recorder)
        return fail(QString::fromStdString(openError));
    feed->setRecorder(recorder);

    std::uint64_t events = 0;
    QEventLoop loop;
    QString failure;
    QObject::connect(feed.get(), &FeedSource::batchReady, &loop,
        [&](const EventBatchPtr& b) { events += b->events.size(); });
    QObject::connect(feed.get(), &FeedSource::failed, &loop, [&](const QString& why) {
        failure = why;
        loop.quit();
    });
    if (seconds > 0)
        QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    g_interrupted = false;
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (g_interrupted)
            loop.quit();
    });
    poll.start(100);
    QTextStream err(stderr);
    err << feed->description() << " · recording to " << p.value("out")
        << (seconds > 0 ? QStringLiteral(" for %1 s").arg(seconds) : QStringLiteral(" until Ctrl+C")) << "\n";
    err.flush();
    feed->start();
    loop.exec();
    feed->stop();
    feed->setRecorder(nullptr);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    recorder->close();
    const record::RecorderStats s = recorder->stats();

    QJsonArray files;
    for (const std::string& f : s.files)
        files.append(QString::fromStdString(f));
    QTextStream out(stdout);
    if (p.isSet("json")) {
        out << QJsonDocument(
            QJsonObject {{"frames", static_cast<qint64>(s.frames)},
                {"rawBytes", static_cast<qint64>(s.rawBytes)},
                {"diskBytes", static_cast<qint64>(s.diskBytes)}, {"dropped", static_cast<qint64>(s.dropped)},
                {"events", static_cast<qint64>(events)}, {"files", files},
                {"error", QString::fromStdString(s.error)}, {"feedError", failure}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << "recorded " << s.frames << " frames (" << s.rawBytes << " bytes, " << s.diskBytes
            << " on disk) into " << s.files.size() << " file(s); " << events << " events live\n";
        for (const std::string& f : s.files)
            out << "  " << QString::fromStdString(f) << "\n";
        if (s.dropped > 0)
            out << "  DROPPED " << s.dropped << " frames (writer behind or failed)\n";
    }
    out.flush();
    if (!s.error.empty())
        return fail(QString::fromStdString(s.error), 4);
    if (!failure.isEmpty())
        return fail(failure, 3);
    return 0;
}

} // namespace

PERP_CLI_COMMAND("record", "Record an exchange's raw market data frames to a file for replay", runRecord)
