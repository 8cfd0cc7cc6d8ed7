// SPDX-License-Identifier: MIT
// Helper for test_store_kill: writes numbered rows into the database given as
// argv[1], a few per committed transaction, and after each commit prints the
// last committed number on stdout (flushed). Continues from what the file holds.
// The row numbered n is the 1m candle of KILLTEST at n minutes, close = n, plus
// an open-interest point at n minutes with oi = n.
#include "store/candlestore.h"
#include "store/database.h"
#include "store/historystore.h"
#include "store/sqlutil.h"

#include <QCoreApplication>

#include <cstdio>

using namespace perp;
using namespace perp::store;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: store_writer_child DB\n");
        return 2;
    }
    Database db(QString::fromLocal8Bit(argv[1]));
    QString error;
    if (!db.open(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const SymbolId sym = internSymbol("KILLTEST");
    CandleStore candles(db);
    HistoryStore history(db);
    const auto last = candles.latestOpenTime(sym, Timeframe::M1);
    std::int64_t n = last ? *last / kMinuteMs : 0;
    for (int batch = 0; batch < 1'000'000; ++batch) {
        Transaction tx(db.connection());
        const int rows = 1 + batch % 7;
        std::vector<Candle> cs;
        std::vector<OpenInterestPoint> oi;
        for (int i = 1; i <= rows; ++i) {
            Candle c;
            c.openTime = (n + i) * kMinuteMs;
            c.open = c.high = c.low = c.close = Price::fromRaw(n + i);
            c.volume = Qty::fromRaw(n + i);
            cs.push_back(c);
            oi.push_back({c.openTime, Qty::fromRaw(n + i)});
        }
        if (!candles.upsert(sym, Timeframe::M1, cs, &error) || !history.addOpenInterest(sym, oi, &error)
            || !tx.commit()) {
            std::fprintf(stderr, "write failed: %s %s\n", qPrintable(error), qPrintable(tx.error()));
            return 1;
        }
        n += rows;
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
