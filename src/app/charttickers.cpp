// SPDX-License-Identifier: MIT
#include "charttickers.h"

#include <QDateTime>
#include <cmath>

namespace perp {

StepTicker::StepTicker(bool compact, int maxDecimals)
    : m_compact(compact)
    , m_maxDecimals(maxDecimals)
{ }

double StepTicker::getTickStep(const QCPRange& range)
{
    m_step = QCPAxisTicker::getTickStep(range);
    return m_step;
}

QString StepTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    // Fewest decimals that write every multiple of the step exactly (0.25 -> 2, 25 -> 0).
    auto decimalsFor = [this](double step) {
        if (!(step > 0))
            return 0;
        double scaled = step;
        for (int d = 0; d < m_maxDecimals; ++d, scaled *= 10) {
            const double whole = std::round(scaled);
            if (whole != 0 && std::abs(scaled - whole) < 1e-6 * scaled)
                return d;
        }
        return m_maxDecimals;
    };
    if (m_compact) {
        const double a = std::abs(tick);
        for (auto [scale, unit] : {std::pair {1e9, 'B'}, std::pair {1e6, 'M'}, std::pair {1e3, 'K'}}) {
            if (a >= scale && m_step >= scale / 100)
                return QString::number(tick / scale, 'f', decimalsFor(m_step / scale)) + QLatin1Char(unit);
        }
    }
    return QString::number(tick, 'f', decimalsFor(m_step));
}

} // namespace perp

namespace perp {

TimeTicker::TimeTicker()
{
    setDateTimeSpec(Qt::UTC);
}

double TimeTicker::getTickStep(const QCPRange& range)
{
    static constexpr double kSteps[] = {60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 14400, 21600, 43200,
        86400, 172800, 604800, 1209600, 2592000, 7776000, 15552000, 31536000};
    const double ideal = range.size() / std::max(1, tickCount());
    m_step = kSteps[std::size(kSteps) - 1] * std::ceil(ideal / kSteps[std::size(kSteps) - 1]);
    for (double s : kSteps)
        if (s >= ideal) {
            m_step = s;
            break;
        }
    return m_step;
}

QString TimeTicker::getTickLabel(double tick, const QLocale&, QChar, int)
{
    const QDateTime t
        = QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(std::llround(tick * 1000.0)), Qt::UTC);
    const QDate d = t.date();
    const bool midnight = t.time() == QTime(0, 0);
    if (midnight && d.day() == 1 && d.month() == 1)
        return QString::number(d.year());
    if (m_step >= 2592000 || (midnight && d.day() == 1 && m_step >= 86400))
        return QLocale::c().toString(d, QStringLiteral("MMM"));
    if (midnight || m_step >= 86400)
        return QLocale::c().toString(d, QStringLiteral("d MMM"));
    return t.toString(QStringLiteral("HH:mm"));
}

} // namespace perp
