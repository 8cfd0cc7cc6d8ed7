// SPDX-License-Identifier: MIT
#pragma once

#include "engine/engine.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace perp {

class ChartWidget;

// One extra chart pane: a header (name, link toggle, symbol picker, timeframe picker) over a
// ChartWidget. A linked pane shows the main selection's symbol (the watchlist, search or main
// chart); an independent pane keeps the symbol picked on it. The timeframe is the pane's own.
class ChartPane : public QWidget
{
    Q_OBJECT
public:
    ChartPane(int id, bool simulated, QWidget* parent = nullptr);

    int id() const { return m_id; }
    SymbolId symbol() const { return m_symbol; }
    Timeframe timeframe() const { return m_timeframe; }
    bool isLinked() const { return m_linked; }
    ChartView view() const { return {m_symbol, m_timeframe}; }

    void setSymbol(SymbolId id);
    void setTimeframe(Timeframe tf);
    void setLinked(bool linked, SymbolId mainSymbol);
    // The main selection changed: a linked pane follows it.
    void followMain(SymbolId mainSymbol);
    // Shows this pane's view out of a published snapshot (the main view or a pane view).
    void showFrame(const EngineSnapshotPtr& snapshot);

    ChartWidget* chart() const { return m_chart; }
    QComboBox* symbolPicker() const { return m_symbolBox; }
    QComboBox* timeframePicker() const { return m_tfBox; }
    QToolButton* linkButton() const { return m_link; }
    // "Chart 2 · ETHUSDT 5m · independent": the dock title.
    QString title() const;

signals:
    // Symbol, timeframe or link state changed (the owner asks the engine for the new view).
    void viewChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyView();
    void fillSymbols();

    int m_id;
    bool m_simulated;
    SymbolId m_symbol = 0;
    SymbolId m_mainSymbol = 0;
    Timeframe m_timeframe = Timeframe::M1;
    bool m_linked = true;
    QLabel* m_name;
    QToolButton* m_link;
    QComboBox* m_symbolBox;
    QComboBox* m_tfBox;
    ChartWidget* m_chart;
    bool m_updating = false;
};

} // namespace perp
