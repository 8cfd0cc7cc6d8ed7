// SPDX-License-Identifier: MIT
#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyleFactory>

namespace perp::theme {

void applyDarkTheme(QApplication& app)
{
    app.setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    p.setColor(QPalette::Window, kPanel);
    p.setColor(QPalette::WindowText, kText);
    p.setColor(QPalette::Base, kBackground);
    p.setColor(QPalette::AlternateBase, kPanel);
    p.setColor(QPalette::Text, kText);
    p.setColor(QPalette::Button, kPanel);
    p.setColor(QPalette::ButtonText, kText);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x3a, 0x5c));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x24, 0x28, 0x36));
    p.setColor(QPalette::ToolTipText, kText);
    p.setColor(QPalette::PlaceholderText, kMutedText);
    p.setColor(QPalette::Disabled, QPalette::Text, kMutedText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, kMutedText);
    app.setPalette(p);
    app.setStyleSheet(QStringLiteral(
        "QToolTip { color: #d1d4dc; background: #242836; border: 1px solid #3a3f4f; padding: 4px; }"
        "QTableView { background: #131722; gridline-color: transparent; border: none;"
        "  selection-background-color: #2a3a5c; }"
        "QHeaderView::section { background: #1a1e2b; color: #787b86; border: none;"
        "  border-bottom: 1px solid #2a2e39; padding: 4px 6px; font-weight: 600; }"
        "QToolBar { background: #1a1e2b; border: none; border-bottom: 1px solid #2a2e39; spacing: 4px;"
        "  padding: 2px 6px; }"
        "QToolButton { color: #b2b5be; padding: 3px 9px; border-radius: 3px; font-weight: 600; }"
        "QToolButton:hover { background: #2a2e39; }"
        "QToolButton:checked { background: #2962ff; color: white; }"
        "QStatusBar { background: #1a1e2b; color: #b2b5be; border-top: 1px solid #2a2e39; }"
        "QStatusBar::item { border: none; }"
        "QSplitter::handle { background: #2a2e39; }"));
}

} // namespace perp::theme
