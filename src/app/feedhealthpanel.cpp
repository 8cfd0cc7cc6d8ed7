// SPDX-License-Identifier: MIT
#include "feedhealthpanel.h"

#include "feedhealthmodel.h"
#include "healthtext.h"
#include "mainmenus.h"
#include "marketpipeline.h"
#include "statuspanel.h"

#include <QDateTime>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QProgressBar>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace perp {

FeedHealthPanel::FeedHealthPanel(
    QMainWindow* window, MarketPipeline* pipeline, StatusPanel* status, MainMenus* menus)
    : QObject(window)
    , m_status(status)
    , m_model(new FeedHealthModel(this))
    , m_dock(new QDockWidget(window))
    , m_headline(new QLabel)
    , m_dockProgress(new QProgressBar)
    , m_table(new QTableView)
    , m_indicator(new QLabel(window->statusBar()))
    , m_progress(new QProgressBar(window->statusBar()))
{
    auto* body = new QWidget;
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_headline->setObjectName(QStringLiteral("feedHealthHeadline"));
    m_headline->setWordWrap(true);
    layout->addWidget(m_headline);
    m_dockProgress->hide();
    layout->addWidget(m_dockProgress);
    m_table->setModel(m_model);
    m_table->setObjectName(QStringLiteral("feedHealthTable"));
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(m_table, 1);
    m_dock->setObjectName(QStringLiteral("feedHealthDock"));
    m_dock->setWidget(body);
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    menus->addPanel(m_dock->toggleViewAction(), QKeySequence(QStringLiteral("Ctrl+Shift+H")));

    m_indicator->setObjectName(QStringLiteral("feedHealthIndicator"));
    m_indicator->setTextFormat(Qt::RichText);
    m_indicator->setCursor(Qt::PointingHandCursor);
    m_indicator->installEventFilter(this);
    m_progress->setObjectName(QStringLiteral("backfillProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    window->statusBar()->addPermanentWidget(m_progress);
    window->statusBar()->addPermanentWidget(m_indicator);

    connect(pipeline, &MarketPipeline::healthChanged, this, &FeedHealthPanel::showHealth);
    connect(pipeline, &MarketPipeline::workProgress, this, &FeedHealthPanel::showProgress);
    // After the status panel's own handler: a known cause reads better than the raw error.
    connect(pipeline, &MarketPipeline::sourceFailed, this, &FeedHealthPanel::reassertHeadline);
    retranslate();
}

void FeedHealthPanel::retranslate()
{
    m_dock->setWindowTitle(tr("Feed health"));
    m_dock->toggleViewAction()->setToolTip(
        tr("Show or hide feed health: state, rates, lag, reconnects and gaps per exchange and stream"));
    m_progress->setToolTip(tr("Loading candle history from the exchange's REST API (one request per "
                              "symbol); live data is shown meanwhile."));
    m_dockProgress->setToolTip(m_progress->toolTip());
    emit m_model->headerDataChanged(Qt::Horizontal, 0, FeedHealthModel::ColumnCount - 1);
    refresh();
}

void FeedHealthPanel::showHealth(const perp::net::FeedHealthSnapshotPtr& snapshot)
{
    m_model->update(snapshot, QDateTime::currentMSecsSinceEpoch());
    refresh();
}

void FeedHealthPanel::refresh()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QLocale c = QLocale::c();
    QStringList parts, tips;
    QString problem;
    bool outage = false; // a connection was lost (not merely still connecting)
    for (const net::FeedHealthSnapshotPtr& s : m_model->snapshots()) {
        const net::StreamState worst = health::worstState(*s);
        outage = outage || worst == net::StreamState::Reconnecting || worst == net::StreamState::Stale;
        parts << QStringLiteral("<span style='color:%1'>●</span> %2 %3 · %4")
                     .arg(health::stateColour(worst).name(),
                         health::exchangeTitle(s->exchange).toHtmlEscaped(), health::stateText(worst),
                         tr("%1 msg/s").arg(c.toString(health::messagesPerSecond(*s), 'f', 0)));
        tips << health::tooltip(*s, now);
        if (problem.isEmpty())
            problem = health::headline(*s, now);
    }
    m_indicator->setText(parts.join(QStringLiteral("&nbsp;&nbsp;")));
    m_indicator->setToolTip(tips.join(QStringLiteral("<hr>")));
    if (!problem.isEmpty()) {
        m_status->showHealthMessage(problem, true);
    } else if (!m_problem.isEmpty()) {
        m_status->showHealthMessage(
            m_hadOutage ? tr("Connected again — data is live") : tr("Connected — data is live"), false);
    }
    m_hadOutage = !problem.isEmpty() && (outage || (m_hadOutage && !m_problem.isEmpty()));
    m_problem = problem;
    if (!problem.isEmpty())
        m_headline->setText(problem);
    else if (m_model->rowCount() > 0)
        m_headline->setText(tr("All streams are working. Hover a column title to see what it counts."));
    else
        m_headline->setText(tr("Waiting for the first health report of the source…"));
}

void FeedHealthPanel::reassertHeadline()
{
    if (!m_problem.isEmpty())
        m_status->showHealthMessage(m_problem, true);
}

void FeedHealthPanel::showProgress(const QString& task, int done, int total)
{
    m_task = task;
    const bool running = total > 0 && done < total;
    for (QProgressBar* bar : {m_progress, m_dockProgress}) {
        bar->setRange(0, std::max(total, 1));
        bar->setValue(done);
        bar->setFormat(tr("%1: %2 of %3").arg(task).arg(done).arg(total));
        bar->setVisible(running);
    }
    if (!running && total > 0 && m_problem.isEmpty())
        m_status->showHealthMessage(tr("%1 loaded").arg(task), false);
}

QString FeedHealthPanel::indicatorText() const
{
    return m_indicator->text();
}

QString FeedHealthPanel::headlineText() const
{
    return m_headline->text();
}

bool FeedHealthPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_indicator && event->type() == QEvent::MouseButtonRelease) {
        m_dock->show();
        m_dock->raise();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace perp
