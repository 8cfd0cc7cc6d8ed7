// SPDX-License-Identifier: MIT
#include "chartpanemanager.h"

#include "chartpane.h"
#include "chartrecolor.h"
#include "chartwidget.h"
#include "liqlayercontrols.h"
#include "marketpipeline.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QSettings>
#include <algorithm>

namespace perp {

namespace {
const QString kArray = QStringLiteral("chartPanes");
} // namespace

ChartPaneManager::ChartPaneManager(QMainWindow* window, MarketPipeline* pipeline)
    : QObject(window)
    , m_window(window)
    , m_pipeline(pipeline)
    , m_newPane(new QAction(window))
{
    m_newPane->setObjectName(QStringLiteral("newChartPane"));
    m_newPane->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+N")));
    m_newPane->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_newPane, &QAction::triggered, this, [this] { addPane(); });
    retranslate();
}

ChartPane* ChartPaneManager::addPane()
{
    int id = 2; // the main chart is chart 1
    while (std::any_of(m_panes.begin(), m_panes.end(), [id](const auto& p) { return p.second->id() == id; }))
        ++id;
    return addPane(id, m_mainSymbol, m_mainTimeframe, true);
}

ChartPane* ChartPaneManager::addPane(int id, SymbolId symbol, Timeframe tf, bool linked)
{
    auto* dock = new QDockWidget(m_window);
    dock->setObjectName(QStringLiteral("chartPane%1").arg(id));
    dock->setAttribute(Qt::WA_DeleteOnClose);
    auto* pane = new ChartPane(id, m_pipeline->isSimulated());
    pane->setTimeframe(tf);
    pane->setLinked(linked, m_mainSymbol);
    if (!linked)
        pane->setSymbol(symbol);
    dock->setWidget(pane);
    dock->setWindowTitle(pane->title());
    m_window->addDockWidget(Qt::BottomDockWidgetArea, dock, Qt::Horizontal);
    if (m_panes.empty())
        m_window->resizeDocks({dock}, {m_window->height() * 2 / 5}, Qt::Vertical);
    m_panes.emplace_back(dock, pane);
    if (m_liqControls)
        m_liqControls->attach(pane->chart()->liqLayers());
    connect(pane, &ChartPane::viewChanged, this, [this, dock, pane] {
        dock->setWindowTitle(pane->title());
        pane->showFrame(m_lastFrame);
        requestViews();
    });
    connect(dock, &QObject::destroyed, this, [this, dock] {
        std::erase_if(m_panes, [dock](const auto& p) { return p.first == dock; });
        requestViews();
    });
    pane->showFrame(m_lastFrame);
    requestViews();
    return pane;
}

void ChartPaneManager::removePane(ChartPane* pane)
{
    if (QDockWidget* d = dock(pane)) {
        m_window->removeDockWidget(d);
        delete d; // at once, so a layout restored next cannot meet it by name
    }
}

QList<ChartPane*> ChartPaneManager::panes() const
{
    QList<ChartPane*> out;
    for (const auto& p : m_panes)
        out << p.second;
    return out;
}

QDockWidget* ChartPaneManager::dock(ChartPane* pane) const
{
    for (const auto& p : m_panes)
        if (p.second == pane)
            return p.first;
    return nullptr;
}

void ChartPaneManager::setMainView(SymbolId symbol, Timeframe tf)
{
    m_mainSymbol = symbol;
    m_mainTimeframe = tf;
    for (const auto& p : m_panes)
        p.second->followMain(symbol);
}

void ChartPaneManager::showFrame(const EngineSnapshotPtr& snapshot)
{
    m_lastFrame = snapshot;
    for (const auto& p : m_panes)
        p.second->showFrame(snapshot);
}

void ChartPaneManager::recolor(const QList<QColor>& before, const QList<QColor>& after)
{
    for (const auto& p : m_panes) {
        recolorChart(p.second->chart()->plot(), before, after);
        recolorStyleSheets(p.second, before, after);
        p.second->chart()->showSnapshot(nullptr);
    }
    showFrame(m_lastFrame);
}

void ChartPaneManager::requestViews()
{
    if (m_restoring)
        return;
    std::vector<ChartView> views;
    for (const auto& p : m_panes)
        views.push_back(p.second->view());
    m_pipeline->requestPaneViews(std::move(views));
}

void ChartPaneManager::save(QSettings& settings) const
{
    settings.beginWriteArray(kArray, static_cast<int>(m_panes.size()));
    for (int i = 0; i < static_cast<int>(m_panes.size()); ++i) {
        const ChartPane* pane = m_panes[static_cast<std::size_t>(i)].second;
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), pane->id());
        settings.setValue(QStringLiteral("symbol"), QString::fromStdString(symbolName(pane->symbol())));
        settings.setValue(QStringLiteral("timeframe"), QString::fromLatin1(timeframeName(pane->timeframe())));
        settings.setValue(QStringLiteral("linked"), pane->isLinked());
    }
    settings.endArray();
}

void ChartPaneManager::restore(QSettings& settings)
{
    struct Entry
    {
        int id;
        SymbolId symbol;
        Timeframe tf;
        bool linked;
    };
    std::vector<Entry> entries;
    m_skipped = 0;
    const int n = settings.beginReadArray(kArray);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        bool idOk = false;
        const int id = settings.value(QStringLiteral("id")).toInt(&idOk);
        const QString symbol = settings.value(QStringLiteral("symbol")).toString();
        const QString tfName = settings.value(QStringLiteral("timeframe")).toString();
        const std::optional<SymbolId> sym = findSymbol(symbol.toStdString());
        const std::optional<Timeframe> tf = parseTimeframe(tfName.toStdString());
        const bool duplicate
            = std::any_of(entries.begin(), entries.end(), [id](const Entry& e) { return e.id == id; });
        if (!idOk || id < 2 || id > 99 || !sym || !tf || duplicate) {
            qWarning("layout %s: chart pane %d skipped (id \"%s\", symbol \"%s\", timeframe \"%s\")",
                qPrintable(settings.group()), i + 1,
                qPrintable(settings.value(QStringLiteral("id")).toString()), qPrintable(symbol),
                qPrintable(tfName));
            ++m_skipped;
            continue;
        }
        entries.push_back({id, *sym, *tf, settings.value(QStringLiteral("linked"), true).toBool()});
    }
    settings.endArray();

    m_restoring = true;
    for (ChartPane* pane : panes()) {
        const bool kept = std::any_of(
            entries.begin(), entries.end(), [pane](const Entry& e) { return e.id == pane->id(); });
        if (!kept)
            removePane(pane);
    }
    for (const Entry& e : entries) {
        const QList<ChartPane*> existing = panes();
        auto it = std::find_if(
            existing.begin(), existing.end(), [&e](const ChartPane* p) { return p->id() == e.id; });
        ChartPane* pane = it != existing.end() ? *it : addPane(e.id, e.symbol, e.tf, e.linked);
        pane->setTimeframe(e.tf);
        pane->setLinked(e.linked, m_mainSymbol);
        if (!e.linked)
            pane->setSymbol(e.symbol);
    }
    m_restoring = false;
    requestViews();
}

void ChartPaneManager::retranslate()
{
    m_newPane->setText(tr("New chart pane"));
    m_newPane->setToolTip(tr("Open another chart pane with its own symbol and timeframe (%1)")
                              .arg(m_newPane->shortcut().toString(QKeySequence::NativeText)));
    for (const auto& p : m_panes)
        p.first->setWindowTitle(p.second->title());
}

} // namespace perp
