// SPDX-License-Identifier: MIT
#include "recordtoggle.h"

#include "feed/feedsource.h"
#include "feed/record/framerecorder.h"
#include "mainmenus.h"
#include "mainwindow.h"
#include "marketpipeline.h"
#include "store/database.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace perp {

RecordToggle::RecordToggle(MainWindow* window, FeedSource* feed, QString venue)
    : QObject(window)
    , m_window(window)
    , m_feed(feed)
    , m_venue(std::move(venue))
    , m_action(new QAction(this))
    , m_label(new QLabel)
{
    m_action->setObjectName(QStringLiteral("recordRawFeed"));
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_action->setEnabled(feed && feed->canRecord());
    connect(m_action, &QAction::toggled, this, &RecordToggle::setRecording);
    m_label->setObjectName(QStringLiteral("recordStatus"));
    m_label->setVisible(false);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, &RecordToggle::showStatus);
    window->installEventFilter(this);
    retranslate();
}

RecordToggle::~RecordToggle()
{
    setRecording(false);
}

RecordToggle* RecordToggle::install(MainWindow* window, MarketPipeline* pipeline)
{
    FeedSource* feed = pipeline->feedSource();
    const QString venue = pipeline->sourceDescription().section(QLatin1Char(' '), 0, 0).toLower();
    auto* toggle = new RecordToggle(window, feed, venue.isEmpty() ? QStringLiteral("feed") : venue);
    QAction* quit = window->menus()->action(QStringLiteral("quit"));
    QMenu* file = quit ? qobject_cast<QMenu*>(quit->parent()) : nullptr;
    if (file && quit) {
        file->insertAction(quit, toggle->action());
        file->insertSeparator(quit);
    } else {
        window->addAction(toggle->action());
    }
    window->statusBar()->addPermanentWidget(toggle->label());
    return toggle;
}

QString RecordToggle::directory() const
{
    const QString configured = m_window->settings()->value(QStringLiteral("record/directory")).toString();
    if (!configured.isEmpty())
        return configured;
    const QString base = store::resolveDataDir(QString());
    return (base.isEmpty() ? QDir::homePath() : base) + QStringLiteral("/recordings");
}

void RecordToggle::setRecording(bool on)
{
    if (on == isRecording())
        return;
    if (on) {
        const QString dir = directory();
        QDir().mkpath(dir);
        m_file = dir + QLatin1Char('/') + m_venue
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("-yyyyMMdd-HHmmss"))
            + QStringLiteral(".rec.zst");
        record::RecorderOptions options;
        options.path = m_file.toStdString();
        options.rotateBytes = 1024ull << 20; // parts of 1 GiB
        options.note = (m_venue + QStringLiteral(" recorded by the PerpScope app")).toStdString();
        std::string error;
        m_recorder = record::FrameRecorder::open(options, error);
        m_error = QString::fromStdString(error);
        if (m_recorder) {
            QMetaObject::invokeMethod(
                m_feed, [f = m_feed, r = m_recorder] { f->setRecorder(r); }, Qt::QueuedConnection);
            m_refresh.start();
        }
    } else {
        // The feed lets go of it on its thread; the last owner's destructor writes the rest and closes.
        QMetaObject::invokeMethod(
            m_feed, [f = m_feed] { f->setRecorder(nullptr); }, Qt::QueuedConnection);
        m_recorder.reset();
        m_refresh.stop();
    }
    const QSignalBlocker block(m_action);
    m_action->setChecked(isRecording());
    showStatus();
}

void RecordToggle::showStatus()
{
    if (!m_error.isEmpty()) {
        m_label->setText(tr("Recording failed: %1").arg(m_error));
        m_label->setVisible(true);
        return;
    }
    if (!m_recorder) {
        m_label->setVisible(false);
        return;
    }
    const record::RecorderStats s = m_recorder->stats();
    const QString shown = s.files.empty() ? m_file : QString::fromStdString(s.files.back());
    m_label->setText(tr("● REC %1 · %2 frames · %3")
                         .arg(QFileInfo(shown).fileName(), QLocale().toString(qulonglong(s.frames)),
                             QLocale().formattedDataSize(qint64(s.diskBytes))));
    m_label->setToolTip(
        tr("Recording every raw frame of the live feed with its receive time to %1 (%2 frames, "
           "%3 compressed on disk, %4 dropped). Replay it with --source replay:FILE.")
            .arg(shown)
            .arg(s.frames)
            .arg(QLocale().formattedDataSize(qint64(s.diskBytes)))
            .arg(s.dropped));
    m_label->setVisible(true);
}

bool RecordToggle::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void RecordToggle::retranslate()
{
    m_action->setText(tr("Record raw feed"));
    m_action->setToolTip(m_action->isEnabled()
            ? tr("Write every raw frame of the live feed, with its local receive time, to a file in %1 "
                 "(Ctrl+Shift+R). Off by default.")
                  .arg(directory())
            : tr("Recording is for live exchange sources (binance, bybit)"));
    showStatus();
}

} // namespace perp
