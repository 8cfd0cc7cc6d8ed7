// SPDX-License-Identifier: MIT
#pragma once

#include "engine/liq/bandscorecard.h"

#include <QCoreApplication>
#include <QString>

namespace perp {

// Texts of the bands' track record (liq::BandScorecard) for the chart legend and its help.
class LiqRecordText
{
    Q_DECLARE_TR_FUNCTIONS(perp::LiqRecordText)
public:
    // One legend line from the 1 h horizon: "bands' record 24 h: 45% of liquidations in 13%
    // of the range (3.4×)", or that nothing was scored yet.
    static QString legendLine(const std::array<liq::BandRecord, 3>& record);
    // Rich-text help: what is measured, then the figures of every horizon.
    static QString help(const std::array<liq::BandRecord, 3>& record);
};

} // namespace perp
