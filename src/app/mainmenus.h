// SPDX-License-Identifier: MIT
#pragma once

#include "theme.h"

#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace perp {

// The menu bar of the main window: File (exports, quit), View (symbol search, panels,
// layouts, theme, language), Help. Every item has a keyboard shortcut; the texts are
// re-set on a language change. The owner connects the signals and fills the layout list.
class MainMenus : public QObject
{
    Q_OBJECT
public:
    MainMenus(QMenuBar* bar, QObject* parent = nullptr);

    // Adds a dock's toggle action to View > Panels with a shortcut.
    void addPanel(QAction* toggle, const QKeySequence& shortcut);
    // Adds a command to the View menu, before its sub-menus (e.g. View > New chart pane).
    void addViewAction(QAction* action);
    void setLayouts(const QStringList& names);
    void setTheme(theme::Kind kind);
    void setLanguage(const QString& code);
    void retranslate();

    QAction* action(const QString& objectName) const;
    QMenu* layoutsMenu() const { return m_layouts; }

signals:
    void exportPng();
    void exportCsv();
    void quit();
    void showSettings();
    void searchSymbol();
    void goToLatest();
    void saveLayoutAs();
    void layoutChosen(const QString& name);
    void layoutDeleted(const QString& name);
    void themeChosen(perp::theme::Kind kind);
    void languageChosen(const QString& code);
    void showNumbersHelp();
    void showAbout();

private:
    QAction* add(QMenu* menu, const char* name, const QKeySequence& key);

    QMenu* m_file;
    QMenu* m_view;
    QMenu* m_panels;
    QAction* m_viewCommandsEnd = nullptr;
    QMenu* m_layouts;
    QMenu* m_deleteLayouts;
    QMenu* m_theme;
    QMenu* m_language;
    QMenu* m_help;
    QActionGroup* m_themeGroup;
    QActionGroup* m_languageGroup;
    QStringList m_layoutNames;
};

} // namespace perp
