// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace perp::theme {

namespace {
Kind g_kind = Kind::Dark;

struct Colours
{
    QColor background, panel, grid, border, text, muted, up, down, accent, crosshair;
    QColor highlight, tooltip, toolText, hover;
};

Colours colours(Kind kind)
{
    if (kind == Kind::Light)
        return {{0xff, 0xff, 0xff}, {0xf3, 0xf4, 0xf7}, {0xec, 0xee, 0xf2}, {0xd6, 0xd9, 0xe0},
            {0x13, 0x17, 0x22}, {0x6a, 0x6d, 0x78}, {0x08, 0x99, 0x81}, {0xf2, 0x36, 0x45},
            {0x29, 0x62, 0xff}, {0x8a, 0x8e, 0x99}, {0xd3, 0xe0, 0xfd}, {0xff, 0xff, 0xff},
            {0x43, 0x46, 0x51}, {0xe0, 0xe3, 0xeb}};
    return {{0x13, 0x17, 0x22}, {0x1a, 0x1e, 0x2b}, {0x23, 0x28, 0x36}, {0x2a, 0x2e, 0x39},
        {0xd1, 0xd4, 0xdc}, {0x78, 0x7b, 0x86}, {0x26, 0xa6, 0x9a}, {0xef, 0x53, 0x50}, {0x29, 0x62, 0xff},
        {0x9d, 0xa3, 0xb3}, {0x2a, 0x3a, 0x5c}, {0x24, 0x28, 0x36}, {0xb2, 0xb5, 0xbe}, {0x2a, 0x2e, 0x39}};
}
} // namespace

void applyDarkTheme(QApplication& app)
{
    applyTheme(app, Kind::Dark);
}

QList<QColor> paletteColours()
{
    return {kBackground, kPanel, kGrid, kBorder, kText, kMutedText, kUp, kDown, kAccent, kCrosshair};
}

Kind current()
{
    return g_kind;
}

QString kindName(Kind kind)
{
    return kind == Kind::Light ? QStringLiteral("light") : QStringLiteral("dark");
}

Kind kindFromName(const QString& name)
{
    return name == QLatin1String("light") ? Kind::Light : Kind::Dark;
}

void applyTheme(QApplication& app, Kind kind)
{
    g_kind = kind;
    const Colours c = colours(kind);
    kBackground = c.background;
    kPanel = c.panel;
    kGrid = c.grid;
    kBorder = c.border;
    kText = c.text;
    kMutedText = c.muted;
    kUp = c.up;
    kDown = c.down;
    kAccent = c.accent;
    kCrosshair = c.crosshair;

    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, kPanel);
    p.setColor(QPalette::WindowText, kText);
    p.setColor(QPalette::Base, kBackground);
    p.setColor(QPalette::AlternateBase, kPanel);
    p.setColor(QPalette::Text, kText);
    p.setColor(QPalette::Button, kPanel);
    p.setColor(QPalette::ButtonText, kText);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, kind == Kind::Light ? kText : QColor(Qt::white));
    p.setColor(QPalette::ToolTipBase, c.tooltip);
    p.setColor(QPalette::ToolTipText, kText);
    p.setColor(QPalette::PlaceholderText, kMutedText);
    p.setColor(QPalette::Disabled, QPalette::Text, kMutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, kMutedText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, kMutedText);
    app.setPalette(p);
    const QString sheet = QStringLiteral(
        "QToolTip { color: %5; background: %8; border: 1px solid %4; padding: 4px; }"
        "QTableView { background: %1; gridline-color: transparent; border: none;"
        "  selection-background-color: %7; selection-color: %5; }"
        "QHeaderView::section { background: %2; color: %6; border: none;"
        "  border-bottom: 1px solid %4; padding: 4px 6px; font-weight: 600; }"
        "QToolBar { background: %2; border: none; border-bottom: 1px solid %4; spacing: 4px;"
        "  padding: 2px 6px; }"
        "QToolButton { color: %9; padding: 3px 9px; border-radius: 3px; font-weight: 600; }"
        "QToolButton:hover { background: %10; }"
        "QToolButton:checked { background: %3; color: white; }"
        "QStatusBar { background: %2; color: %9; border-top: 1px solid %4; }"
        "QStatusBar::item { border: none; }"
        "QSplitter::handle { background: %4; }"
        "QMainWindow::separator { background: %4; width: 1px; height: 1px; }"
        "QDockWidget { color: %6; font-weight: 600; }"
        "QDockWidget::title { background: %2; padding: 5px 8px; border-bottom: 1px solid %4; }"
        "QMenuBar { background: %2; color: %5; border-bottom: 1px solid %4; }"
        "QMenuBar::item:selected { background: %10; }"
        "QMenu { background: %2; color: %5; border: 1px solid %4; }"
        "QMenu::item:selected { background: %7; }"
        "QLineEdit { background: %1; color: %5; border: 1px solid %4; border-radius: 3px; padding: 2px 6px; }"
        "QLineEdit:focus { border-color: %3; }");
    app.setStyleSheet(
        sheet
            .arg(kBackground.name(), kPanel.name(), kAccent.name(), kBorder.name(), kText.name(),
                kMutedText.name(), c.highlight.name(), c.tooltip.name(), c.toolText.name())
            .arg(c.hover.name()));
}

} // namespace perp::theme
