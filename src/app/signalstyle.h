// SPDX-License-Identifier: MIT
#pragma once

#include "engine/signals/composite.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace perp {

// Names, help texts and colours shared by the signal views (heat table, signal panel,
// chart markers). Every text is translatable; the colours follow the current theme.
class SignalText
{
    Q_DECLARE_TR_FUNCTIONS(perp::SignalText)
public:
    static QString modeTitle(sig::Mode m); // "Scalp", "Day", "Swing"
    static QString modeHelp(sig::Mode m); // cycle, timeframe and horizon of the mode
    static QString stateTitle(sig::BiasState s);
    static QString stateHelp(sig::BiasState s);
    static QString categoryTitle(sig::Category c);
    static QString eventTitle(sig::BiasEventKind k);
    static QString biasHelp();
    static QString confidenceHelp();
    static QString weightHelp();
    static QString hitRateHelp();
    static QString sizeHelp(); // the formula and "not financial advice"
    static QString notAdvice();
    static QString bias(double b); // signed, cut toward zero: "+42", "-7", "0"
    static QString percent(double p, int decimals = 0); // "63%"
};

namespace sigstyle {
// Diverging colour of a bias: grey around 0, greener up to +100, redder down to -100.
QColor biasColor(double bias);
// Marker colour of conflicted states (timeframes disagree), distinct from red, green and grey.
QColor conflictColor();
// Black or white, whichever reads better on the background.
QColor textOn(const QColor& background);
// Bullish green, bearish red, conflicted marker colour, neutral muted grey.
QColor stateColor(sig::BiasState s);
} // namespace sigstyle

} // namespace perp
