// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QWidget>

namespace perp {

// Ends a timed run: after `delayMs` writes a PNG of the window (when a file is given),
// reports where it is on stdout, and quits the application with exit code 0 (1 when the
// PNG could not be written).
class Screenshotter : public QObject
{
    Q_OBJECT
public:
    Screenshotter(QWidget* window, QString file, QObject* parent = nullptr);

    void schedule(int delayMs);
    // Grabs the window and writes the PNG now; false with a message on stderr on failure.
    bool capture();

private:
    void finish();

    QPointer<QWidget> m_window;
    QString m_file;
};

} // namespace perp
