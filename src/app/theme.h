// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>

class QApplication;

namespace perp::theme {

// The dark terminal palette shared by every widget of the app.
inline const QColor kBackground {0x13, 0x17, 0x22};
inline const QColor kPanel {0x1a, 0x1e, 0x2b};
inline const QColor kGrid {0x23, 0x28, 0x36};
inline const QColor kBorder {0x2a, 0x2e, 0x39};
inline const QColor kText {0xd1, 0xd4, 0xdc};
inline const QColor kMutedText {0x78, 0x7b, 0x86};
inline const QColor kUp {0x26, 0xa6, 0x9a};
inline const QColor kDown {0xef, 0x53, 0x50};
inline const QColor kAccent {0x29, 0x62, 0xff};
inline const QColor kCrosshair {0x9d, 0xa3, 0xb3};
inline const QColor kSimulated {0xff, 0x9f, 0x1a}; // the SIMULATED badge: impossible to miss

// Fusion style, dark palette and a small style sheet for tables, tool bars and status bar.
void applyDarkTheme(QApplication& app);

} // namespace perp::theme
