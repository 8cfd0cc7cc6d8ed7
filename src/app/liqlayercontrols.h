// SPDX-License-Identifier: MIT
#pragma once

#include "liqchartlayers.h"

#include <QPointer>
#include <QToolButton>
#include <functional>
#include <map>

class QAction;

namespace perp {

// "Liquidations" tool button with a menu of checkable layers (each with its help text as
// tooltip) and the window of the realized by-price histogram. State is kept in QSettings
// under "liqLayers/".
class LiqLayerControls : public QToolButton
{
    Q_OBJECT
public:
    explicit LiqLayerControls(QWidget* parent = nullptr);

    // Applies the saved state to layers and keeps them in sync with the menu (several charts
    // may be attached; a deleted one is dropped).
    void attach(LiqChartLayers* layers);
    QAction* layerAction(LiqLayerKind kind) const { return m_layerActions.at(kind); }
    QAction* windowAction(liq::RealizedWindow w) const { return m_windowActions.at(w); }
    // Shows or hides the support/resistance zones (QSettings "liqLayers/zones").
    QAction* zonesAction() const { return m_zonesAction; }

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString key(LiqLayerKind kind);
    void retranslate();
    void forEachLayer(const std::function<void(LiqChartLayers&)>& apply);

    std::map<LiqLayerKind, QAction*> m_layerActions;
    std::map<liq::RealizedWindow, QAction*> m_windowActions;
    QAction* m_zonesAction = nullptr;
    QAction* m_zonesSection = nullptr;
    QList<QPointer<LiqChartLayers>> m_layers;
    QAction* m_section = nullptr;
};

} // namespace perp
