// SPDX-License-Identifier: MIT
#pragma once

#include <qcustomplot.h>

namespace perp {

// Value-axis ticker whose labels carry just the decimals the tick step needs
// (96,150 / 96,125 rather than 96150.0), optionally in compact K/M/B form for volumes.
class StepTicker : public QCPAxisTicker
{
public:
    explicit StepTicker(bool compact, int maxDecimals = 8);
    void setMaxDecimals(int decimals) { m_maxDecimals = decimals; }

protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    bool m_compact;
    int m_maxDecimals;
    double m_step = 1;
};

} // namespace perp

namespace perp {

// UTC time-axis ticker with trader-friendly steps (1, 2, 5, 10, 15, 30 min, 1, 2, 3, 4,
// 6, 12 h, 1, 2, 7 days, then months) aligned on UTC boundaries. Labels say only what
// changes: "14:30" within a day, "3 Jan" at midnight, "Feb" / "2026" at month and year starts.
class TimeTicker : public QCPAxisTickerDateTime
{
public:
    TimeTicker();

protected:
    double getTickStep(const QCPRange& range) override;
    QString getTickLabel(double tick, const QLocale& locale, QChar formatChar, int precision) override;

private:
    double m_step = 60;
};

} // namespace perp
