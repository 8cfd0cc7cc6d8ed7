// SPDX-License-Identifier: MIT
#include "signalstyle.h"

#include "theme.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace perp {

QString SignalText::modeTitle(sig::Mode m)
{
    switch (m) {
    case sig::Mode::Scalp:
        return tr("Scalp");
    case sig::Mode::Day:
        return tr("Day");
    case sig::Mode::Swing:
        return tr("Swing");
    }
    return {};
}

QString SignalText::modeHelp(sig::Mode m)
{
    switch (m) {
    case sig::Mode::Scalp:
        return tr("Scalp mode: composite recomputed every 30 s from the 1-minute readings, scored against "
                  "the price 5 minutes later.");
    case sig::Mode::Day:
        return tr("Day mode: composite recomputed every 60 s from the 5-minute readings, scored against the "
                  "price 1 hour later.");
    case sig::Mode::Swing:
        return tr("Swing mode: composite recomputed every 5 minutes from the 1-hour readings, scored "
                  "against the price 4 hours later.");
    }
    return {};
}

QString SignalText::stateTitle(sig::BiasState s)
{
    switch (s) {
    case sig::BiasState::Neutral:
        return tr("Neutral");
    case sig::BiasState::Bullish:
        return tr("Bullish");
    case sig::BiasState::Bearish:
        return tr("Bearish");
    case sig::BiasState::Conflicted:
        return tr("Conflicted");
    }
    return {};
}

QString SignalText::stateHelp(sig::BiasState s)
{
    const int t = static_cast<int>(sig::kDirectionalBias);
    switch (s) {
    case sig::BiasState::Neutral:
        return tr("Neutral: |bias| below %1, no clear lean: stay out or wait.").arg(t);
    case sig::BiasState::Bullish:
        return tr("Bullish: bias at or above +%1 and the 1m, 5m and 1h windows do not disagree.").arg(t);
    case sig::BiasState::Bearish:
        return tr("Bearish: bias at or below -%1 and the 1m, 5m and 1h windows do not disagree.").arg(t);
    case sig::BiasState::Conflicted:
        return tr("Conflicted: the 1m, 5m and 1h windows point in opposite directions (beyond ±%1 each), "
                  "so confidence is halved and no size is suggested.")
            .arg(static_cast<int>(sig::kConflictBias));
    }
    return {};
}

QString SignalText::categoryTitle(sig::Category c)
{
    static const std::array<const char*, sig::kCategoryCount> names {QT_TR_NOOP("Price Momentum"),
        QT_TR_NOOP("Trend"), QT_TR_NOOP("Mean Reversion"), QT_TR_NOOP("Volatility"), QT_TR_NOOP("Volume"),
        QT_TR_NOOP("Order Flow"), QT_TR_NOOP("Large Trades"), QT_TR_NOOP("Order Book"),
        QT_TR_NOOP("Liquidity"), QT_TR_NOOP("Funding Rate"), QT_TR_NOOP("Open Interest"),
        QT_TR_NOOP("Liquidation"), QT_TR_NOOP("Basis and Premium"), QT_TR_NOOP("Positioning"),
        QT_TR_NOOP("Smart Money"), QT_TR_NOOP("Cross-Exchange"), QT_TR_NOOP("Market Structure"),
        QT_TR_NOOP("Support/Resistance"), QT_TR_NOOP("Relative Strength"), QT_TR_NOOP("Correlation and Beta"),
        QT_TR_NOOP("Market Breadth"), QT_TR_NOOP("Volume Profile"), QT_TR_NOOP("Session and Seasonality"),
        QT_TR_NOOP("Regime"), QT_TR_NOOP("Composite Alpha")};
    const auto i = static_cast<std::size_t>(c);
    return i < names.size() ? tr(names[i]) : QString();
}

QString SignalText::eventTitle(sig::BiasEventKind k)
{
    return k == sig::BiasEventKind::Transition ? tr("Transition") : tr("Deceleration");
}

QString SignalText::biasHelp()
{
    return tr("Bias: the composite lean from -100 (every signal bearish, fully sure) to +100 (every signal "
              "bullish). bias = 100 x sum(direction x strength x confidence x weight) / sum(weight) over the "
              "signals with data. |bias| below %1 is neutral.")
        .arg(static_cast<int>(sig::kDirectionalBias));
}

QString SignalText::confidenceHelp()
{
    return tr("Confidence: how much to trust the bias, 0-100%. The weighted mean confidence of the signals "
              "(agreement of the 1m, 5m and 1h windows x data quality) times (0.5 + 0.5 x consensus), where "
              "consensus is how much the directional signals agree. Halved when conflicted.");
}

QString SignalText::weightHelp()
{
    return tr("Weight: how much this signal counts in the composite, learned from how often it was right in "
              "this mode (card weight x category weight, between 0.1 and 6; 1 = average). Above 1: it has "
              "been right more often than a coin flip lately.");
}

QString SignalText::hitRateHelp()
{
    return tr("Hit rate: share of this signal's directional calls that matched the price move over the "
              "mode's horizon, with old calls slowly forgotten and shrunk toward 50% while there are few. "
              "'—': no call has been scored yet.");
}

QString SignalText::sizeHelp()
{
    return QString::fromUtf8(sig::kSizeFormula.data(), static_cast<qsizetype>(sig::kSizeFormula.size()));
}

QString SignalText::notAdvice()
{
    return tr("Estimated. Not financial advice.");
}

QString SignalText::bias(double b)
{
    // Toward zero, so a shown ±15 is always directional (|bias| >= 15) and ±14 never is.
    const auto v = static_cast<long>(std::trunc(b));
    return v > 0 ? QStringLiteral("+%1").arg(v) : QString::number(v);
}

QString SignalText::percent(double p, int decimals)
{
    return QStringLiteral("%1%").arg(p, 0, 'f', decimals);
}

namespace sigstyle {

namespace {
QColor mix(const QColor& a, const QColor& b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
        static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
        static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

QColor biasColor(double bias)
{
    // Neutral grey between the panel and the muted text; full colour at |bias| 80 and beyond.
    const QColor grey = mix(theme::kPanel, theme::kMutedText, 0.35);
    const double t = std::pow(std::min(1.0, std::abs(bias) / 80.0), 0.8);
    return mix(grey, bias >= 0 ? theme::kUp : theme::kDown, t);
}

QColor conflictColor()
{
    return theme::current() == theme::Kind::Light ? QColor(0x8e, 0x44, 0xad) : QColor(0xb3, 0x88, 0xff);
}

QColor textOn(const QColor& background)
{
    const double l = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return l > 0.55 ? QColor(0x13, 0x17, 0x22) : QColor(Qt::white);
}

QColor stateColor(sig::BiasState s)
{
    switch (s) {
    case sig::BiasState::Bullish:
        return theme::kUp;
    case sig::BiasState::Bearish:
        return theme::kDown;
    case sig::BiasState::Conflicted:
        return conflictColor();
    case sig::BiasState::Neutral:
        break;
    }
    return theme::kMutedText;
}

} // namespace sigstyle

} // namespace perp
