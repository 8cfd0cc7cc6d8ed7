// SPDX-License-Identifier: MIT
// Nothing lost: a writer process (StoreWriter, as live data is written) is SIGKILLed
// at random moments; every row it reported committed must be in the database
// afterwards, every batch whole, and the file must pass the integrity check.
#include "store/alertstore.h"
#include "store/candlestore.h"
#include "store/database.h"
#include "store/historystore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace perp;
using namespace perp::store;

class TestStoreKill : public QObject
{
    Q_OBJECT
private slots:
    void killedWriterLosesNothingCommitted()
    {
        QTemporaryDir tmp;
        const QString path = databasePath(tmp.path());
        const quint32 seed = 20261125;
        QRandomGenerator rng(seed);
        const SymbolId sym = internSymbol("KILLTEST");
        std::int64_t reportedTotal = 0;
        int kills = 0;
        QElapsedTimer budget;
        budget.start();
        for (int iteration = 0; iteration < 20 && budget.elapsed() < 90'000; ++iteration) {
            QProcess child;
            child.setProcessChannelMode(QProcess::SeparateChannels);
            child.start(QStringLiteral(STORE_WRITER_CHILD), {path});
            QVERIFY2(child.waitForStarted(10'000), qPrintable(child.errorString()));
            // Wait until it has committed at least once, then a random extra delay.
            QElapsedTimer t;
            t.start();
            while (!child.canReadLine() && t.elapsed() < 10'000 && child.state() == QProcess::Running)
                child.waitForReadyRead(50);
            QTest::qWait(int(rng.bounded(5, 250)));
            QVERIFY2(child.state() == QProcess::Running,
                qPrintable(QStringLiteral("writer ended early: ") + child.readAllStandardError()));
            child.kill(); // SIGKILL on Unix
            QVERIFY(child.waitForFinished(10'000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            ++kills;

            const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
            std::int64_t reported = -1;
            for (const QByteArray& l : lines) // a cut-off last line has no '\n' and may be partial: skip it
                if (&l != &lines.back() && !l.isEmpty())
                    reported = l.toLongLong();
            QVERIFY2(reported > 0, "the writer reported no commit before it was killed");
            QVERIFY(reported >= reportedTotal);
            reportedTotal = reported;

            Database db(path);
            QString error;
            QVERIFY2(db.open(&error), qPrintable(error));
            QCOMPARE(db.integrityCheck(), QStringLiteral("ok"));
            CandleStore candles(db);
            const auto rows = candles.load(sym, Timeframe::M1, 0, (reported + 1) * kMinuteMs);
            QCOMPARE(qint64(rows.size()), reported);
            for (std::size_t i = 0; i < rows.size(); ++i)
                QCOMPARE(rows[i].close.raw, std::int64_t(i + 1));
            HistoryStore history(db);
            QCOMPARE(qint64(history.openInterest(sym, 0, (reported + 1) * kMinuteMs).size()), reported);
            const auto liq = history.liquidations(sym, 0, (reported + 1) * kMinuteMs);
            QCOMPARE(qint64(liq.size()), reported);
            QCOMPARE(liq.back().qty.raw, reported);
            // A batch commits whole: every table holds the same numbers.
            const qint64 stored = qint64(candles.count(sym, Timeframe::M1));
            QCOMPARE(qint64(history.openInterest(sym, 0, kDayMs * 365).size()), stored);
            QCOMPARE(qint64(history.liquidations(sym, 0, kDayMs * 365).size()), stored);
            QCOMPARE(qint64(AlertStore(db).history(std::size_t(stored) + 10).size()), stored);
            // Rows beyond the reported number may exist (committed, killed before printing);
            // they must be whole transactions without gaps.
            const auto latest = candles.latestOpenTime(sym, Timeframe::M1);
            QVERIFY(latest.has_value());
            QCOMPARE(qint64(candles.count(sym, Timeframe::M1)), *latest / kMinuteMs);
        }
        QVERIFY(kills >= 10);
        qInfo("%d kills, %lld rows reported committed and found (seed %u)", kills,
            static_cast<long long>(reportedTotal), seed);
    }
};

QTEST_GUILESS_MAIN(TestStoreKill)
#include "test_store_kill.moc"
