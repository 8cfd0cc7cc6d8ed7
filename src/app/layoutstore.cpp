// SPDX-License-Identifier: MIT
#include "layoutstore.h"

#include <QMainWindow>
#include <QSettings>

namespace perp {

namespace {
constexpr int kStateVersion = 1;
const QString kSession = QStringLiteral("session");
const QString kLayouts = QStringLiteral("layouts");
} // namespace

LayoutStore::LayoutStore(QSettings& settings)
    : m_settings(settings)
{ }

void LayoutStore::setHooks(Hook save, Hook restore)
{
    m_save = std::move(save);
    m_restore = std::move(restore);
}

void LayoutStore::write(const QString& group, const QMainWindow& w)
{
    QSettings& s = m_settings;
    s.beginGroup(group);
    s.setValue(QStringLiteral("geometry"), w.saveGeometry());
    s.setValue(QStringLiteral("state"), w.saveState(kStateVersion));
    if (m_save)
        m_save(s);
    s.endGroup();
}

bool LayoutStore::read(const QString& group, QMainWindow& w)
{
    QSettings& s = m_settings;
    s.beginGroup(group);
    const QByteArray geometry = s.value(QStringLiteral("geometry")).toByteArray();
    const QByteArray state = s.value(QStringLiteral("state")).toByteArray();
    if (!state.isEmpty() && m_restore)
        m_restore(s); // first, so docks it creates are placed by the state below
    s.endGroup();
    if (state.isEmpty())
        return false;
    if (!geometry.isEmpty())
        w.restoreGeometry(geometry); // bad bytes are ignored by Qt
    return w.restoreState(state, kStateVersion);
}

void LayoutStore::saveSession(const QMainWindow& window)
{
    write(kSession, window);
    m_settings.sync();
}

bool LayoutStore::restoreSession(QMainWindow& window)
{
    return read(kSession, window);
}

QString LayoutStore::key(const QString& name)
{
    // Group names must not contain '/' or '\'; percent-encode the user's name.
    return kLayouts + QLatin1Char('/') + QString::fromLatin1(name.toUtf8().toPercentEncoding());
}

QStringList LayoutStore::names() const
{
    m_settings.beginGroup(kLayouts);
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();
    QStringList out;
    for (const QString& g : groups)
        out << QString::fromUtf8(QByteArray::fromPercentEncoding(g.toLatin1()));
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool LayoutStore::contains(const QString& name) const
{
    return names().contains(name);
}

bool LayoutStore::save(const QString& name, const QMainWindow& window)
{
    if (name.trimmed().isEmpty())
        return false;
    write(key(name.trimmed()), window);
    m_settings.sync();
    return true;
}

bool LayoutStore::restore(const QString& name, QMainWindow& window)
{
    return contains(name) && read(key(name), window);
}

bool LayoutStore::remove(const QString& name)
{
    if (!contains(name))
        return false;
    m_settings.remove(key(name));
    m_settings.sync();
    return true;
}

} // namespace perp
