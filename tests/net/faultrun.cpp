// SPDX-License-Identifier: MIT
#include "faultrun.h"

#include "bookcompare.h"
#include "feedharness.h"
#include "mockexprocess.h"

#include <QTest>

namespace perp::test {

void addFaultRows(const QString& stallStream)
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("faultCounter");
    QTest::newRow("clean") << QStringList {} << QString();
    QTest::newRow("drop-every") << QStringList {"--drop-every", "1.5"} << "drops";
    QTest::newRow("stall") << QStringList {"--stall", stallStream} << "stalled";
    QTest::newRow("malformed") << QStringList {"--malformed-rate", "0.01"} << "malformed";
    // Every third message damaged: trades are lost before the first one arrives, too.
    QTest::newRow("malformed-heavy") << QStringList {"--malformed-rate", "0.3"} << "malformed";
    QTest::newRow("truncate") << QStringList {"--truncate-rate", "0.01"} << "truncated";
    QTest::newRow("duplicate") << QStringList {"--duplicate-rate", "0.05"} << "duplicated";
    QTest::newRow("reorder") << QStringList {"--reorder-rate", "0.05"} << "reordered";
    QTest::newRow("http-429") << QStringList {"--http-429-rate", "0.3", "--malformed-rate", "0.005"}
                              << "http429";
    QTest::newRow("slow-rest") << QStringList {"--slow-rest", "300", "--drop-every", "2"} << "drops";
}

QJsonObject verifyFaultRun(MockexProcess& server, const FeedHarness& harness,
    const std::function<const net::LocalBook*(SymbolId)>& book, const QStringList& symbols,
    const QString& faultCounter)
{
    QJsonObject stats;
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(server.stats().value("running").toBool(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!server.stats().value("running").toBool(), 30'000);
        stats = server.stats();
        QVERIFY2(
            stats.value("trades").toInteger() > 1000, "the market produced too few trades to test anything");
        if (!faultCounter.isEmpty())
            QVERIFY2(stats.value("faults").toObject().value(faultCounter).toInteger() > 0,
                qPrintable("the server injected no " + faultCounter));

        QString why;
        QTRY_VERIFY2_WITH_TIMEOUT(harness.matches(server.stats(), why), qPrintable(why), 30'000);
        QCOMPARE(harness.duplicatesEmitted(), 0u);

        for (const QString& name : symbols) {
            const SymbolId id = *findSymbol(name.toStdString());
            const auto depth = [&] {
                int status = 0;
                QByteArray body;
                for (int i = 0; i < 50 && status != 200; ++i)
                    body = server.get("/fapi/v1/depth?symbol=" + name + "&limit=1000", &status);
                return body;
            };
            QTRY_VERIFY2_WITH_TIMEOUT(
                book(id) && sameBook(*book(id), depth(), why), qPrintable(name + ": " + why), 10'000);
        }
    }();
    return stats;
}

} // namespace perp::test
