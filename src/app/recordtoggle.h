// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>
#include <memory>

class QAction;
class QLabel;

namespace perp {

class FeedSource;
class MainWindow;
class MarketPipeline;
namespace record {
class FrameRecorder;
}

// File > "Record raw feed" (Ctrl+Shift+R, off by default, live exchange sources only):
// writes every raw frame the adapter receives to <data dir>/recordings/<venue>-<UTC time>.rec.zst
// (or the folder in the ini key record/directory). The status bar shows the file and its
// size while recording; the file replays with --source replay:FILE.
class RecordToggle : public QObject
{
    Q_OBJECT
public:
    RecordToggle(MainWindow* window, FeedSource* feed, QString venue);
    ~RecordToggle() override;

    // Adds the menu entry and the status bar label to the window.
    static RecordToggle* install(MainWindow* window, MarketPipeline* pipeline);

    QAction* action() const { return m_action; }
    QLabel* label() const { return m_label; }
    bool isRecording() const { return m_recorder != nullptr; }
    // The file being written (or last written).
    QString file() const { return m_file; }
    QString directory() const;
    void setRecording(bool on);

private:
    void showStatus();
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    MainWindow* m_window;
    FeedSource* m_feed;
    QString m_venue;
    QAction* m_action;
    QLabel* m_label;
    QTimer m_refresh;
    std::shared_ptr<record::FrameRecorder> m_recorder;
    QString m_file;
    QString m_error;
};

} // namespace perp
