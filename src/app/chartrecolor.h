// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>

class QCustomPlot;
class QWidget;

namespace perp {

// Moves a plot from one theme to another: every pen, brush and text colour of the plot,
// its axes, grids, plottables and items that equals (in RGB) a colour of `before` becomes
// the colour at the same position of `after`, keeping its alpha. Then replots.
void recolorChart(QCustomPlot* plot, const QList<QColor>& before, const QList<QColor>& after);
// The same for the style sheets of `root` and its children built from theme colours
// ("#rrggbb" names of `before` become those of `after`).
void recolorStyleSheets(QWidget* root, const QList<QColor>& before, const QList<QColor>& after);

} // namespace perp
