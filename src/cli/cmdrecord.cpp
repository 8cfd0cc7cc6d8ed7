// SPDX-License-Identifier: MIT
// perpscope-cli record: writes every raw frame of a Binance USD-M market stream with its
// local receive time, one "<receive_ns> <frame>" line each (the hftbacktest capture
// format, which `perpscope-cli replay` and `--source replay:FILE` read back).
#include "command.h"

#include "core/symbols.h"
#include "core/time.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

#include <zlib.h>

namespace {

using namespace perp;

int fail(const QString& text)
{
    QTextStream(stderr) << "perpscope-cli record: " << text << "\n";
    return 2;
}

int runRecord(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Records the raw Binance USD-M market stream (aggTrade, markPrice@1s, forceOrder) with local receive "
        "times. Point --exchange-url at perpscope-mockex for a local recording."));
    p.addHelpOption();
    p.addOptions({
        {"exchange-url", "WebSocket base URL.", "URL", "wss://fstream.binance.com"},
        {"symbols", "Comma-separated symbols (default: the 21 defaults).", "LIST"},
        {"seconds", "How long to record.", "S", "60"},
        {"out", "Output file; a name ending in .gz is gzip-compressed.", "FILE"},
    });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet("help")) {
        QTextStream(stdout) << p.helpText();
        return 0;
    }
    if (!p.isSet("out"))
        return fail(QStringLiteral("--out FILE is required"));
    bool ok = false;
    const double seconds = p.value("seconds").toDouble(&ok);
    if (!ok || seconds <= 0)
        return fail(QStringLiteral("--seconds '%1' must be a number above 0").arg(p.value("seconds")));
    QStringList streams;
    QStringList names
        = p.isSet("symbols") ? p.value("symbols").split(',', Qt::SkipEmptyParts) : QStringList {};
    if (names.isEmpty())
        for (const auto& s : defaultSymbols())
            names << QString::fromStdString(s.name);
    for (const auto& n : names) {
        const auto s = n.trimmed().toLower();
        streams << s + "@aggTrade" << s + "@markPrice@1s" << s + "@forceOrder";
    }
    QUrl url(p.value("exchange-url") + QStringLiteral("/market/stream"));
    url.setQuery(QStringLiteral("streams=") + streams.join('/'));
    if (!url.isValid() || (url.scheme() != QLatin1String("ws") && url.scheme() != QLatin1String("wss")))
        return fail(
            QStringLiteral("--exchange-url '%1' is not a ws:// or wss:// URL").arg(p.value("exchange-url")));

    const QString out = p.value("out");
    gzFile file = gzopen(out.toLocal8Bit().constData(), out.endsWith(QLatin1String(".gz")) ? "wb6" : "wbT");
    if (!file)
        return fail(QStringLiteral("cannot write '%1'").arg(out));
    QWebSocket socket;
    quint64 frames = 0;
    QString error;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&](const QString& text) {
        const QByteArray line = QByteArray::number(static_cast<qint64>(nowUs()) * 1000) + ' '
            + text.toUtf8().replace('\n', ' ') + '\n';
        gzwrite(file, line.constData(), static_cast<unsigned>(line.size()));
        ++frames;
    });
    QObject::connect(&socket, &QWebSocket::disconnected, [&] {
        if (error.isEmpty())
            error = socket.errorString();
        QCoreApplication::exit(0);
    });
    QTimer::singleShot(static_cast<int>(seconds * 1000), [&] {
        error = QStringLiteral("done");
        socket.close();
        QCoreApplication::exit(0);
    });
    socket.open(url);
    QCoreApplication::exec();
    gzclose(file);
    QTextStream(stdout) << "recorded " << frames << " frames from " << names.size() << " symbols to " << out
                        << "\n";
    if (error != QLatin1String("done")) {
        QTextStream(stderr) << "perpscope-cli record: connection ended early: " << error << "\n";
        return 1;
    }
    return 0;
}

} // namespace

PERP_CLI_COMMAND("record", "Record raw exchange frames with receive times (replayable)", runRecord)
