// SPDX-License-Identifier: MIT
#include "screenshotter.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>

namespace perp {

Screenshotter::Screenshotter(QWidget* window, QString file, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_file(std::move(file))
{ }

void Screenshotter::schedule(int delayMs)
{
    QTimer::singleShot(delayMs, this, &Screenshotter::finish);
}

bool Screenshotter::capture()
{
    if (!m_window)
        return false;
    const QFileInfo info(m_file);
    const QString path = info.absoluteFilePath();
    QDir().mkpath(info.absolutePath());
    const QPixmap shot = m_window->grab();
    if (shot.isNull() || !shot.save(path, "PNG")) {
        QTextStream(stderr) << "perpscope: could not write screenshot to " << path << "\n";
        return false;
    }
    QTextStream(stdout) << "Screenshot written to " << path << " (" << shot.width() << "x" << shot.height()
                        << ")\n";
    return true;
}

void Screenshotter::finish()
{
    const bool ok = m_file.isEmpty() || capture();
    QApplication::exit(ok ? 0 : 1);
}

} // namespace perp
