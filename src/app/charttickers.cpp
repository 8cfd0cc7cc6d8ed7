// SPDX-License-Identifier: MIT
#include "charttickers.h"

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
    auto decimalsFor = [this](double step) {
        if (!(step > 0))
            return 0;
        const int d = static_cast<int>(std::ceil(-std::log10(step) - 1e-9));
        return std::clamp(d, 0, m_maxDecimals);
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
    for (double s : kSteps)
        if (s >= ideal)
            return s;
    return kSteps[std::size(kSteps) - 1] * std::ceil(ideal / kSteps[std::size(kSteps) - 1]);
}

} // namespace perp
