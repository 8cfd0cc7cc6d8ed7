// SPDX-License-Identifier: MIT
#pragma once

#include "core/candle.h"

#include <QToolBar>

class QActionGroup;
class QLabel;

namespace perp {

// Tool bar above the chart: the shown symbol and the timeframe selector (1m .. 1d).
class ChartToolBar : public QToolBar
{
    Q_OBJECT
public:
    explicit ChartToolBar(QWidget* parent = nullptr);

    void setSymbol(const QString& name);
    void setTimeframe(Timeframe tf);
    Timeframe timeframe() const { return m_timeframe; }
    // The button of a timeframe (for tests and shortcuts).
    QAction* timeframeAction(Timeframe tf) const;

signals:
    void timeframeSelected(perp::Timeframe tf);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_symbol;
    QActionGroup* m_group;
    Timeframe m_timeframe = Timeframe::M1;
};

} // namespace perp
