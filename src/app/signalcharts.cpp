// SPDX-License-Identifier: MIT
#include "signalcharts.h"

#include "displayformat.h"
#include "signalstyle.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCursor>
#include <QEvent>
#include <QFontMetrics>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace perp {

namespace {

void styleChart(QChart* chart)
{
    chart->setBackgroundBrush(theme::kBackground);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 2, 6, 2));
    chart->legend()->hide();
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setTitleBrush(theme::kText);
}

void styleAxis(QAbstractAxis* axis, double pointSize)
{
    QFont f = axis->labelsFont();
    f.setPointSizeF(pointSize);
    axis->setLabelsFont(f);
    axis->setLabelsBrush(theme::kMutedText);
    axis->setLinePen(QPen(theme::kBorder));
    axis->setGridLinePen(QPen(theme::kGrid));
    axis->setTitleBrush(theme::kMutedText);
    QFont t = axis->titleFont();
    t.setPointSizeF(pointSize);
    t.setBold(false);
    axis->setTitleFont(t);
}

double niceMax(double v, double floor)
{
    return std::max(floor, std::ceil((v + 1) / 10.0) * 10.0);
}

} // namespace

CategoryChart::CategoryChart(QWidget* parent)
    : QChartView(parent)
    , m_series(new QHorizontalStackedBarSeries)
    , m_bull(new QBarSet(QString()))
    , m_bear(new QBarSet(QString()))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    setObjectName(QStringLiteral("categoryChart"));
    auto* c = new QChart;
    setChart(c);
    setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < static_cast<int>(sig::kCategoryCount); ++i) {
        m_bull->append(0);
        m_bear->append(0);
    }
    m_series->append(m_bull);
    m_series->append(m_bear);
    m_series->setBarWidth(0.72);
    c->addSeries(m_series);
    c->addAxis(m_categories, Qt::AlignLeft);
    c->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setRange(-20, 20);
    m_values->setLabelFormat(QStringLiteral("%+.0f"));
    m_values->setTickCount(5);
    m_categories->setLabelsVisible(false);
    QFont labelFont = font();
    labelFont.setPointSizeF(7.5);
    for (auto& l : m_labels) {
        l = new QGraphicsSimpleTextItem(c);
        l->setFont(labelFont);
    }
    connect(c, &QChart::plotAreaChanged, this, &CategoryChart::placeLabels);
    connect(m_series, &QHorizontalStackedBarSeries::hovered, this, [this](bool on, int index, QBarSet*) {
        if (on)
            QToolTip::showText(QCursor::pos(), barToolTip(categoryAt(index)), this);
        else
            QToolTip::hideText();
    });
    connect(m_series, &QHorizontalStackedBarSeries::clicked, this,
        [this](int index, QBarSet*) { emit categoryClicked(categoryAt(index)); });
    retranslate();
    applyTheme();
    setMinimumHeight(210);
}

sig::Category CategoryChart::categoryAt(int barIndex)
{
    return static_cast<sig::Category>(static_cast<int>(sig::kCategoryCount) - 1 - barIndex);
}

int CategoryChart::barCount() const
{
    return m_categories->count();
}

void CategoryChart::retranslate()
{
    QStringList names;
    for (int i = 0; i < static_cast<int>(sig::kCategoryCount); ++i)
        names << SignalText::categoryTitle(categoryAt(i));
    if (m_categories->categories() != names)
        m_categories->setCategories(names);
    int width = 0;
    for (std::size_t k = 0; k < sig::kCategoryCount; ++k) {
        const auto c = static_cast<sig::Category>(k);
        m_labels[k]->setText(SignalText::categoryTitle(c));
        m_labels[k]->setToolTip(barToolTip(c));
        width = std::max(width, static_cast<int>(std::ceil(m_labels[k]->boundingRect().width())));
    }
    chart()->setMargins(QMargins(width + 8, 2, 10, 2));
    m_bull->setLabel(tr("bullish points"));
    m_bear->setLabel(tr("bearish points"));
    m_values->setTitleText(tr("points of bias (sum = composite bias)"));
    setToolTip(
        tr("Points each of the 25 categories adds to the %1 composite bias: green pushes up (bullish), "
           "red down (bearish). The bars add up to the bias. Hover a bar for its score, weight and "
           "signals; click it to list only that category's signals.")
            .arg(SignalText::modeTitle(m_mode)));
}

void CategoryChart::setData(const sig::SignalSnapshot* snapshot, sig::Mode mode)
{
    m_mode = mode;
    const auto mi = static_cast<std::size_t>(mode);
    for (std::size_t k = 0; k < sig::kCategoryCount; ++k) {
        m_contribution[k] = snapshot ? snapshot->chart.categoryContribution[mi][k] : 0.0;
        m_score[k] = snapshot ? snapshot->chart.categoryScore[mi][k] : 0.0;
        m_weight[k] = snapshot ? snapshot->chart.categoryWeight[mi][k] : 1.0;
        m_cards[k] = snapshot ? snapshot->chart.categoryCards[mi][k] : 0;
    }
    for (int i = 0; i < static_cast<int>(sig::kCategoryCount); ++i) {
        const double v = m_contribution[static_cast<std::size_t>(categoryAt(i))];
        m_bull->replace(i, std::max(0.0, v));
        m_bear->replace(i, std::min(0.0, v));
    }
    for (std::size_t k = 0; k < sig::kCategoryCount; ++k)
        m_labels[k]->setBrush(m_cards[k] > 0 ? theme::kText : theme::kMutedText);
    rescale();
    retranslate();
    placeLabels();
}

void CategoryChart::placeLabels()
{
    const QRectF area = chart()->plotArea();
    for (int i = 0; i < static_cast<int>(sig::kCategoryCount); ++i) {
        QGraphicsSimpleTextItem* l = m_labels[static_cast<std::size_t>(categoryAt(i))];
        const QPointF p = chart()->mapToPosition(QPointF(0, i), m_series);
        const QRectF r = l->boundingRect();
        l->setPos(area.left() - r.width() - 6, p.y() - r.height() / 2);
    }
}

void CategoryChart::rescale()
{
    double m = 0;
    for (double v : m_contribution)
        m = std::max(m, std::abs(v));
    const double r = niceMax(m, 10);
    m_values->setRange(-r, r);
}

QString CategoryChart::barToolTip(sig::Category c) const
{
    const auto k = static_cast<std::size_t>(c);
    if (m_cards[k] == 0)
        return tr("<b>%1</b>: no signal of this category has data for this symbol in %2 mode, so it adds "
                  "nothing (missing data is never made up).")
            .arg(SignalText::categoryTitle(c), SignalText::modeTitle(m_mode));
    return tr("<b>%1</b> (%2 mode)<br>Adds %3 points to the bias.<br>Category score %4 (the same formula "
              "over this category's signals only, -100..+100).<br>Learned category weight %5× (how well "
              "the category has called the price lately; 1 = average).<br>Signals with data: %6")
        .arg(SignalText::categoryTitle(c), SignalText::modeTitle(m_mode),
            QString::number(m_contribution[k], 'f', 1), SignalText::bias(m_score[k]),
            QString::number(m_weight[k], 'f', 2))
        .arg(m_cards[k]);
}

void CategoryChart::applyTheme()
{
    styleChart(chart());
    styleAxis(m_categories, 7.5);
    styleAxis(m_values, 7.5);
    m_categories->setGridLineVisible(false);
    for (std::size_t k = 0; k < sig::kCategoryCount; ++k)
        m_labels[k]->setBrush(m_cards[k] > 0 ? theme::kText : theme::kMutedText);
    m_bull->setColor(theme::kUp);
    m_bull->setBorderColor(theme::kUp);
    m_bear->setColor(theme::kDown);
    m_bear->setBorderColor(theme::kDown);
    setBackgroundBrush(theme::kBackground);
}

void CategoryChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

BiasSparkline::BiasSparkline(QWidget* parent)
    : QChartView(parent)
    , m_line(new QLineSeries)
    , m_upper(new QLineSeries)
    , m_lower(new QLineSeries)
    , m_zero(new QLineSeries)
    , m_x(new QValueAxis)
    , m_y(new QValueAxis)
{
    setObjectName(QStringLiteral("biasSparkline"));
    auto* c = new QChart;
    setChart(c);
    setRenderHint(QPainter::Antialiasing, true);
    for (QLineSeries* s : {m_zero, m_upper, m_lower, m_line})
        c->addSeries(s);
    c->addAxis(m_x, Qt::AlignBottom);
    c->addAxis(m_y, Qt::AlignRight);
    for (QLineSeries* s : {m_zero, m_upper, m_lower, m_line}) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    m_x->setLabelFormat(QStringLiteral("%.0f"));
    m_x->setTickType(QValueAxis::TicksDynamic);
    m_x->setTickAnchor(0);
    m_y->setLabelFormat(QStringLiteral("%+.0f"));
    m_y->setTickCount(5);
    m_line->setPointsVisible(false);
    connect(m_line, &QLineSeries::hovered, this, [this](const QPointF& p, bool on) {
        if (on)
            QToolTip::showText(QCursor::pos(), pointToolTip(p.x()), this);
        else
            QToolTip::hideText();
    });
    retranslate();
    applyTheme();
    setMinimumHeight(110);
}

void BiasSparkline::retranslate()
{
    m_x->setTitleText(tr("minutes before the newest cycle"));
    setToolTip(tr("%1 composite bias over its last cycles (newest at 0). Dashed lines: ±%2, beyond which the "
                  "bias counts as bullish or bearish. Hover the line for a cycle's time and value.")
                   .arg(SignalText::modeTitle(m_mode))
                   .arg(static_cast<int>(sig::kDirectionalBias)));
}

void BiasSparkline::setData(const sig::SignalSnapshot* snapshot, sig::Mode mode)
{
    m_mode = mode;
    const auto mi = static_cast<std::size_t>(mode);
    m_bias = snapshot ? snapshot->chart.biasHistory[mi] : std::vector<float> {};
    m_times = snapshot ? snapshot->chart.biasTimes[mi] : std::vector<TimeMs> {};
    if (m_times.size() != m_bias.size())
        m_times.assign(m_bias.size(), 0);
    QList<QPointF> pts;
    double lo = 0, peak = 0;
    const TimeMs newest = m_times.empty() ? 0 : m_times.back();
    for (std::size_t i = 0; i < m_bias.size(); ++i) {
        const double x = static_cast<double>(m_times[i] - newest) / 60'000.0;
        pts.append({x, m_bias[i]});
        lo = std::min(lo, x);
        peak = std::max(peak, std::abs(static_cast<double>(m_bias[i])));
    }
    m_line->replace(pts);
    const double left = std::min(lo, -static_cast<double>(sig::modeParams(mode).cycleMs) / 60'000.0);
    const double t = sig::kDirectionalBias;
    m_upper->replace(QList<QPointF> {{left, t}, {0, t}});
    m_lower->replace(QList<QPointF> {{left, -t}, {0, -t}});
    m_zero->replace(QList<QPointF> {{left, 0}, {0, 0}});
    m_x->setRange(left, 0);
    setTicks(-left);
    const double r = niceMax(peak, 30);
    m_y->setRange(-r, r);
    retranslate();
}

void BiasSparkline::setTicks(double span)
{
    double step = 1;
    for (double s : {1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0, 120.0, 240.0})
        if (span / s <= 6) {
            step = s;
            break;
        }
    m_x->setTickInterval(std::max(step, span / 6));
}

int BiasSparkline::pointCount() const
{
    return static_cast<int>(m_line->count());
}

QString BiasSparkline::pointToolTip(double x) const
{
    if (m_bias.empty())
        return {};
    const TimeMs newest = m_times.back();
    std::size_t best = 0;
    double bestD = 1e300;
    for (std::size_t i = 0; i < m_bias.size(); ++i) {
        const double d = std::abs(static_cast<double>(m_times[i] - newest) / 60'000.0 - x);
        if (d < bestD) {
            bestD = d;
            best = i;
        }
    }
    return tr("%1 bias %2 at %3 UTC")
        .arg(SignalText::modeTitle(m_mode), SignalText::bias(m_bias[best]), formatUtc(m_times[best], true));
}

void BiasSparkline::applyTheme()
{
    styleChart(chart());
    styleAxis(m_x, 7.5);
    styleAxis(m_y, 7.5);
    m_line->setPen(QPen(theme::kAccent, 2));
    QPen dashed(theme::kMutedText, 1, Qt::DashLine);
    m_upper->setPen(dashed);
    m_lower->setPen(dashed);
    m_zero->setPen(QPen(theme::kBorder, 1));
    setBackgroundBrush(theme::kBackground);
}

void BiasSparkline::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
    QChartView::changeEvent(event);
}

} // namespace perp
