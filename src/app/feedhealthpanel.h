// SPDX-License-Identifier: MIT
#pragma once

#include "feed/net/feedhealth.h"

#include <QObject>

class QDockWidget;
class QLabel;
class QMainWindow;
class QProgressBar;
class QTableView;

namespace perp {

class FeedHealthModel;
class MainMenus;
class MarketPipeline;
class StatusPanel;

// Feed health in the window: a compact summary in the status bar (a coloured dot per
// exchange with its worst state and msgs/s, details in the tooltip, click for the dock),
// what went wrong and what PerpScope is doing about it in the status message, a progress
// bar while history is backfilled, and the Feed health dock with every stream's counters.
class FeedHealthPanel : public QObject
{
    Q_OBJECT
public:
    FeedHealthPanel(QMainWindow* window, MarketPipeline* pipeline, StatusPanel* status, MainMenus* menus);

    void retranslate();
    FeedHealthModel* model() const { return m_model; }
    QDockWidget* dock() const { return m_dock; }
    QString indicatorText() const;
    QString headlineText() const;
    const QProgressBar* progressBar() const { return m_progress; }

public slots:
    void showHealth(const perp::net::FeedHealthSnapshotPtr& snapshot);
    void showProgress(const QString& task, int done, int total);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void refresh();
    void reassertHeadline();

    StatusPanel* m_status;
    FeedHealthModel* m_model;
    QDockWidget* m_dock;
    QLabel* m_headline; // in the dock
    QProgressBar* m_dockProgress;
    QTableView* m_table;
    QLabel* m_indicator; // status bar
    QProgressBar* m_progress; // status bar
    QString m_problem; // the headline shown in the status message, empty when all is well
    QString m_task;
    bool m_hadOutage = false; // the problem shown includes a lost connection
};

} // namespace perp
