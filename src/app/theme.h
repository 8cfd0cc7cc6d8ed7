// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QList>

class QApplication;

namespace perp::theme {

// The palette shared by every widget of the app. These are the colours of the current
// theme (dark by default); applyTheme() switches all of them at once. Within a theme they
// are all different, so a colour can be mapped from one theme to the other.
inline QColor kBackground {0x13, 0x17, 0x22};
inline QColor kPanel {0x1a, 0x1e, 0x2b};
inline QColor kGrid {0x23, 0x28, 0x36};
inline QColor kBorder {0x2a, 0x2e, 0x39};
inline QColor kText {0xd1, 0xd4, 0xdc};
inline QColor kMutedText {0x78, 0x7b, 0x86};
inline QColor kUp {0x26, 0xa6, 0x9a};
inline QColor kDown {0xef, 0x53, 0x50};
inline QColor kAccent {0x29, 0x62, 0xff};
inline QColor kCrosshair {0x9d, 0xa3, 0xb3};
inline QColor kSimulated {0xff, 0x9f, 0x1a}; // the SIMULATED badge: impossible to miss

enum class Kind { Dark, Light };

// Fusion style, dark palette and a small style sheet for tables, tool bars and status bar.
void applyDarkTheme(QApplication& app);
// Sets the colours above, the application palette and style sheet for a theme.
void applyTheme(QApplication& app, Kind kind);
Kind current();
QString kindName(Kind kind); // "dark" / "light" (settings key)
Kind kindFromName(const QString& name); // anything unknown -> Dark
// The colours above in a fixed order, to map a widget's colours from one theme to another.
QList<QColor> paletteColours();

} // namespace perp::theme
