// SPDX-License-Identifier: MIT
#include "mainmenus.h"

#include "language.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>

namespace perp {

MainMenus::MainMenus(QMenuBar* bar, QObject* parent)
    : QObject(parent)
    , m_file(bar->addMenu(QString()))
    , m_view(bar->addMenu(QString()))
    , m_panels(new QMenu(bar))
    , m_layouts(new QMenu(bar))
    , m_deleteLayouts(new QMenu(bar))
    , m_theme(new QMenu(bar))
    , m_language(new QMenu(bar))
    , m_help(bar->addMenu(QString()))
    , m_themeGroup(new QActionGroup(this))
    , m_languageGroup(new QActionGroup(this))
{
    m_file->setObjectName(QStringLiteral("fileMenu"));
    m_view->setObjectName(QStringLiteral("viewMenu"));
    m_layouts->setObjectName(QStringLiteral("layoutsMenu"));
    m_help->setObjectName(QStringLiteral("helpMenu"));
    connect(add(m_file, "exportPng", QKeySequence(QStringLiteral("Ctrl+Shift+P"))), &QAction::triggered, this,
        &MainMenus::exportPng);
    connect(add(m_file, "exportCsv", QKeySequence(QStringLiteral("Ctrl+Shift+C"))), &QAction::triggered, this,
        &MainMenus::exportCsv);
    m_file->addSeparator();
    connect(add(m_file, "settings", QKeySequence(QStringLiteral("Ctrl+,"))), &QAction::triggered, this,
        &MainMenus::showSettings);
    m_file->addSeparator();
    connect(add(m_file, "quit", QKeySequence::Quit), &QAction::triggered, this, &MainMenus::quit);

    connect(add(m_view, "searchSymbol", QKeySequence(QStringLiteral("Ctrl+K"))), &QAction::triggered, this,
        &MainMenus::searchSymbol);
    connect(add(m_view, "goToLatest", QKeySequence(QStringLiteral("Ctrl+End"))), &QAction::triggered, this,
        &MainMenus::goToLatest);
    m_viewCommandsEnd = m_view->addSeparator();
    m_view->addMenu(m_panels);
    m_view->addMenu(m_layouts);
    m_view->addMenu(m_theme);
    m_view->addMenu(m_language);

    for (auto [name, kind, key] : {std::tuple {"themeDark", theme::Kind::Dark, "Ctrl+Shift+D"},
             std::tuple {"themeLight", theme::Kind::Light, "Ctrl+Shift+L"}}) {
        QAction* a = add(m_theme, name, QKeySequence(QString::fromLatin1(key)));
        a->setCheckable(true);
        m_themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, k = kind] { emit themeChosen(k); });
    }
    int n = 0;
    for (const LanguageInfo& l : Language::available()) {
        QAction* a = m_language->addAction(l.nativeName);
        a->setObjectName(QStringLiteral("language_") + l.code);
        a->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+%1").arg(++n)));
        a->setCheckable(true);
        a->setData(l.code);
        m_languageGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = l.code] { emit languageChosen(code); });
    }
    connect(add(m_help, "numbersHelp", QKeySequence::HelpContents), &QAction::triggered, this,
        &MainMenus::showNumbersHelp);
    connect(add(m_help, "about", QKeySequence(QStringLiteral("Ctrl+Shift+A"))), &QAction::triggered, this,
        &MainMenus::showAbout);
    setLayouts({});
    retranslate();
}

QAction* MainMenus::add(QMenu* menu, const char* name, const QKeySequence& key)
{
    QAction* a = menu->addAction(QString());
    a->setObjectName(QString::fromLatin1(name));
    a->setShortcut(key);
    a->setShortcutContext(Qt::ApplicationShortcut);
    return a;
}

QAction* MainMenus::action(const QString& objectName) const
{
    return parent() ? parent()->findChild<QAction*>(objectName) : nullptr;
}

void MainMenus::addPanel(QAction* toggle, const QKeySequence& shortcut)
{
    toggle->setShortcut(shortcut);
    m_panels->addAction(toggle);
}

void MainMenus::addViewAction(QAction* action)
{
    m_view->insertAction(m_viewCommandsEnd, action);
}

void MainMenus::setLayouts(const QStringList& names)
{
    m_layoutNames = names;
    m_layouts->clear();
    m_deleteLayouts->clear();
    QAction* save = m_layouts->addAction(tr("Save layout as…"));
    save->setObjectName(QStringLiteral("saveLayout"));
    save->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    connect(save, &QAction::triggered, this, &MainMenus::saveLayoutAs);
    m_layouts->addSeparator();
    int n = 0;
    for (const QString& name : names) {
        QAction* a = m_layouts->addAction(name);
        a->setObjectName(QStringLiteral("layout_") + name);
        if (++n <= 9)
            a->setShortcut(QKeySequence(QStringLiteral("Alt+Shift+%1").arg(n)));
        connect(a, &QAction::triggered, this, [this, name] { emit layoutChosen(name); });
        QAction* d = m_deleteLayouts->addAction(name);
        d->setObjectName(QStringLiteral("deleteLayout_") + name);
        connect(d, &QAction::triggered, this, [this, name] { emit layoutDeleted(name); });
    }
    if (names.isEmpty())
        m_layouts->addAction(tr("(no saved layouts)"))->setEnabled(false);
    m_layouts->addSeparator();
    m_deleteLayouts->setTitle(tr("Delete layout"));
    m_deleteLayouts->setEnabled(!names.isEmpty());
    m_layouts->addMenu(m_deleteLayouts);
}

void MainMenus::setTheme(theme::Kind kind)
{
    if (QAction* a
        = action(kind == theme::Kind::Light ? QStringLiteral("themeLight") : QStringLiteral("themeDark")))
        a->setChecked(true);
}

void MainMenus::setLanguage(const QString& code)
{
    for (QAction* a : m_languageGroup->actions())
        a->setChecked(a->data().toString() == code);
}

void MainMenus::retranslate()
{
    m_file->setTitle(tr("&File"));
    m_view->setTitle(tr("&View"));
    m_help->setTitle(tr("&Help"));
    m_panels->setTitle(tr("Panels"));
    m_layouts->setTitle(tr("Layouts"));
    m_theme->setTitle(tr("Theme"));
    m_language->setTitle(tr("Language"));
    const auto text = [this](const char* name, const QString& t) {
        if (QAction* a = action(QString::fromLatin1(name)))
            a->setText(t);
    };
    text("exportPng", tr("Export chart as PNG…"));
    text("exportCsv", tr("Export visible candles as CSV…"));
    text("quit", tr("Quit"));
    text("settings", tr("Settings…"));
    text("searchSymbol", tr("Search symbol…"));
    text("goToLatest", tr("Go to latest candle"));
    text("themeDark", tr("Dark"));
    text("themeLight", tr("Light"));
    text("numbersHelp", tr("The numbers explained"));
    text("about", tr("About PerpScope"));
    setLayouts(m_layoutNames);
}

} // namespace perp
