// SPDX-License-Identifier: MIT
#include "signalpanel.h"

#include "displayformat.h"
#include "signalcardmodel.h"
#include "signalcharts.h"
#include "signalstyle.h"
#include "theme.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <array>
#include <cmath>

namespace perp {

namespace {
QLabel* label(const char* name, QWidget* parent)
{
    auto* l = new QLabel(parent);
    l->setObjectName(QString::fromLatin1(name));
    return l;
}
} // namespace

SignalPanel::SignalPanel(QWidget* parent)
    : QWidget(parent)
    , m_cards(new SignalCardModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setObjectName(QStringLiteral("signalPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 4);
    layout->setSpacing(4);
    layout->addWidget(buildHeader());
    m_categories = new CategoryChart(this);
    m_sparkline = new BiasSparkline(this);
    auto* charts = new QWidget(this);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->setSpacing(2);
    chartsLayout->addWidget(m_categories, 3);
    chartsLayout->addWidget(m_sparkline, 1);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("signalSplit"));
    split->setChildrenCollapsible(false);
    split->addWidget(charts);
    split->addWidget(buildList());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(m_categories, &CategoryChart::categoryClicked, this,
        [this](sig::Category c) { setCategoryFilter(c); });
    retranslate();
    applyTheme();
    render();
    setMinimumWidth(440);
}

QWidget* SignalPanel::buildHeader()
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto* top = new QHBoxLayout;
    m_title = label("signalTitle", box);
    m_asOf = label("signalAsOf", box);
    top->addWidget(m_title);
    top->addWidget(m_asOf, 1);
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->setExclusive(true);
    for (sig::Mode m : sig::kAllModes) {
        auto* b = new QToolButton(box);
        b->setObjectName(QStringLiteral("mode_") + QString::fromLatin1(sig::modeName(m).data()));
        b->setCheckable(true);
        b->setChecked(m == m_mode);
        m_modeGroup->addButton(b, static_cast<int>(m));
        m_modeButtons[static_cast<std::size_t>(m)] = b;
        top->addWidget(b);
    }
    connect(
        m_modeGroup, &QButtonGroup::idClicked, this, [this](int id) { setMode(static_cast<sig::Mode>(id)); });
    v->addLayout(top);

    auto* head = new QHBoxLayout;
    m_bias = label("signalBias", box);
    m_confidence = label("signalConfidence", box);
    m_state = label("signalState", box);
    m_frames = label("signalFrames", box);
    // Fonts go into the labels' style sheets: a style sheet set later would otherwise size the
    // label for one font and draw it in another.
    QFont big = m_bias->font();
    big.setPointSizeF(18);
    big.setBold(true);
    m_bias->setMinimumWidth(QFontMetrics(big).horizontalAdvance(QStringLiteral("-100")) + 4);
    m_confidence->setStyleSheet(QStringLiteral("font-size: 12pt;"));
    head->addWidget(m_bias);
    head->addWidget(m_confidence);
    head->addWidget(m_state);
    head->addStretch(1);
    v->addLayout(head);
    v->addWidget(m_frames);
    m_size = label("signalSize", box);
    m_formula = label("signalFormula", box);
    m_formula->setWordWrap(true);
    m_size->setWordWrap(true);
    QFont small = m_formula->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_formula->setFont(small);
    v->addWidget(m_size);
    v->addWidget(m_formula);
    return box;
}

QWidget* SignalPanel::buildList()
{
    auto* box = new QWidget(this);
    auto* v = new QVBoxLayout(box);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto* row = new QHBoxLayout;
    m_filter = new QComboBox(box);
    m_filter->setObjectName(QStringLiteral("categoryFilter"));
    m_count = label("signalCount", box);
    row->addWidget(m_filter, 1);
    row->addWidget(m_count);
    v->addLayout(row);
    m_proxy->setSourceModel(m_cards);
    m_proxy->setSortRole(SignalCardModel::SortRole);
    m_proxy->setFilterRole(SignalCardModel::CategoryRole);
    m_proxy->setDynamicSortFilter(true);
    m_view = new QTableView(box);
    m_view->setObjectName(QStringLiteral("signalList"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(19);
    QFont small = m_view->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_view->setFont(small);
    m_view->setTextElideMode(Qt::ElideRight);
    auto* header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setMinimumSectionSize(24);
    // Fixed starting widths so every column fits a 480 px dock; the user can drag them.
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(SignalCardModel::NameColumn, QHeaderView::Stretch);
    const std::array<std::pair<int, int>, 8> widths {
        {{SignalCardModel::CategoryColumn, 70}, {SignalCardModel::ValueColumn, 58},
            {SignalCardModel::ZColumn, 40}, {SignalCardModel::DirectionColumn, 28},
            {SignalCardModel::StrengthColumn, 38}, {SignalCardModel::ConfidenceColumn, 40},
            {SignalCardModel::WeightColumn, 46}, {SignalCardModel::HitRateColumn, 46}}};
    for (auto [column, width] : widths)
        header->resizeSection(column, width);
    v->addWidget(m_view, 1);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int cat = m_filter->itemData(index).toInt();
        m_proxy->setFilterRegularExpression(cat < 0 ? QString() : QStringLiteral("^%1$").arg(cat));
        render();
    });
    return box;
}

void SignalPanel::setSymbol(SymbolId id)
{
    if (id == m_symbol)
        return;
    m_symbol = id;
    m_snap.reset();
    render();
}

void SignalPanel::showSnapshot(const sig::SignalSnapshotPtr& snapshot)
{
    if (!snapshot || snapshot == m_snap || snapshot->chart.id != m_symbol)
        return;
    m_snap = snapshot;
    render();
}

void SignalPanel::setMode(sig::Mode mode)
{
    m_modeButtons[static_cast<std::size_t>(mode)]->setChecked(true);
    if (mode == m_mode)
        return;
    m_mode = mode;
    render();
    emit modeChanged(mode);
}

void SignalPanel::setCategoryFilter(std::optional<sig::Category> category)
{
    const int data = category ? static_cast<int>(*category) : -1;
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(data)));
}

void SignalPanel::render()
{
    const sig::SignalSnapshot* s = m_snap.get();
    m_cards->setSnapshot(m_snap, m_mode);
    m_categories->setData(s, m_mode);
    m_sparkline->setData(s, m_mode);
    const sig::ModeSummary* summary = nullptr;
    if (s) {
        auto it = std::find_if(s->symbols.begin(), s->symbols.end(),
            [this](const sig::SymbolSignals& x) { return x.id == m_symbol; });
        if (it != s->symbols.end() && it->modes[static_cast<std::size_t>(m_mode)].ready)
            summary = &it->modes[static_cast<std::size_t>(m_mode)];
    }
    renderHeadline(summary);
    m_title->setText(QStringLiteral("<b>%1</b>").arg(QString::fromStdString(symbolName(m_symbol))));
    m_asOf->setText(s && s->time > 0 ? tr("as of %1 UTC").arg(formatUtc(s->time, true)) : QString());
    m_count->setText(tr("%1 of %2 signals · %3 with data")
                         .arg(m_proxy->rowCount())
                         .arg(m_cards->rowCount())
                         .arg(m_cards->validRows()));
}

void SignalPanel::renderHeadline(const sig::ModeSummary* m)
{
    const QString mode = SignalText::modeTitle(m_mode);
    if (!m) {
        m_bias->setText(QStringLiteral("—"));
        m_bias->setStyleSheet(QStringLiteral("font-size: 18pt; font-weight: bold;"));
        m_confidence->setText(QString());
        m_state->setText(tr("waiting for the first %1 cycle").arg(mode));
        m_state->setStyleSheet(QStringLiteral("color: %1;").arg(theme::kMutedText.name()));
        m_frames->clear();
        m_size->setText(tr("Suggested size: — (estimated)"));
        return;
    }
    const QColor state = sigstyle::stateColor(m->state);
    m_bias->setText(SignalText::bias(m->bias));
    const QColor biasText = std::abs(m->bias) < sig::kDirectionalBias
        ? theme::kText
        : (m->bias > 0 ? theme::kUp : theme::kDown);
    m_bias->setStyleSheet(
        QStringLiteral("color: %1; font-size: 18pt; font-weight: bold;").arg(biasText.name()));
    m_bias->setToolTip(
        tr("%1 composite bias %2.<p>%3</p>").arg(mode, SignalText::bias(m->bias), SignalText::biasHelp()));
    m_confidence->setText(tr("confidence %1").arg(SignalText::percent(m->confidence)));
    m_confidence->setToolTip(
        tr("%1 confidence %2.<p>%3</p>")
            .arg(mode, SignalText::percent(m->confidence, 1), SignalText::confidenceHelp()));
    QString stateText = SignalText::stateTitle(m->state);
    if (m->transition)
        stateText += tr(" · transition");
    if (m->deceleration)
        stateText += tr(" · decelerating");
    m_state->setText(stateText);
    m_state->setStyleSheet(
        QStringLiteral("QLabel { color: %1; border: 1px solid %2; border-radius: 3px; padding: 1px 6px; "
                       "font-weight: bold; }")
            .arg(sigstyle::textOn(state).name(), state.name())
        + QStringLiteral("QLabel { background: %1; }").arg(state.name()));
    m_state->setToolTip(SignalText::stateHelp(m->state)
        + tr("<p>Transition: the bias just turned directional or flipped. Decelerating: still directional, "
             "but |bias| fell for %1 cycles in a row.</p>")
              .arg(sig::kDecelerationCycles));
    QStringList frames;
    const auto mi = static_cast<std::size_t>(m_mode);
    if (m_snap)
        for (sig::Frame f : sig::kAllFrames)
            frames << QStringLiteral("%1 %2").arg(QString::fromLatin1(sig::frameName(f).data()),
                SignalText::bias(m_snap->chart.frameBias[mi][static_cast<std::size_t>(f)]));
    m_frames->setText(frames.join(QStringLiteral(" · ")));
    m_frames->setToolTip(tr("Bias by timeframe (-100..+100): the weighted share of signals pointing up minus "
                            "down on the 1m, 5m and 1h windows. Beyond ±%1 on both sides the state is "
                            "conflicted.")
                             .arg(static_cast<int>(sig::kConflictBias)));
    m_size->setText(tr("Suggested size: %1 of your maximum position (estimated) · not financial advice")
                        .arg(SignalText::percent(m->sizePct, 1)));
    m_size->setToolTip(SignalText::sizeHelp());
}

void SignalPanel::retranslate()
{
    for (sig::Mode m : sig::kAllModes) {
        QToolButton* b = m_modeButtons[static_cast<std::size_t>(m)];
        b->setText(SignalText::modeTitle(m));
        b->setToolTip(SignalText::modeHelp(m));
    }
    m_formula->setText(SignalText::sizeHelp());
    m_formula->setToolTip(tr("How the suggested size is computed. It is an estimate from the composite, "
                             "not a recommendation: not financial advice."));
    m_asOf->setToolTip(tr("Engine time of the last signal cycle (cards run every 10 s)"));
    m_title->setToolTip(tr("The chart symbol; pick another in the watchlist or the heat table"));
    m_count->setToolTip(tr("Signals listed (after the category filter), in total, and with a reading"));
    const int current = m_filter->currentIndex();
    m_filter->blockSignals(true);
    m_filter->clear();
    m_filter->addItem(tr("All categories"), -1);
    for (std::size_t k = 0; k < sig::kCategoryCount; ++k)
        m_filter->addItem(SignalText::categoryTitle(static_cast<sig::Category>(k)), static_cast<int>(k));
    m_filter->setCurrentIndex(std::max(0, current));
    m_filter->blockSignals(false);
    m_filter->setToolTip(tr("Show only the signals of one category (or click a bar in the chart)"));
    emit m_cards->headerDataChanged(Qt::Horizontal, 0, SignalCardModel::ColumnCount - 1);
    render();
}

void SignalPanel::applyTheme()
{
    m_formula->setStyleSheet(QStringLiteral("color: %1;").arg(theme::kMutedText.name()));
    m_asOf->setStyleSheet(QStringLiteral("color: %1;").arg(theme::kMutedText.name()));
    m_count->setStyleSheet(QStringLiteral("color: %1;").arg(theme::kMutedText.name()));
    if (m_cards->rowCount() > 0)
        render();
}

void SignalPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyTheme();
    QWidget::changeEvent(event);
}

} // namespace perp
