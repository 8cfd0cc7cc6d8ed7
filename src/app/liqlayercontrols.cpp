// SPDX-License-Identifier: MIT
#include "liqlayercontrols.h"

#include "zonestyle.h"

#include <QActionGroup>
#include <QEvent>
#include <QMenu>
#include <QSettings>

namespace perp {

LiqLayerControls::LiqLayerControls(QWidget* parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("liqLayerControls"));
    setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(this);
    menu->setToolTipsVisible(true);
    QSettings settings;
    for (LiqLayerKind kind : kLiqLayerKinds) {
        QAction* a = menu->addAction(QString());
        a->setCheckable(true);
        a->setChecked(settings.value(key(kind), true).toBool());
        m_layerActions[kind] = a;
    }
    m_section = menu->addSection(QString());
    auto* group = new QActionGroup(this);
    const int saved = settings.value(QStringLiteral("liqLayers/window"), 1).toInt();
    for (liq::RealizedWindow w : liq::kRealizedWindows) {
        QAction* a = menu->addAction(QString());
        a->setCheckable(true);
        a->setChecked(static_cast<int>(w) == saved);
        group->addAction(a);
        m_windowActions[w] = a;
    }
    m_zonesSection = menu->addSection(QString());
    m_zonesAction = menu->addAction(QString());
    m_zonesAction->setObjectName(QStringLiteral("zonesAction"));
    m_zonesAction->setCheckable(true);
    m_zonesAction->setChecked(settings.value(QStringLiteral("liqLayers/zones"), true).toBool());
    setMenu(menu);
    retranslate();
    // Every setting drives all attached charts and is remembered.
    for (const auto& [kind, action] : m_layerActions) {
        connect(action, &QAction::toggled, this, [this, kind = kind](bool on) {
            forEachLayer([&](LiqChartLayers& l) { l.setLayerVisible(kind, on); });
            QSettings().setValue(key(kind), on);
        });
    }
    connect(m_zonesAction, &QAction::toggled, this, [this](bool on) {
        forEachLayer([&](LiqChartLayers& l) { l.setZonesVisible(on); });
        QSettings().setValue(QStringLiteral("liqLayers/zones"), on);
    });
    for (const auto& [w, action] : m_windowActions) {
        connect(action, &QAction::toggled, this, [this, w = w](bool on) {
            if (!on)
                return;
            forEachLayer([&](LiqChartLayers& l) { l.setRealizedWindow(w); });
            QSettings().setValue(QStringLiteral("liqLayers/window"), static_cast<int>(w));
        });
    }
}

void LiqLayerControls::forEachLayer(const std::function<void(LiqChartLayers&)>& apply)
{
    m_layers.removeAll(nullptr);
    for (LiqChartLayers* l : std::as_const(m_layers))
        apply(*l);
}

void LiqLayerControls::retranslate()
{
    setText(tr("Liquidations"));
    setToolTip(tr("Show or hide the liquidation layers. Estimated layers (heatmap, bands, profile) are model "
                  "estimates drawn as soft fills; realized layers (bubbles, by-price bars) are "
                  "exchange-reported and drawn as outlines."));
    for (const auto& [kind, a] : m_layerActions) {
        a->setText(liqLayerName(kind));
        a->setToolTip(liqLayerHelp(kind));
    }
    m_section->setText(tr("Realized by price: window"));
    m_zonesSection->setText(tr("Support and resistance"));
    m_zonesAction->setText(zonestyle::zoneLayerName());
    m_zonesAction->setToolTip(zonestyle::zoneLayerHelp());
    for (const auto& [w, a] : m_windowActions) {
        const QString name = QString::fromLatin1(liq::windowName(w));
        a->setText(tr("Last %1").arg(name));
        a->setToolTip(tr("Cumulate realized liquidations by price over the last %1.").arg(name));
    }
}

void LiqLayerControls::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolButton::changeEvent(event);
}

QString LiqLayerControls::key(LiqLayerKind kind)
{
    static const char* names[] = {"heatmap", "bands", "profile", "bubbles", "histogram"};
    return QStringLiteral("liqLayers/") + QLatin1String(names[static_cast<int>(kind)]);
}

void LiqLayerControls::attach(LiqChartLayers* layers)
{
    m_layers.removeAll(nullptr);
    m_layers.append(layers);
    for (const auto& [kind, action] : m_layerActions)
        layers->setLayerVisible(kind, action->isChecked());
    for (const auto& [w, action] : m_windowActions)
        if (action->isChecked())
            layers->setRealizedWindow(w);
    layers->setZonesVisible(m_zonesAction->isChecked());
}

} // namespace perp
