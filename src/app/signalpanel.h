// SPDX-License-Identifier: MIT
#pragma once

#include "core/symbols.h"
#include "engine/signals/signalsnapshot.h"

#include <QWidget>
#include <array>

class QButtonGroup;
class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QToolButton;

namespace perp {

class BiasSparkline;
class CategoryChart;
class SignalCardModel;

// The signals of the chart symbol in one trading mode: the composite headline (bias,
// confidence, state, timeframe biases), the suggested size with its formula and "not
// financial advice", the contributions of the 25 categories, the bias history and the
// signal list (filterable by category, sortable, explanation and formula on hover).
class SignalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SignalPanel(QWidget* parent = nullptr);

    // The chart symbol: snapshots of other symbols are ignored until one of it arrives.
    void setSymbol(SymbolId id);
    SymbolId symbol() const { return m_symbol; }
    void showSnapshot(const sig::SignalSnapshotPtr& snapshot);
    const sig::SignalSnapshotPtr& snapshot() const { return m_snap; }
    void setMode(sig::Mode mode);
    sig::Mode mode() const { return m_mode; }
    // Lists only the signals of one category; nullopt lists all.
    void setCategoryFilter(std::optional<sig::Category> category);

    CategoryChart* categoryChart() const { return m_categories; }
    BiasSparkline* sparkline() const { return m_sparkline; }
    SignalCardModel* cardModel() const { return m_cards; }
    QSortFilterProxyModel* cardProxy() const { return m_proxy; }
    QTableView* cardView() const { return m_view; }
    QLabel* biasLabel() const { return m_bias; }
    QLabel* confidenceLabel() const { return m_confidence; }
    QLabel* stateLabel() const { return m_state; }
    QLabel* sizeLabel() const { return m_size; }
    QLabel* formulaLabel() const { return m_formula; }

signals:
    void modeChanged(perp::sig::Mode mode);

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildList();
    void render();
    void renderHeadline(const sig::ModeSummary* m);
    void retranslate();
    void applyTheme();

    SymbolId m_symbol = 0;
    sig::Mode m_mode = sig::Mode::Scalp;
    sig::SignalSnapshotPtr m_snap;
    QLabel* m_title = nullptr;
    QLabel* m_asOf = nullptr;
    QButtonGroup* m_modeGroup = nullptr;
    std::array<QToolButton*, sig::kModeCount> m_modeButtons {};
    QLabel* m_bias = nullptr;
    QLabel* m_confidence = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_frames = nullptr;
    QLabel* m_size = nullptr;
    QLabel* m_formula = nullptr;
    CategoryChart* m_categories = nullptr;
    BiasSparkline* m_sparkline = nullptr;
    QComboBox* m_filter = nullptr;
    QLabel* m_count = nullptr;
    SignalCardModel* m_cards = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace perp
