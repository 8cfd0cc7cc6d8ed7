// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"

#include <QFile>
#include <QString>
#include <QTextStream>

namespace perp::cli {

// Writes candles (any range of Candle) as
// `open_time_ms,open,high,low,close,volume,buy_volume,sell_volume,trades` with exact decimals.
// Returns false when the file cannot be written.
template <class Candles> bool writeCandlesCsv(const QString& path, const Candles& candles)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QTextStream out(&f);
    out << "open_time_ms,open,high,low,close,volume,buy_volume,sell_volume,trades\n";
    for (const Candle& c : candles)
        out << c.openTime << ',' << c.open.toString().c_str() << ',' << c.high.toString().c_str() << ','
            << c.low.toString().c_str() << ',' << c.close.toString().c_str() << ','
            << c.volume.toString().c_str() << ',' << c.buyVolume.toString().c_str() << ','
            << c.sellVolume.toString().c_str() << ',' << c.trades << '\n';
    out.flush();
    return f.error() == QFile::NoError;
}

} // namespace perp::cli
