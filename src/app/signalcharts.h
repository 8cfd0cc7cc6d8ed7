// SPDX-License-Identifier: MIT
#pragma once

#include "engine/signals/signalsnapshot.h"

#include <QChartView>
#include <array>

class QBarCategoryAxis;
class QBarSet;
class QGraphicsSimpleTextItem;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

namespace perp {

// Horizontal bars, one per category (25), of the points of bias each category adds to the
// composite of one mode: green to the right (bullish), red to the left (bearish). The bars
// add up to the bias. Hovering a bar explains it; clicking it picks that category.
class CategoryChart : public QChartView
{
    Q_OBJECT
public:
    explicit CategoryChart(QWidget* parent = nullptr);

    // From the chart symbol's details in one mode (or empty bars without a snapshot).
    void setData(const sig::SignalSnapshot* snapshot, sig::Mode mode);
    int barCount() const; // categories on the axis (25)
    double contribution(sig::Category c) const { return m_contribution[static_cast<std::size_t>(c)]; }
    // Hover text of a category's bar.
    QString barToolTip(sig::Category c) const;
    void retranslate();

signals:
    void categoryClicked(perp::sig::Category category);

protected:
    void changeEvent(QEvent* event) override;

private:
    static sig::Category categoryAt(int barIndex); // top bar is the first category
    void applyTheme();
    void rescale();
    // Category names are drawn by the view (the axis would elide them to "..." in 25 rows).
    void placeLabels();

    QHorizontalStackedBarSeries* m_series;
    QBarSet* m_bull;
    QBarSet* m_bear;
    QBarCategoryAxis* m_categories;
    QValueAxis* m_values;
    sig::Mode m_mode = sig::Mode::Scalp;
    std::array<double, sig::kCategoryCount> m_contribution {}, m_score {}, m_weight {};
    std::array<int, sig::kCategoryCount> m_cards {};
    std::array<QGraphicsSimpleTextItem*, sig::kCategoryCount> m_labels {};
};

// The composite bias of one mode over its last cycles (up to 120), with the ±15 lines
// beyond which it counts as directional. X: minutes before the newest cycle.
class BiasSparkline : public QChartView
{
    Q_OBJECT
public:
    explicit BiasSparkline(QWidget* parent = nullptr);

    void setData(const sig::SignalSnapshot* snapshot, sig::Mode mode);
    int pointCount() const;
    // Hover text of the history point nearest to minutes-before-newest `x`.
    QString pointToolTip(double x) const;
    void retranslate();

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyTheme();
    void setTicks(double span);

    QLineSeries* m_line;
    QLineSeries* m_upper;
    QLineSeries* m_lower;
    QLineSeries* m_zero;
    QValueAxis* m_x;
    QValueAxis* m_y;
    sig::Mode m_mode = sig::Mode::Scalp;
    std::vector<float> m_bias;
    std::vector<TimeMs> m_times;
};

} // namespace perp
