// SPDX-License-Identifier: MIT
// Helper for test_store_kill: writes numbered rows into the database given as
// argv[1] through StoreWriter (the path live data takes), 1..7 numbers per
// committed batch, and after each commit prints the last committed number on
// stdout (flushed). Continues from what the file holds. Number n is, all in the
// same batch: the 1m candle of KILLTEST at n minutes (close = n raw), an open
// interest point at n minutes (oi = n raw), a liquidation at n minutes (qty = n
// raw) and an alert log entry at n minutes (value = n).
#include "store/candlestore.h"
#include "store/database.h"
#include "store/storewriter.h"

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
    const auto last = CandleStore(db).latestOpenTime(sym, Timeframe::M1);
    std::int64_t n = last ? *last / kMinuteMs : 0;
    StoreWriter writer(db);
    for (int batch = 0; batch < 1'000'000; ++batch) {
        WriteBatch b;
        const int rows = 1 + batch % 7;
        for (int i = 1; i <= rows; ++i) {
            const std::int64_t k = n + i;
            const TimeMs t = k * kMinuteMs;
            Candle c;
            c.openTime = t;
            c.open = c.high = c.low = c.close = Price::fromRaw(k);
            c.volume = Qty::fromRaw(k);
            b.candles.push_back({sym, Timeframe::M1, c});
            b.openInterest.push_back({sym, {t, Qty::fromRaw(k)}});
            b.liquidations.push_back(
                {sym, t, Price::fromRaw(k), Qty::fromRaw(k), PositionSide::Long, Venue::Sim});
            b.alerts.push_back({0, t, "kill", "KILLTEST", "", double(k), 0, "n", false, false});
        }
        if (!writer.writeNow(b, &error)) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(error));
            return 1;
        }
        n += rows;
        std::printf("%lld\n", static_cast<long long>(n));
        std::fflush(stdout);
    }
    return 0;
}
